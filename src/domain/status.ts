// How the status of a claim reads and looks. A relation is a claim a source made: anything
// but a plain assertion is drawn with a broken line so that a hope never looks like a fact.
import { CLAIM_STATUSES, type ClaimStatus, type GraphEdge } from './graph-contract';

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface StatusStyle {
  status: ClaimStatus;
  label: string;
  description: string;
  line: LineStyle;
}

const STYLES: Record<ClaimStatus, Omit<StatusStyle, 'status'>> = {
  asserted: { label: 'asserted', description: 'Reported as fact', line: 'solid' },
  decided: { label: 'decided', description: 'A decision is reported; not yet carried out', line: 'dashed' },
  announced: { label: 'announced', description: 'Announced by the actor', line: 'dashed' },
  planned: { label: 'planned', description: 'Planned or promised, not yet done', line: 'dashed' },
  hoped: { label: 'hoped', description: 'Hoped for or wished', line: 'dotted' },
  alleged: { label: 'alleged', description: 'Alleged by a party; not confirmed', line: 'dotted' },
  denied: { label: 'denied', description: 'Denied or refuted', line: 'dotted' },
};

export const STATUS_ORDER: readonly ClaimStatus[] = CLAIM_STATUSES;

export function edgeStatus(edge: Pick<GraphEdge, 'status'>): ClaimStatus {
  return edge.status ?? 'asserted';
}

export function statusStyle(status: ClaimStatus): StatusStyle {
  return { status, ...STYLES[status] };
}
