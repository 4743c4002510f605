// "Reviewed only", and filter counts that keep machine drafts apart from reviewed claims.
import { useMemo } from 'react';
import { counted } from '../../domain/count-format';
import { draftCounts, type DraftCounts } from '../../domain/filters';
import { useActions, useExplorer } from '../store/store-context';
import './ReviewFilter.css';

/** The graph's drafts, counted once per graph. */
export function useDraftCounts(): DraftCounts {
  const index = useExplorer((s) => s.index);
  return useMemo(() => draftCounts(index), [index]);
}

/**
 * A filter row's count: the reviewed ones, then "+N" drafts while they are shown. A count that
 * mixed drafts in would overstate what has been reviewed.
 */
export function FilterCount({ total, drafts, noun = 'suggested' }: { total: number; drafts: number; noun?: 'suggested' | 'proposed' }) {
  const reviewedOnly = useExplorer((s) => s.filters.reviewedOnly);
  if (drafts === 0) return <span className="count">{total}</span>;
  return (
    <>
      <span className="count">{total - drafts}</span>
      {!reviewedOnly && (
        <span className="count count-draft" title={`${drafts} ${noun}: machine draft${drafts === 1 ? '' : 's'}, not reviewed`}>
          +{drafts}
          <span className="visually-hidden"> {noun}</span>
        </span>
      )}
    </>
  );
}

export function ReviewFilter() {
  const reviewedOnly = useExplorer((s) => s.filters.reviewedOnly);
  const { setReviewedOnly } = useActions();
  const drafts = useDraftCounts();
  const none = drafts.relations === 0 && drafts.actors === 0;
  const hidden = [
    ...(drafts.relations ? [counted(drafts.relations, 'suggested relation', 'suggested relations')] : []),
    ...(drafts.actors ? [counted(drafts.actors, 'proposed actor', 'proposed actors')] : []),
  ].join(' and ');
  return (
    <section className="panel-section" aria-labelledby="filter-review">
      <div className="section-head">
        <h2 id="filter-review">Review</h2>
      </div>
      <label className="toggle-row">
        <input type="checkbox" checked={reviewedOnly} onChange={(e) => setReviewedOnly(e.target.checked)} aria-describedby="review-filter-help" />
        <span>Reviewed only</span>
      </label>
      <p id="review-filter-help" className="muted small review-help">
        {none ? 'Every relation and actor of this graph is reviewed.' : `${reviewedOnly ? 'Hiding' : 'Hides'} ${hidden}: machine drafts nobody has reviewed yet.`}
      </p>
    </section>
  );
}
