// The story across articles, the build's last step: the checked per-article relations grouped into
// claims with their reports and links, and each document's cited outlets.
import { groupReports } from '../domain/claims/group-reports';
import { linkClaims } from '../domain/claims/claim-links';
import type { ReportContext } from '../domain/claims/reports';
import type { GraphDocument, GraphFile } from '../domain/graph-contract';

/** Outlets a document quotes: the `reportedBy` of its relations, other than the agency it carries. */
function withCites(doc: GraphDocument, graph: GraphFile, docOf: ReadonlyMap<string, string>): GraphDocument {
  const agency = doc.agency?.toLowerCase();
  const cites: string[] = [];
  for (const e of graph.edges) {
    const by = e.reportedBy;
    if (by === undefined || docOf.get(e.evidence[0]!.sentenceId) !== doc.id || cites.includes(by)) continue;
    const label = graph.nodes.find((n) => n.id === by)?.label.toLowerCase();
    if (agency !== undefined && (by === agency || label === agency)) continue;
    cites.push(by);
  }
  return cites.length ? { ...doc, cites } : doc;
}

export function storyOf(graph: GraphFile): GraphFile {
  const docOf = new Map(graph.sentences.map((s) => [s.id, s.documentId]));
  const docs = new Map(graph.documents.map((d) => [d.id, d]));
  const directed = new Map(graph.relationTypes.map((t) => [t.id, t.directed !== false]));
  const ctx: ReportContext & { isDirected(type: string): boolean } = {
    documentOfSentence: (id) => docOf.get(id),
    document: (id) => docs.get(id),
    isDirected: (type) => directed.get(type) ?? true,
  };
  const claims = linkClaims(groupReports(graph.edges, ctx), graph.relationTypes, ctx);
  return { ...graph, documents: graph.documents.map((d) => withCites(d, graph, docOf)), edges: claims };
}
