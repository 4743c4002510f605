// Where the review cursor goes after a decision: the next claim still suggested after `after`
// (wrapping round), else it stays, else the first claim.
import type { ArticleView } from './workspace-api';

export function nextSuggested(article: ArticleView | null, after: string | null): string | null {
  if (!article) return null;
  const list = article.relations;
  const from = after ? list.findIndex((r) => r.id === after) : -1;
  const next = [...list.slice(from + 1), ...list.slice(0, from + 1)].find((r) => r.review === 'suggested');
  if (next) return next.id;
  return after && list.some((r) => r.id === after) ? after : (list[0]?.id ?? null);
}
