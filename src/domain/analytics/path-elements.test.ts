import { describe, expect, it } from 'vitest';
import { buildGraph } from './__fixtures__/build-graph';
import { pathElementsOf } from './path-elements';
import { shortestPaths } from './paths';

// a — b — d and a — c — d are both shortest; a — e — d is as short through e; x is apart.
const graph = buildGraph({
  nodes: ['a', 'b', 'c', 'd', 'e', 'x'],
  edges: [
    { id: 'ab', source: 'a', target: 'b' },
    { id: 'ab-link', source: 'b', target: 'a', type: 'link' },
    { id: 'bd', source: 'b', target: 'd' },
    { id: 'ac', source: 'a', target: 'c' },
    { id: 'cd', source: 'c', target: 'd' },
    { id: 'ex', source: 'e', target: 'x' },
  ],
});

const sorted = (s: Iterable<string>) => [...s].sort();

describe('pathElementsOf', () => {
  it('highlights every actor and every parallel relation on the shortest paths', () => {
    const elements = pathElementsOf(shortestPaths(graph, 'a', 'd', { directed: false }));
    expect(sorted(elements!.nodes)).toEqual(['a', 'b', 'c', 'd']);
    expect(sorted(elements!.edges)).toEqual(['ab', 'ab-link', 'ac', 'bd', 'cd']);
  });

  it('follows only the paths that were found (directed, over the visible relations)', () => {
    const elements = pathElementsOf(shortestPaths(graph, 'a', 'd', { directed: true, visibleEdgeIds: ['ab', 'bd', 'cd'] }));
    expect(sorted(elements!.nodes)).toEqual(['a', 'b', 'd']);
    expect(sorted(elements!.edges)).toEqual(['ab', 'bd']);
  });

  it('highlights nothing without a question or without an answer', () => {
    expect(pathElementsOf(null)).toBeNull();
    expect(pathElementsOf(shortestPaths(graph, 'a', 'x', { directed: false }))).toBeNull();
    expect(pathElementsOf(shortestPaths(graph, 'a', 'a', { directed: false }))).toBeNull();
  });
});
