/**
 * "How is A connected to B?": every shortest path (in hops) between two actors over the
 * visible relations, as lists of hops that carry all the parallel relations of each step.
 *
 * Shortest paths are found by a breadth-first search that records every predecessor on a
 * shortest path and stops at the target's depth; graphology-shortest-path only returns one
 * path (or a full single-source index), hence this small search over graphology's adjacency.
 * The search runs on graphology keys; ids come back in the answer (see graphology-keys.ts).
 */
import type { GraphFile } from '../graph-contract';
import { analyticsGraph, visibilitySet, type AnalyticsGraph, type EdgeVisibility } from './model';

export interface PathHop {
  from: string;
  to: string;
  /**
   * Every visible relation between `from` and `to` usable on this step, in file order.
   * Directed mode: relations from → to, plus undirected ones. Undirected mode: all.
   */
  edgeIds: string[];
  /** Distinct relation type ids of `edgeIds`, in order of first appearance. */
  types: string[];
}

export interface PathOptions {
  /** Follow directed relations only from source to target (undirected relations both ways). */
  directed: boolean;
  visibleEdgeIds?: EdgeVisibility;
  /** Maximum number of paths listed (default 10). */
  maxPaths?: number;
}

export type PathFailureReason =
  | 'same-node'
  | 'unknown-node'
  /** No path even when direction is ignored. */
  | 'no-path'
  /** Directed mode: no path along the arrows, but one exists when direction is ignored. */
  | 'no-directed-path'
  /** No path over the visible relations, but one exists through hidden ones. */
  | 'hidden-path';

export type PathsResult =
  | {
      found: true;
      from: string;
      to: string;
      directed: boolean;
      /** Number of hops of every listed path. */
      length: number;
      paths: PathHop[][];
      /** Number of distinct shortest paths (by actors), which may exceed `paths.length`. */
      totalPaths: number;
      truncated: boolean;
    }
  | {
      found: false;
      reason: PathFailureReason;
      /** A sentence for the user, naming the actors by label. */
      message: string;
      /** For 'unknown-node': the ids not in the graph. */
      unknownNodeIds?: string[];
    };

type EdgeTest = (edge: string) => boolean;

export function shortestPaths(graph: GraphFile, fromId: string, toId: string, options: PathOptions): PathsResult {
  const { graph: g, keys } = analyticsGraph(graph);
  const unknown = [fromId, toId].filter((id, i, all) => keys.key(id) === undefined && all.indexOf(id) === i);
  if (unknown.length) {
    return {
      found: false,
      reason: 'unknown-node',
      message: `Unknown actor${unknown.length > 1 ? 's' : ''}: ${unknown.map((id) => `"${id}"`).join(', ')}.`,
      unknownNodeIds: unknown,
    };
  }
  const from = keys.key(fromId)!;
  const to = keys.key(toId)!;
  const label = (key: string) => g.getNodeAttribute(key, 'label');
  if (from === to) return { found: false, reason: 'same-node', message: `Pick two different actors (both are ${label(from)}).` };

  const visible = visibilitySet(options.visibleEdgeIds);
  const isVisible: EdgeTest = visible ? (e) => visible.has(e) : () => true;
  const maxPaths = Math.max(1, options.maxPaths ?? 10);
  const search = bfs(g, from, to, options.directed, isVisible);
  if (!search) {
    const between = `${label(from)} and ${label(to)}`;
    if (options.directed && bfs(g, from, to, false, isVisible)) {
      return {
        found: false,
        reason: 'no-directed-path',
        message: `No path follows the direction of the relations from ${label(from)} to ${label(to)}; ignoring direction, there is one.`,
      };
    }
    if (visible && bfs(g, from, to, false, () => true)) {
      return {
        found: false,
        reason: 'hidden-path',
        message: `No path links ${between} over the relations shown; one exists through relations that are hidden by the current filters.`,
      };
    }
    return { found: false, reason: 'no-path', message: `${between} are not connected, even indirectly.` };
  }

  const { preds, depth, sigma } = search;
  const totalPaths = sigma.get(to)!;

  // Enumerate node sequences backwards from the target, in discovery order (explicit stack:
  // a path may be thousands of hops long).
  const sequences: string[][] = [];
  interface Step {
    node: string;
    /** The rest of the path towards `to` (shared between branches, so no copying). */
    rest: Step | null;
  }
  const stack: Step[] = [{ node: to, rest: null }];
  while (stack.length && sequences.length < maxPaths) {
    const step = stack.pop()!;
    if (step.node === from) {
      const seq: string[] = [];
      for (let s: Step | null = step; s; s = s.rest) seq.push(s.node);
      sequences.push(seq);
      continue;
    }
    const ps = preds.get(step.node) ?? [];
    for (let i = ps.length - 1; i >= 0; i--) stack.push({ node: ps[i]!, rest: step });
  }

  const hopCache = new Map<string, PathHop>();
  const hop = (a: string, b: string): PathHop => {
    const key = `${a}\u0000${b}`;
    let h = hopCache.get(key);
    if (!h) {
      h = { ...hopBetween(g, a, b, options.directed, isVisible), from: keys.id(a), to: keys.id(b) };
      hopCache.set(key, h);
    }
    return h;
  };
  const paths = sequences.map((seq) => seq.slice(1).map((b, i) => hop(seq[i]!, b)));
  return { found: true, from: fromId, to: toId, directed: options.directed, length: depth, paths, totalPaths, truncated: totalPaths > paths.length };
}

/** BFS recording all shortest-path predecessors; null when `to` is unreachable. */
function bfs(
  g: AnalyticsGraph,
  from: string,
  to: string,
  directed: boolean,
  isVisible: EdgeTest,
): { preds: Map<string, string[]>; depth: number; sigma: Map<string, number> } | null {
  const dist = new Map<string, number>([[from, 0]]);
  const preds = new Map<string, string[]>();
  // Number of shortest paths from `from` (final for a node once its level is done).
  const sigma = new Map<string, number>([[from, 1]]);
  let frontier = [from];
  let depth = 0;
  while (frontier.length && !dist.has(to)) {
    depth++;
    const next: string[] = [];
    for (const u of frontier) {
      const visit = (edge: string, _attr: unknown, source: string, target: string) => {
        if (source === target || !isVisible(edge)) return;
        const v = source === u ? target : source;
        const d = dist.get(v);
        if (d === undefined) {
          dist.set(v, depth);
          preds.set(v, [u]);
          sigma.set(v, sigma.get(u)!);
          next.push(v);
        } else if (d === depth) {
          const list = preds.get(v)!;
          if (!list.includes(u)) {
            list.push(u);
            sigma.set(v, sigma.get(v)! + sigma.get(u)!);
          }
        }
      };
      if (directed) g.forEachOutboundEdge(u, visit);
      else g.forEachEdge(u, visit);
    }
    frontier = next;
  }
  return dist.has(to) ? { preds, depth, sigma } : null;
}

/** The relations of a hop between the nodes of keys `a` and `b` (from / to left as keys). */
function hopBetween(g: AnalyticsGraph, a: string, b: string, directed: boolean, isVisible: EdgeTest): PathHop {
  const ids = [...g.outEdges(a, b), ...g.undirectedEdges(a, b), ...(directed ? [] : g.inEdges(a, b))];
  const edgeIds = [...new Set(ids)].filter(isVisible).sort((x, y) => g.getEdgeAttribute(x, 'index') - g.getEdgeAttribute(y, 'index'));
  const types: string[] = [];
  for (const e of edgeIds) {
    const t = g.getEdgeAttribute(e, 'type');
    if (!types.includes(t)) types.push(t);
  }
  return { from: a, to: b, edgeIds, types };
}
