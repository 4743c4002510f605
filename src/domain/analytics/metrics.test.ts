import { describe, expect, it } from 'vitest';
import graphText from '../../../data/graph.json?raw';
import { buildGraph, pathEdges } from './__fixtures__/build-graph';
import { randomGraph } from './__fixtures__/random-graph';
import { seedMini } from './__fixtures__/seed-mini';
import type { GraphFile, Report } from '../graph-contract';
import { competitionRanks, computeMetrics, reportWeight } from './metrics';

/** Gives edge `id` `n` reports (articles telling the same claim), as a version 3 graph groups them. */
function withReports(graph: GraphFile, counts: Record<string, number>): GraphFile {
  const edges = graph.edges.map((e) => {
    const n = counts[e.id];
    if (!n) return e;
    const reports: Report[] = Array.from({ length: n }, (_, i) => ({ id: `${e.id}-r${i}`, documentId: 'doc', evidence: e.evidence }));
    return { ...e, reports };
  });
  return { ...graph, edges };
}

const star = buildGraph({ nodes: ['c', 'l1', 'l2', 'l3', 'l4'], edges: [['c', 'l1'], ['l2', 'c'], ['c', 'l3'], ['l4', 'c']] });
const path = buildGraph({ nodes: ['a', 'b', 'c', 'd', 'e'], edges: pathEdges(['a', 'b', 'c', 'd', 'e']) });
const triangle = buildGraph({ nodes: ['a', 'b', 'c'], edges: [['a', 'b'], ['b', 'c'], ['c', 'a']] });

describe('computeMetrics on graphs with known answers', () => {
  it('star: the centre has every link, all betweenness and the top PageRank', () => {
    const r = computeMetrics(star);
    expect(r.metrics.c).toMatchObject({ degree: 4, weightedDegree: 4, reportDegree: 4, betweenness: 1 });
    expect(r.metrics.l1).toMatchObject({ degree: 1, betweenness: 0 });
    // Undirected PageRank with damping 0.85 on a 4-leaf star: leaf L = 0.03 + 0.2125·C, C = 0.03 + 3.4·L.
    expect(r.metrics.c!.pagerank).toBeCloseTo(0.475676, 5);
    expect(r.metrics.l3!.pagerank).toBeCloseTo(0.131081, 5);
    expect(r.ranks.c).toEqual({ degree: 1, weightedDegree: 1, reportDegree: 1, pagerank: 1, betweenness: 1 });
    expect(r.ranks.l4).toEqual({ degree: 2, weightedDegree: 2, reportDegree: 2, pagerank: 2, betweenness: 2 });
    expect(r.betweennessMode).toBe('exact');
  });

  it('path a-b-c-d-e: betweenness 3/6, 4/6, 3/6 for the inner nodes', () => {
    const r = computeMetrics(path);
    const bc = (id: string) => r.metrics[id]!.betweenness;
    expect(bc('a')).toBe(0);
    expect(bc('b')).toBeCloseTo(3 / 6, 10);
    expect(bc('c')).toBeCloseTo(4 / 6, 10);
    expect(bc('d')).toBeCloseTo(3 / 6, 10);
    expect(bc('e')).toBe(0);
    expect(r.ranks.c!.betweenness).toBe(1);
    expect(r.ranks.b!.betweenness).toBe(2);
    expect(r.ranks.d!.betweenness).toBe(2);
    expect(r.ranks.a!.betweenness).toBe(4);
  });

  it('triangle: everyone is equal (PageRank 1/3, betweenness 0, all rank 1)', () => {
    const r = computeMetrics(triangle);
    for (const id of ['a', 'b', 'c']) {
      expect(r.metrics[id]!.pagerank).toBeCloseTo(1 / 3, 8);
      expect(r.metrics[id]!.betweenness).toBe(0);
      expect(r.ranks[id]).toEqual({ degree: 1, weightedDegree: 1, reportDegree: 1, pagerank: 1, betweenness: 1 });
    }
  });

  it('weighted degree counts evidence sentences; parallel relations count in degree', () => {
    const g = buildGraph({
      nodes: ['a', 'b', 'c'],
      edges: [
        { source: 'a', target: 'b', evidence: 3 },
        { source: 'b', target: 'a', type: 'link' },
        { source: 'b', target: 'c' },
      ],
    });
    const r = computeMetrics(g);
    expect(r.metrics.a).toMatchObject({ degree: 2, weightedDegree: 4 });
    expect(r.metrics.b).toMatchObject({ degree: 3, weightedDegree: 5 });
    expect(r.metrics.c).toMatchObject({ degree: 1, weightedDegree: 1 });
    // Parallel relations do not create extra shortest paths: b is on the single a–c path.
    expect(r.metrics.b!.betweenness).toBe(1);
  });

  it('report-weighted degree counts each claim once per article that reports it', () => {
    const g = withReports(
      buildGraph({ nodes: ['a', 'b', 'c'], edges: [{ source: 'a', target: 'b', evidence: 2 }, ['b', 'c'], ['c', 'c']] }),
      { e0: 4, e2: 3 },
    );
    expect(g.edges.map(reportWeight)).toEqual([4, 1, 3]);
    const r = computeMetrics(g);
    // Evidence sentences do not count here, reports do not count in the evidence weight.
    expect(r.metrics.a).toMatchObject({ degree: 1, weightedDegree: 2, reportDegree: 4 });
    expect(r.metrics.b).toMatchObject({ degree: 2, weightedDegree: 3, reportDegree: 5 });
    // A self-relation counts once, with its reports.
    expect(r.metrics.c).toMatchObject({ degree: 2, weightedDegree: 2, reportDegree: 4 });
    expect(r.ranks.b!.reportDegree).toBe(1);
    expect(r.ranks.a!.reportDegree).toBe(2);
    expect(computeMetrics(g, { visibleEdgeIds: ['e1'] }).metrics.b!.reportDegree).toBe(1);
  });

  it('only counts the visible relations when asked', () => {
    const r = computeMetrics(star, { visibleEdgeIds: ['e0', 'e1'] });
    expect(r.edgeCount).toBe(2);
    expect(r.metrics.c!.degree).toBe(2);
    expect(r.metrics.l3!.degree).toBe(0);
    expect(r.ranks.l3!.degree).toBe(4);
  });

  it('can skip betweenness, and sampling from every node equals the exact value', () => {
    const skipped = computeMetrics(path, { betweenness: 'skip' });
    expect(skipped.betweennessMode).toBe('skipped');
    expect(skipped.metrics.c!.betweenness).toBeNull();
    expect(skipped.ranks.c!.betweenness).toBeNull();
    const sampledAll = computeMetrics(path, { betweenness: 'sampled', samples: 5 });
    expect(sampledAll.metrics.c!.betweenness).toBeCloseTo(4 / 6, 10);
    expect(sampledAll.metrics.b!.betweenness).toBeCloseTo(3 / 6, 10);
  });

  it('sampling from every node reproduces graphology-metrics\' exact betweenness on a random graph', () => {
    const g = randomGraph({ nodes: 200, edges: 600, seed: 11 });
    const exact = computeMetrics(g, { betweenness: 'exact' });
    const all = computeMetrics(g, { betweenness: 'sampled', samples: 200 });
    for (const id of Object.keys(exact.metrics)) expect(all.metrics[id]!.betweenness).toBeCloseTo(exact.metrics[id]!.betweenness!, 10);
    const half = computeMetrics(g, { betweenness: 'sampled', samples: 100 });
    expect(half.betweennessMode).toBe('sampled');
    expect(half.metrics.n0!.betweenness).toBeCloseTo(exact.metrics.n0!.betweenness!, 1);
  });

  it('returns plain data that survives structured cloning (Web Worker)', () => {
    const r = computeMetrics(seedMini());
    expect(structuredClone(r)).toEqual(r);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('ranks Russia first in the seed-like graph', () => {
    const r = computeMetrics(seedMini());
    expect(r.ranks.russia).toMatchObject({ degree: 1, weightedDegree: 1, pagerank: 1, betweenness: 1 });
    expect(r.metrics.russia!.degree).toBe(5);
    expect(r.metrics.russia!.weightedDegree).toBe(6);
  });

  it('handles an empty graph', () => {
    const r = computeMetrics(buildGraph({ nodes: [], edges: [] }));
    expect(r).toMatchObject({ metrics: {}, ranks: {}, nodeCount: 0, edgeCount: 0 });
  });
});

describe('report-weighted degree on the committed graph (data/graph.json)', () => {
  const graph = JSON.parse(graphText) as GraphFile;
  const r = computeMetrics(graph);

  it('weighs Russia\'s claims by the articles that tell them: more than its number of claims', () => {
    const claims = graph.edges.filter((e) => e.source === 'russia' || e.target === 'russia');
    expect(r.metrics.russia!.degree).toBe(claims.length);
    expect(r.metrics.russia!.reportDegree).toBe(claims.reduce((n, e) => n + (e.reports?.length ?? 1), 0));
    expect(r.metrics.russia!.reportDegree).toBeGreaterThan(r.metrics.russia!.degree);
  });

  it('equals degree for every actor whose claims are each told once', () => {
    const retold = new Set(graph.edges.filter((e) => e.reports).flatMap((e) => [e.source, e.target]));
    expect(retold.size).toBeGreaterThan(0);
    for (const [id, m] of Object.entries(r.metrics)) {
      if (retold.has(id)) expect(m.reportDegree, id).toBeGreaterThan(m.degree);
      else expect(m.reportDegree, id).toBe(m.degree);
    }
  });
});

describe('competitionRanks', () => {
  it('gives ties the same rank and skips the following ones', () => {
    const values: Record<string, number> = { a: 5, b: 7, c: 5, d: 1 };
    const r = competitionRanks(['a', 'b', 'c', 'd'], (id) => values[id]!);
    expect(Object.fromEntries(r)).toEqual({ b: 1, a: 2, c: 2, d: 4 });
  });
});
