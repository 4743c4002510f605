// One claim, many reports: relations of several articles that say the same thing (same source,
// type and target, same status, compatible time) become one claim edge listing its reports.
import { parseEdtf, type DateInterval } from '../analytics/time';
import type { Evidence, GraphDocument, GraphEdge, Report } from '../graph-contract';
import { reportOfEdge } from './reports';

export interface GroupingContext {
  documentOfSentence(sentenceId: string): string | undefined;
  document(documentId: string): GraphDocument | undefined;
  /** Undirected types group A–B with B–A. */
  isDirected(typeId: string): boolean;
}

/** An undated claim is taken to hold within this many years before its article was published. */
export const UNDATED_WINDOW_YEARS = 1;

type TimeShape = 'undated' | 'point' | 'span';

interface Member {
  edge: GraphEdge;
  documentId: string;
  shape: TimeShape;
  interval: DateInterval | null;
}

function shapeOf(date: string | undefined): TimeShape {
  if (date === undefined) return 'undated';
  return date.includes('/') ? 'span' : 'point';
}

/** When a report's claim holds: its date, or for an undated one the year before publication. */
function timeOf(edge: GraphEdge, doc: GraphDocument | undefined): DateInterval | null {
  if (edge.date !== undefined) return parseEdtf(edge.date);
  const published = doc ? parseEdtf(doc.published) : null;
  return published && { start: published.start - UNDATED_WINDOW_YEARS, end: published.end };
}

function overlap(a: DateInterval, b: DateInterval): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Two reports can be the same claim when their times overlap. A dated event joins a state that
 * lasts only where the state begins ("listed in 2003" is "listed since 2003", but a July 2024
 * remark is not "support since 2021"); an undated report joins either.
 */
function compatible(a: Member, b: Member): boolean {
  if (!a.interval || !b.interval) return a.edge.date === b.edge.date;
  if (a.shape === 'point' && b.shape === 'span') return overlap(a.interval, startOf(b.interval));
  if (a.shape === 'span' && b.shape === 'point') return overlap(startOf(a.interval), b.interval);
  return overlap(a.interval, b.interval);
}

/** The first year of an interval ("2003/.." → 2003). */
function startOf(i: DateInterval): DateInterval {
  if (i.start === -Infinity) return i;
  const year = Math.floor(i.start);
  return { start: year, end: year + 1 };
}

function keyOf(e: GraphEdge, ctx: GroupingContext): string {
  const [s, t] = ctx.isDirected(e.type) || e.source < e.target ? [e.source, e.target] : [e.target, e.source];
  // A draft never joins a reviewed claim: it stays a suggestion of its own until reviewed.
  const review = e.review === 'suggested' ? 'suggested' : 'reviewed';
  return [s, e.type, t, e.status ?? 'asserted', review].join('\u0000');
}

function sameEvidence(a: Evidence, b: Evidence): boolean {
  return a.sentenceId === b.sentenceId && a.start === b.start && a.end === b.end;
}

function mergeEvidence(lists: Iterable<readonly Evidence[]>): Evidence[] {
  const out: Evidence[] = [];
  for (const list of lists) for (const ev of list) if (!out.some((o) => sameEvidence(o, ev))) out.push(ev);
  return out;
}

function claimOf(members: readonly Member[]): GraphEdge {
  const first = members[0]!.edge;
  if (members.length === 1) return first;
  const reports: Report[] = members.map((m) => reportOfEdge(m.edge, m.documentId));
  const claim: GraphEdge = { ...first, evidence: mergeEvidence(reports.map((r) => r.evidence)), reports };
  // The claim's date is its first report's, else the first date another report gives.
  const dated = members.find((m) => m.edge.date !== undefined);
  if (first.date === undefined && dated) {
    claim.date = dated.edge.date!;
    if (dated.edge.dateInfo) claim.dateInfo = dated.edge.dateInfo;
  }
  for (const field of ['saidBy', 'reportedBy'] as const) {
    const known = members.find((m) => m.edge[field] !== undefined)?.edge[field];
    if (known !== undefined && claim[field] === undefined) claim[field] = known;
  }
  return claim;
}

/**
 * Groups report-level relations (one per article relation, in build order) into claims. A claim
 * keeps the id of its first report, so ids of the first-built article stay stable.
 */
export function groupReports(edges: readonly GraphEdge[], ctx: GroupingContext): GraphEdge[] {
  const clusters: Member[][] = [];
  const byKey = new Map<string, Member[][]>();
  for (const edge of edges) {
    const documentId = ctx.documentOfSentence(edge.evidence[0]!.sentenceId) ?? '';
    const member: Member = { edge, documentId, shape: shapeOf(edge.date), interval: timeOf(edge, ctx.document(documentId)) };
    const key = keyOf(edge, ctx);
    let candidates = byKey.get(key);
    if (!candidates) byKey.set(key, (candidates = []));
    // A claim is anchored by its first report: later reports join when they fit its time.
    const home = candidates.find((c) => compatible(c[0]!, member));
    if (home) home.push(member);
    else {
      const cluster = [member];
      candidates.push(cluster);
      clusters.push(cluster);
    }
  }
  return clusters.map(claimOf);
}
