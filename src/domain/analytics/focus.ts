/**
 * Focus on an actor: its neighbourhood up to a few steps, and the neighbours that are not
 * shown yet ("expand on demand"). Direction is ignored here: a focus view shows who an actor
 * is connected to, whichever way the claims run.
 */
import type { GraphFile } from '../graph-contract';
import { analyticsGraph, visibilitySet, type EdgeVisibility } from './model';

export type FocusDepth = 1 | 2 | 3;

/**
 * Ids of the actors within `depth` steps of `nodeId` over the visible relations, including
 * `nodeId` itself. An unknown id gives an empty set.
 */
export function neighbourhood(graph: GraphFile, nodeId: string, depth: FocusDepth, visibleEdgeIds?: EdgeVisibility): Set<string> {
  const { graph: g, keys } = analyticsGraph(graph);
  const out = new Set<string>();
  const start = keys.key(nodeId);
  if (start === undefined) return out;
  const visible = visibilitySet(visibleEdgeIds);
  // Walked on graphology keys, answered in ids.
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const u of frontier) {
      g.forEachEdge(u, (edge, _attr, source, target) => {
        if (visible && !visible.has(edge)) return;
        const v = source === u ? target : source;
        if (!seen.has(v)) {
          seen.add(v);
          next.push(v);
        }
      });
    }
    frontier = next;
  }
  for (const key of seen) out.add(keys.id(key));
  return out;
}

export interface HiddenNeighbour {
  id: string;
  label: string;
  kind: string;
  /** The relations linking the actor to this neighbour, in file order. */
  edgeIds: string[];
}

/**
 * Neighbours of `nodeId` that are not among `shownNodeIds`, most connected first (then by
 * label), each with the relations that link them. With `visibleEdgeIds`, only those relations
 * count, so expanding never brings back relations the filters hide.
 */
export function hiddenNeighbours(
  graph: GraphFile,
  nodeId: string,
  shownNodeIds: ReadonlySet<string> | readonly string[],
  visibleEdgeIds?: EdgeVisibility,
): HiddenNeighbour[] {
  const { graph: g, keys } = analyticsGraph(graph);
  const node = keys.key(nodeId);
  if (node === undefined) return [];
  const shown = shownNodeIds instanceof Set ? shownNodeIds : new Set(shownNodeIds as readonly string[]);
  const visible = visibilitySet(visibleEdgeIds);
  // Keyed by graphology key.
  const found = new Map<string, Array<{ id: string; index: number }>>();
  g.forEachEdge(node, (edge, attr, source, target) => {
    if (visible && !visible.has(edge)) return;
    const v = source === node ? target : source;
    if (v === node || shown.has(keys.id(v))) return;
    let list = found.get(v);
    if (!list) found.set(v, (list = []));
    list.push({ id: edge, index: attr.index });
  });
  return [...found.entries()]
    .map(([key, edges]) => ({
      id: keys.id(key),
      label: g.getNodeAttribute(key, 'label'),
      kind: g.getNodeAttribute(key, 'kind'),
      edgeIds: edges.sort((a, b) => a.index - b.index).map((e) => e.id),
    }))
    .sort((a, b) => b.edgeIds.length - a.edgeIds.length || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1));
}
