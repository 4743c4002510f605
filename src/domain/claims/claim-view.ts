// What the explorer shows about a claim: its reports with their documents and outlets, its sourcing,
// and the claims it is linked to over time.
import type { GraphDocument, GraphEdge, Report } from '../graph-contract';
import type { GraphIndex } from '../graph-index';
import { claimSourcing, outletLabel, reportsOf, type ClaimSourcing, type ReportContext } from './reports';

export function reportContextOf(index: GraphIndex): ReportContext {
  return {
    documentOfSentence: (id) => index.sentences.get(id)?.documentId,
    document: (id) => index.documents.get(id),
  };
}

export interface ReportView {
  report: Report;
  document: GraphDocument | undefined;
  /** "brecorder.com (AFP)". */
  outlet: string;
}

/** A claim's reports, earliest publication first (build order among the same day). */
export function reportViews(index: GraphIndex, edge: GraphEdge): ReportView[] {
  const views = reportsOf(edge, reportContextOf(index)).map((report) => {
    const document = index.documents.get(report.documentId);
    return { report, document, outlet: outletLabel(document) };
  });
  return views
    .map((v, i) => ({ v, i }))
    .sort((a, b) => (a.v.document?.published ?? '').localeCompare(b.v.document?.published ?? '') || a.i - b.i)
    .map(({ v }) => v);
}

const sourcingCache = new WeakMap<GraphEdge, ClaimSourcing>();
/** A claim told by one article is sourced as its document is: one shared answer per document. */
const oneReportSourcing = new WeakMap<GraphIndex, Map<string, ClaimSourcing>>();

/** Reports, distinct outlets and origins, first and last reported (cached per claim, or per document). */
export function sourcingOf(index: GraphIndex, edge: GraphEdge): ClaimSourcing {
  if (!edge.reports) {
    const documentId = index.sentences.get(edge.evidence[0]!.sentenceId)?.documentId ?? '';
    let byDocument = oneReportSourcing.get(index);
    if (!byDocument) oneReportSourcing.set(index, (byDocument = new Map()));
    let one = byDocument.get(documentId);
    if (!one) byDocument.set(documentId, (one = claimSourcing(edge, reportContextOf(index))));
    return one;
  }
  let s = sourcingCache.get(edge);
  if (!s) sourcingCache.set(edge, (s = claimSourcing(edge, reportContextOf(index))));
  return s;
}

/** Rests on one independent origin (one agency or outlet), however many times it was reported. */
export function isSingleSource(index: GraphIndex, edge: GraphEdge): boolean {
  return sourcingOf(index, edge).origins.length <= 1;
}

export type ClaimLinkKind = 'supersedes' | 'supersededBy' | 'contradicts' | 'contradictedBy' | 'answers' | 'answeredBy';

export interface ClaimLink {
  kind: ClaimLinkKind;
  edge: GraphEdge;
}

/** The claims linked to this one, in the order the details list them. */
export function claimLinks(index: GraphIndex, edge: GraphEdge): ClaimLink[] {
  const out: ClaimLink[] = [];
  const add = (kind: ClaimLinkKind, ids: readonly string[] | undefined): void => {
    for (const id of ids ?? []) {
      const other = index.edges.get(id);
      if (other) out.push({ kind, edge: other });
    }
  };
  add('contradictedBy', index.contradictedBy.get(edge.id));
  add('answeredBy', index.answeredBy.get(edge.id));
  add('supersededBy', index.supersededBy.get(edge.id));
  add('contradicts', edge.contradicts);
  add('answers', edge.answers);
  add('supersedes', edge.supersedes);
  return out;
}

export type ReviewDecision = 'reviewed' | 'rejected';

/**
 * Review decisions taken on article relations, as the claims on the canvas show them until the
 * rebuilt graph arrives: a claim is withdrawn only when every one of its reports was rejected.
 */
export function claimDecisions(index: GraphIndex, decisions: ReadonlyMap<string, ReviewDecision>): Map<string, ReviewDecision> {
  const byClaim = new Map<string, ReviewDecision[]>();
  for (const [relationId, decision] of decisions) {
    const claimId = index.claimOfReport.get(relationId);
    if (claimId === undefined) continue;
    const list = byClaim.get(claimId);
    if (list) list.push(decision);
    else byClaim.set(claimId, [decision]);
  }
  const out = new Map<string, ReviewDecision>();
  for (const [claimId, list] of byClaim) {
    const claim = index.edges.get(claimId)!;
    const reports = claim.reports?.length ?? 1;
    if (list.includes('reviewed')) out.set(claimId, 'reviewed');
    else if (list.length >= reports) out.set(claimId, 'rejected');
  }
  return out;
}
