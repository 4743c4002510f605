// What the view shows: the type / polarity / kind filters (filters.ts), then the time range,
// then an actor's neighbourhood when the user focuses on one. Pure; one pass per stage.
// Relations are removed by each stage; actors are removed by kind, by focus, and (when asked)
// for having no visible relation left.
import { neighbourhood, type FocusDepth } from './analytics/focus';
import { edgeInterval, overlaps, parseEdtf, rangeBounds, type DateInterval, type TimeRange } from './analytics/time';
import { sourcingOf } from './claims/claim-view';
import { computeVisibility, type FilterState, type Visibility } from './filters';
import type { GraphEdge } from './graph-contract';
import type { GraphIndex } from './graph-index';

export interface TimeFilter {
  /** Whole years, months or days, both ends included; null = all dates. */
  readonly range: TimeRange | null;
  /** Keep relations without a date (they have no place on the time axis). */
  readonly keepUndated: boolean;
  /**
   * A story's step (YYYY-MM-DD): only claims that had happened by that day (see happenedBy). An
   * undated claim then takes the day of its first report, as the story places it.
   */
  readonly asOf?: string | null;
}

/** Every relation, dated or not. */
export const ALL_TIME: TimeFilter = { range: null, keepUndated: true };

/** What a fresh view shows: every dated relation; undated ones wait for the timeline's toggle. */
export const DEFAULT_TIME: TimeFilter = { range: null, keepUndated: false };

export interface FocusView {
  /** The actor whose neighbourhood is shown. */
  readonly nodeId: string;
  readonly depth: FocusDepth;
  /** Actors added on demand ("show hidden neighbours"), in the order they were added. */
  readonly expanded: readonly string[];
}

export function isAllTime(t: TimeFilter): boolean {
  return t.range === null && t.keepUndated && !t.asOf;
}

const dated = new WeakMap<GraphIndex, boolean>();

/** Whether any relation of the graph has a date (cached per graph). */
export function hasDatedRelation(index: GraphIndex): boolean {
  let has = dated.get(index);
  if (has === undefined) {
    has = index.file.edges.some((e) => edgeInterval(e) !== null);
    dated.set(index, has);
  }
  return has;
}

/**
 * The time filter as it applies to a graph: in a graph where nothing is dated, hiding the
 * undated relations would hide them all (and no timeline offers them back), so they stay.
 */
export function effectiveTime(index: GraphIndex, t: TimeFilter): TimeFilter {
  return t.keepUndated || hasDatedRelation(index) ? t : { ...t, keepUndated: true };
}

/** Whether a claim had happened by a day: its date's start, or for an undated claim its first report, is not after it. */
export function happenedBy(index: GraphIndex, edgeId: string, day: string): boolean {
  const e = index.edges.get(edgeId);
  const dayStart = parseEdtf(day)?.start;
  if (!e || dayStart === undefined) return false;
  return claimStart(index, e) <= dayStart;
}

/** When a claim starts, in fractional years: its date's start, else its first report's day. */
export function claimStart(index: GraphIndex, e: GraphEdge): number {
  const start = e.date !== undefined ? parseEdtf(e.date)?.start : undefined;
  if (start !== undefined && start !== -Infinity) return start;
  const first = sourcingOf(index, e).firstReported;
  return (first !== undefined ? parseEdtf(first)?.start : undefined) ?? -Infinity;
}

/**
 * Whether a relation passes the time filter: its date overlaps the range (if any), or it is
 * undated and undated relations are kept; in a story's step it had also happened by that day.
 */
export function timePredicate(index: GraphIndex, filter: TimeFilter): (e: GraphEdge) => boolean {
  const time = effectiveTime(index, filter);
  const bounds = time.range ? rangeBounds(time.range) : null;
  const asOf = time.asOf ?? null;
  return (e) => {
    let interval: DateInterval | null = edgeInterval(e);
    if (!interval && asOf) {
      const first = sourcingOf(index, e).firstReported;
      interval = first !== undefined ? parseEdtf(first) : null;
    }
    if (interval === null ? !time.keepUndated : bounds !== null && !overlaps(interval, bounds)) return false;
    return asOf === null || happenedBy(index, e.id, asOf);
  };
}

/** The relations that pass the filters and the time range, before focus (what focus and paths walk on). */
export function filteredEdges(index: GraphIndex, filters: FilterState, time: TimeFilter): { nodes: ReadonlySet<string>; edges: Set<string> } {
  const base = computeVisibility(index, { ...filters, hideIsolated: false });
  time = effectiveTime(index, time);
  if (isAllTime(time)) return { nodes: base.nodes, edges: new Set(base.edges) };
  const passes = timePredicate(index, time);
  const edges = new Set<string>();
  for (const id of base.edges) if (passes(index.edges.get(id)!)) edges.add(id);
  return { nodes: base.nodes, edges };
}

export function computeViewVisibility(index: GraphIndex, filters: FilterState, time: TimeFilter = ALL_TIME, focus: FocusView | null = null): Visibility {
  // The common case costs what the filters alone cost.
  time = effectiveTime(index, time);
  if (isAllTime(time) && !(focus && index.nodes.has(focus.nodeId))) return computeVisibility(index, filters);
  const { nodes: kindNodes, edges } = filteredEdges(index, filters, time);
  let nodes: Set<string>;
  if (focus && index.nodes.has(focus.nodeId)) {
    const shown = neighbourhood(index.file, focus.nodeId, focus.depth, edges);
    for (const id of focus.expanded) shown.add(id);
    nodes = new Set([...shown].filter((id) => kindNodes.has(id)));
    for (const id of [...edges]) {
      const e = index.edges.get(id)!;
      if (!nodes.has(e.source) || !nodes.has(e.target)) edges.delete(id);
    }
  } else nodes = new Set(kindNodes);
  if (filters.hideIsolated) {
    const touched = new Set<string>();
    for (const id of edges) {
      const e = index.edges.get(id)!;
      touched.add(e.source);
      touched.add(e.target);
    }
    for (const id of [...nodes]) if (!touched.has(id) && id !== focus?.nodeId) nodes.delete(id);
  }
  return { nodes, edges };
}
