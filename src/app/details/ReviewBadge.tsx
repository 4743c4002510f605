// How a machine draft reads in the panels: a notice on its details, a chip in lists and the
// table. Reviewed claims get nothing extra; a draft is never shown without its mark.
import type { GraphEdge, GraphNode } from '../../domain/graph-contract';
import { draftProvenance, formatConfidence, isSuggested, PROPOSED_ACTOR_TEXT, SUGGESTED_RELATION_TEXT } from '../../domain/status';
import './ReviewBadge.css';

/** At the top of a suggested relation's or a proposed actor's details: what it is, and why it exists. */
export function DraftNotice({ item, of }: { item: GraphEdge | GraphNode; of: 'relation' | 'actor' }) {
  if (!isSuggested(item)) return null;
  const provenance = draftProvenance(item);
  return (
    <div className="draft-notice" role="note" aria-label={of === 'relation' ? 'Review state' : 'Registry state'}>
      <strong className="draft-badge">{of === 'relation' ? SUGGESTED_RELATION_TEXT : PROPOSED_ACTOR_TEXT}</strong>
      {provenance && <span className="draft-provenance">{provenance}</span>}
      <span className="draft-hint">{of === 'relation' ? 'Check it against the evidence below before relying on it.' : 'Drafted from the text; a person has not added it to the actor registry.'}</span>
    </div>
  );
}

function chipTitle(edge: GraphEdge): string {
  const provenance = draftProvenance(edge);
  return provenance ? `${SUGGESTED_RELATION_TEXT} · ${provenance}` : SUGGESTED_RELATION_TEXT;
}

/** "suggested" beside a relation in a list; nothing for a reviewed one. */
export function ReviewChip({ edge }: { edge: GraphEdge }) {
  if (!isSuggested(edge)) return null;
  return (
    <span className="review-chip" title={chipTitle(edge)}>
      suggested<span className="visually-hidden"> (machine draft, not reviewed)</span>
    </span>
  );
}

/** The relations table's Review cell: "suggested" with the confidence, or a quiet "reviewed". */
export function ReviewCell({ edge }: { edge: GraphEdge }) {
  if (!isSuggested(edge)) return <span className="review-reviewed">reviewed</span>;
  return (
    <span className="review-cell" title={chipTitle(edge)}>
      <ReviewChip edge={edge} />
      {edge.confidence !== undefined && <span className="review-confidence">{formatConfidence(edge.confidence)}</span>}
    </span>
  );
}
