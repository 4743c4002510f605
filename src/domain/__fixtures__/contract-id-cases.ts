// Graphs whose ids are the names of Object.prototype's members: any id is data, and these are
// the ones a plain-object lookup gets wrong ("constructor" in {} is true).
import type { GraphFile } from '../graph-contract';

export const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

export interface GraphIds {
  node: string;
  edge: string;
  type: string;
  document: string;
  sentence: string;
  report: string;
}

export const ORDINARY_IDS: GraphIds = { node: 'usa', edge: 'd1#r1', type: 'boycott', document: 'd1', sentence: 'd1#s1', report: 'd2#r1' };

const text = 'Russia hosted talks. Washington stayed away.';
const other = 'Moscow held a meeting. The US did not come.';

/** A valid graph of two documents and one claim of two reports, with the given ids. */
export function graphWithIds(ids: GraphIds): GraphFile {
  const first = { sentenceId: ids.sentence, quote: 'Washington stayed away', start: 21, end: 43 };
  const second = { sentenceId: 'd2#s1', quote: 'The US did not come', start: 23, end: 42 };
  return {
    schemaVersion: 3,
    documents: [
      { id: ids.document, title: 'Talks', published: '2024-10-05', text, cites: [ids.node] },
      { id: 'd2', title: 'Meeting', published: '2024-10-06', text: other },
    ],
    sentences: [
      { id: 'd1#s0', documentId: ids.document, index: 0, start: 0, end: 20, text: 'Russia hosted talks.' },
      { id: ids.sentence, documentId: ids.document, index: 1, start: 21, end: 44, text: 'Washington stayed away.' },
      { id: 'd2#s1', documentId: 'd2', index: 1, start: 23, end: 43, text: 'The US did not come.' },
    ],
    nodes: [
      { id: 'russia', label: 'Russia', kind: 'state', aliases: [], mentions: [{ sentenceId: 'd1#s0', start: 0, end: 6, text: 'Russia' }] },
      { id: ids.node, label: 'United States', kind: 'state', aliases: [], mentions: [{ sentenceId: ids.sentence, start: 21, end: 31 }] },
    ],
    edges: [
      {
        id: ids.edge,
        source: ids.node,
        target: 'russia',
        type: ids.type,
        saidBy: ids.node,
        evidence: [{ ...first }, { ...second }],
        reports: [
          { id: ids.edge, documentId: ids.document, evidence: [{ ...first }] },
          { id: ids.report, documentId: 'd2', evidence: [{ ...second }] },
        ],
      },
      { id: 'later', source: 'russia', target: ids.node, type: ids.type, evidence: [{ ...second }], supersedes: [ids.edge] },
    ],
    relationTypes: [{ id: ids.type, label: 'Boycott', color: '#D55E00', plover: 'REJECT', polarity: 'conflict', directed: true }],
  };
}

/** One graph per prototype name and per kind of id, the name taking that id. */
export function prototypeNamedGraphs(): Array<{ name: string; kind: keyof GraphIds; graph: GraphFile }> {
  const kinds = Object.keys(ORDINARY_IDS) as Array<keyof GraphIds>;
  return PROTOTYPE_NAMES.flatMap((name) => kinds.map((kind) => ({ name, kind, graph: graphWithIds({ ...ORDINARY_IDS, [kind]: name }) })));
}

/** The ordinary graph, with every reference pointing at a prototype name that nothing has. */
export function danglingPrototypeReferences(): GraphFile {
  const g = graphWithIds(ORDINARY_IDS);
  g.edges[1]!.source = 'constructor';
  g.edges[1]!.type = 'toString';
  g.edges[1]!.evidence[0]!.sentenceId = 'hasOwnProperty';
  g.edges[1]!.supersedes = ['isPrototypeOf'];
  g.sentences[2]!.documentId = 'valueOf';
  g.documents[0]!.cites = ['__proto__'];
  g.edges[0]!.reports![1]!.documentId = 'propertyIsEnumerable';
  return g;
}

export const DANGLING_PROBLEMS = [
  'sentences[2].documentId: refers to unknown document "valueOf"',
  'edges[0].reports[1].documentId: refers to unknown document "propertyIsEnumerable"',
  'edges[0].reports[1].evidence[0].sentenceId: quotes document "valueOf", not the report\'s "propertyIsEnumerable"',
  'edges[1].source: refers to unknown node "constructor"',
  'edges[1].type: refers to unknown relation type "toString"',
  'edges[1].evidence[0].sentenceId: refers to unknown sentence "hasOwnProperty"',
  'edges[1].supersedes[0]: refers to unknown relation "isPrototypeOf"',
  'documents[0].cites[0]: refers to unknown node "__proto__"',
];
