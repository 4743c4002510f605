// A claim's reports: the articles that tell it. An edge of a version 3 graph lists them when there
// are several; any other edge is its own single report.
import type { GraphDocument, GraphEdge, Report } from '../graph-contract';

/** What a report needs to know about the graph: which document a sentence is in. */
export interface ReportContext {
  documentOfSentence(sentenceId: string): string | undefined;
  document(documentId: string): GraphDocument | undefined;
}

/** An edge's own fields as one report (for claims told by one article). */
export function reportOfEdge(edge: GraphEdge, documentId: string): Report {
  const r: Report = { id: edge.id, documentId, evidence: edge.evidence };
  if (edge.date !== undefined) r.date = edge.date;
  if (edge.dateInfo !== undefined) r.dateInfo = edge.dateInfo;
  if (edge.status !== undefined) r.status = edge.status;
  if (edge.saidBy !== undefined) r.saidBy = edge.saidBy;
  if (edge.reportedBy !== undefined) r.reportedBy = edge.reportedBy;
  if (edge.note !== undefined) r.note = edge.note;
  if (edge.review !== undefined) r.review = edge.review;
  if (edge.confidence !== undefined) r.confidence = edge.confidence;
  if (edge.rule !== undefined) r.rule = edge.rule;
  return r;
}

export function reportsOf(edge: GraphEdge, ctx: ReportContext): readonly Report[] {
  if (edge.reports) return edge.reports;
  return [reportOfEdge(edge, ctx.documentOfSentence(edge.evidence[0]!.sentenceId) ?? '')];
}

/**
 * The independent origin of a document's text: the agency whose copy it carries, else its outlet,
 * else the document itself. Two sites carrying the same AP story are one source, not two.
 */
export function originOf(doc: GraphDocument | undefined): string {
  if (!doc) return '';
  return doc.agency ?? doc.outlet ?? doc.id;
}

/** How a document's outlet reads in a list: "brecorder.com (AFP)". */
export function outletLabel(doc: GraphDocument | undefined): string {
  if (!doc) return 'unknown source';
  const outlet = doc.outlet ?? doc.title;
  return doc.agency && doc.agency !== doc.outlet ? `${outlet} (${doc.agency})` : outlet;
}

/** Shared between claims (one per document for claims of one report): never mutated. */
export interface ClaimSourcing {
  readonly reports: number;
  /** Distinct origins (agency, else outlet): the claim's source diversity. */
  origins: readonly string[];
  /** Distinct outlets as they read in a list. */
  outlets: readonly string[];
  /** Publication days of the first and last report. */
  readonly firstReported: string | undefined;
  readonly lastReported: string | undefined;
}

export function claimSourcing(edge: GraphEdge, ctx: ReportContext): ClaimSourcing {
  const reports = reportsOf(edge, ctx);
  const origins = new Set<string>();
  const outlets = new Set<string>();
  let first: string | undefined;
  let last: string | undefined;
  for (const r of reports) {
    const doc = ctx.document(r.documentId);
    origins.add(originOf(doc));
    outlets.add(outletLabel(doc));
    const day = doc?.published;
    if (day !== undefined) {
      if (first === undefined || day < first) first = day;
      if (last === undefined || day > last) last = day;
    }
  }
  return { reports: reports.length, origins: [...origins], outlets: [...outlets], firstReported: first, lastReported: last };
}

/** A report as the article relation it came from: the claim's ends and type with the report's own fields. */
export function relationOfReport(claim: GraphEdge, r: Report): GraphEdge {
  const e: GraphEdge = { id: r.id, source: claim.source, target: claim.target, type: claim.type, evidence: r.evidence };
  for (const k of ['date', 'dateInfo', 'status', 'saidBy', 'reportedBy', 'note'] as const) if (r[k] !== undefined) (e as Record<string, unknown>)[k] = r[k];
  if (claim.attributes !== undefined) e.attributes = claim.attributes;
  for (const k of ['review', 'confidence', 'rule'] as const) if (r[k] !== undefined) (e as Record<string, unknown>)[k] = r[k];
  return e;
}

/** The per-article relations behind a graph's claims (a graph without grouped claims comes back as it is). */
export function unfoldClaims<G extends { edges: GraphEdge[] }>(graph: G): G {
  if (!graph.edges.some((e) => e.reports)) return graph;
  const edges: GraphEdge[] = [];
  for (const claim of graph.edges) {
    if (!claim.reports) {
      const { supersedes: _s, contradicts: _c, answers: _a, ...plain } = claim;
      edges.push(plain);
    } else for (const r of claim.reports) edges.push(relationOfReport(claim, r));
  }
  return { ...graph, edges };
}
