// Words selected in the article reader become the exact quote of a new relation or a mention.
// The selection is read as offsets into the document text (each reader segment carries its start),
// so marks inside a sentence do not change what is quoted.
import { useEffect, useState, type RefObject } from 'react';
import type { GraphDocument } from '../../domain/graph-contract';
import { citeSpan } from '../../domain/quote-span';
import { ActorPicker } from '../ui/ActorPicker';
import { useActions, useExplorer } from '../store/store-context';
import { useReview, useReviewActions } from './review-context';
import './review.css';

interface Cited {
  articleId: string;
  quote: string;
  within?: string;
}

function offsetIn(body: HTMLElement, node: Node, offset: number): number | null {
  // A triple click or a drag to a paragraph's end puts an end on the paragraph, not in a segment.
  if (node instanceof Element && !node.closest('[data-start]')) {
    const child = node.childNodes[offset];
    if (child) return offsetIn(body, child, 0);
    const last = node.lastChild;
    return last ? offsetIn(body, last, last instanceof Text ? last.length : last.childNodes.length) : null;
  }
  const el = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-start]');
  if (!el || !body.contains(el)) return null;
  const range = document.createRange();
  range.setStart(el, 0);
  range.setEnd(node, offset);
  return Number(el.dataset.start) + range.toString().length;
}

export function QuoteActions({ bodyRef, doc }: { bodyRef: RefObject<HTMLDivElement | null>; doc: GraphDocument }) {
  const editable = useReview((s) => s.status.kind === 'editable');
  const index = useExplorer((s) => s.index);
  const { showPanel } = useActions();
  const { relationFromQuote, addMention, openArticle } = useReviewActions();
  const reviewing = useReview((s) => s.articleId);
  const [cited, setCited] = useState<Cited | null>(null);
  const [mentionOf, setMentionOf] = useState<string | null>(null);

  useEffect(() => {
    if (!editable) return;
    const onChange = (): void => {
      const body = bodyRef.current;
      const sel = document.getSelection();
      if (!body || !sel || sel.rangeCount === 0 || sel.isCollapsed) return;
      const range = sel.getRangeAt(0);
      if (!body.contains(range.commonAncestorContainer)) return;
      const start = offsetIn(body, range.startContainer, range.startOffset);
      const end = offsetIn(body, range.endContainer, range.endOffset);
      if (start === null || end === null || end <= start) return;
      const sentence = (index.sentencesByDocument.get(doc.id) ?? []).find((s) => s.start <= start && start < s.end);
      const span = sentence ? citeSpan(doc.text, start, end, sentence, doc.bodyStart) : null;
      setCited(span ? { articleId: doc.id, ...span } : null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [editable, bodyRef, doc, index]);

  // A selection in another article (the reader switched) is not this one's quote.
  if (!editable || !cited || cited.articleId !== doc.id) return null;

  const forThisArticle = async (): Promise<void> => {
    if (reviewing !== doc.id) await openArticle(doc.id);
  };
  return (
    <div className="quote-actions" role="region" aria-label="Selected words">
      <p>
        Selected: <mark className="mark-quote">{cited.quote.length > 120 ? `${cited.quote.slice(0, 117)}…` : cited.quote}</mark>
      </p>
      <div className="editor-row">
        <button
          type="button"
          className="primary-button"
          onClick={() =>
            void forThisArticle().then(() => {
              relationFromQuote(cited);
              showPanel('review');
            })
          }
        >
          New relation from this quote
        </button>
        <button type="button" className="text-button" onClick={() => setCited(null)}>
          Clear
        </button>
      </div>
      <div className="editor-row">
        <ActorPicker label="Mark as a mention of" value={mentionOf} onChange={setMentionOf} />
        <button
          type="button"
          disabled={!mentionOf}
          onClick={() =>
            mentionOf &&
            void forThisArticle().then(async () => {
              await addMention(doc.id, { actor: mentionOf, quote: cited.quote, ...(cited.within ? { within: cited.within } : {}) });
              setCited(null);
              setMentionOf(null);
            })
          }
        >
          Mark mention
        </button>
      </div>
    </div>
  );
}
