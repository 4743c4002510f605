// Sanity at a realistic size (2,000 actors, ~6,000 relations, seeded): results must be
// coherent, not fast — no timing assertions here.
import { describe, expect, it } from 'vitest';
import { validateGraph } from '../graph-contract';
import { randomGraph } from './__fixtures__/random-graph';
import { detectCommunities } from './communities';
import { hiddenNeighbours, neighbourhood } from './focus';
import { computeMetrics } from './metrics';
import { shortestPaths } from './paths';
import { edgesInRange, timeExtent, yearHistogram } from './time';

const graph = randomGraph({ nodes: 2000, edges: 6000, seed: 2024 });

describe('analytics on a 2,000-node random graph', () => {
  it('is a valid graph file of the intended size', () => {
    expect(validateGraph(graph).ok).toBe(true);
    expect(graph.nodes).toHaveLength(2000);
    expect(graph.edges.length).toBeGreaterThan(5900);
  });

  const m = computeMetrics(graph);

  it('computes coherent metrics (exact betweenness at this size)', () => {
    expect(m.betweennessMode).toBe('exact');
    const values = Object.values(m.metrics);
    expect(values.reduce((s, v) => s + v.degree, 0)).toBe(2 * graph.edges.length);
    expect(values.reduce((s, v) => s + v.pagerank, 0)).toBeCloseTo(1, 6);
    for (const v of values) {
      expect(v.weightedDegree).toBeGreaterThanOrEqual(v.degree);
      expect(v.betweenness).toBeGreaterThanOrEqual(0);
      expect(v.betweenness).toBeLessThanOrEqual(1);
    }
    // The generator makes n0, n1, … hubs.
    expect(m.ranks.n0!.degree).toBeLessThanOrEqual(3);
    expect(m.ranks.n0!.betweenness).toBeLessThanOrEqual(3);
    const ranks = Object.values(m.ranks).map((r) => r.pagerank);
    expect(Math.min(...ranks)).toBe(1);
  });

  it('estimates betweenness by sampling with the same leaders', () => {
    const sampled = computeMetrics(graph, { betweenness: 'sampled', samples: 200, seed: 9 });
    expect(sampled.betweennessMode).toBe('sampled');
    expect(sampled.betweennessSources).toBe(200);
    const top = (r: typeof m) => Object.entries(r.metrics).sort((a, b) => b[1].betweenness! - a[1].betweenness!).slice(0, 10).map(([id]) => id);
    const overlap = top(sampled).filter((id) => top(m).includes(id)).length;
    expect(overlap).toBeGreaterThanOrEqual(7);
    // With a small work budget, 'auto' switches to sampling by itself.
    expect(computeMetrics(graph, { exactWorkLimit: 1e6 }).betweennessMode).toBe('sampled');
  });

  it('finds paths, neighbourhoods and groups', () => {
    const p = shortestPaths(graph, 'n1999', 'n1998', { directed: false, maxPaths: 5 });
    expect(p.found).toBe(true);
    if (p.found) {
      expect(p.paths.length).toBeGreaterThan(0);
      expect(p.paths.length).toBeLessThanOrEqual(5);
      for (const path of p.paths) {
        expect(path).toHaveLength(p.length);
        expect(path[0]!.from).toBe('n1999');
        expect(path[path.length - 1]!.to).toBe('n1998');
        for (const hop of path) expect(hop.edgeIds.length).toBeGreaterThan(0);
      }
    }
    const one = neighbourhood(graph, 'n0', 1);
    expect(one.size - 1).toBe(hiddenNeighbours(graph, 'n0', ['n0']).length);
    expect(neighbourhood(graph, 'n0', 2).size).toBeGreaterThan(one.size);
    const c = detectCommunities(graph);
    expect(c.count).toBeGreaterThan(1);
    expect(c.modularity).toBeGreaterThan(0.2);
    expect(c.sizes.reduce((s, n) => s + n, 0)).toBe(2000);
  });

  it('filters by time and builds the timeline', () => {
    const extent = timeExtent(graph.edges)!;
    expect(extent.earliest).toBeGreaterThanOrEqual(1990);
    expect(extent.latest).toBeLessThanOrEqual(2027);
    const h = yearHistogram(graph.edges);
    expect(h.undated).toBeGreaterThan(0);
    expect(h.bins).toHaveLength(extent.latest - extent.earliest + 1);
    const all = edgesInRange(graph.edges, { from: extent.earliest, to: extent.latest });
    expect(all.size).toBe(graph.edges.length);
    const some = edgesInRange(graph.edges, { from: 2000, to: 2000 }, { keepUndated: false });
    expect(some.size).toBeGreaterThan(0);
    expect(some.size).toBeLessThan(graph.edges.length - h.undated);
  });
});
