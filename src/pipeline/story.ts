// The story across articles, the build's last step: the checked per-article relations grouped into
// claims with their reports and links, and each document's cited outlets.
import { groupReports } from '../domain/claims/group-reports';
import { linkClaims } from '../domain/claims/claim-links';
import type { ReportContext } from '../domain/claims/reports';
import type { GraphDocument, GraphFile } from '../domain/graph-contract';

/** Outlets each document quotes: the `reportedBy` of its relations, other than the agency it carries. */
function citesByDocument(graph: GraphFile, docOf: ReadonlyMap<string, string>): Map<string, string[]> {
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label.toLowerCase()]));
  const agencies = new Map(graph.documents.map((d) => [d.id, d.agency?.toLowerCase()]));
  const out = new Map<string, string[]>();
  for (const e of graph.edges) {
    const by = e.reportedBy;
    const docId = docOf.get(e.evidence[0]!.sentenceId);
    if (by === undefined || docId === undefined) continue;
    const agency = agencies.get(docId);
    if (agency !== undefined && (by === agency || labels.get(by) === agency)) continue;
    const list = out.get(docId);
    if (!list) out.set(docId, [by]);
    else if (!list.includes(by)) list.push(by);
  }
  return out;
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
  const cites = citesByDocument(graph, docOf);
  const documents = graph.documents.map((d): GraphDocument => (cites.has(d.id) ? { ...d, cites: cites.get(d.id)! } : d));
  return { ...graph, documents, edges: claims };
}
