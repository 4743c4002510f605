// The story across the nine committed articles (data/graph.json): claims told by several outlets
// are one claim, a denial answers the accusation, and later claims overtake earlier ones.
import { describe, expect, it } from 'vitest';
import graphText from '../../../data/graph.json?raw';
import { SCHEMA_VERSION, validateGraph, type GraphEdge } from '../graph-contract';
import { buildGraphIndex, claimIdOf } from '../graph-index';
import { claimLinks, isSingleSource, reportViews, sourcingOf } from './claim-view';
import { unfoldClaims } from './reports';

const checked = validateGraph(JSON.parse(graphText));
if (!checked.ok) throw new Error(`data/graph.json does not validate: ${JSON.stringify(checked.issues)}`);
const graph = checked.graph;
const index = buildGraphIndex(graph);
const SEED = '000_13209300025090b4';

/** The one claim of this kind; `undated` leaves out dated ones (the UAE's recognition of the Taliban before 2001). */
function claim(source: string, type: string, target: string, status = 'asserted', undated = false): GraphEdge {
  const found = graph.edges.filter((e) => e.source === source && e.type === type && e.target === target && (e.status ?? 'asserted') === status && !(undated && e.date));
  expect(found, `${source} ${type} ${target} ${status}`).toHaveLength(1);
  return found[0]!;
}

describe('the nine-article story in data/graph.json', () => {
  it('is a version 3 graph of nine articles from nine outlets, each relation a report of exactly one claim', () => {
    expect(graph.schemaVersion).toBe(SCHEMA_VERSION);
    expect(graph.documents).toHaveLength(9);
    expect(new Set(graph.documents.map((d) => d.outlet)).size).toBe(9);
    const relations = unfoldClaims(graph).edges;
    expect(relations.length).toBeGreaterThan(graph.edges.length);
    for (const r of relations) expect(index.edges.has(index.claimOfReport.get(r.id)!)).toBe(true);
  });

  it('makes the UAE’s acceptance of a Taliban ambassador one claim with reports from three outlets', () => {
    const uae = claim('uae', 'recognition', 'taliban', 'asserted', true);
    const s = sourcingOf(index, uae);
    expect(s.reports).toBe(4);
    expect(s.outlets).toEqual(expect.arrayContaining(['voanews.com', 'thefrontierpost.com', 'brecorder.com (AFP)']));
    expect(s.outlets).toHaveLength(3);
    expect([s.firstReported, s.lastReported]).toEqual(['2024-08-22', '2024-10-05']);
    expect(isSingleSource(index, uae)).toBe(false);
    // Each report keeps its own article's quote.
    const views = reportViews(index, uae);
    expect(views.map((v) => v.document?.published)).toEqual(['2024-08-22', '2024-08-23', '2024-08-23', '2024-10-05']);
    for (const v of views) for (const ev of v.report.evidence) expect(index.sentences.get(ev.sentenceId)?.documentId).toBe(v.report.documentId);
    // A link shared before grouping (the AFP article's own relation) opens the same claim.
    expect(claimIdOf(index, '2024-08-23_uae-accepts-taliban-ambassador#r01')).toBe(uae.id);
  });

  it('counts two outlets carrying the same agency copy as reports but keeps source diversity honest', () => {
    const duma = claim('state-duma', 'delisting', 'taliban', 'planned');
    expect(sourcingOf(index, duma).outlets).toEqual(['kyma.com (AP)', 'themoscowtimes.com']);
    expect(sourcingOf(index, duma).origins).toEqual(['AP', 'themoscowtimes.com']);
  });

  it('links Pakistan’s denial to the Taliban’s accusation it answers', () => {
    const accusation = claim('taliban', 'accusation', 'pakistan', 'alleged');
    const denial = claim('pakistan', 'denial', 'taliban');
    expect(denial.answers).toEqual([accusation.id]);
    expect(claimLinks(index, accusation)).toEqual([{ kind: 'answeredBy', edge: denial }]);
  });

  it('marks Russia’s listing of the Taliban since 2003 as superseded by its decision to remove them', () => {
    const listing = claim('russia', 'listing', 'taliban');
    const decision = claim('russia', 'delisting', 'taliban', 'decided');
    expect(listing.date).toBe('2003/..');
    expect(sourcingOf(index, listing).reports).toBe(4);
    expect(decision.id).toBe(`${SEED}#r01`);
    expect(index.supersededBy.get(listing.id)).toEqual([decision.id]);
    expect(claimLinks(index, listing).map((l) => [l.kind, l.edge.id])).toEqual([['supersededBy', decision.id]]);
  });

  it('overtakes a hope with the later announcement, not with a claim of the same day', () => {
    const hope = claim('russia', 'delisting', 'taliban', 'hoped');
    const announced = claim('russia', 'delisting', 'taliban', 'announced');
    const decided = claim('russia', 'delisting', 'taliban', 'decided');
    expect(index.supersededBy.get(hope.id)).toContain(announced.id);
    expect(index.supersededBy.get(hope.id)).not.toContain(decided.id);
  });

  it('keeps a dated event apart from a state that lasts: July 2024 “allies” is not “ties since 2021”', () => {
    const support = graph.edges.filter((e) => e.source === 'russia' && e.type === 'support' && e.target === 'taliban');
    expect(support.map((e) => e.date)).toEqual(['2021/..', '2024-07', '2024-10-04']);
  });

  it('marks a claim told by one outlet as single-source', () => {
    expect(isSingleSource(index, claim('kyrgyzstan', 'delisting', 'taliban', 'alleged'))).toBe(true);
  });

  it('records the outlet each article quotes', () => {
    expect(index.documents.get(SEED)).toMatchObject({ outlet: 'voanews.com', cites: ['tass'] });
    expect(index.documents.get('2024-12-17_duma-bill-taliban')).toMatchObject({ outlet: 'kyma.com', agency: 'AP' });
  });

  it('keeps one actor under the names different articles use', () => {
    const names = (id: string) => new Set(index.nodes.get(id)!.mentions.map((m) => m.text));
    expect([...names('taliban')]).toEqual(expect.arrayContaining(['Taliban', 'Islamic Emirate of Afghanistan']));
    expect([...names('is-k')]).toEqual(expect.arrayContaining(['IS-K', 'Daesh-K', 'IS-Khorasan']));
    expect([...names('sergey-lavrov')]).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Sergei Lavrov']));
    expect([...names('bilal-karimi')]).toEqual(expect.arrayContaining(['Bilal Karimi', 'Mawlawi Asadullah']));
    // A dated alias: "Moscow" of the Soviet years is the Soviet Union, of today Russia.
    expect(names('soviet-union').has('Moscow')).toBe(true);
    expect(names('russia').has('Moscow')).toBe(true);
  });
});
