// The shareable part of the explorer's state, to and from the URL query string.
// Only what differs from the default is written, so a fresh view has a clean URL.
import { POLARITIES, type Polarity } from './graph-contract';
import { DEFAULT_FILTERS, type FilterState } from './filters';
import { COLOURINGS, SIZE_METRICS, type Colouring, type SizeMetric } from './importance';
import type { Selection } from './selection';
import { ALL_TIME, type FocusView, type TimeFilter } from './view-visibility';

export type Panel = 'details' | 'reader' | 'story' | 'analyse' | 'review';

/** "How is A connected to B?" as asked: the two actors and whether arrows must be followed. */
export interface PathQuery {
  readonly from: string;
  readonly to: string;
  readonly directed: boolean;
}

export interface ViewState {
  readonly selection: Selection | null;
  readonly filters: FilterState;
  readonly query: string;
  readonly panel: Panel;
  readonly time: TimeFilter;
  readonly focusView: FocusView | null;
  readonly path: PathQuery | null;
  readonly sizeBy: SizeMetric;
  readonly colourBy: Colouring;
  /** The story view's second actor (the story of a pair), when chosen. */
  readonly storyWith: string | null;
  /** Line width shows how many reports a claim has (else every claim is drawn alike). */
  readonly widthByReports: boolean;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  selection: null,
  filters: DEFAULT_FILTERS,
  query: '',
  panel: 'details',
  time: ALL_TIME,
  focusView: null,
  path: null,
  sizeBy: 'degree',
  colourBy: 'kind',
  storyWith: null,
  widthByReports: false,
};

/** The shareable part of a larger state (the explorer's): its view state fields, and nothing else. */
export function viewStateOf(s: ViewState): ViewState {
  return {
    selection: s.selection,
    filters: s.filters,
    query: s.query,
    panel: s.panel,
    time: s.time,
    focusView: s.focusView,
    path: s.path,
    sizeBy: s.sizeBy,
    colourBy: s.colourBy,
    storyWith: s.storyWith,
    widthByReports: s.widthByReports,
  };
}

/** Parameters this module owns; anything else (e.g. graph=) is kept as it is. */
const OWN = [
  'node', 'edge', 'sentence', 'type', 'hide-type', 'hide-polarity', 'hide-kind', 'isolated', 'suggested', 'q', 'panel',
  'years', 'undated', 'asof', 'hide-outlet', 'story-with', 'width', 'focus', 'depth', 'expand', 'path-from', 'path-to', 'path-mode', 'size', 'colour',
];

export interface UrlContext {
  /** All relation type ids of the loaded graph (to read "type=" as the visible list). */
  readonly typeIds: readonly string[];
}

export function encodeViewState(state: ViewState, ctx: UrlContext, keep: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of keep) if (!OWN.includes(k)) params.append(k, v);
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  const hidden = [...state.filters.hiddenTypes].sort();
  if (hidden.length > 0) {
    const visible = ctx.typeIds.filter((id) => !hidden.includes(id)).sort();
    // Write the shorter list: "only this type" becomes type=x rather than twelve hide-type=.
    if (visible.length < hidden.length) {
      if (visible.length === 0) params.append('type', '');
      for (const id of visible) params.append('type', id);
    } else for (const id of hidden) params.append('hide-type', id);
  }
  for (const p of [...state.filters.hiddenPolarities].sort()) params.append('hide-polarity', p);
  for (const k of [...state.filters.hiddenKinds].sort()) params.append('hide-kind', k);
  if (state.filters.hideIsolated) params.set('isolated', 'hide');
  // "Reviewed only": machine drafts hidden.
  if (state.filters.reviewedOnly) params.set('suggested', 'hide');
  for (const o of [...(state.filters.hiddenOutlets ?? [])].sort()) params.append('hide-outlet', o);
  if (state.time.range) {
    const { from, to } = state.time.range;
    params.set('years', from === to ? String(from) : `${from}-${to}`);
  }
  if (!state.time.keepUndated) params.set('undated', 'hide');
  if (state.time.asOf) params.set('asof', state.time.asOf);
  if (state.focusView) {
    params.set('focus', state.focusView.nodeId);
    if (state.focusView.depth !== 1) params.set('depth', String(state.focusView.depth));
    for (const id of state.focusView.expanded) params.append('expand', id);
  }
  if (state.path) {
    params.set('path-from', state.path.from);
    params.set('path-to', state.path.to);
    if (state.path.directed) params.set('path-mode', 'directed');
  }
  if (state.sizeBy !== DEFAULT_VIEW_STATE.sizeBy) params.set('size', state.sizeBy);
  if (state.colourBy !== DEFAULT_VIEW_STATE.colourBy) params.set('colour', state.colourBy);
  if (state.query) params.set('q', state.query);
  if (state.panel !== 'details') params.set('panel', state.panel);
  if (state.storyWith) params.set('story-with', state.storyWith);
  if (state.widthByReports) params.set('width', 'reports');
  return params;
}

function decodeYears(text: string | null): TimeFilter['range'] {
  const m = text ? /^(\d{1,4})(?:-(\d{1,4}))?$/.exec(text) : null;
  if (!m) return null;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

export function decodeViewState(params: URLSearchParams, ctx: UrlContext): ViewState {
  let selection: Selection | null = null;
  for (const kind of ['node', 'edge', 'sentence'] as const) {
    const id = params.get(kind);
    if (id) {
      selection = { kind, id };
      break;
    }
  }
  let hiddenTypes: string[];
  if (params.has('type')) {
    const visible = new Set(params.getAll('type').filter(Boolean));
    hiddenTypes = ctx.typeIds.filter((id) => !visible.has(id));
  } else {
    const known = new Set(ctx.typeIds);
    hiddenTypes = params.getAll('hide-type').filter((id) => known.has(id));
  }
  const hiddenPolarities = params
    .getAll('hide-polarity')
    .filter((p): p is Polarity => (POLARITIES as readonly string[]).includes(p));
  const filters: FilterState = {
    hiddenTypes: [...new Set(hiddenTypes)].sort(),
    hiddenPolarities: [...new Set(hiddenPolarities)].sort(),
    hiddenKinds: [...new Set(params.getAll('hide-kind').filter(Boolean))].sort(),
    hideIsolated: params.get('isolated') === 'hide',
    reviewedOnly: params.get('suggested') === 'hide',
  };
  const hiddenOutlets = [...new Set(params.getAll('hide-outlet').filter(Boolean))].sort();
  if (hiddenOutlets.length) (filters as { hiddenOutlets?: string[] }).hiddenOutlets = hiddenOutlets;
  const asOfParam = params.get('asof');
  const asOf = asOfParam && /^\d{4}-\d{2}-\d{2}$/.test(asOfParam) ? asOfParam : null;
  const panelParam = params.get('panel');
  const panel: Panel = panelParam === 'reader' || panelParam === 'story' || panelParam === 'analyse' || panelParam === 'review' ? panelParam : 'details';
  const focusId = params.get('focus');
  const depth = Number(params.get('depth') ?? 1);
  const focusView: FocusView | null = focusId
    ? { nodeId: focusId, depth: depth === 2 || depth === 3 ? depth : 1, expanded: [...new Set(params.getAll('expand').filter(Boolean))] }
    : null;
  const from = params.get('path-from');
  const to = params.get('path-to');
  const path: PathQuery | null = from && to ? { from, to, directed: params.get('path-mode') === 'directed' } : null;
  const size = params.get('size');
  const colour = params.get('colour');
  return {
    selection,
    filters,
    query: params.get('q') ?? '',
    panel,
    time: { range: decodeYears(params.get('years')), keepUndated: params.get('undated') !== 'hide', ...(asOf ? { asOf } : {}) },
    focusView,
    path,
    sizeBy: (SIZE_METRICS as readonly string[]).includes(size ?? '') ? (size as SizeMetric) : DEFAULT_VIEW_STATE.sizeBy,
    colourBy: (COLOURINGS as readonly string[]).includes(colour ?? '') ? (colour as Colouring) : DEFAULT_VIEW_STATE.colourBy,
    storyWith: params.get('story-with') || null,
    widthByReports: params.get('width') === 'reports',
  };
}

export function sameViewState(a: ViewState, b: ViewState, ctx: UrlContext): boolean {
  return encodeViewState(a, ctx).toString() === encodeViewState(b, ctx).toString();
}
