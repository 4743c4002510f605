// The review workspace's state and the actions named after what the reviewer does. It outlives the
// graph (a save reloads the graph, which makes a new explorer store) and talks to the server only
// through workspace-api. Saved actions can be undone and redone, also after the save.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { describeAction, type NewRelation, type RelationFields, type ReviewAction } from '../../domain/review-actions';
import { loadPending, storePending, withPending, type PendingEdits } from './pending';
import { probeWorkspace, workspaceApi, type ApiResult, type ArticleSummary, type ArticleView, type FileChange, type Saved, type WorkspaceStatus } from './workspace-api';

/** One saved step, with the texts before and after it. */
export interface HistoryEntry {
  articleId: string;
  label: string;
  changes: FileChange[];
}

export interface ReviewNotice {
  kind: 'error' | 'info';
  text: string;
  errors?: string[];
}

/** An exact quote of the article, with a longer passage when the quote alone occurs twice. */
export interface QuoteDraft {
  articleId: string;
  quote: string;
  within?: string;
}

export interface ReviewData {
  status: WorkspaceStatus;
  /** False while the server does not answer. */
  online: boolean;
  articles: ArticleSummary[];
  articleId: string | null;
  /** The article as saved on the server. */
  saved: ArticleView | null;
  /** Actions not saved yet (server down), shown as applied. */
  pending: PendingEdits | null;
  /** A stale write: the newer version is shown; `mine` can be applied on it again. */
  conflict: { message: string; mine: ReviewAction[] } | null;
  /** The relation the keys act on. */
  cursor: string | null;
  editing: boolean;
  /** Words selected in the article reader, to make a new relation from. */
  quoteDraft: QuoteDraft | null;
  notice: ReviewNotice | null;
  undo: HistoryEntry[];
  redo: HistoryEntry[];
  busy: boolean;
  /** Actions sent or waiting to be sent, in order; shown as applied meanwhile. */
  queued: ReviewAction[];
  /** The review keys act (the review tab is shown). */
  keysOn: boolean;
}

export interface ReviewActions {
  start(): Promise<void>;
  openArticle(id: string): Promise<void>;
  paste(article: { text: string; date?: string; outlet?: string; title?: string }): Promise<boolean>;
  moveCursor(step: 1 | -1): void;
  pointAt(relationId: string): void;
  setEditing(on: boolean): void;
  setKeysOn(on: boolean): void;
  relationFromQuote(draft: QuoteDraft | null): void;
  accept(id?: string): Promise<void>;
  reject(id?: string): Promise<void>;
  edit(id: string, set: RelationFields): Promise<void>;
  addRelation(relation: NewRelation): Promise<void>;
  addMention(mention: { actor: string; quote: string; within?: string }): Promise<void>;
  mergeActor(proposed: string, into: string): Promise<void>;
  createActor(proposed: string, actorKind?: string): Promise<void>;
  undoLast(): Promise<void>;
  redoLast(): Promise<void>;
  reapplyMine(): Promise<void>;
  dismissConflict(): void;
  dismissNotice(): void;
}

export type ReviewState = ReviewData & ReviewActions;
export type ReviewStore = StoreApi<ReviewState>;

export interface ReviewDeps {
  /** Fetch the rebuilt graph and show it, keeping the view. */
  reloadGraph(): Promise<void>;
  /** How often to ask whether a stopped server is back. */
  retryMs?: number;
}

/** The article the panel shows: the saved one with the unsaved actions applied. */
let shownMemo: { saved: ArticleView; pending: PendingEdits | null; queued: ReviewAction[]; shown: ArticleView } | null = null;
export const shownArticle = (s: ReviewData): ArticleView | null => {
  if (!s.saved) return null;
  if (shownMemo && shownMemo.saved === s.saved && shownMemo.pending === s.pending && shownMemo.queued === s.queued) return shownMemo.shown;
  const unsaved = [...(s.pending && s.pending.articleId === s.saved.id ? s.pending.actions : []), ...s.queued];
  const shown = unsaved.length ? withPending(s.saved, unsaved) : s.saved;
  shownMemo = { saved: s.saved, pending: s.pending, queued: s.queued, shown };
  return shown;
};

export function createReviewStore(deps: ReviewDeps): ReviewStore {
  let retry: ReturnType<typeof setTimeout> | null = null;

  const store = createStore<ReviewState>()((set, get) => {
    const baseOf = (a: ArticleView) => ({ version: a.version, registryVersion: a.registryVersion });

    const firstSuggested = (a: ArticleView | null, after?: string | null): string | null => {
      if (!a) return null;
      const list = a.relations;
      const from = after ? list.findIndex((r) => r.id === after) : -1;
      const next = [...list.slice(from + 1), ...list.slice(0, from + 1)].find((r) => r.review === 'suggested');
      return next?.id ?? (after && list.some((r) => r.id === after) ? after : (list[0]?.id ?? null));
    };

    const refreshList = async (): Promise<void> => {
      const r = await workspaceApi.articles();
      if (r.ok) set({ articles: r.value.articles });
    };

    const fail = (r: Exclude<ApiResult<unknown>, { ok: true }>, mine: ReviewAction[]): void => {
      if (r.kind === 'conflict') {
        set({ conflict: { message: r.message, mine }, ...(r.current ? { saved: r.current } : {}), busy: false });
      } else if (r.kind === 'offline') {
        goOffline();
      } else {
        set({ notice: { kind: 'error', text: r.message, ...(r.errors ? { errors: r.errors } : {}) }, busy: false });
      }
    };

    /** One graph reload at a time; saves meanwhile ask for one more after it. */
    let reloading: Promise<void> | null = null;
    let reloadAgain = false;
    const reload = (): Promise<void> => {
      if (reloading) {
        reloadAgain = true;
        return reloading;
      }
      reloading = (async () => {
        do {
          reloadAgain = false;
          await Promise.all([deps.reloadGraph(), refreshList()]);
        } while (reloadAgain);
        reloading = null;
      })();
      return reloading;
    };

    const afterSave = async (saved: Saved, entry: HistoryEntry | null, keepRedo = false): Promise<void> => {
      set((s) => {
        const shown = withPending(saved.article, s.queued);
        // The cursor moved on when the action was taken; it stays wherever the reviewer is now.
        const here = shown.relations.some((r) => r.id === s.cursor);
        return {
          saved: saved.article,
          busy: s.queued.length > 0,
          notice: null,
          undo: entry ? [...s.undo, entry] : s.undo,
          redo: keepRedo ? s.redo : [],
          cursor: here ? s.cursor : firstSuggested(shown, s.cursor),
        };
      });
      await reload();
    };

    /** Sends actions in order, each based on the version the previous one produced. */
    const send = async (articleId: string, base: { version: string; registryVersion: string }, actions: ReviewAction[]): Promise<boolean> => {
      let at = base;
      for (const [i, action] of actions.entries()) {
        const r = await workspaceApi.act(articleId, at, action);
        if (!r.ok) {
          if (r.kind === 'offline') {
            const rest = actions.slice(i);
            const pending = { articleId, base: at, actions: rest };
            set({ pending });
            await storePending(pending);
          }
          fail(r, actions.slice(i));
          return false;
        }
        at = baseOf(r.value.article);
        await afterSave(r.value, { articleId, label: describeAction(action), changes: r.value.changes });
      }
      return true;
    };

    const goOffline = (): void => {
      set({ online: false, busy: false });
      if (retry) return;
      const tick = async (): Promise<void> => {
        const status = await probeWorkspace();
        if (status.kind === 'none') {
          retry = setTimeout(() => void tick(), deps.retryMs ?? 2000);
          return;
        }
        retry = null;
        set({ online: true, status });
        await flushPending();
      };
      retry = setTimeout(() => void tick(), deps.retryMs ?? 2000);
    };

    const flushPending = async (): Promise<void> => {
      const pending = get().pending;
      if (!pending) {
        await refreshList();
        return;
      }
      set({ pending: null, busy: true });
      await storePending(null);
      const ok = await send(pending.articleId, pending.base, pending.actions);
      if (ok) set({ notice: { kind: 'info', text: `Saved ${pending.actions.length} edit${pending.actions.length === 1 ? '' : 's'} kept while the server was away.` } });
    };

    /** Keys may come faster than saves: each action waits for the one before and is based on its result. */
    let chain: Promise<void> = Promise.resolve();
    const act = (action: ReviewAction): Promise<void> => {
      const s = get();
      const article = s.saved;
      if (!article || s.status.kind !== 'editable') return chain;
      if (s.pending || !s.online) {
        // Server away: queue behind the other unsaved edits.
        const pending = s.pending ?? { articleId: article.id, base: baseOf(article), actions: [] };
        const next = { ...pending, actions: [...pending.actions, action] };
        set({ pending: next, cursor: firstSuggested(withPending(article, next.actions), s.cursor), editing: false });
        return storePending(next);
      }
      const queued = [...s.queued, action];
      set({ queued, editing: false, busy: true, cursor: firstSuggested(withPending(article, queued), s.cursor) });
      chain = chain.then(async () => {
        // A failure before this one dropped the queue (it is kept as the conflict's or the server-down edits).
        if (!get().queued.includes(action)) return;
        const saved = get().saved!;
        const rest = get().queued;
        const r = await workspaceApi.act(saved.id, baseOf(saved), action);
        if (!r.ok) {
          set({ queued: [] });
          if (r.kind === 'offline') {
            const pending = { articleId: saved.id, base: baseOf(saved), actions: rest };
            set({ pending });
            await storePending(pending);
          }
          fail(r, rest);
          return;
        }
        set((st) => ({ queued: st.queued.filter((q) => q !== action) }));
        await afterSave(r.value, { articleId: saved.id, label: describeAction(action), changes: r.value.changes });
      });
      return chain;
    };

    const restore = async (entry: HistoryEntry, direction: 'undo' | 'redo'): Promise<boolean> => {
      const annotation = entry.changes.find((c) => c.file === 'annotation');
      const actors = entry.changes.find((c) => c.file === 'actors');
      const from = direction === 'undo' ? 'afterVersion' : 'beforeVersion';
      const text = direction === 'undo' ? 'before' : 'after';
      let current = get().saved?.id === entry.articleId ? get().saved : null;
      if (!current) {
        const r = await workspaceApi.article(entry.articleId);
        if (!r.ok) {
          fail(r, []);
          return false;
        }
        current = r.value;
      }
      const base = { version: annotation?.[from] ?? current.version, registryVersion: actors?.[from] ?? current.registryVersion };
      set({ busy: true });
      const r = await workspaceApi.restore(entry.articleId, base, { ...(annotation ? { annotation: annotation[text] } : {}), ...(actors ? { actors: actors[text] } : {}) });
      if (!r.ok) {
        fail(r, []);
        return false;
      }
      if (get().articleId !== entry.articleId) set({ articleId: entry.articleId });
      await afterSave(r.value, null, true);
      return true;
    };

    return {
      status: { kind: 'none' },
      online: true,
      articles: [],
      articleId: null,
      saved: null,
      pending: null,
      conflict: null,
      cursor: null,
      editing: false,
      quoteDraft: null,
      notice: null,
      undo: [],
      redo: [],
      busy: false,
      queued: [],
      keysOn: false,

      async start() {
        const status = await probeWorkspace();
        set({ status });
        if (status.kind === 'none') return;
        await refreshList();
        const pending = await loadPending();
        if (pending && status.kind === 'editable') {
          set({ pending });
          await get().openArticle(pending.articleId);
          await flushPending();
        }
      },

      async openArticle(id) {
        if (get().pending && get().pending!.articleId !== id) {
          set({ notice: { kind: 'error', text: 'Unsaved edits of another article wait for the server; they are saved first.' } });
          return;
        }
        set({ articleId: id, busy: true, editing: false });
        const r = await workspaceApi.article(id);
        if (!r.ok) return fail(r, []);
        if (get().articleId !== id) return;
        set({ saved: r.value, busy: false, cursor: firstSuggested(r.value), conflict: null });
      },

      async paste(article) {
        set({ busy: true, notice: null });
        const r = await workspaceApi.ingest(article);
        if (!r.ok) {
          fail(r, []);
          return false;
        }
        set({ articleId: r.value.id, saved: r.value.article, busy: false, cursor: firstSuggested(r.value.article), notice: { kind: 'info', text: r.value.summary } });
        await Promise.all([deps.reloadGraph(), refreshList()]);
        return true;
      },

      moveCursor(step) {
        const a = shownArticle(get());
        if (!a?.relations.length) return;
        const at = a.relations.findIndex((r) => r.id === get().cursor);
        const next = Math.min(a.relations.length - 1, Math.max(0, at + step));
        set({ cursor: a.relations[next]!.id, editing: false });
      },
      pointAt(relationId) {
        set({ cursor: relationId });
      },
      setEditing(on) {
        set({ editing: on });
      },
      setKeysOn(on) {
        if (get().keysOn !== on) set({ keysOn: on });
      },
      relationFromQuote(draft) {
        set({ quoteDraft: draft, editing: false });
      },
      accept: (id) => act({ kind: 'accept-relation', id: id ?? get().cursor ?? '' }),
      reject: (id) => act({ kind: 'reject-relation', id: id ?? get().cursor ?? '' }),
      edit: (id, fields) => act({ kind: 'edit-relation', id, set: fields }),
      addRelation: async (relation) => {
        set({ quoteDraft: null });
        await act({ kind: 'add-relation', relation });
      },
      addMention: (mention) => act({ kind: 'add-mention', mention }),
      mergeActor: (proposed, into) => act({ kind: 'merge-actor', proposed, into }),
      createActor: (proposed, actorKind) => act({ kind: 'create-actor', proposed, ...(actorKind ? { actorKind } : {}) }),

      async undoLast() {
        const entry = get().undo.at(-1);
        if (!entry || get().busy) return;
        if (await restore(entry, 'undo')) set((s) => ({ undo: s.undo.slice(0, -1), redo: [...s.redo, entry], notice: { kind: 'info', text: `Undone: ${entry.label}` } }));
      },
      async redoLast() {
        const entry = get().redo.at(-1);
        if (!entry || get().busy) return;
        if (await restore(entry, 'redo')) set((s) => ({ redo: s.redo.slice(0, -1), undo: [...s.undo, entry], notice: { kind: 'info', text: `Redone: ${entry.label}` } }));
      },
      async reapplyMine() {
        const { conflict, saved } = get();
        if (!conflict || !saved) return;
        set({ conflict: null, busy: true });
        await send(saved.id, baseOf(saved), conflict.mine);
      },
      dismissConflict() {
        set({ conflict: null });
      },
      dismissNotice() {
        set({ notice: null });
      },
    };
  });
  return store;
}
