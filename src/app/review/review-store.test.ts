// The review store against an in-memory workspace: actions go out in order, each on the version
// the one before made; none is lost to a conflict, a refusal, a stopped server or a new token.
import { describe, expect, it } from 'vitest';
import type { ReviewAction } from '../../domain/review-actions';
import type { OutboxItem, OutboxStorage } from './outbox';
import { shownArticle } from './review-selectors';
import { createReviewStore, type ReviewDeps } from './review-store';
import type { ApiResult, ArticleView, Saved, WorkspaceStatus } from './workspace-api';

function fakeWorkspace() {
  const versions = new Map<string, number>([
    ['a1', 1],
    ['b2', 1],
  ]);
  const reviews = new Map<string, Map<string, 'suggested' | 'reviewed' | 'rejected'>>([
    ['a1', new Map([['d01', 'suggested'], ['d02', 'suggested'], ['d03', 'suggested']])],
    ['b2', new Map([['d01', 'suggested']])],
  ]);
  const server = { down: false, status: 'editable' as WorkspaceStatus['kind'], refuse: new Set<string>(), sent: [] as string[], gate: null as Promise<void> | null };
  const view = (id: string): ArticleView => {
    const r = reviews.get(id)!;
    const relations = [...r].map(([rid, review]) => ({ id: rid, source: 'x', type: 'talks', target: 'y', quote: 'q', review }));
    const counts = { suggested: 0, reviewed: 0, rejected: 0 };
    for (const x of relations) counts[x.review]++;
    return { id, version: `v${versions.get(id)}`, registryVersion: 'r1', relations, mentions: [], actors: [], counts: { relations: counts, mentions: { suggested: 0, reviewed: 0, rejected: 0 } } };
  };
  const offline = { ok: false as const, kind: 'offline' as const, message: 'down' };
  const api: ReviewDeps['api'] = {
    probe: async () => (server.down ? { kind: 'none' } : server.status === 'editable' ? { kind: 'editable' } : { kind: 'read-only', why: 'new token' }),
    articles: async () => (server.down ? offline : { ok: true, value: { articles: [] } }),
    article: async (id) => (server.down ? offline : { ok: true, value: view(id) }),
    ingest: async () => offline,
    restore: async () => offline,
    act: async (id, base, action: ReviewAction): Promise<ApiResult<Saved>> => {
      if (server.gate) await server.gate;
      if (server.down) return offline;
      if (server.status !== 'editable') return { ok: false, kind: 'unauthorised', message: 'needs the token' };
      if (base.version !== `v${versions.get(id)}`) return { ok: false, kind: 'conflict', message: 'changed', current: view(id) };
      const rid = 'id' in action ? action.id : '';
      if (server.refuse.has(rid)) return { ok: false, kind: 'refused', message: `breaks the build (${rid})` };
      reviews.get(id)!.set(rid, action.kind === 'reject-relation' ? 'rejected' : 'reviewed');
      versions.set(id, versions.get(id)! + 1);
      server.sent.push(`${id}:${action.kind}:${rid}@${base.version}`);
      return { ok: true, value: { article: view(id), changes: [], reread: [id], ms: 1 } };
    },
  };
  /** Another tab saves first. */
  const otherTab = (id: string, rid: string): void => {
    reviews.get(id)!.set(rid, 'reviewed');
    versions.set(id, versions.get(id)! + 1);
  };
  return { api, server, otherTab, view };
}

function memoryStorage(initial: OutboxItem[] = []): OutboxStorage & { items: OutboxItem[] } {
  const s = {
    items: initial,
    load: async () => s.items,
    store: async (items: readonly OutboxItem[]) => void (s.items = [...items]),
  };
  return s;
}

async function setUp(storage = memoryStorage()) {
  const ws = fakeWorkspace();
  const store = createReviewStore({ api: ws.api, storage, reloadGraph: async () => {}, retryMs: 1 });
  await store.getState().start();
  return { ws, store, storage };
}
const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 1));
  expect(check()).toBe(true);
};

describe('review store', () => {
  it('sends keys pressed faster than saves in order, each on the version the one before made', async () => {
    const { ws, store } = await setUp();
    await store.getState().openArticle('a1');
    let open!: () => void;
    ws.server.gate = new Promise((r) => (open = r));
    const first = store.getState().accept();
    expect(store.getState().cursor).toBe('d02');
    const second = store.getState().reject();
    // Shown as done at once.
    expect(shownArticle(store.getState())!.counts.relations).toEqual({ suggested: 1, reviewed: 1, rejected: 1 });
    ws.server.gate = null;
    open();
    await Promise.all([first, second]);
    expect(ws.server.sent).toEqual(['a1:accept-relation:d01@v1', 'a1:reject-relation:d02@v2']);
    expect(store.getState().outbox).toEqual([]);
  });

  it('an action goes to the article it was taken on, even if another is opened meanwhile', async () => {
    const { ws, store } = await setUp();
    await store.getState().openArticle('a1');
    let open!: () => void;
    ws.server.gate = new Promise((r) => (open = r));
    const accepted = store.getState().accept();
    const opening = store.getState().openArticle('b2');
    ws.server.gate = null;
    open();
    await Promise.all([accepted, opening]);
    expect(ws.server.sent).toEqual(['a1:accept-relation:d01@v1']);
    expect(store.getState().saved?.id).toBe('b2');
  });

  it('a conflict keeps every unsaved action, also one taken while the refused one was on its way', async () => {
    const { ws, store } = await setUp();
    await store.getState().openArticle('a1');
    ws.otherTab('a1', 'd03');
    let open!: () => void;
    ws.server.gate = new Promise((r) => (open = r));
    const first = store.getState().accept('d01');
    const second = store.getState().reject('d02');
    ws.server.gate = null;
    open();
    await Promise.all([first, second]);
    expect(store.getState().paused?.kind).toBe('conflict');
    expect(store.getState().outbox.map((o) => o.action.kind)).toEqual(['accept-relation', 'reject-relation']);
    // The newer version is shown: the other tab's review of d03.
    expect(store.getState().saved?.version).toBe('v2');
    await store.getState().reapplyMine();
    expect(ws.server.sent).toEqual(['a1:accept-relation:d01@v2', 'a1:reject-relation:d02@v3']);
    expect(store.getState().paused).toBeNull();
  });

  it('a refused action is dropped alone, with the reason; the next one is sent', async () => {
    const { ws, store } = await setUp();
    await store.getState().openArticle('a1');
    ws.server.refuse.add('d01');
    await store.getState().accept('d01');
    expect(store.getState().notice?.text).toMatch(/^Not saved \(accept d01\): breaks the build/);
    await store.getState().accept('d02');
    expect(ws.server.sent).toEqual(['a1:accept-relation:d02@v1']);
  });

  it('a server that stops and comes back with a new token loses nothing: the edits wait in storage', async () => {
    const { ws, store, storage } = await setUp();
    await store.getState().openArticle('a1');
    ws.server.down = true;
    await store.getState().accept('d01');
    await store.getState().reject('d02');
    expect(store.getState().online).toBe(false);
    expect(storage.items.map((o) => o.action.kind)).toEqual(['accept-relation', 'reject-relation']);
    ws.server.down = false;
    ws.server.status = 'read-only';
    await until(() => store.getState().online);
    expect(store.getState().paused?.message).toMatch(/2 edits are kept in this browser/);
    expect(storage.items).toHaveLength(2);
    expect(ws.server.sent).toEqual([]);

    // The reviewer opens the new address in this tab: the page starts again and sends them.
    ws.server.status = 'editable';
    const again = createReviewStore({ api: ws.api, storage, reloadGraph: async () => {}, retryMs: 1 });
    await again.getState().start();
    expect(ws.server.sent).toEqual(['a1:accept-relation:d01@v1', 'a1:reject-relation:d02@v2']);
    expect(storage.items).toEqual([]);
    expect(again.getState().notice?.text).toBe('Saved 2 edits kept while the server was away.');
  });
});

describe('review store: the server comes back', () => {
  it('sends the kept edits when the same server is back, and says so', async () => {
    const { ws, store, storage } = await setUp();
    await store.getState().openArticle('a1');
    ws.server.down = true;
    await store.getState().accept('d01');
    await store.getState().reject('d02');
    ws.server.down = false;
    await until(() => store.getState().outbox.length === 0);
    await until(() => store.getState().notice !== null);
    expect(store.getState().notice?.text).toBe('Saved 2 edits kept while the server was away.');
    expect(ws.server.sent).toEqual(['a1:accept-relation:d01@v1', 'a1:reject-relation:d02@v2']);
    expect(storage.items).toEqual([]);
  });
});
