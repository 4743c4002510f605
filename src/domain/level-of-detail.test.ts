import { describe, expect, it } from 'vitest';
import { star } from './__fixtures__/lod-star';
import { aggregateId, projectGraph, type LodEdge } from './level-of-detail';


const visibleAll = (g: { edges: LodEdge[]; nodes: Set<string> }) => ({ nodes: g.nodes, edges: new Set(g.edges.map((e) => e.id)) });

describe('projectGraph', () => {
  it('draws everything, unaggregated, when the visible graph fits the budget', () => {
    const g = star(5);
    const p = projectGraph(g.edges, visibleAll(g), { maxNodes: 10, maxEdges: 100 });
    expect(p.complete).toBe(true);
    expect(p.nodes.size).toBe(6);
    expect(p.edges.size).toBe(g.edges.length);
    expect(p.aggregates).toEqual([]);
  });

  it('keeps the most connected actors within the node budget and counts the relations it leaves out', () => {
    const g = star(20);
    const p = projectGraph(g.edges, visibleAll(g), { maxNodes: 5, maxEdges: 1000 });
    expect(p.complete).toBe(false);
    expect(p.nodes.size).toBe(5);
    expect(p.nodes.has('h')).toBe(true);
    // n1 has the parallel relations to the hub: the most relations after it.
    expect(p.nodes.has('n1')).toBe(true);
    // Every visible relation is either drawn or counted at a drawn end.
    const drawnOrCounted = p.edges.size + [...p.hiddenRelations.values()].reduce((a, b) => a + b, 0);
    const touching = g.edges.filter((e) => p.nodes.has(e.source) || p.nodes.has(e.target));
    const inner = g.edges.filter((e) => p.nodes.has(e.source) && p.nodes.has(e.target));
    expect(drawnOrCounted).toBe(touching.length);
    expect(inner.length).toBeLessThan(touching.length);
    for (const id of p.edges) {
      const e = g.edges.find((x) => x.id === id)!;
      expect(p.nodes.has(e.source) && p.nodes.has(e.target)).toBe(true);
    }
  });

  it('always draws pinned actors, and the neighbours of expanded ones', () => {
    const g = star(20);
    const p = projectGraph(g.edges, visibleAll(g), { maxNodes: 3, maxEdges: 1000, pinned: ['n17'], expanded: ['n10'] });
    expect(p.nodes.has('n17')).toBe(true);
    expect([...p.nodes]).toEqual(expect.arrayContaining(['n10', 'n9', 'n11', 'h']));
  });

  it('never draws what the filters hide, even when pinned', () => {
    const g = star(20);
    const nodes = new Set([...g.nodes].filter((n) => n !== 'n3'));
    const edges = new Set(g.edges.filter((e) => e.type !== 'accuse').map((e) => e.id));
    const p = projectGraph(g.edges, { nodes, edges }, { maxNodes: 4, maxEdges: 1000, pinned: ['n3'] });
    expect(p.nodes.has('n3')).toBe(false);
    for (const id of p.edges) expect(g.edges.find((e) => e.id === id)!.type).toBe('meet');
  });

  it('aggregates the relations of a pair into one edge when there are too many to draw', () => {
    const g = star(6);
    const p = projectGraph(g.edges, visibleAll(g), { maxNodes: 3, maxEdges: 1 });
    const agg = p.aggregates.find((a) => a.id === aggregateId('h', 'n1'));
    expect(agg).toBeDefined();
    expect(agg!.members).toEqual(['h-1', 'h-1b', 'h-1c']);
    // Two of the three are accusations.
    expect(agg!.type).toBe('accuse');
    expect(p.edges.size + p.aggregates.length).toBe(1);
  });

  it('prefers the actors in the viewport when zoomed in', () => {
    const g = star(20);
    const positions = new Map([...g.nodes].map((id, i) => [id, { x: i * 10, y: 0 }]));
    // n15..n17 sit at x 150..170.
    const p = projectGraph(g.edges, visibleAll(g), { maxNodes: 6, maxEdges: 1000, viewport: { x1: 145, x2: 175, y1: -5, y2: 5, positions } });
    expect([...p.nodes]).toEqual(expect.arrayContaining(['n15', 'n16', 'n17', 'h']));
  });

  it('is deterministic', () => {
    const g = star(50);
    const a = projectGraph(g.edges, visibleAll(g), { maxNodes: 7, maxEdges: 5 });
    const b = projectGraph([...g.edges].reverse(), visibleAll(g), { maxNodes: 7, maxEdges: 5 });
    expect([...a.nodes].sort()).toEqual([...b.nodes].sort());
    expect(a.aggregates.map((x) => x.id).sort()).toEqual(b.aggregates.map((x) => x.id).sort());
  });
});

describe('projectGraph with a precomputed order', () => {
  it('draws the same actors as when it ranks them itself', () => {
    const g = star(40);
    const degree = new Map<string, number>();
    for (const e of g.edges) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    const order = [...g.nodes].sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1));
    const nodes = new Set([...g.nodes].filter((id) => id !== 'n2'));
    const vis = { nodes, edges: new Set(g.edges.map((e) => e.id)) };
    const a = projectGraph(g.edges, vis, { maxNodes: 9, maxEdges: 100, importance: degree, pinned: ['n30'] });
    const b = projectGraph(g.edges, vis, { maxNodes: 9, maxEdges: 100, importance: degree, order, pinned: ['n30'] });
    expect([...b.nodes].sort()).toEqual([...a.nodes].sort());
    expect(b.nodes.has('n2')).toBe(false);
  });
});

describe('projectGraph with minAggregate', () => {
  it('draws parallel relations of a pair as one aggregated edge even within the budget', () => {
    const g = star(30);
    const p = projectGraph(g.edges, visibleAll(g), { maxNodes: 10, maxEdges: 1000, minAggregate: 2 });
    expect(p.aggregates.map((a) => a.id)).toEqual([aggregateId('h', 'n1')]);
    expect(p.edges.has('h-1')).toBe(false);
    // Single relations stay themselves: n10 is drawn with its one relation to the hub.
    expect(p.nodes.has('n10')).toBe(true);
    expect(p.edges.has('h-10')).toBe(true);
  });
});

describe('projectGraph around a selection', () => {
  // Two hubs: h with 30 spokes, k with 10 spokes; spoke n1 is also linked to k.
  function twoHubs() {
    const edges: LodEdge[] = [];
    for (let i = 1; i <= 30; i += 1) edges.push({ id: `h-${i}`, source: 'h', target: `n${i}`, type: 'meet' });
    for (let i = 1; i <= 10; i += 1) edges.push({ id: `k-${i}`, source: 'k', target: `m${i}`, type: 'meet' });
    edges.push({ id: 'k-n1', source: 'k', target: 'n1', type: 'accuse' });
    const nodes = new Set(edges.flatMap((e) => [e.source, e.target]));
    return { nodes, edges, vis: { nodes, edges: new Set(edges.map((e) => e.id)) } };
  }

  it('keeps the overview as it was and adds the selection and its neighbours on top', () => {
    const g = twoHubs();
    const overview = projectGraph(g.edges, g.vis, { maxNodes: 5, maxEdges: 100 });
    const neighbours = g.edges.filter((e) => e.source === 'k').map((e) => e.target);
    const selected = projectGraph(g.edges, g.vis, { maxNodes: 5, maxEdges: 100, pinned: ['k', ...neighbours], focus: ['k'] });
    for (const id of overview.nodes) expect(selected.nodes.has(id)).toBe(true);
    for (const id of ['k', ...neighbours]) expect(selected.nodes.has(id)).toBe(true);
    // Every relation of the selection is drawn.
    for (const e of g.edges.filter((e) => e.source === 'k')) expect(selected.edges.has(e.id)).toBe(true);
  });

  it("draws a neighbour of the selection with its link to the selection only", () => {
    const g = twoHubs();
    // n1 is pinned as k's neighbour; its relation to the hub h is not the selection's.
    const p = projectGraph(g.edges, g.vis, { maxNodes: 1, maxEdges: 100, pinned: ['k', 'n1'], focus: ['k'] });
    expect(p.nodes.has('h')).toBe(true);
    expect(p.edges.has('k-n1')).toBe(true);
    expect(p.edges.has('h-1')).toBe(false);
    expect(p.hiddenRelations.get('n1')).toBe(1);
  });

  it('draws the pair of a kept relation even when the edge budget is spent', () => {
    const g = twoHubs();
    const p = projectGraph(g.edges, g.vis, { maxNodes: 40, maxEdges: 1, pinned: ['k', 'n1'], focus: [], keepEdges: ['k-n1'] });
    expect(p.edges.has('k-n1')).toBe(true);
  });
});
