import { describe, expect, it } from 'vitest';
import { validateGraph } from '../graph-contract';
import { seedMini } from '../analytics/__fixtures__/seed-mini';
import { buildGraph } from '../analytics/__fixtures__/build-graph';
import { subgraphFile } from './subgraph';

describe('subgraphFile', () => {
  const g = seedMini();

  it('round-trips through JSON and validates', () => {
    const sub = subgraphFile(g, new Set(['russia', 'moscow-format', 'taliban']), new Set([`${g.documents[0]!.id}#r02`, `${g.documents[0]!.id}#r04`]));
    const text = JSON.stringify(sub, null, 2);
    const back = validateGraph(JSON.parse(text));
    expect(back.ok ? [] : back.issues).toEqual([]);
    if (back.ok) expect(back.graph).toEqual(sub);
    expect(sub.edges.map((e) => e.id.split('#')[1])).toEqual(['r02', 'r04']);
    expect(sub.nodes.map((n) => n.id)).toEqual(['russia', 'taliban', 'moscow-format']);
  });

  it('keeps only the sentences quoted or mentioned by what is kept', () => {
    const sub = subgraphFile(g, ['soviet-union', 'afghanistan'], undefined);
    expect(sub.edges.map((e) => e.id.split('#')[1])).toEqual(['r03']);
    const used = new Set([...sub.edges.flatMap((e) => e.evidence.map((ev) => ev.sentenceId)), ...sub.nodes.flatMap((n) => n.mentions.map((m) => m.sentenceId))]);
    expect(new Set(sub.sentences.map((s) => s.id))).toEqual(used);
    expect(sub.sentences.length).toBeLessThan(g.sentences.length);
    expect(sub.documents).toHaveLength(1);
    expect(validateGraph(sub).ok).toBe(true);
  });

  it('drops relations with a hidden end, and keeps the speaker of a kept claim', () => {
    const sub = subgraphFile(g, ['russia', 'taliban'], undefined);
    expect(sub.edges.map((e) => e.id.split('#')[1])).toEqual(['r01', 'r04', 'r05', 'r06']);
    // Kabulov and Putin are hidden, but their claims stay attributed to them.
    expect(sub.nodes.map((n) => n.id)).toEqual(['russia', 'taliban', 'zamir-kabulov', 'vladimir-putin']);
    expect(validateGraph(sub).ok).toBe(true);
  });

  it('gives an empty but valid file when nothing is visible', () => {
    const sub = subgraphFile(buildGraph({ nodes: ['a', 'b'], edges: [['a', 'b']] }), [], []);
    expect(sub).toMatchObject({ documents: [], sentences: [], nodes: [], edges: [] });
    expect(validateGraph(sub).ok).toBe(true);
  });
});
