import { describe, expect, it } from 'vitest';
import { validateGraph } from '../../graph-contract';
import { buildGraph, pathEdges } from './build-graph';
import { seedMini } from './seed-mini';

describe('test fixtures', () => {
  it('the seed-like fixture is a valid graph file', () => {
    const result = validateGraph(seedMini());
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
  it('built graphs are valid graph files', () => {
    const g = buildGraph({ nodes: ['a', 'b', 'c'], edges: [...pathEdges(['a', 'b', 'c']), { source: 'a', target: 'c', evidence: 3, type: 'link' }] });
    const result = validateGraph(g);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(g.edges[2]!.evidence).toHaveLength(3);
  });
});
