import { describe, expect, it } from 'vitest';
import { buildGraph } from './__fixtures__/build-graph';
import { seedMini } from './__fixtures__/seed-mini';
import { shortestPaths, type PathsResult } from './paths';

function nodesOf(result: PathsResult): string[][] {
  if (!result.found) throw new Error(`expected a path, got ${result.reason}: ${result.message}`);
  return result.paths.map((p) => [p[0]!.from, ...p.map((h) => h.to)]);
}

// a — b — d and a — c — d are both shortest; a — e — f — d is longer.
const diamond = buildGraph({
  nodes: ['a', 'b', 'c', 'd', 'e', 'f', 'x'],
  edges: [
    { id: 'ab', source: 'a', target: 'b' },
    { id: 'ab-link', source: 'b', target: 'a', type: 'link' },
    { id: 'bd', source: 'b', target: 'd' },
    { id: 'ac', source: 'a', target: 'c' },
    { id: 'dc', source: 'd', target: 'c' },
    { id: 'ae', source: 'a', target: 'e' },
    { id: 'ef', source: 'e', target: 'f' },
    { id: 'fd', source: 'f', target: 'd' },
  ],
});

describe('shortestPaths', () => {
  it('lists every shortest path, each hop with all its parallel relations', () => {
    const r = shortestPaths(diamond, 'a', 'd', { directed: false });
    expect(nodesOf(r)).toEqual([
      ['a', 'b', 'd'],
      ['a', 'c', 'd'],
    ]);
    if (!r.found) return;
    expect(r).toMatchObject({ length: 2, totalPaths: 2, truncated: false });
    expect(r.paths[0]![0]).toEqual({ from: 'a', to: 'b', edgeIds: ['ab', 'ab-link'], types: ['rel', 'link'] });
    // Undirected mode uses d → c backwards.
    expect(r.paths[1]![1]).toEqual({ from: 'c', to: 'd', edgeIds: ['dc'], types: ['rel'] });
  });

  it('in directed mode follows arrows only (undirected relations both ways)', () => {
    const r = shortestPaths(diamond, 'a', 'd', { directed: true });
    // a → c ← d is no longer usable; a → b → d is; ab-link is undirected so it counts too.
    expect(nodesOf(r)).toEqual([['a', 'b', 'd']]);
    if (r.found) expect(r.paths[0]![0]!.edgeIds).toEqual(['ab', 'ab-link']);
    // From b to a only the undirected relation can be followed.
    const back = shortestPaths(diamond, 'b', 'a', { directed: true });
    expect(back.found && back.paths[0]![0]!.edgeIds).toEqual(['ab-link']);
  });

  it('says when only an undirected path exists', () => {
    const g = buildGraph({ nodes: ['a', 'b', 'c'], edges: [['a', 'b'], ['c', 'b']] });
    const r = shortestPaths(g, 'a', 'c', { directed: true });
    expect(r).toMatchObject({ found: false, reason: 'no-directed-path' });
    expect(nodesOf(shortestPaths(g, 'a', 'c', { directed: false }))).toEqual([['a', 'b', 'c']]);
  });

  it('finds the longer path when the short ones are hidden, and says when hidden relations are needed', () => {
    const visible = new Set(['ae', 'ef', 'fd', 'ab']);
    expect(nodesOf(shortestPaths(diamond, 'a', 'd', { directed: false, visibleEdgeIds: visible }))).toEqual([['a', 'e', 'f', 'd']]);
    const r = shortestPaths(diamond, 'a', 'd', { directed: false, visibleEdgeIds: ['ab', 'ac'] });
    expect(r).toMatchObject({ found: false, reason: 'hidden-path' });
  });

  it('reports the same node, unknown actors and disconnected actors clearly', () => {
    expect(shortestPaths(diamond, 'a', 'a', { directed: false })).toMatchObject({ found: false, reason: 'same-node' });
    const unknown = shortestPaths(diamond, 'a', 'nobody', { directed: false });
    expect(unknown).toEqual({ found: false, reason: 'unknown-node', message: 'Unknown actor: "nobody".', unknownNodeIds: ['nobody'] });
    const apart = shortestPaths(diamond, 'a', 'x', { directed: false });
    expect(apart).toEqual({ found: false, reason: 'no-path', message: 'A and X are not connected, even indirectly.' });
  });

  it('stops at maxPaths and says how many shortest paths there are', () => {
    const mids = ['m1', 'm2', 'm3', 'm4', 'm5'];
    const g = buildGraph({ nodes: ['a', 'z', ...mids], edges: mids.flatMap((m) => [['a', m], [m, 'z']] as Array<[string, string]>) });
    const r = shortestPaths(g, 'a', 'z', { directed: true, maxPaths: 3 });
    expect(nodesOf(r)).toEqual([
      ['a', 'm1', 'z'],
      ['a', 'm2', 'z'],
      ['a', 'm3', 'z'],
    ]);
    expect(r).toMatchObject({ totalPaths: 5, truncated: true });
  });

  it('connects the Soviet Union and Russia only when direction is ignored … and not at all in the seed excerpt', () => {
    const g = seedMini();
    expect(shortestPaths(g, 'soviet-union', 'russia', { directed: false })).toMatchObject({ found: false, reason: 'no-path' });
    const r = shortestPaths(g, 'moscow-format', 'taliban', { directed: false });
    expect(nodesOf(r)).toEqual([['moscow-format', 'russia', 'taliban']]);
    if (r.found) expect(r.paths[0]![1]!.types).toEqual(['delisting', 'ties', 'ally', 'listing']);
    expect(shortestPaths(g, 'moscow-format', 'taliban', { directed: true })).toMatchObject({ reason: 'no-directed-path' });
  });

  it('copes with a very long path without deep recursion', () => {
    const ids = Array.from({ length: 15000 }, (_, i) => `n${i}`);
    const g = buildGraph({ nodes: ids, edges: ids.slice(1).map((id, i) => [ids[i]!, id] as [string, string]) });
    const r = shortestPaths(g, 'n0', 'n14999', { directed: true });
    expect(r.found && r.length).toBe(14999);
  });
});
