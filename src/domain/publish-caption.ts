// The words of a published figure (an exported PNG or SVG for a report): its title, what the view
// shows and hides, the articles its relations rest on, and when it was made. Pure: the app lays
// these out beside the drawing and the legend.
import { simplestRange } from './analytics/time';
import { outletLabel, reportsOf } from './claims/reports';
import { reportContextOf } from './claims/claim-view';
import { counted, formatCount } from './count-format';
import { formatEdtf } from './edtf-format';
import type { GraphIndex } from './graph-index';
import { nodeLabel } from './graph-index';
import { SIZE_METRIC_LABEL } from './importance';
import { kindStyle } from './kinds';
import { periodLabel } from './timeline';
import type { ViewState } from './view-state-url';

/** Outlets named one by one in a caption; the rest are counted. */
export const MAX_CAPTION_OUTLETS = 12;
/** Labels listed one by one in a sentence about filters; the rest are counted. */
export const MAX_LISTED = 8;
/** Past this many characters a name from the file is cut with an ellipsis (a label may be megabytes long). */
export const MAX_CAPTION_NAME = 100;

/** A name from the graph file as a caption quotes it: whole, or cut with an ellipsis (never inside a surrogate pair). */
export function clipName(name: string): string {
  if (name.length <= MAX_CAPTION_NAME) return name;
  const end = /[\uD800-\uDBFF]/.test(name[MAX_CAPTION_NAME - 1]!) ? MAX_CAPTION_NAME - 1 : MAX_CAPTION_NAME;
  return `${name.slice(0, end).trimEnd()}…`;
}

const labelOf = (index: GraphIndex, id: string): string => clipName(nodeLabel(index, id));

export type CaptionView = Pick<ViewState, 'filters' | 'time' | 'focusView' | 'path' | 'query' | 'selection' | 'sizeBy' | 'colourBy'>;

/** "a, b and 3 more". */
export function listed(items: readonly string[], max = MAX_LISTED): string {
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** The title a figure gets unless the user writes one: what it shows, and from which graph. */
export function defaultTitle(index: GraphIndex, view: Pick<ViewState, 'focusView' | 'path'>, graphName: string): string {
  if (view.path) return `Connections from ${labelOf(index, view.path.from)} to ${labelOf(index, view.path.to)}`;
  if (view.focusView) return `${labelOf(index, view.focusView.nodeId)} and its neighbours`;
  return graphName ? `Knowledge graph: ${graphName}` : 'Knowledge graph';
}

/** "68 of 140 relations between 40 of 68 actors" (or all of them). */
export function shownCounts(index: GraphIndex, nodes: number, edges: number): string {
  const of = (n: number, total: number, word: string): string => (n === total ? counted(total, word) : `${formatCount(n)} of ${counted(total, word)}`);
  return `${of(edges, index.edges.size, 'relation')} between ${of(nodes, index.nodes.size, 'actor')}`;
}

/** The view's filters and marks as sentences, in the order of the filter panel; one sentence when nothing is filtered. */
export function viewInWords(index: GraphIndex, view: CaptionView): string[] {
  const out: string[] = [];
  const { filters, time } = view;
  const typeLabel = (id: string): string => clipName(index.types.get(id)?.label ?? id);
  if (filters.hiddenTypes.length > 0) {
    const hidden = new Set(filters.hiddenTypes);
    const shown = [...index.types.keys()].filter((id) => !hidden.has(id));
    out.push(
      shown.length < filters.hiddenTypes.length
        ? shown.length === 0
          ? 'Every relation type is hidden.'
          : `Only these relation types: ${listed(shown.map(typeLabel))}.`
        : `Relation types hidden: ${listed(filters.hiddenTypes.map(typeLabel))}.`,
    );
  }
  if (filters.hiddenPolarities.length > 0) out.push(`${filters.hiddenPolarities.length === 1 ? 'Polarity' : 'Polarities'} hidden: ${listed([...filters.hiddenPolarities])}.`);
  if (filters.hiddenKinds.length > 0) out.push(`Actor kinds hidden: ${listed(filters.hiddenKinds.map((k) => clipName(kindStyle(k).label)))}.`);
  if (filters.hiddenOutlets && filters.hiddenOutlets.length > 0) out.push(`Claims reported only by these outlets are hidden: ${listed(filters.hiddenOutlets.map(clipName))}.`);
  if (filters.reviewedOnly) out.push('Machine drafts not yet reviewed are hidden.');
  if (time.range) {
    // In the coarsest unit that says the range exactly: years, months or days.
    const r = simplestRange(time.range);
    const at = (p: number): string => periodLabel(r.unit ?? 'year', p);
    const years = r.from === r.to ? `in ${at(r.from)}` : `from ${at(r.from)} to ${at(r.to)}`;
    out.push(`Relations dated ${years}${time.keepUndated ? ', and undated ones' : ''}.`);
  } else if (!time.keepUndated) out.push('Undated relations are hidden.');
  if (time.asOf) out.push(`As of ${formatEdtf(time.asOf)}: only claims that had happened by then.`);
  if (filters.hideIsolated) out.push('Actors without a shown relation are hidden.');
  if (view.focusView) {
    const { nodeId, depth, expanded } = view.focusView;
    const steps = depth === 1 ? 'its direct neighbours' : `actors up to ${depth} steps away`;
    out.push(`Focus on ${labelOf(index, nodeId)}: ${steps}${expanded.length > 0 ? `, and ${counted(expanded.length, 'actor')} added by hand` : ''}.`);
  }
  if (view.path) out.push(`Shortest paths from ${labelOf(index, view.path.from)} to ${labelOf(index, view.path.to)}${view.path.directed ? ', following the arrows,' : ''} are marked.`);
  if (view.query) out.push(`Actors matching “${clipName(view.query)}” are marked.`);
  if (view.selection?.kind === 'node') out.push(`Selected: ${labelOf(index, view.selection.id)}.`);
  if (out.length === 0) out.push('Nothing is filtered out.');
  out.push(`Actor size: ${SIZE_METRIC_LABEL[view.sizeBy].toLowerCase()}. Colour: ${view.colourBy === 'community' ? 'group (community)' : 'actor kind'}.`);
  return out;
}

export interface OutletSources {
  outlet: string;
  articles: number;
  /** Publication days of its first and last article here (absent when the documents have none). */
  first: string | undefined;
  last: string | undefined;
}

/** The outlets and articles the shown relations rest on (every report of each claim), most articles first. */
export function sourcesOfView(index: GraphIndex, edgeIds: Iterable<string>): OutletSources[] {
  const ctx = reportContextOf(index);
  const documents = new Set<string>();
  for (const id of edgeIds) {
    const edge = index.edges.get(id);
    if (!edge) continue;
    for (const r of reportsOf(edge, ctx)) if (index.documents.has(r.documentId)) documents.add(r.documentId);
  }
  const byOutlet = new Map<string, OutletSources>();
  for (const id of documents) {
    const doc = index.documents.get(id)!;
    const outlet = clipName(outletLabel(doc));
    let row = byOutlet.get(outlet);
    if (!row) byOutlet.set(outlet, (row = { outlet, articles: 0, first: undefined, last: undefined }));
    row.articles += 1;
    if (row.first === undefined || doc.published < row.first) row.first = doc.published;
    if (row.last === undefined || doc.published > row.last) row.last = doc.published;
  }
  return [...byOutlet.values()].sort((a, b) => b.articles - a.articles || (a.outlet < b.outlet ? -1 : a.outlet > b.outlet ? 1 : 0));
}

/** "Sources: 9 articles from 3 outlets: voanews.com (4 articles, 4 Oct 2024 – 22 Aug 2025); …". */
export function sourcesInWords(sources: readonly OutletSources[]): string {
  if (sources.length === 0) return 'Sources: the graph file names no articles for the relations shown.';
  const articles = sources.reduce((n, s) => n + s.articles, 0);
  const named = sources.slice(0, MAX_CAPTION_OUTLETS).map((s) => {
    const days = s.first === undefined ? '' : s.first === s.last ? `, ${formatEdtf(s.first)}` : `, ${formatEdtf(s.first)} – ${formatEdtf(s.last)}`;
    return `${s.outlet} (${counted(s.articles, 'article')}${days})`;
  });
  const more = sources.length - named.length;
  const rest = more > 0 ? `; and ${counted(more, 'more outlet')}` : '';
  return `Sources: ${counted(articles, 'article')} from ${counted(sources.length, 'outlet')}: ${named.join('; ')}${rest}.`;
}

/** "Exported 3 Dec 2026 from /data/graph.json." (the day in the user's calendar). */
export function exportedInWords(day: Date, graphSource: string): string {
  const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  return `Exported ${formatEdtf(iso)}${graphSource ? ` from ${clipName(graphSource)}` : ''}, News Knowledge Graph explorer.`;
}
