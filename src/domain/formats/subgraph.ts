/**
 * Export of the visible part of a graph as a graph file of its own (same contract).
 *
 * Kept: the visible actors; the visible relations between two kept actors; the speakers and
 * outlets (`saidBy`, `reportedBy`) of kept relations, even when hidden — dropping them would
 * turn an attributed claim into an unattributed one; the sentences quoted by kept relations
 * or mentioned by kept actors, and the documents of those sentences; every relation type
 * (the taxonomy is the legend). Order follows the original file. The result validates with
 * `validateGraph`.
 */
import type { GraphFile } from '../graph-contract';
import { selectElements, type IdSelection } from './selection';

export function subgraphFile(graph: GraphFile, visibleNodeIds: IdSelection, visibleEdgeIds: IdSelection): GraphFile {
  const { edges } = selectElements(graph, visibleNodeIds, visibleEdgeIds);
  const nodeIds = new Set(visibleNodeIds === undefined ? graph.nodes.map((n) => n.id) : visibleNodeIds);
  for (const e of edges) {
    if (e.saidBy !== undefined) nodeIds.add(e.saidBy);
    if (e.reportedBy !== undefined) nodeIds.add(e.reportedBy);
  }
  const nodes = graph.nodes.filter((n) => nodeIds.has(n.id));
  const sentenceIds = new Set<string>();
  for (const n of nodes) for (const m of n.mentions) sentenceIds.add(m.sentenceId);
  for (const e of edges) for (const ev of e.evidence) sentenceIds.add(ev.sentenceId);
  const sentences = graph.sentences.filter((s) => sentenceIds.has(s.id));
  const documentIds = new Set(sentences.map((s) => s.documentId));
  const documents = graph.documents.filter((d) => documentIds.has(d.id));
  return { schemaVersion: graph.schemaVersion, documents, sentences, nodes, edges, relationTypes: graph.relationTypes };
}
