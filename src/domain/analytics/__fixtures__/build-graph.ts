// Test helper: builds small but contract-valid GraphFiles from a compact description,
// so that analytics and export tests can state their graphs in a few lines.
import type { GraphEdge, GraphFile, GraphNode, RelationType } from '../../graph-contract';

export interface EdgeSpec {
  id?: string;
  source: string;
  target: string;
  type?: string;
  date?: string;
  /** Number of evidence sentences (default 1). Each gets its own sentence. */
  evidence?: number;
  status?: GraphEdge['status'];
  saidBy?: string;
}

export interface GraphSpec {
  /** Node ids, or [id, label, kind]. */
  nodes: Array<string | [string, string, string?]>;
  edges: Array<EdgeSpec | [string, string] | [string, string, string]>;
  /** Relation types; default: one directed "rel" and one undirected "link". */
  types?: Array<Pick<RelationType, 'id'> & Partial<RelationType>>;
}

const DEFAULT_TYPES: RelationType[] = [
  { id: 'rel', label: 'Related to', color: '#0072B2', plover: '', polarity: 'neutral', directed: true },
  { id: 'link', label: 'Linked with', color: '#E69F00', plover: '', polarity: 'neutral', directed: false },
];

export function buildGraph(spec: GraphSpec): GraphFile {
  const docId = 'doc';
  const nodes: GraphNode[] = spec.nodes.map((n) => {
    const [id, label, kind] = typeof n === 'string' ? [n, n.toUpperCase(), 'entity'] : n;
    return { id, label, kind: kind ?? 'entity', aliases: [label], mentions: [] };
  });
  const labelOf = new Map(nodes.map((n) => [n.id, n.label]));
  let text = '';
  const sentences: GraphFile['sentences'] = [];
  const addSentence = (s: string): string => {
    if (text) text += ' ';
    const start = text.length;
    text += s;
    const id = `${docId}#s${sentences.length}`;
    sentences.push({ id, documentId: docId, index: sentences.length, start, end: text.length, text: s });
    return id;
  };
  const edges: GraphEdge[] = spec.edges.map((e, i) => {
    const es: EdgeSpec = Array.isArray(e) ? { source: e[0], target: e[1], type: e[2] } : e;
    const id = es.id ?? `e${i}`;
    const evidence: GraphEdge['evidence'] = [];
    for (let k = 0; k < (es.evidence ?? 1); k++) {
      const s = `${labelOf.get(es.source) ?? es.source} meets ${labelOf.get(es.target) ?? es.target} (${id}, ${k + 1}).`;
      const sentenceId = addSentence(s);
      const sentence = sentences[sentences.length - 1]!;
      evidence.push({ sentenceId, quote: s, start: sentence.start, end: sentence.end });
    }
    const edge: GraphEdge = { id, source: es.source, target: es.target, type: es.type ?? 'rel', evidence };
    if (es.date !== undefined) edge.date = es.date;
    if (es.status !== undefined) edge.status = es.status;
    if (es.saidBy !== undefined) edge.saidBy = es.saidBy;
    return edge;
  });
  const relationTypes: RelationType[] = spec.types
    ? spec.types.map((t) => ({ label: t.id, color: '#009E73', plover: '', polarity: 'neutral' as const, ...t }))
    : DEFAULT_TYPES;
  return {
    schemaVersion: 1,
    documents: [{ id: docId, title: 'Test document', published: '2024-10-05', text }],
    sentences,
    nodes,
    edges,
    relationTypes,
  };
}

/** Node ids of a path a-b-c-… as edges. */
export function pathEdges(ids: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 1; i < ids.length; i++) out.push([ids[i - 1]!, ids[i]!]);
  return out;
}
