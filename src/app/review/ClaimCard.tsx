// One claim of the queue: who does what to whom, its status and date, and the sentence it comes
// from with the quote marked, so the reviewer checks it against the text before a key decides.
import { useMemo } from 'react';
import { nodeLabel } from '../../domain/graph-index';
import { quoteSpan } from '../../domain/quote-span';
import { useExplorer } from '../store/store-context';
import { MarkedText, TypeSwatch } from '../ui/bits';
import type { RelationItem } from './workspace-api';

const STATE_TEXT = { suggested: 'suggested', reviewed: 'reviewed', rejected: 'rejected' } as const;

export function ClaimSummary({ item }: { item: RelationItem }) {
  const index = useExplorer((s) => s.index);
  const type = index.types.get(item.type);
  return (
    <span className="claim-summary">
      <TypeSwatch color={type?.color ?? '#888'} arrow={type?.directed ?? true} suggested={item.review === 'suggested'} />
      <span>
        {nodeLabel(index, item.source)} <span className="muted">{type?.label ?? item.type}</span> {nodeLabel(index, item.target)}
      </span>
      <span className={`review-state is-${item.review}`}>{STATE_TEXT[item.review]}</span>
    </span>
  );
}

export function ClaimEvidence({ item, articleId }: { item: RelationItem; articleId: string }) {
  const index = useExplorer((s) => s.index);
  const doc = index.documents.get(articleId);
  const found = useMemo(() => {
    if (!doc) return null;
    const span = quoteSpan(doc.text, item.quote, item.within, doc.bodyStart);
    if (!span) return null;
    const sentence = (index.sentencesByDocument.get(doc.id) ?? []).find((s) => s.start <= span.start && span.start < s.end);
    return sentence ? { sentence, marks: [{ start: span.start, end: Math.min(span.end, sentence.end), kind: 'quote' as const }] } : null;
  }, [doc, index, item.quote, item.within]);
  const saidBy = item.saidBy ? nodeLabel(index, item.saidBy) : null;
  const reportedBy = item.reportedBy ? nodeLabel(index, item.reportedBy) : null;
  return (
    <div className="claim-evidence">
      <blockquote>{found ? <MarkedText sentence={found.sentence} marks={found.marks} /> : <mark className="mark-quote">{item.quote}</mark>}</blockquote>
      <dl className="claim-fields">
        <dt>Status</dt>
        <dd>{item.status ?? 'asserted'}</dd>
        <dt>Date</dt>
        <dd>{item.date ?? item.when ?? <span className="muted">not dated</span>}</dd>
        {saidBy && (
          <>
            <dt>Said by</dt>
            <dd>{saidBy}</dd>
          </>
        )}
        {reportedBy && (
          <>
            <dt>Reported by</dt>
            <dd>{reportedBy}</dd>
          </>
        )}
        {item.rule && (
          <>
            <dt>Drafted by</dt>
            <dd>
              {item.rule}
              {item.confidence !== undefined ? ` (confidence ${Math.round(item.confidence * 100)} %)` : ''}
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
