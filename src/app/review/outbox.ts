// Review actions not saved yet, in the order they were taken: kept in IndexedDB (per tab), so a
// reload, a stopped server or a server restarted with a new token loses none of them; shown as
// applied until they are saved.
import { del, get, set } from 'idb-keyval';
import type { ReviewAction } from '../../domain/review-actions';
import type { ArticleView, RelationItem } from './workspace-api';

export interface OutboxItem {
  /** The article the reviewer was looking at when acting: the action is only ever sent for it. */
  articleId: string;
  action: ReviewAction;
}

export interface OutboxStorage {
  load(): Promise<OutboxItem[]>;
  store(items: readonly OutboxItem[]): Promise<void>;
}

const TAB_KEY = 'kg-review-tab';

/** This tab's id: two tabs offline keep their own edits, and a reload finds its own again. */
function tabId(): string {
  try {
    let id = sessionStorage.getItem(TAB_KEY);
    if (!id) sessionStorage.setItem(TAB_KEY, (id = Math.random().toString(36).slice(2)));
    return id;
  } catch {
    return 'tab';
  }
}

export function indexedDbOutbox(): OutboxStorage {
  const key = `kg-review-outbox:${tabId()}`;
  return {
    async load() {
      try {
        const items = (await get(key)) as OutboxItem[] | undefined;
        return Array.isArray(items) ? items : [];
      } catch {
        return [];
      }
    },
    async store(items) {
      try {
        if (items.length) await set(key, items);
        else await del(key);
      } catch {
        // Private windows may refuse IndexedDB; the edits then live in this page only.
      }
    },
  };
}

/** The article as it will be once `actions` are saved. */
export function withUnsaved(article: ArticleView, actions: readonly ReviewAction[]): ArticleView {
  if (!actions.length) return article;
  const relations = article.relations.map((r) => ({ ...r }));
  const byId = new Map(relations.map((r) => [r.id, r]));
  let actors = article.actors;
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
    } else if (a.kind === 'merge-actor' || a.kind === 'create-actor') {
      // Decided: no longer offered (a second click would ask the server twice).
      actors = actors.filter((x) => x.id !== a.proposed);
    }
  }
  const counts = { suggested: 0, reviewed: 0, rejected: 0 };
  for (const r of relations) counts[r.review]++;
  return { ...article, relations, actors, counts: { ...article.counts, relations: counts } };
}
