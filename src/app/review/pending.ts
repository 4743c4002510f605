// Review actions not yet saved (the server stopped): kept in IndexedDB, so neither a closed tab
// nor a reload loses them, and shown as applied until they are saved.
import { del, get, set } from 'idb-keyval';
import type { ReviewAction } from '../../domain/review-actions';
import type { ArticleView, RelationItem } from './workspace-api';

export interface PendingEdits {
  articleId: string;
  /** The versions the first action was based on; the rest follow it. */
  base: { version: string; registryVersion: string };
  actions: ReviewAction[];
}

const KEY = 'kg-review-pending';

export async function loadPending(): Promise<PendingEdits | null> {
  try {
    return ((await get(KEY)) as PendingEdits | undefined) ?? null;
  } catch {
    return null;
  }
}

export async function storePending(pending: PendingEdits | null): Promise<void> {
  try {
    if (pending) await set(KEY, pending);
    else await del(KEY);
  } catch {
    // Private windows may refuse IndexedDB; the edits then live in this page only.
  }
}

/** The article as it will be once `actions` are saved (review states and edited fields). */
export function withPending(article: ArticleView, actions: readonly ReviewAction[]): ArticleView {
  if (!actions.length) return article;
  const relations = article.relations.map((r) => ({ ...r }));
  const byId = new Map(relations.map((r) => [r.id, r]));
  for (const a of actions) {
    if (a.kind === 'accept-relation' || a.kind === 'reject-relation' || a.kind === 'edit-relation') {
      const r = byId.get(a.id);
      if (!r) continue;
      r.review = a.kind === 'reject-relation' ? 'rejected' : 'reviewed';
      if (a.kind === 'edit-relation') {
        const item = r as unknown as Record<string, unknown>;
        for (const [k, v] of Object.entries(a.set)) {
          if (v === null) delete item[k];
          else if (v !== undefined) item[k] = v;
        }
      }
    } else if (a.kind === 'add-relation') {
      const added: RelationItem = { id: `new-${relations.length + 1}`, ...a.relation, review: 'reviewed' };
      relations.push(added);
    }
  }
  const counts = { suggested: 0, reviewed: 0, rejected: 0 };
  for (const r of relations) counts[r.review]++;
  return { ...article, relations, counts: { relations: counts } };
}
