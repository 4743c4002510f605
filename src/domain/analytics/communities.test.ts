import { describe, expect, it } from 'vitest';
import { buildGraph, type EdgeSpec } from './__fixtures__/build-graph';
import { detectCommunities } from './communities';
import { randomGraph } from './__fixtures__/random-graph';

function clique(ids: string[]): EdgeSpec[] {
  const out: EdgeSpec[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) out.push({ source: ids[i]!, target: ids[j]! });
  return out;
}

const small = ['s1', 's2', 's3', 's4'];
const big = ['b1', 'b2', 'b3', 'b4', 'b5'];
// Small clique first in the file, so "largest = 0" is not just file order.
const twoCliques = buildGraph({ nodes: [...small, ...big, 'lonely'], edges: [...clique(small), ...clique(big), { source: 's1', target: 'b1' }] });

describe('detectCommunities', () => {
  it('finds the two cliques, numbering the larger one 0', () => {
    const r = detectCommunities(twoCliques);
    expect(r.count).toBe(3);
    expect(r.sizes).toEqual([5, 4, 1]);
    for (const id of big) expect(r.communities[id]).toBe(0);
    for (const id of small) expect(r.communities[id]).toBe(1);
    expect(r.communities.lonely).toBe(2);
    // Q = 10/17 − (21/34)² + 6/17 − (13/34)² (17 links; the isolated actor adds nothing).
    expect(r.modularity).toBeCloseTo(16 / 17 - (21 * 21 + 13 * 13) / (34 * 34), 10);
  });

  it('gives the same result twice (seeded), on a graph where Louvain has real choices', () => {
    const g = randomGraph({ nodes: 300, edges: 900, seed: 5 });
    const first = detectCommunities(g, { seed: 3 });
    const second = detectCommunities(g, { seed: 3 });
    expect(second).toEqual(first);
    // The seed is what makes it stable: another seed gives another partition of this graph.
    expect(detectCommunities(g, { seed: 4 }).sizes).not.toEqual(first.sizes);
    expect(first.count).toBeGreaterThan(1);
    expect(first.sizes).toEqual([...first.sizes].sort((a, b) => b - a));
  });

  it('puts every actor in its own community when no relation is visible', () => {
    const r = detectCommunities(twoCliques, { visibleEdgeIds: [] });
    expect(r.count).toBe(10);
    expect(r.modularity).toBe(0);
    expect(r.communities.s1).toBe(0);
    expect(r.communities.lonely).toBe(9);
  });
});
