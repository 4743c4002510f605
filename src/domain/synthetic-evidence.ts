// Imports of files without text (GEXF) synthesise one document whose lines describe the edges.
// Such "evidence" is no source: the UI must not call it "the article". The importer marks it by
// the document id prefix below (a graph built from articles never uses it).
import type { GraphEdge } from './graph-contract';

export const SYNTHETIC_DOCUMENT_PREFIX = 'import-';

export function isSyntheticDocument(documentId: string): boolean {
  return documentId.startsWith(SYNTHETIC_DOCUMENT_PREFIX);
}

/** Whether every evidence item of the edge is a generated line rather than a source's sentence. */
export function restsOnSyntheticEvidence(edge: Pick<GraphEdge, 'evidence'>, documentOf: (sentenceId: string) => string | undefined): boolean {
  return edge.evidence.every((ev) => {
    const doc = documentOf(ev.sentenceId);
    return doc !== undefined && isSyntheticDocument(doc);
  });
}
