// The pipeline's real output for the seed article (data/graph.json): the analyst tools must
// work on it as they do on the fixtures.
import { describe, expect, it } from 'vitest';
import graphText from '../../../data/graph.json?raw';
import { validateGraph, type GraphFile } from '../graph-contract';
import { computeMetrics } from './metrics';
import { timeExtent, yearHistogram } from './time';

describe('the seed graph (data/graph.json)', () => {
  const checked = validateGraph(JSON.parse(graphText));
  const graph = checked.ok ? checked.graph : (null as unknown as GraphFile);

  it('is valid', () => {
    expect(checked.ok ? [] : checked.issues).toEqual([]);
  });

  it('spans 1979 … 2024 on the timeline', () => {
    expect(timeExtent(graph.edges)).toEqual({ earliest: 1979, latest: 2024 });
    expect(yearHistogram(graph.edges).bins).toHaveLength(2024 - 1979 + 1);
  });

  it('ranks the Taliban or Russia as the most central actor', () => {
    const m = computeMetrics(graph);
    const top = Object.entries(m.ranks).filter(([, r]) => r.pagerank === 1).map(([id]) => id);
    expect(['taliban', 'russia']).toContain(top[0]);
  });
});
