import { describe, expect, it } from 'vitest';
import { buildGraph } from './__fixtures__/build-graph';
import { analyticsGraph, evidenceWeight, toGraphology, undirectedProjection } from './model';

const g = buildGraph({
  nodes: ['a', 'b', 'c'],
  edges: [
    { id: 'ab1', source: 'a', target: 'b', type: 'rel', evidence: 2 },
    { id: 'ab2', source: 'b', target: 'a', type: 'link' },
    { id: 'bc', source: 'b', target: 'c', type: 'rel' },
    { id: 'cc', source: 'c', target: 'c', type: 'rel' },
  ],
});

describe('toGraphology', () => {
  it('keeps every node and relation, directed per relation type, with parallel relations', () => {
    const { graph: m, keys } = toGraphology(g);
    const [a, b] = [keys.key('a')!, keys.key('b')!];
    expect(m.order).toBe(3);
    expect(m.size).toBe(4);
    expect(m.getNodeAttributes(a)).toEqual({ label: 'A', kind: 'entity' });
    expect(m.isDirected('ab1')).toBe(true);
    expect(m.isUndirected('ab2')).toBe(true);
    expect(m.getEdgeAttributes('ab1')).toEqual({ type: 'rel', weight: 2, directed: true, index: 0 });
    expect(m.edges(a, b).sort()).toEqual(['ab1', 'ab2']);
  });

  it('keys nodes by position, never by id, and maps the keys back to ids', () => {
    const { graph: m, keys } = toGraphology(g);
    expect(m.nodes()).toEqual(['n0', 'n1', 'n2']);
    expect(m.nodes().map((k) => keys.id(k))).toEqual(['a', 'b', 'c']);
    expect(keys.key('constructor')).toBeUndefined();
  });

  it('adds only the visible relations when given a set of edge ids', () => {
    const { graph: m } = toGraphology(g, new Set(['bc']));
    expect(m.order).toBe(3);
    expect(m.edges()).toEqual(['bc']);
  });

  it('caches the full model per graph file object', () => {
    expect(analyticsGraph(g)).toBe(analyticsGraph(g));
  });
});

describe('evidenceWeight', () => {
  it('counts distinct evidence sentences', () => {
    const ev = (sentenceId: string) => ({ sentenceId, quote: 'x', start: 0, end: 1 });
    expect(evidenceWeight({ evidence: [ev('s1')] })).toBe(1);
    expect(evidenceWeight({ evidence: [ev('s1'), ev('s1'), ev('s2')] })).toBe(2);
  });
});

describe('undirectedProjection', () => {
  it('merges parallel relations into one weighted pair and drops self-loops', () => {
    const { graph: p, keys } = undirectedProjection(g);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => keys.key(id)!);
    expect(p.size).toBe(2);
    expect(p.getEdgeAttribute(p.edge(a, b)!, 'weight')).toBe(3);
    expect(p.getEdgeAttribute(p.edge(c, b)!, 'weight')).toBe(1);
  });
});
