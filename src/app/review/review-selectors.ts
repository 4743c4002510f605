// Derived reads of the review store, memoised by the identity of their inputs so that components
// and the canvas can select them without re-rendering on every change.
import type { ArticleSummary, ArticleView } from '../../domain/review-api';
import { withUnsaved, type OutboxItem } from './outbox';

/** The part of the review state these read. */
interface ReviewData {
  saved: ArticleView | null;
  outbox: OutboxItem[];
  settling: OutboxItem[];
}

let shownMemo: { saved: ArticleView; outbox: OutboxItem[]; shown: ArticleView } | null = null;
/** The article the panel shows: the saved one with its unsaved actions applied (memoised for selectors). */
export const shownArticle = (s: ReviewData): ArticleView | null => {
  if (!s.saved) return null;
  if (shownMemo && shownMemo.saved === s.saved && shownMemo.outbox === s.outbox) return shownMemo.shown;
  const own = s.outbox.filter((o) => o.articleId === s.saved!.id).map((o) => o.action);
  const shown = own.length ? withUnsaved(s.saved, own) : s.saved;
  shownMemo = { saved: s.saved, outbox: s.outbox, shown };
  return shown;
};

let decisionsMemo: { outbox: OutboxItem[]; settling: OutboxItem[]; decisions: ReadonlyMap<string, 'reviewed' | 'rejected'> } | null = null;
/** Decisions on relations the graph on screen does not show yet, by edge id (`<article>#<relation>`). */
export function unsavedDecisions(s: ReviewData): ReadonlyMap<string, 'reviewed' | 'rejected'> {
  if (decisionsMemo && decisionsMemo.outbox === s.outbox && decisionsMemo.settling === s.settling) return decisionsMemo.decisions;
  const decisions = new Map<string, 'reviewed' | 'rejected'>();
  for (const { articleId, action } of [...s.settling, ...s.outbox]) {
    if (action.kind === 'accept-relation' || action.kind === 'edit-relation') decisions.set(`${articleId}#${action.id}`, 'reviewed');
    else if (action.kind === 'reject-relation') decisions.set(`${articleId}#${action.id}`, 'rejected');
  }
  decisionsMemo = { outbox: s.outbox, settling: s.settling, decisions };
  return decisions;
}


/** Claims decided (reviewed or rejected) out of all claims, across the corpus. */
export function corpusProgress(articles: readonly ArticleSummary[]): { done: number; all: number } {
  let done = 0;
  let all = 0;
  for (const a of articles) {
    done += a.reviewed + a.rejected;
    all += a.reviewed + a.rejected + a.suggested;
  }
  return { done, all };
}

/** The next article, by publication date, that still has suggestions (else the first that has any). */
export function nextToReview(articles: readonly ArticleSummary[], current: string | null): ArticleSummary | undefined {
  const waiting = articles.filter((a) => a.suggested > 0 && a.id !== current);
  const from = articles.find((a) => a.id === current)?.published ?? '';
  return waiting.find((a) => a.published >= from) ?? waiting[0];
}
