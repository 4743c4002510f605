// Lookup tables over a validated graph file, built once when the graph loads.
// Everything the explorer derives (filters, selection, search) reads from here.
import type { GraphDocument, GraphEdge, GraphFile, GraphNode, Mention, RelationType, Sentence } from './graph-contract';

export interface MentionRef extends Mention {
  nodeId: string;
}

export interface GraphIndex {
  readonly file: GraphFile;
  readonly nodes: ReadonlyMap<string, GraphNode>;
  readonly edges: ReadonlyMap<string, GraphEdge>;
  readonly types: ReadonlyMap<string, RelationType>;
  readonly documents: ReadonlyMap<string, GraphDocument>;
  readonly sentences: ReadonlyMap<string, Sentence>;
  /** Sentences of each document, in text order. */
  readonly sentencesByDocument: ReadonlyMap<string, readonly Sentence[]>;
  /** Ids of the edges that touch each node (as source or target), in file order. */
  readonly edgesByNode: ReadonlyMap<string, readonly string[]>;
  /** Ids of the edges with evidence in each sentence. */
  readonly edgesBySentence: ReadonlyMap<string, readonly string[]>;
  /** Actor mentions in each sentence, in text order. */
  readonly mentionsBySentence: ReadonlyMap<string, readonly MentionRef[]>;
  /** Number of relations per node (parallel relations count one each). */
  readonly degree: ReadonlyMap<string, number>;
  readonly typeCounts: ReadonlyMap<string, number>;
  /** The relations of each type, in file order (a type filter touches only these). */
  readonly edgesByType: ReadonlyMap<string, readonly GraphEdge[]>;
  /** Distinct actor kinds, most frequent first. */
  readonly kinds: readonly string[];
  readonly kindCounts: ReadonlyMap<string, number>;
  /** Edges between the same two actors (either direction), keyed by pairKey. */
  readonly parallel: ReadonlyMap<string, readonly string[]>;
  /** The claim (edge id) each article relation is a report of; a relation's own id for single-report claims. */
  readonly claimOfReport: ReadonlyMap<string, string>;
  /** Inverse links between claims: which later claims supersede, contradict (or deny) and answer each claim. */
  readonly supersededBy: ReadonlyMap<string, readonly string[]>;
  readonly contradictedBy: ReadonlyMap<string, readonly string[]>;
  readonly answeredBy: ReadonlyMap<string, readonly string[]>;
}

/** Code-unit order: deterministic, and free of the cost of building a locale collator at start-up. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function isSortedBy<T>(list: readonly T[], key: (item: T) => number): boolean {
  for (let i = 1; i < list.length; i += 1) if (key(list[i - 1]!) > key(list[i]!)) return false;
  return true;
}

export function buildGraphIndex(file: GraphFile): GraphIndex {
  const nodes = new Map(file.nodes.map((n) => [n.id, n]));
  const edges = new Map(file.edges.map((e) => [e.id, e]));
  const types = new Map(file.relationTypes.map((t) => [t.id, t]));
  const documents = new Map(file.documents.map((d) => [d.id, d]));
  const sentences = new Map(file.sentences.map((s) => [s.id, s]));

  const sentencesByDocument = new Map<string, Sentence[]>();
  for (const s of file.sentences) push(sentencesByDocument, s.documentId, s);
  // Files list sentences in text order; sort only the documents that are not.
  for (const list of sentencesByDocument.values()) if (!isSortedBy(list, (s) => s.start)) list.sort((a, b) => a.start - b.start);

  const edgesByNode = new Map<string, string[]>();
  const edgesBySentence = new Map<string, string[]>();
  const degree = new Map<string, number>(file.nodes.map((n) => [n.id, 0]));
  const typeCounts = new Map<string, number>(file.relationTypes.map((t) => [t.id, 0]));
  const parallel = new Map<string, string[]>();
  const edgesByType = new Map<string, GraphEdge[]>();
  for (const e of file.edges) {
    push(edgesByType, e.type, e);
    push(edgesByNode, e.source, e.id);
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    if (e.target !== e.source) {
      push(edgesByNode, e.target, e.id);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    typeCounts.set(e.type, (typeCounts.get(e.type) ?? 0) + 1);
    push(parallel, pairKey(e.source, e.target), e.id);
    // Most relations have one or two evidence sentences: a linear check beats a Set.
    const ev = e.evidence;
    for (let i = 0; i < ev.length; i += 1) {
      const sid = ev[i]!.sentenceId;
      let dup = false;
      for (let j = 0; j < i && !dup; j += 1) dup = ev[j]!.sentenceId === sid;
      if (!dup) push(edgesBySentence, sid, e.id);
    }
  }

  const claimOfReport = new Map<string, string>();
  const supersededBy = new Map<string, string[]>();
  const contradictedBy = new Map<string, string[]>();
  const answeredBy = new Map<string, string[]>();
  for (const e of file.edges) {
    claimOfReport.set(e.id, e.id);
    if (e.reports) for (const r of e.reports) claimOfReport.set(r.id, e.id);
    for (const id of e.supersedes ?? []) push(supersededBy, id, e.id);
    for (const id of e.contradicts ?? []) push(contradictedBy, id, e.id);
    for (const id of e.answers ?? []) push(answeredBy, id, e.id);
  }

  const mentionsBySentence = new Map<string, MentionRef[]>();
  const kindCounts = new Map<string, number>();
  for (const n of file.nodes) {
    kindCounts.set(n.kind, (kindCounts.get(n.kind) ?? 0) + 1);
    for (const m of n.mentions) {
      // Spelled out rather than spread: object spread is several times slower at 100k+ mentions.
      const ref: MentionRef = { sentenceId: m.sentenceId, start: m.start, end: m.end, nodeId: n.id };
      if (m.text !== undefined) ref.text = m.text;
      if (m.via !== undefined) ref.via = m.via;
      push(mentionsBySentence, m.sentenceId, ref);
    }
  }
  for (const list of mentionsBySentence.values()) if (list.length > 1) list.sort((a, b) => a.start - b.start || b.end - a.end);
  const kinds = [...kindCounts.keys()].sort((a, b) => (kindCounts.get(b) ?? 0) - (kindCounts.get(a) ?? 0) || compareIds(a, b));

  return {
    file,
    nodes,
    edges,
    types,
    documents,
    sentences,
    sentencesByDocument,
    edgesByNode,
    edgesBySentence,
    mentionsBySentence,
    degree,
    typeCounts,
    edgesByType,
    kinds,
    kindCounts,
    parallel,
    claimOfReport,
    supersededBy,
    contradictedBy,
    answeredBy,
  };
}

/** The claim an id names: a claim's own id, or the id of one of its reports (links shared before grouping). */
export function claimIdOf(index: GraphIndex, id: string): string | undefined {
  return index.edges.has(id) ? id : index.claimOfReport.get(id);
}

/** The other end of an edge, seen from `nodeId`. */
export function otherEnd(edge: GraphEdge, nodeId: string): string {
  return edge.source === nodeId ? edge.target : edge.source;
}

/** Whether a relation type draws an arrow (directed unless the taxonomy says otherwise). */
export function isDirected(index: GraphIndex, typeId: string): boolean {
  return index.types.get(typeId)?.directed !== false;
}

export function nodeLabel(index: GraphIndex, nodeId: string | undefined): string {
  if (!nodeId) return '';
  return index.nodes.get(nodeId)?.label ?? nodeId;
}
