// How a claim's sourcing and links read in the panels: counts in words, the single-source warning,
// the headings of linked claims, and which of a report's own fields differ from the claim's.
import { counted } from '../count-format';
import { formatEdtf } from '../edtf-format';
import type { GraphEdge, Report } from '../graph-contract';
import type { ClaimLinkKind } from './claim-view';
import type { ClaimSourcing } from './reports';

/** What the sourcing line needs: the claim's sourcing and how many distinct articles tell it. */
export interface SourcingCounts extends Pick<ClaimSourcing, 'reports' | 'outlets' | 'firstReported' | 'lastReported'> {
  articles: number;
}

/**
 * The sourcing of a claim in one line:
 * "4 reports · 3 articles · 3 outlets · first reported 22 Aug 2024, last 5 Oct 2024";
 * a claim told once names its outlet: "1 report · kun.uz · reported 6 Sep 2024".
 */
export function sourcingLine(s: SourcingCounts): string {
  return sourcingParts(s).join(' · ');
}

/** The sourcing line's parts, for a line that wraps only between them. */
export function sourcingParts(s: SourcingCounts): string[] {
  const parts = [counted(s.reports, 'report')];
  if (s.reports === 1) {
    if (s.outlets[0]) parts.push(s.outlets[0]);
  } else {
    parts.push(counted(s.articles, 'article'), counted(s.outlets.length, 'outlet'));
  }
  const first = formatEdtf(s.firstReported);
  const last = formatEdtf(s.lastReported);
  if (first && last && first !== last) parts.push(`first reported ${first}, last ${last}`);
  else if (first || last) parts.push(`reported ${first || last}`);
  return parts;
}

export const SINGLE_SOURCE_LABEL = 'Single source';

/** The single-source badge's tooltip: what it means, and which origin the claim rests on. */
export function singleSourceTitle(s: Pick<ClaimSourcing, 'reports' | 'origins'>): string {
  const origin = s.origins[0];
  const named = origin ? ` (${origin})` : '';
  const head = `Rests on one outlet or agency${named}`;
  return s.reports > 1
    ? `${head}: all ${s.reports} reports trace back to it, so no independent source confirms the claim.`
    : `${head}: no other outlet or agency reports the claim.`;
}

/** The outlets other than the first report's, in report order, each once: "Also reported by …". */
export function otherOutlets(outletsInReportOrder: readonly string[]): string[] {
  const first = outletsInReportOrder[0];
  const out: string[] = [];
  for (const o of outletsInReportOrder) if (o !== first && !out.includes(o)) out.push(o);
  return out;
}

/** A denial: denied by its status, or of the denial type (which answers accusations). */
export function isDenial(edge: Pick<GraphEdge, 'type' | 'status'>): boolean {
  return edge.status === 'denied' || edge.type === 'denial';
}

/** The order the details list the kinds of linked claims in: what overtakes or disputes this claim first. */
export const CLAIM_LINK_ORDER: readonly ClaimLinkKind[] = ['supersededBy', 'contradictedBy', 'answeredBy', 'supersedes', 'contradicts', 'answers'];

/**
 * The heading over linked claims of one kind. `denial`: for `answeredBy`, whether every answering
 * claim is a denial ("Denied by"); for `answers`, whether this claim is one ("Denies").
 */
export function claimLinkHeading(kind: ClaimLinkKind, denial = false): string {
  switch (kind) {
    case 'supersededBy':
      return 'Superseded by';
    case 'supersedes':
      return 'Supersedes';
    case 'contradictedBy':
      return 'Contradicted by';
    case 'contradicts':
      return 'Contradicts';
    case 'answeredBy':
      return denial ? 'Denied by' : 'Answered by';
    case 'answers':
      return denial ? 'Denies' : 'Answers';
  }
}

/**
 * Which of a report's own fields say something else than the claim it is grouped into. Not the
 * speaker: every report's speaker line names its own.
 */
export interface ReportDifferences {
  status: boolean;
  date: boolean;
}

export function reportDifferences(claim: Pick<GraphEdge, 'status' | 'date'>, report: Pick<Report, 'status' | 'date'>): ReportDifferences {
  return { status: report.status !== claim.status, date: report.date !== claim.date };
}

export function anyDifference(d: ReportDifferences): boolean {
  return d.status || d.date;
}

/**
 * How a report's speaker line opens: "Said by " (the view names the speaker, and ", via" the relay),
 * "In the article’s own words" for a fact it states without a speaker, "Speaker not named" otherwise.
 */
export function speakerLine(report: Pick<Report, 'status' | 'saidBy'>): { lead: string } {
  if (report.saidBy) return { lead: `${report.status === 'denied' ? 'Denied' : report.status === 'alleged' ? 'Alleged' : 'Said'} by ` };
  return { lead: report.status === 'asserted' ? 'In the article’s own words' : report.status === undefined ? 'Speaker not given' : 'Speaker not named' };
}
