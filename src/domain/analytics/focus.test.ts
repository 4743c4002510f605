import { describe, expect, it } from 'vitest';
import { buildGraph, pathEdges } from './__fixtures__/build-graph';
import { seedMini } from './__fixtures__/seed-mini';
import { hiddenNeighbours, neighbourhood } from './focus';

// a - b - c - d - e, plus b - x (x has two relations with b), and an isolated z.
const g = buildGraph({
  nodes: ['a', 'b', 'c', 'd', 'e', 'x', 'z'],
  edges: [
    ...pathEdges(['a', 'b', 'c', 'd', 'e']).map(([source, target], i) => ({ id: `p${i}`, source, target })),
    { id: 'xb1', source: 'x', target: 'b' },
    { id: 'bx2', source: 'b', target: 'x', type: 'link' },
  ],
});

describe('neighbourhood', () => {
  it('grows one step at a time, ignoring direction', () => {
    expect([...neighbourhood(g, 'c', 1)].sort()).toEqual(['b', 'c', 'd']);
    expect([...neighbourhood(g, 'c', 2)].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'x']);
    expect([...neighbourhood(g, 'a', 3)].sort()).toEqual(['a', 'b', 'c', 'd', 'x']);
  });

  it('follows only the visible relations', () => {
    expect([...neighbourhood(g, 'c', 3, new Set(['p1', 'p2']))].sort()).toEqual(['b', 'c', 'd']);
  });

  it('is just the actor when isolated, and empty for an unknown id', () => {
    expect([...neighbourhood(g, 'z', 2)]).toEqual(['z']);
    expect(neighbourhood(g, 'nobody', 1).size).toBe(0);
  });
});

describe('hiddenNeighbours', () => {
  it('lists the neighbours not shown, most connected first, with their relations', () => {
    expect(hiddenNeighbours(g, 'b', ['b', 'c'])).toEqual([
      { id: 'x', label: 'X', kind: 'entity', edgeIds: ['xb1', 'bx2'] },
      { id: 'a', label: 'A', kind: 'entity', edgeIds: ['p0'] },
    ]);
  });

  it('returns nothing once every neighbour is shown, or for an unknown actor', () => {
    expect(hiddenNeighbours(g, 'b', new Set(['a', 'b', 'c', 'x']))).toEqual([]);
    expect(hiddenNeighbours(g, 'nobody', [])).toEqual([]);
  });

  it('does not bring back relations hidden by the filters', () => {
    expect(hiddenNeighbours(g, 'b', ['b'], ['bx2', 'p1']).map((n) => [n.id, n.edgeIds])).toEqual([
      ['c', ['p1']],
      ['x', ['bx2']],
    ]);
  });

  it('expands Russia in the seed-like graph: the Taliban (four relations) before the Moscow Format', () => {
    const r = hiddenNeighbours(seedMini(), 'russia', ['russia']);
    expect(r.map((n) => n.id)).toEqual(['taliban', 'moscow-format']);
    expect(r[0]!.edgeIds).toHaveLength(4);
  });
});
