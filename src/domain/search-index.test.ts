import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphFile } from './graph-contract';
import { buildGraphIndex } from './graph-index';
import { matchingNodeIds, searchActors } from './search';
import { normalizeForSearch, SearchIndex, searchIndexOf } from './search-index';
import { fixtureGraph, fixtureIndex } from './test-fixture';

/** A graph of the fixture's shape whose actors have the given labels and aliases. */
function graphOf(actors: ReadonlyArray<{ label: string; aliases: string[] }>) {
  const base = fixtureGraph();
  const template = base.nodes[0]!;
  const nodes = actors.map((a, i) => ({ ...template, id: `n${i}`, label: a.label, aliases: a.aliases, mentions: [] }));
  return buildGraphIndex({ ...base, nodes, edges: [] } as unknown as GraphFile);
}

/** What a plain scan of every label and alias matches (the rules of search.ts, without the index). */
function scanMatches(index: ReturnType<typeof graphOf>, query: string): Set<string> {
  const q = normalizeForSearch(query);
  const parts = q.split(' ');
  const out = new Set<string>();
  if (!q) return out;
  for (const node of index.file.nodes) {
    for (const text of [node.label, ...node.aliases]) {
      const norm = normalizeForSearch(text);
      if (!norm) continue;
      const words = norm.split(' ');
      if (norm.includes(q) || (parts.length > 1 && parts.every((p) => words.some((w) => w.startsWith(p))))) out.add(node.id);
    }
  }
  return out;
}

describe('SearchIndex', () => {
  it('points a query at the few actors that hold its letters, not at every actor', () => {
    const index = graphOf([
      { label: 'Kabul Province', aliases: [] },
      { label: 'Taliban', aliases: ['Islamic Emirate'] },
      { label: 'Zamir Kabulov', aliases: [] },
      { label: 'United Nations', aliases: ['UN'] },
    ]);
    const search = new SearchIndex(index);
    expect(search.candidates(['kab']).map((e) => e.index)).toEqual([0, 2]);
    expect(search.candidates(['emir']).map((e) => e.index)).toEqual([1]);
    // Two-letter words use pairs; one letter narrows nothing.
    expect(search.candidates(['un']).map((e) => e.index)).toEqual([3]);
    expect(search.candidates(['k'])).toHaveLength(4);
    // Several words: the rarest pair or triple of any of them narrows (scoring does the rest);
    // a word whose letters no actor holds leaves nothing.
    expect(search.candidates(['kab', 'united']).map((e) => e.index)).toEqual([3]);
    expect(search.candidates(['united', 'qqq'])).toEqual([]);
    // Letters across a space are not a word's.
    expect(search.candidates(['lp'])).toEqual([]);
  });

  it('is built a slice at a time, and answers the same as when built at once', () => {
    const graph = fixtureIndex();
    const sliced = new SearchIndex(graph);
    expect(sliced.advance(2)).toBe(false);
    expect(sliced.entries).toHaveLength(2);
    while (!sliced.advance(3));
    expect(sliced.complete).toBe(true);
    const whole = new SearchIndex(graph);
    whole.advance();
    for (const q of [['kab'], ['us'], ['khan', 'mut'], ['a']]) expect(sliced.candidates(q)).toEqual(whole.candidates(q));
    // A search completes an index that is only partly built.
    const partial = searchIndexOf(graph);
    expect(partial.candidates(['kab']).length).toBeGreaterThan(0);
    expect(partial.complete).toBe(true);
  });

  it('loses no match: the search finds what a scan of every label and alias finds', () => {
    const word = fc.stringMatching(/^[a-cA-C.’ é-]{0,7}$/);
    const actors = fc.array(fc.record({ label: word, aliases: fc.array(word, { maxLength: 2 }) }), { minLength: 1, maxLength: 25 });
    fc.assert(
      fc.property(actors, fc.array(fc.stringMatching(/^[a-c .é]{1,6}$/), { minLength: 1, maxLength: 5 }), (list, queries) => {
        const index = graphOf(list);
        // Typed one after the other (narrowing on the last matches) and each on a fresh graph.
        for (const q of queries) {
          expect(matchingNodeIds(index, q), q).toEqual(scanMatches(index, q));
          expect(new Set(searchActors(graphOf(list), q, Number.POSITIVE_INFINITY).map((h) => h.nodeId)), q).toEqual(scanMatches(index, q));
        }
      }),
      { numRuns: 300 },
    );
  });
});
