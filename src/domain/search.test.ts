import { describe, expect, it } from 'vitest';
import { matchingNodeIds, normalizeForSearch, searchActors } from './search';
import { buildGraphIndex } from './graph-index';
import type { GraphFile } from './graph-contract';
import { fixtureGraph, fixtureIndex } from './test-fixture';

describe('searchActors', () => {
  const index = fixtureIndex();

  it('finds an actor by an alias and says which alias matched', () => {
    const [hit] = searchActors(index, 'Washington');
    expect(hit).toMatchObject({ nodeId: 'united-states', label: 'United States', matched: 'Washington', via: 'alias' });
  });

  it('matches as the user types, ignoring case and dots', () => {
    expect(searchActors(index, 'wash')[0]?.nodeId).toBe('united-states');
    expect(searchActors(index, 'u.s')[0]?.nodeId).toBe('united-states');
    expect(searchActors(index, 'TALI')[0]?.nodeId).toBe('taliban');
  });

  it('ranks a label match above an alias match and a prefix above a substring', () => {
    const ids = searchActors(index, 'kab').map((h) => h.nodeId);
    // "Kabul" (alias of the Taliban, prefix) and "Kabulov" (word prefix) before nothing else.
    expect(ids).toEqual(['taliban', 'zamir-kabulov']);
    const stan = searchActors(index, 'stan').map((h) => h.nodeId);
    expect(stan.sort()).toEqual(['afghanistan', 'pakistan']);
    expect(searchActors(index, 'russia')[0]).toMatchObject({ nodeId: 'russia', via: 'label' });
  });

  it('matches words of a multi-word query in any position', () => {
    expect(searchActors(index, 'khan muttaqi')[0]?.nodeId).toBe('amir-khan-muttaqi');
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(searchActors(index, '   ')).toEqual([]);
    expect(searchActors(index, 'zzzz')).toEqual([]);
    expect(matchingNodeIds(index, 'zzzz').size).toBe(0);
  });

  it('normalizes accents and curly apostrophes', () => {
    expect(normalizeForSearch('Afghanistan’s Café')).toBe('afghanistans cafe');
  });
});

describe('searchActors on a large graph', () => {
  // The fixture's actors, copied many times with distinct ids and degrees.
  const base = fixtureGraph();
  const nodes = Array.from({ length: 60 }, (_, copy) => base.nodes.map((n) => ({ ...n, id: `${n.id}-${copy}`, mentions: [] }))).flat();
  const edges = nodes.slice(1).map((n, i) => ({ ...base.edges[0]!, id: `e${i}`, source: nodes[i % 37]!.id, target: n.id }));
  const index = buildGraphIndex({ ...base, nodes, edges } as GraphFile);

  it('keeps the same best hits as ranking every match', () => {
    for (const q of ['a', 'an', 'kab', 'wash', 'us']) {
      const all = searchActors(index, q, Number.POSITIVE_INFINITY);
      expect(all.length).toBeGreaterThan(32);
      expect(searchActors(index, q, 8)).toEqual(all.slice(0, 8));
    }
  });

  it('marks every matching actor on the canvas', () => {
    expect(matchingNodeIds(index, 'a').size).toBe(searchActors(index, 'a', Number.POSITIVE_INFINITY).length);
  });
});

describe('searchActors while typing', () => {
  it('gives the same hits for each prefix as a fresh search', () => {
    const index = fixtureIndex();
    const fresh = (q: string) => searchActors(buildGraphIndex(fixtureGraph()), q, Number.POSITIVE_INFINITY).map((h) => h.nodeId);
    for (const word of ['united states', 'khan muttaqi', 'pak', 'u.s']) {
      for (let i = 1; i <= word.length; i += 1) {
        const q = word.slice(0, i);
        expect(searchActors(index, q, Number.POSITIVE_INFINITY).map((h) => h.nodeId), q).toEqual(fresh(q));
      }
    }
  });
});
