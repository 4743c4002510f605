// The shareable part of the explorer's state, to and from the URL query string.
// Only what differs from the default is written, so a fresh view has a clean URL.
import { POLARITIES, type Polarity } from './graph-contract';
import { DEFAULT_FILTERS, type FilterState } from './filters';
import { COLOURINGS, SIZE_METRICS, type Colouring, type SizeMetric } from './importance';
import type { Selection } from './selection';
import { edgeInterval, finerUnit, periodEdtf, periodFromEdtf, rangeIn, simplestRange, type TimeRange } from './analytics/time';
import type { GraphIndex } from './graph-index';
import { DEFAULT_TIME, type FocusView, type TimeFilter } from './view-visibility';

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
  time: DEFAULT_TIME,
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
  'node', 'edge', 'sentence', 'bundle', 'type', 'hide-type', 'hide-polarity', 'hide-kind', 'isolated', 'suggested', 'q', 'panel',
  'years', 'time', 'undated', 'asof', 'hide-outlet', 'story-with', 'width', 'focus', 'depth', 'expand', 'path-from', 'path-to', 'path-mode', 'size', 'colour',
  // The canvas's viewport: written by the URL sync from the camera, not from this state.
  'view',
];

export interface UrlContext {
  /** All relation type ids of the loaded graph (to read "type=" as the visible list). */
  readonly typeIds: readonly string[];
  /** Whether a relation of the graph has no date (a link that selects one shows the undated). */
  readonly isUndated?: (edgeId: string) => boolean;
}

/** What reading a link needs to know of the graph it opens on. */
export function urlContextOf(index: GraphIndex): UrlContext {
  return {
    typeIds: [...index.types.keys()],
    isUndated: (id) => {
      const edge = index.edges.get(id);
      return edge !== undefined && edgeInterval(edge) === null;
    },
  };
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
    const [name, value] = encodeRange(state.time.range);
    params.set(name, value);
  }
  // Undated relations are hidden unless asked for (an older link's undated=hide still reads).
  if (state.time.keepUndated) params.set('undated', 'show');
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

/** Whole years as years=2003-2010 (as links always had them); months or days as time=2003-05/2010-02. */
function encodeRange(range: TimeRange): [string, string] {
  const r = simplestRange(range);
  const unit = r.unit ?? 'year';
  if (unit === 'year') return ['years', r.from === r.to ? String(r.from) : `${r.from}-${r.to}`];
  return ['time', r.from === r.to ? periodEdtf(unit, r.from) : `${periodEdtf(unit, r.from)}/${periodEdtf(unit, r.to)}`];
}

/** time=2003-05/2010-02, time=2024-10-04, time=2003/2024-06: ends in any order, read in the finer unit. */
function decodeTime(text: string | null): TimeRange | null {
  const parts = text ? text.split('/') : [];
  if (parts.length < 1 || parts.length > 2) return null;
  const a = periodFromEdtf(parts[0] ?? '');
  const b = parts.length === 2 ? periodFromEdtf(parts[1]!) : a;
  if (!a || !b) return null;
  const unit = finerUnit(a.unit, b.unit);
  const ra = rangeIn({ from: a.period, to: a.period, unit: a.unit }, unit);
  const rb = rangeIn({ from: b.period, to: b.period, unit: b.unit }, unit);
  return { from: Math.min(ra.from, rb.from), to: Math.max(ra.to, rb.to), unit };
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
  for (const kind of ['node', 'edge', 'sentence', 'bundle'] as const) {
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
    time: { range: decodeTime(params.get('time')) ?? decodeYears(params.get('years')), keepUndated: keepsUndated(params, selection, ctx), ...(asOf ? { asOf } : {}) },
    focusView,
    path,
    sizeBy: (SIZE_METRICS as readonly string[]).includes(size ?? '') ? (size as SizeMetric) : DEFAULT_VIEW_STATE.sizeBy,
    colourBy: (COLOURINGS as readonly string[]).includes(colour ?? '') ? (colour as Colouring) : DEFAULT_VIEW_STATE.colourBy,
    storyWith: params.get('story-with') || null,
    widthByReports: params.get('width') === 'reports',
  };
}

/**
 * undated=show shows the undated relations. A link without the parameter that selects an undated
 * relation (one made before they were hidden by default, or by hand) shows them too: a link never
 * opens on its own selection hidden.
 */
function keepsUndated(params: URLSearchParams, selection: Selection | null, ctx: UrlContext): boolean {
  const undated = params.get('undated');
  if (undated !== null) return undated === 'show';
  return selection?.kind === 'edge' && ctx.isUndated?.(selection.id) === true;
}

export function sameViewState(a: ViewState, b: ViewState, ctx: UrlContext): boolean {
  return encodeViewState(a, ctx).toString() === encodeViewState(b, ctx).toString();
}

/**
 * Where the canvas looks, as a shared link carries it: the zoom and the graph point at the centre
 * of the canvas (a centre, not a pan, so a window of another size still shows the same place).
 */
export interface Viewport {
  readonly zoom: number;
  readonly x: number;
  readonly y: number;
}

/** Zooms a link may carry; anything else is ignored (the canvas clamps further to its own limits). */
export const VIEWPORT_ZOOM_RANGE = { min: 0.01, max: 100 } as const;
/** Graph coordinates a link may carry (far beyond any layout). */
export const VIEWPORT_MAX_COORD = 1e7;

const VIEW_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** `view=zoom,x,y`: zoom to 4 significant digits, the centre to 0.1 graph unit (under a pixel at the largest zoom). */
export function encodeViewport(v: Viewport): string {
  const coord = (n: number): string => String(Math.round(n * 10) / 10 || 0);
  return `${Number(v.zoom.toPrecision(4))},${coord(v.x)},${coord(v.y)}`;
}

/** The viewport of a `view=` value; null for anything else (missing, malformed, out of range). */
export function decodeViewport(text: string | null): Viewport | null {
  if (!text || text.length > 64) return null;
  const parts = text.split(',');
  if (parts.length !== 3 || !parts.every((p) => VIEW_NUMBER.test(p))) return null;
  const [zoom, x, y] = parts.map(Number) as [number, number, number];
  if (!(zoom >= VIEWPORT_ZOOM_RANGE.min && zoom <= VIEWPORT_ZOOM_RANGE.max)) return null;
  if (Math.abs(x) > VIEWPORT_MAX_COORD || Math.abs(y) > VIEWPORT_MAX_COORD) return null;
  return { zoom, x, y };
}
