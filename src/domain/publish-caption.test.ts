import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filters';
import type { GraphFile } from './graph-contract';
import { buildGraphIndex } from './graph-index';
import { defaultTitle, exportedInWords, listed, shownCounts, sourcesInWords, sourcesOfView, viewInWords, type CaptionView } from './publish-caption';
import { fixtureGraph, fixtureIndex } from './test-fixture';
import { ALL_TIME } from './view-visibility';

const plain: CaptionView = { filters: DEFAULT_FILTERS, time: ALL_TIME, focusView: null, path: null, query: '', selection: null, sizeBy: 'degree', colourBy: 'kind' };

describe('the words of a published figure', () => {
  it('says when nothing is filtered, and how size and colour read', () => {
    expect(viewInWords(fixtureIndex(), plain)).toEqual(['Nothing is filtered out.', 'Actor size: relations (degree). Colour: actor kind.']);
  });

  it('names each filter, mark and focus in words, with labels rather than ids', () => {
    const words = viewInWords(fixtureIndex(), {
      filters: { hiddenTypes: ['affiliation', 'praise'], hiddenPolarities: ['neutral'], hiddenKinds: ['armed-group'], hideIsolated: true, reviewedOnly: true, hiddenOutlets: ['kun.uz'] },
      time: { range: { from: 2021, to: 2024 }, keepUndated: false, asOf: '2024-10-05' },
      focusView: { nodeId: 'russia', depth: 2, expanded: ['china'] },
      path: { from: 'united-states', to: 'taliban', directed: true },
      query: 'Lav',
      selection: { kind: 'node', id: 'pakistan' },
      sizeBy: 'betweenness',
      colourBy: 'community',
    });
    expect(words).toEqual([
      'Relation types hidden: Affiliation and Praise.',
      'Polarity hidden: neutral.',
      'Actor kinds hidden: Armed group.',
      'Claims reported only by these outlets are hidden: kun.uz.',
      'Machine drafts not yet reviewed are hidden.',
      'Relations dated from 2021 to 2024.',
      'As of 5 Oct 2024: only claims that had happened by then.',
      'Actors without a shown relation are hidden.',
      'Focus on Russia: actors up to 2 steps away, and 1 actor added by hand.',
      'Shortest paths from United States to Taliban, following the arrows, are marked.',
      'Actors matching “Lav” are marked.',
      'Selected: Pakistan.',
      'Actor size: betweenness. Colour: group (community).',
    ]);
  });

  it('says a range of months or days in words, not as period numbers', () => {
    const month = (y: number, m: number): number => y * 12 + m - 1;
    const dated = (range: CaptionView['time']['range']): string | undefined => viewInWords(fixtureIndex(), { ...plain, time: { range, keepUndated: false } }).find((w) => w.startsWith('Relations dated'));
    expect(dated({ from: month(2024, 3), to: month(2024, 6), unit: 'month' })).toBe('Relations dated from Mar 2024 to Jun 2024.');
    expect(dated({ from: month(2024, 10), to: month(2024, 10), unit: 'month' })).toBe('Relations dated in Oct 2024.');
    // Whole years chosen in months read as years.
    expect(dated({ from: month(2021, 1), to: month(2024, 12), unit: 'month' })).toBe('Relations dated from 2021 to 2024.');
  });

  it('lists the shorter side of a type filter: the few types left shown', () => {
    const hidden = ['delisting', 'meeting', 'praise', 'listing', 'accusation', 'denial'];
    expect(viewInWords(fixtureIndex(), { ...plain, filters: { ...DEFAULT_FILTERS, hiddenTypes: hidden } })[0]).toBe('Only these relation types: Opposition and Affiliation.');
  });

  it('counts what is shown against the whole graph', () => {
    expect(shownCounts(fixtureIndex(), 11, 8)).toBe('8 relations between 11 actors');
    expect(shownCounts(fixtureIndex(), 4, 1)).toBe('1 of 8 relations between 4 of 11 actors');
  });

  it('lists the outlets of every report of the shown claims, with their articles and days, most articles first', () => {
    const graph: GraphFile = fixtureGraph();
    graph.documents[0]!.outlet = 'tass.com';
    graph.documents[1]!.outlet = 'voanews.com';
    graph.documents[1]!.agency = 'AP';
    graph.documents.push({ ...graph.documents[1]!, id: 'fx-c', published: '2025-01-02' });
    const index = buildGraphIndex(graph);
    // fx-b#r01 is told by fx-b; give it a second report from fx-c.
    const claim = graph.edges.find((e) => e.id === 'fx-b#r01')!;
    const withReports = { ...claim, reports: [{ id: 'fx-b#r01', documentId: 'fx-b', evidence: claim.evidence }, { id: 'fx-c#r01', documentId: 'fx-c', evidence: claim.evidence }] };
    (index.edges as Map<string, typeof claim>).set(claim.id, withReports);
    const sources = sourcesOfView(index, ['fx-b#r01', 'fx-a#r01', 'no-such-edge']);
    expect(sources).toEqual([
      { outlet: 'voanews.com (AP)', articles: 2, first: '2024-10-05', last: '2025-01-02' },
      { outlet: 'tass.com', articles: 1, first: '2024-10-05', last: '2024-10-05' },
    ]);
    expect(sourcesInWords(sources)).toBe('Sources: 3 articles from 2 outlets: voanews.com (AP) (2 articles, 5 Oct 2024 – 2 Jan 2025); tass.com (1 article, 5 Oct 2024).');
  });

  it('counts the outlets past twelve, and says when the file names no article', () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ outlet: `outlet-${i}`, articles: 1, first: undefined, last: undefined }));
    expect(sourcesInWords(many)).toMatch(/outlet-11 \(1 article\); and 2 more outlets\.$/);
    expect(sourcesInWords([])).toBe('Sources: the graph file names no articles for the relations shown.');
  });

  it('gives a title from the focus, the path or the graph, and the export day in the user’s calendar', () => {
    const index = fixtureIndex();
    expect(defaultTitle(index, { focusView: null, path: null }, 'graph.json')).toBe('Knowledge graph: graph.json');
    expect(defaultTitle(index, { focusView: { nodeId: 'russia', depth: 1, expanded: [] }, path: null }, 'graph.json')).toBe('Russia and its neighbours');
    expect(defaultTitle(index, { focusView: null, path: { from: 'russia', to: 'pakistan', directed: false } }, '')).toBe('Connections from Russia to Pakistan');
    expect(exportedInWords(new Date(2026, 11, 3, 23, 59), '/data/graph.json')).toBe('Exported 3 Dec 2026 from /data/graph.json, News Knowledge Graph explorer.');
  });

  it('joins lists in English and counts the rest', () => {
    expect(listed([])).toBe('');
    expect(listed(['a'])).toBe('a');
    expect(listed(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listed(['a', 'b', 'c', 'd'], 2)).toBe('a, b and 2 more');
  });
});
