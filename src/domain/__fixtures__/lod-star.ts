// A small graph for the level-of-detail tests.
import type { LodEdge } from '../level-of-detail';

/** A hub "h" related to n1..n{k}, plus a chain n1—n2—…; and three parallel relations h—n1. */
export function star(k: number): { edges: LodEdge[]; nodes: Set<string> } {
  const edges: LodEdge[] = [];
  const nodes = new Set<string>(['h']);
  for (let i = 1; i <= k; i += 1) {
    nodes.add(`n${i}`);
    edges.push({ id: `h-${i}`, source: 'h', target: `n${i}`, type: i % 2 ? 'accuse' : 'meet' });
    if (i > 1) edges.push({ id: `c-${i}`, source: `n${i - 1}`, target: `n${i}`, type: 'meet' });
  }
  edges.push({ id: 'h-1b', source: 'n1', target: 'h', type: 'accuse' }, { id: 'h-1c', source: 'h', target: 'n1', type: 'meet' });
  return { edges, nodes };
}
