// The integrity checks the contract promises, each with its field path, for files of every version.
import { describe, expect, it } from 'vitest';
import graphText from '../../data/graph.json?raw';
import { validateGraph, type GraphFile } from './graph-contract';

const text = 'Russia hosted talks. Washington stayed away.';
const other = 'Moscow held a meeting. The US did not come.';

function sample(schemaVersion = 3): GraphFile {
  return {
    schemaVersion,
    documents: [
      { id: 'd1', title: 'Talks', published: '2024-10-05', text, bodyStart: 0 },
      { id: 'd2', title: 'Meeting', published: '2024-10-06', text: other },
    ],
    sentences: [
      { id: 'd1#s0', documentId: 'd1', index: 0, start: 0, end: 20, text: 'Russia hosted talks.' },
      { id: 'd2#s0', documentId: 'd2', index: 0, start: 0, end: 22, text: 'Moscow held a meeting.' },
      { id: 'd1#s1', documentId: 'd1', index: 1, start: 21, end: 44, text: 'Washington stayed away.' },
      { id: 'd2#s1', documentId: 'd2', index: 1, start: 23, end: 43, text: 'The US did not come.' },
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
        date: '2024-10',
        evidence: [
          { sentenceId: 'd1#s1', quote: 'Washington stayed away', start: 21, end: 43 },
          { sentenceId: 'd2#s1', quote: 'The US did not come', start: 23, end: 42 },
        ],
        reports: [
          { id: 'd1#r1', documentId: 'd1', evidence: [{ sentenceId: 'd1#s1', quote: 'Washington stayed away', start: 21, end: 43 }] },
          { id: 'd2#r1', documentId: 'd2', evidence: [{ sentenceId: 'd2#s1', quote: 'The US did not come', start: 23, end: 42 }] },
        ],
      },
    ],
    relationTypes: [
      { id: 'boycott', label: 'Boycott', color: '#D55E00', plover: 'REJECT', polarity: 'conflict', directed: true },
      { id: 'visit', label: 'Visit', color: '#009E73', plover: 'CONSULT', polarity: 'cooperation' },
    ],
  };
}

const problems = (g: unknown): string[] => {
  const r = validateGraph(g);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};

describe.each([1, 2, 3])('contract integrity, schema version %i', (version) => {
  const g = (): GraphFile => sample(version);

  it('accepts the sample: a claim whose first report shares its id, sentences of two documents interleaved', () => {
    expect(problems(g())).toEqual([]);
  });

  it('refuses two relation types with one id', () => {
    const graph = g();
    graph.relationTypes[1]!.id = 'boycott';
    expect(problems(graph)).toEqual(['relationTypes[1].id: duplicate relation type id "boycott" (first at relationTypes[0].id)']);
  });

  it('refuses an edge whose id is a node id, and a relation type whose id is a node id', () => {
    const graph = g();
    graph.edges[0]!.id = 'russia';
    graph.edges[0]!.reports![0]!.id = 'russia';
    graph.relationTypes[1]!.id = 'usa';
    expect(problems(graph)).toEqual([
      'nodes[1].id: node id "usa" is already the id of a relation type (relationTypes[1].id): relation types, nodes and edges need distinct ids',
      'edges[0].id: edge id "russia" is already the id of a node (nodes[0].id): relation types, nodes and edges need distinct ids',
    ]);
  });

  it('refuses a report whose id is another relation, node or relation type id', () => {
    const graph = g();
    const { reports: _, ...single } = structuredClone(graph.edges[0]!);
    graph.edges.push({ ...single, id: 'd2#r1' });
    graph.edges[0]!.reports![0]!.id = 'visit';
    expect(problems(graph)).toEqual([
      `edges[0].reports[0].id: report id "visit" is already the id of a relation type (relationTypes[1].id): a report may share only its own claim's id`,
      `edges[0].reports[1].id: report id "d2#r1" is already the id of an edge (edges[1].id): a report may share only its own claim's id`,
    ]);
  });

  it('refuses a bodyStart beyond the text, and accepts one at its very end', () => {
    const graph = g();
    graph.documents[0]!.bodyStart = text.length + 1;
    expect(problems(graph)).toEqual([`documents[0].bodyStart: ${text.length + 1} is beyond the end of the text (length ${text.length})`]);
    graph.documents[0]!.bodyStart = text.length;
    expect(problems(graph)).toEqual([]);
  });

  it('refuses overlapping, out-of-order and empty sentences', () => {
    const overlap = g();
    Object.assign(overlap.sentences[2]!, { start: 19, text: text.slice(19, 44) });
    expect(problems(overlap)).toEqual([
      'sentences[2].start: offsets 19..44 overlap sentence "d1#s0" (0..20, sentences[0]): a document\'s sentences are listed in text order without overlap',
    ]);
    const order = g();
    [order.sentences[0], order.sentences[2]] = [order.sentences[2]!, order.sentences[0]!];
    expect(problems(order)).toEqual([
      'sentences[2].start: offsets 0..20 come before sentence "d1#s1" (21..44, sentences[0]): a document\'s sentences are listed in text order without overlap',
    ]);
    const empty = g();
    Object.assign(empty.sentences[3]!, { start: 43, end: 43, text: '' });
    empty.edges[0]!.evidence.pop();
    delete empty.edges[0]!.reports;
    expect(problems(empty)).toEqual(['sentences[3].end: offsets 43..43 are empty or reversed: a sentence ends after it starts']);
  });

  it('refuses a published date that is no calendar day', () => {
    for (const [published, ok] of [['2024-02-30', false], ['2023-02-29', false], ['2024-13-01', false], ['2024-02-29', true]] as const) {
      const graph = g();
      graph.documents[1]!.published = published;
      expect(problems(graph)).toEqual(ok ? [] : [`documents[1].published: "${published}" is not a calendar day`]);
    }
    const graph = g();
    graph.documents[1]!.published = '2024';
    expect(problems(graph)).toEqual(['documents[1].published: expected a date as YYYY-MM-DD']);
  });

  it('refuses a relation date that names no real date, and keeps open intervals', () => {
    const message = 'is not a real date: days and months must exist, an interval must not end before it starts, and ".." alone names no date';
    for (const date of ['2024-02-30', '2024-00', '2010/2003', '..', '../..']) {
      const graph = g();
      graph.edges[0]!.date = date;
      expect(problems(graph)).toEqual([`edges[0].date: "${date}" ${message}`]);
    }
    for (const date of ['2003/..', '../2010', '1979/1989', '2024-02-29']) {
      const graph = g();
      graph.edges[0]!.date = date;
      expect(problems(graph)).toEqual([]);
    }
  });

  it('refuses a relation type that ends or answers an unknown type', () => {
    const graph = g();
    graph.relationTypes[1]!.ends = ['boycott', 'hug'];
    graph.relationTypes[1]!.answers = ['kiss'];
    expect(problems(graph)).toEqual([
      'relationTypes[1].ends[1]: refers to unknown relation type "hug"',
      'relationTypes[1].answers[0]: refers to unknown relation type "kiss"',
    ]);
  });
});

describe('contract integrity at scale', () => {
  it('still accepts the committed data/graph.json, whose claims keep their first report id', () => {
    const g = JSON.parse(graphText) as GraphFile;
    expect(g.edges.filter((e) => e.reports).every((e) => e.reports![0]!.id === e.id)).toBe(true);
    expect(problems(g)).toEqual([]);
  });

  it('stops at the limit it was given', () => {
    const g = sample();
    for (const t of g.relationTypes) t.id = 'same';
    g.nodes.push({ ...g.nodes[0]! }, { ...g.nodes[0]! }, { ...g.nodes[0]! });
    const r = validateGraph(g, 2);
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(['relationTypes[1].id', 'nodes[2].id']);
  });
});

describe('contract messages', () => {
  it('quote a huge id only in part, without splitting a character', () => {
    const g = sample();
    const huge = `${'x'.repeat(99)}😀${'y'.repeat(200_000)}`;
    g.edges[0]!.source = huge;
    expect(problems(g)).toEqual([`edges[0].source: refers to unknown node "${'x'.repeat(99)}…" (${huge.length} characters)`]);
  });
});
