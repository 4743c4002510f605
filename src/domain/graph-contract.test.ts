import { describe, expect, it } from 'vitest';
import { graphFileSchema, graphJsonSchema, validateGraph, type GraphFile } from './graph-contract';

const text = 'Russia hosted talks. Washington stayed away.';

function sample(): GraphFile {
  return {
    schemaVersion: 1,
    documents: [{ id: 'd1', title: 'Talks', published: '2024-10-05', text }],
    sentences: [
      { id: 'd1#s0', documentId: 'd1', index: 0, start: 0, end: 20, text: 'Russia hosted talks.' },
      { id: 'd1#s1', documentId: 'd1', index: 1, start: 21, end: 44, text: 'Washington stayed away.' },
    ],
    nodes: [
      { id: 'russia', label: 'Russia', kind: 'state', aliases: ['Russia'], mentions: [{ sentenceId: 'd1#s0', start: 0, end: 6, text: 'Russia' }] },
      { id: 'usa', label: 'United States', kind: 'state', aliases: ['Washington'], mentions: [{ sentenceId: 'd1#s1', start: 21, end: 31 }] },
    ],
    edges: [
      {
        id: 'd1#r1',
        source: 'usa',
        target: 'russia',
        type: 'boycott',
        evidence: [{ sentenceId: 'd1#s1', quote: 'Washington stayed away', start: 21, end: 43 }],
        date: '2003/..',
        dateInfo: { text: 'since 2003', precision: 'interval', anchor: '2024-10-05' },
        status: 'asserted',
      },
    ],
    relationTypes: [{ id: 'boycott', label: 'Boycott', color: '#D55E00', plover: 'REJECT', polarity: 'conflict', directed: true }],
  };
}

describe('graph contract', () => {
  it('accepts a well-formed graph and survives a JSON round trip unchanged', () => {
    const g = sample();
    const back = JSON.parse(JSON.stringify(g));
    const result = validateGraph(back);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.graph).toEqual(g);
  });

  it('names the path of a shape error', () => {
    const g = sample() as unknown as { edges: Array<Record<string, unknown>> };
    g.edges[0]!.evidence = [];
    const result = validateGraph(g);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toEqual({ path: 'edges[0].evidence', message: 'every relation needs at least one evidence quote' });
  });

  it('reports an edge end that refers to an unknown node', () => {
    const g = sample();
    g.edges[0]!.source = 'xyz';
    const result = validateGraph(g);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual({ path: 'edges[0].source', message: 'refers to unknown node "xyz"' });
  });

  it('reports a quote that does not match the text at its offsets', () => {
    const g = sample();
    g.edges[0]!.evidence[0]!.start = 22;
    const result = validateGraph(g);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.path).toBe('edges[0].evidence[0]');
  });

  it('reports a sentence whose text differs from the document', () => {
    const g = sample();
    g.sentences[1]!.text = 'Moscow stayed away.';
    const result = validateGraph(g);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.path).toBe('sentences[1].text');
  });

  it('reports an unknown relation type and a duplicate node id', () => {
    const g = sample();
    g.edges[0]!.type = 'hug';
    g.nodes.push({ ...g.nodes[0]! });
    const result = validateGraph(g);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const paths = result.issues.map((i) => i.path);
      expect(paths).toContain('nodes[2].id');
      expect(paths).toContain('edges[0].type');
    }
  });

  it('rejects a malformed EDTF date', () => {
    const g = sample();
    g.edges[0]!.date = 'October 2024';
    expect(graphFileSchema.safeParse(g).success).toBe(false);
  });

  it('generates a JSON Schema that lists the fixed contract fields', () => {
    const schema = graphJsonSchema() as { required: string[]; properties: Record<string, { items: { required: string[] } }> };
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'documents', 'sentences', 'nodes', 'edges', 'relationTypes']));
    expect(schema.properties.edges!.items.required).toEqual(expect.arrayContaining(['id', 'source', 'target', 'type', 'evidence']));
    expect(schema.properties.sentences!.items.required).toEqual(expect.arrayContaining(['id', 'documentId', 'index', 'start', 'end', 'text']));
  });
});
