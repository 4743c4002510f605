/**
 * Export of the visible part of a graph as a graph file of its own (same contract).
 *
 * Kept: the visible actors; the visible relations between two kept actors; the speakers and
 * outlets (`saidBy`, `reportedBy`) of kept relations, even when hidden — dropping them would
 * turn an attributed claim into an unattributed one; the sentences quoted by kept relations
 * or mentioned by kept actors, and the documents of those sentences; every relation type
 * (the taxonomy is the legend). A claim keeps all its reports (and their speakers); links to
 * claims left out are dropped, as are cited outlets left out. Order follows the original file.
 * The result validates with `validateGraph`.
 */
import type { GraphDocument, GraphEdge, GraphFile } from '../graph-contract';
import { selectElements, type IdSelection } from './selection';

/** A claim without its links to claims that are not kept. */
function keepLinks(e: GraphEdge, kept: ReadonlySet<string>): GraphEdge {
  if (!e.supersedes && !e.contradicts && !e.answers) return e;
  const out: GraphEdge = { ...e };
  for (const field of ['supersedes', 'contradicts', 'answers'] as const) {
    const ids = e[field]?.filter((id) => kept.has(id));
    if (ids?.length) out[field] = ids;
    else delete out[field];
  }
  return out;
}

function keepCites(d: GraphDocument, nodeIds: ReadonlySet<string>): GraphDocument {
  if (!d.cites) return d;
  const cites = d.cites.filter((id) => nodeIds.has(id));
  const { cites: _all, ...rest } = d;
  return cites.length ? { ...rest, cites } : rest;
}

export function subgraphFile(graph: GraphFile, visibleNodeIds: IdSelection, visibleEdgeIds: IdSelection): GraphFile {
  const selected = selectElements(graph, visibleNodeIds, visibleEdgeIds).edges;
  const kept = new Set(selected.map((e) => e.id));
  const edges = selected.map((e) => keepLinks(e, kept));
  const nodeIds = new Set(visibleNodeIds === undefined ? graph.nodes.map((n) => n.id) : visibleNodeIds);
  for (const e of edges) {
    for (const r of [e, ...(e.reports ?? [])]) {
      if (r.saidBy !== undefined) nodeIds.add(r.saidBy);
      if (r.reportedBy !== undefined) nodeIds.add(r.reportedBy);
    }
  }
  const nodes = graph.nodes.filter((n) => nodeIds.has(n.id));
  const sentenceIds = new Set<string>();
  for (const n of nodes) for (const m of n.mentions) sentenceIds.add(m.sentenceId);
  for (const e of edges) for (const ev of e.evidence) sentenceIds.add(ev.sentenceId);
  const sentences = graph.sentences.filter((s) => sentenceIds.has(s.id));
  const documentIds = new Set(sentences.map((s) => s.documentId));
  for (const e of edges) for (const r of e.reports ?? []) documentIds.add(r.documentId);
  const documents = graph.documents.filter((d) => documentIds.has(d.id)).map((d) => keepCites(d, nodeIds));
  return { schemaVersion: graph.schemaVersion, documents, sentences, nodes, edges, relationTypes: graph.relationTypes };
}
