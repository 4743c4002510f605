// The review workspace's state and the actions named after what the reviewer does. It outlives the
// graph (a save reloads the graph, which makes a new explorer store). Every action goes through one
// outbox, sent in order and each based on the result of the one before: keys may come faster than
// saves, the server may stop, a second tab may save first, and no action is lost or sent twice.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { describeAction, type NewRelation, type RelationFields, type ReviewAction } from '../../domain/review-actions';
import { withUnsaved, type OutboxItem, type OutboxStorage } from './outbox';
import { oneAtATime } from './one-at-a-time';
import { nextSuggested } from './queue-cursor';
import { shownArticle } from './review-selectors';
import type { ArticleSummary, ArticleView, FileChange, Saved, WorkspaceStatus, workspaceApi } from './workspace-api';

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
  /** Actions not saved yet, oldest first; shown as applied. */
  outbox: OutboxItem[];
  /** Saved, but the graph on screen was loaded before: still shown as unsaved decisions on the canvas. */
  settling: OutboxItem[];
  /** Sending stopped: another tab or person saved first (the newer version is shown), or the token is wrong. */
  paused: { kind: 'conflict' | 'token'; message: string } | null;
  /** The relation the keys act on. */
  cursor: string | null;
  editing: boolean;
  /** Words selected in the article reader, to make a new relation from. */
  quoteDraft: QuoteDraft | null;
  notice: ReviewNotice | null;
  undo: HistoryEntry[];
  redo: HistoryEntry[];
  /** Opening, pasting, undoing: one at a time. */
  busy: boolean;
  /** The review keys act (the review tab is shown). */
  keysOn: boolean;
}

export interface ReviewActions {
  start(): Promise<void>;
  openArticle(id: string): Promise<void>;
  paste(article: { text: string; html?: boolean; date?: string; outlet?: string; title?: string }): Promise<boolean>;
  moveCursor(step: 1 | -1): void;
  pointAt(relationId: string): void;
  setEditing(on: boolean): void;
  setKeysOn(on: boolean): void;
  relationFromQuote(draft: QuoteDraft | null): void;
  accept(id?: string): Promise<void>;
  reject(id?: string): Promise<void>;
  edit(id: string, set: RelationFields): Promise<void>;
  addRelation(relation: NewRelation): Promise<void>;
  addMention(articleId: string, mention: { actor: string; quote: string; within?: string }): Promise<void>;
  mergeActor(proposed: string, into: string): Promise<void>;
  createActor(proposed: string, actorKind?: string): Promise<void>;
  newActor(actor: { id: string; label: string; actorKind: string }): Promise<void>;
  undoLast(): Promise<void>;
  redoLast(): Promise<void>;
  /** After a conflict: send the kept actions again, on the newer version. */
  reapplyMine(): Promise<void>;
  /** After a conflict: drop the kept actions. */
  discardMine(): void;
  dismissNotice(): void;
}

export type ReviewState = ReviewData & ReviewActions;
export type ReviewStore = StoreApi<ReviewState>;

export interface ReviewDeps {
  api: typeof workspaceApi & { probe(): Promise<WorkspaceStatus> };
  storage: OutboxStorage;
  /** Fetch the rebuilt graph and show it, keeping the view. */
  reloadGraph(): Promise<void>;
  /** How often to ask whether a stopped server is back. */
  retryMs?: number;
}

const baseOf = (a: ArticleView) => ({ version: a.version, registryVersion: a.registryVersion });
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function createReviewStore(deps: ReviewDeps): ReviewStore {
  const { api, storage } = deps;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let reloadAgain = false;

  return createStore<ReviewState>()((set, get) => {
    const persist = (): Promise<void> => storage.store(get().outbox);

    const refreshList = async (): Promise<void> => {
      const r = await api.articles();
      if (r.ok) set({ articles: r.value.articles });
    };

    /** One graph reload at a time; saves meanwhile ask for one more after it. */
    const reloads = oneAtATime(async () => {
      try {
        do {
          reloadAgain = false;
          const covered = get().settling;
          await Promise.all([deps.reloadGraph(), refreshList()]);
          set((s) => ({ settling: s.settling.filter((x) => !covered.includes(x)) }));
        } while (reloadAgain);
      } catch (error) {
        set({ notice: { kind: 'error', text: `Saved, but the graph did not reload: ${error instanceof Error ? error.message : String(error)}` } });
      }
    });
    const reload = (): Promise<void> => {
      if (reloads.running()) reloadAgain = true;
      return reloads.run();
    };

    const applySaved = (saved: Saved, entry: HistoryEntry | null, history: 'push' | 'keep-redo'): void => {
      set((s) => {
        const here = s.saved?.id === saved.article.id;
        return {
          ...(here || s.saved === null ? { saved: saved.article } : {}),
          notice: null,
          undo: entry ? [...s.undo, entry] : s.undo,
          redo: history === 'keep-redo' ? s.redo : [],
        };
      });
      void reload();
    };

    const goOffline = (): void => {
      set({ online: false });
      if (retry) return;
      const tick = async (): Promise<void> => {
        const status = await api.probe();
        if (status.kind === 'none') {
          retry = setTimeout(() => void tick(), deps.retryMs ?? 2000);
          return;
        }
        retry = null;
        set({ online: true, status });
        if (status.kind !== 'editable') {
          const n = get().outbox.length;
          if (n) set({ paused: { kind: 'token', message: `The server is back, but it no longer accepts this tab's access token (it was restarted). ${plural(n, 'edit is', 'edits are')} kept in this browser: open the address \`npm start\` printed, in this tab, to save them.` } });
          return;
        }
        await sendKept();
      };
      retry = setTimeout(() => void tick(), deps.retryMs ?? 2000);
    };

    /** Sends what the outbox holds, in order, until it is empty or something stops it. */
    const drains = oneAtATime(
      async () => {
        for (;;) {
          const s = get();
          const item = s.outbox[0];
          if (!item || !s.online || s.paused || s.status.kind !== 'editable') return;
          let base = s.saved?.id === item.articleId ? s.saved : null;
          if (!base) {
            const r = await api.article(item.articleId);
            if (!r.ok) return r.kind === 'offline' ? goOffline() : set({ notice: { kind: 'error', text: r.message } });
            base = r.value;
          }
          const r = await api.act(item.articleId, baseOf(base), item.action);
          if (r.ok) {
            set((st) => ({ outbox: st.outbox.filter((o) => o !== item), settling: [...st.settling, item] }));
            await persist();
            applySaved(r.value, { articleId: item.articleId, label: describeAction(item.action), changes: r.value.changes }, 'push');
            continue;
          }
          if (r.kind === 'offline') return goOffline();
          if (r.kind === 'conflict') {
            set((st) => ({ paused: { kind: 'conflict', message: r.message }, ...(r.current && st.saved?.id === r.current.id ? { saved: r.current } : {}) }));
            return;
          }
          if (r.kind === 'unauthorised') {
            set({ paused: { kind: 'token', message: `${r.message}. Your edits are kept in this browser.` } });
            return;
          }
          // Refused (it would break the build, or names something gone): only this one is dropped.
          set((st) => ({ outbox: st.outbox.filter((o) => o !== item), notice: { kind: 'error', text: `Not saved (${describeAction(item.action)}): ${r.message}`, ...(r.errors ? { errors: r.errors } : {}) } }));
          await persist();
        }
      },
      () => {
        // An action queued as the loop was ending is sent now.
        const s = get();
        if (s.outbox.length && s.online && !s.paused && s.status.kind === 'editable') void drains.run();
      },
    );
    const drain = drains.run;

    /** After the server was away: send the kept edits and say so. */
    const sendKept = async (): Promise<void> => {
      const n = get().outbox.length;
      await drain();
      if (n && get().outbox.length === 0 && !get().notice) set({ notice: { kind: 'info', text: `Saved ${plural(n, 'edit', 'edits')} kept while the server was away.` } });
      else if (!n) await refreshList();
    };

    const act = async (action: ReviewAction, articleId?: string): Promise<void> => {
      const s = get();
      const id = articleId ?? s.saved?.id;
      if (!id || s.status.kind !== 'editable') return;
      const outbox = [...s.outbox, { articleId: id, action }];
      const shown = s.saved?.id === id ? withUnsaved(s.saved, outbox.filter((o) => o.articleId === id).map((o) => o.action)) : null;
      set({ outbox, editing: false, ...(shown ? { cursor: nextSuggested(shown, s.cursor) } : {}) });
      await persist();
      await drain();
    };

    /** Nothing may be sent meanwhile: undo, redo and switching article wait for the outbox. */
    const settled = async (what: string): Promise<boolean> => {
      await drain();
      const n = get().outbox.length;
      if (n) set({ notice: { kind: 'error', text: `${what} waits until ${plural(n, 'unsaved edit is', 'unsaved edits are')} saved.` } });
      return n === 0;
    };

    const restore = async (entry: HistoryEntry, direction: 'undo' | 'redo'): Promise<boolean> => {
      if (get().busy || !(await settled(direction === 'undo' ? 'Undo' : 'Redo'))) return false;
      const annotation = entry.changes.find((c) => c.file === 'annotation');
      const actors = entry.changes.find((c) => c.file === 'actors');
      const from = direction === 'undo' ? 'afterVersion' : 'beforeVersion';
      const text = direction === 'undo' ? 'before' : 'after';
      let current = get().saved?.id === entry.articleId ? get().saved : null;
      set({ busy: true });
      try {
        if (!current) {
          const r = await api.article(entry.articleId);
          if (!r.ok) {
            set({ notice: { kind: 'error', text: r.message } });
            return false;
          }
          current = r.value;
        }
        const base = { version: annotation?.[from] ?? current.version, registryVersion: actors?.[from] ?? current.registryVersion };
        const r = await api.restore(entry.articleId, base, { ...(annotation ? { annotation: annotation[text] } : {}), ...(actors ? { actors: actors[text] } : {}) });
        if (!r.ok) {
          if (r.kind === 'offline') goOffline();
          set({ notice: { kind: 'error', text: `Could not ${direction} "${entry.label}": ${r.message}` } });
          return false;
        }
        applySaved(r.value, null, 'keep-redo');
        return true;
      } finally {
        set({ busy: false });
      }
    };

    return {
      status: { kind: 'none' },
      online: true,
      articles: [],
      articleId: null,
      saved: null,
      outbox: [],
      settling: [],
      paused: null,
      cursor: null,
      editing: false,
      quoteDraft: null,
      notice: null,
      undo: [],
      redo: [],
      busy: false,
      keysOn: false,

      async start() {
        const status = await api.probe();
        set({ status });
        if (status.kind === 'none') return;
        await refreshList();
        const kept = await storage.load();
        if (!kept.length) return;
        set({ outbox: kept });
        await get().openArticle(kept[0]!.articleId);
        if (status.kind === 'editable') await sendKept();
      },

      async openArticle(id) {
        if (get().outbox.some((o) => o.articleId !== id) && !(await settled('Opening another article'))) return;
        set({ articleId: id, busy: true, editing: false });
        const r = await api.article(id);
        set({ busy: false });
        if (!r.ok) return r.kind === 'offline' ? goOffline() : set({ notice: { kind: 'error', text: r.message } });
        if (get().articleId !== id) return;
        set((s) => ({ saved: r.value, cursor: nextSuggested(withUnsaved(r.value, s.outbox.filter((o) => o.articleId === id).map((o) => o.action)), null) }));
      },

      async paste(article) {
        set({ busy: true, notice: null });
        const r = await api.ingest(article);
        set({ busy: false });
        if (!r.ok) {
          if (r.kind === 'offline') goOffline();
          set({ notice: { kind: 'error', text: r.message, ...('errors' in r && r.errors ? { errors: r.errors } : {}) } });
          return false;
        }
        if (get().outbox.length && !(await settled('Showing the new article'))) return true;
        set({ articleId: r.value.id, saved: r.value.article, cursor: nextSuggested(r.value.article, null), notice: { kind: 'info', text: r.value.summary } });
        void reload();
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
        const draft = get().quoteDraft;
        set({ quoteDraft: null });
        await act({ kind: 'add-relation', relation }, draft?.articleId);
      },
      addMention: (articleId, mention) => act({ kind: 'add-mention', mention }, articleId),
      mergeActor: (proposed, into) => act({ kind: 'merge-actor', proposed, into }),
      createActor: (proposed, actorKind) => act({ kind: 'create-actor', proposed, ...(actorKind ? { actorKind } : {}) }),
      newActor: (actor) => act({ kind: 'new-actor', ...actor }, get().quoteDraft?.articleId),

      async undoLast() {
        const entry = get().undo.at(-1);
        if (!entry) return;
        if (await restore(entry, 'undo')) set((s) => ({ undo: s.undo.slice(0, -1), redo: [...s.redo, entry], notice: { kind: 'info', text: `Undone: ${entry.label}` } }));
      },
      async redoLast() {
        const entry = get().redo.at(-1);
        if (!entry) return;
        if (await restore(entry, 'redo')) set((s) => ({ redo: s.redo.slice(0, -1), undo: [...s.undo, entry], notice: { kind: 'info', text: `Redone: ${entry.label}` } }));
      },
      async reapplyMine() {
        if (get().paused?.kind !== 'conflict') return;
        set({ paused: null });
        await drain();
      },
      discardMine() {
        set({ outbox: [], paused: null });
        void persist();
      },
      dismissNotice() {
        set({ notice: null });
      },
    };
  });
}
