// What the view shows: the type / polarity / kind filters (filters.ts), then the time range,
// then an actor's neighbourhood when the user focuses on one. Pure; one pass per stage.
// Relations are removed by each stage; actors are removed by kind, by focus, and (when asked)
// for having no visible relation left.
import { neighbourhood, type FocusDepth } from './analytics/focus';
import { edgeInRange, parseEdtf, type YearRange } from './analytics/time';
import { sourcingOf } from './claims/claim-view';
import { computeVisibility, type FilterState, type Visibility } from './filters';
import type { GraphEdge } from './graph-contract';
import type { GraphIndex } from './graph-index';

export interface TimeFilter {
  /** Inclusive years; null = every year. */
  readonly range: YearRange | null;
  /** Keep relations without a date (they are not "outside" any range). */
  readonly keepUndated: boolean;
  /** A story's step (YYYY-MM-DD): only claims that had happened by that day (see happenedBy). */
  readonly asOf?: string | null;
}

export const ALL_TIME: TimeFilter = { range: null, keepUndated: true };

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

/** The relations that pass the filters and the time range, before focus (what focus and paths walk on). */
export function filteredEdges(index: GraphIndex, filters: FilterState, time: TimeFilter): { nodes: ReadonlySet<string>; edges: Set<string> } {
  const base = computeVisibility(index, { ...filters, hideIsolated: false });
  if (isAllTime(time)) return { nodes: base.nodes, edges: new Set(base.edges) };
  const range = time.range ?? { from: -Infinity, to: Infinity };
  const edges = new Set<string>();
  for (const id of base.edges) {
    if (!edgeInRange(index.edges.get(id)!, range, { keepUndated: time.keepUndated })) continue;
    if (time.asOf && !happenedBy(index, id, time.asOf)) continue;
    edges.add(id);
  }
  return { nodes: base.nodes, edges };
}

export function computeViewVisibility(index: GraphIndex, filters: FilterState, time: TimeFilter = ALL_TIME, focus: FocusView | null = null): Visibility {
  // The common case costs what the filters alone cost.
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
