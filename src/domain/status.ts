// How the status of a claim reads and looks. A relation is a claim a source made: anything
// but a plain assertion is drawn with a broken line so that a hope never looks like a fact.
// A relation whose file gives no status (imported graphs) is "unknown", never read as fact.
import { CLAIM_STATUSES, type ClaimStatus, type GraphEdge, type ReviewState } from './graph-contract';

export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'long-dash';

/** A claim status, or "unknown" when the graph file does not give one. */
export type DisplayStatus = ClaimStatus | 'unknown';

export interface StatusStyle {
  status: DisplayStatus;
  label: string;
  description: string;
  line: LineStyle;
}

const STYLES: Record<DisplayStatus, Omit<StatusStyle, 'status'>> = {
  asserted: { label: 'asserted', description: 'Reported as fact', line: 'solid' },
  decided: { label: 'decided', description: 'A decision is reported; not yet carried out', line: 'dashed' },
  announced: { label: 'announced', description: 'Announced by the actor', line: 'dashed' },
  planned: { label: 'planned', description: 'Planned or promised, not yet done', line: 'dashed' },
  hoped: { label: 'hoped', description: 'Hoped for or wished', line: 'dotted' },
  alleged: { label: 'alleged', description: 'Alleged by a party; not confirmed', line: 'dotted' },
  denied: { label: 'denied', description: 'Denied or refuted', line: 'dotted' },
  unknown: { label: 'status not given', description: 'The graph file does not say whether this is a fact, a plan or a claim', line: 'long-dash' },
};

export const STATUS_ORDER: readonly DisplayStatus[] = [...CLAIM_STATUSES, 'unknown'];

export function edgeStatus(edge: Pick<GraphEdge, 'status'>): DisplayStatus {
  return edge.status ?? 'unknown';
}

export function statusStyle(status: DisplayStatus): StatusStyle {
  return { status, ...STYLES[status] };
}

/** What each line style tells the reader, after the statuses drawn with it (legends say it so). */
export const LINE_MEANING: Readonly<Record<LineStyle, string>> = {
  solid: 'reported as fact',
  dashed: 'not yet done',
  dotted: 'contested or wished',
  'long-dash': 'the file does not say',
};

/** The statuses `keep` lets through, grouped by the line they are drawn with, in STATUS_ORDER. */
export function statusesByLine(keep: (s: DisplayStatus) => boolean): Array<[LineStyle, DisplayStatus[]]> {
  const byLine = new Map<LineStyle, DisplayStatus[]>();
  for (const s of STATUS_ORDER) {
    if (!keep(s)) continue;
    const line = statusStyle(s).line;
    byLine.set(line, [...(byLine.get(line) ?? []), s]);
  }
  return [...byLine];
}

/** How strongly a line style suggests a fact: a bundle takes the weakest of its members. */
const LINE_WEAKNESS: Record<LineStyle, number> = { solid: 0, 'long-dash': 1, dashed: 2, dotted: 3 };

/** The weakest line of a set of relations (solid for none). */
export function weakestLine(edges: Iterable<Pick<GraphEdge, 'status'>>): LineStyle {
  let line: LineStyle = 'solid';
  for (const e of edges) {
    const l = STYLES[edgeStatus(e)].line;
    if (LINE_WEAKNESS[l] > LINE_WEAKNESS[line]) line = l;
  }
  return line;
}

/**
 * Who a claim rests on, in words, for badges' neighbours and tooltips. An asserted claim with a
 * speaker rests on the speaker's words ("asserted by Zamir Kabulov"), not on the article's own voice.
 */
export interface ClaimWording {
  status: DisplayStatus;
  /** The badge text. */
  label: string;
  /** What follows the badge: "by Zamir Kabulov", "per Zamir Kabulov", or null without a speaker. */
  speaker: string | null;
  /** The whole claim in one phrase, for tooltips. */
  text: string;
  description: string;
}

export function claimWording(edge: Pick<GraphEdge, 'status' | 'saidBy'>, speaker?: string): ClaimWording {
  const status = edgeStatus(edge);
  const { label, description } = STYLES[status];
  const who = edge.saidBy ? (speaker ?? edge.saidBy) : null;
  if (!who) return { status, label, speaker: null, text: label, description };
  if (status === 'asserted') return { status, label, speaker: `by ${who}`, text: `asserted by ${who}`, description: `Stated by ${who}; the claim rests on their words` };
  return { status, label, speaker: `per ${who}`, text: `${label}, per ${who}`, description };
}

// Review state. A machine draft must never read as a reviewed claim: every view asks these.

/** Absent means reviewed: version-1 files and everything a person wrote carry no review field. */
export function isSuggested(item: { readonly review?: ReviewState | undefined }): boolean {
  return item.review === 'suggested';
}

/** Whether any of a set of relations (a bundle, a merged line) is a machine draft. */
export function anySuggested(items: Iterable<{ readonly review?: ReviewState | undefined }>): boolean {
  for (const item of items) if (isSuggested(item)) return true;
  return false;
}

export const SUGGESTED_RELATION_TEXT = 'Suggested — machine draft, not reviewed';
export const PROPOSED_ACTOR_TEXT = 'Proposed actor — not in the registry';

/** Two decimals: a draft's score is a rule's guess, not a measurement. */
export function formatConfidence(confidence: number): string {
  return confidence.toFixed(2);
}

/** Why a draft exists, e.g. "rule: delisting: remove … from … list · confidence 0.72"; null when it says neither. */
export function draftProvenance(item: { readonly rule?: string | undefined; readonly confidence?: number | undefined }): string | null {
  const parts: string[] = [];
  if (item.rule) parts.push(`rule: ${item.rule}`);
  if (item.confidence !== undefined) parts.push(`confidence ${formatConfidence(item.confidence)}`);
  return parts.length ? parts.join(' · ') : null;
}
