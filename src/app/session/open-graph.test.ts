import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { graphContentHash } from '../../domain/content-hash';
import { fixtureGraph } from '../../domain/test-fixture';
import { markImportReading, markLoading } from '../test-api';
import { createImportShelf, MAX_KEPT_IMPORTS, type ImportShelf, type KeptImport, type KeptImportsStorage } from './imported-graphs';
import type { ImportOutcome } from './imports';
import type { LoadFailure } from './load-graph';
import { createGraphOpener, type GraphApp } from './open-graph';
import { getPageNotices, showPageNotice } from './page-notices';

vi.mock('../test-api', () => ({ markLoading: vi.fn(), markImportReading: vi.fn() }));
// Reading a file is imports.ts's (tested there); here a file's text is a graph or not JSON.
vi.mock('./imports', () => ({
  readGraphFile: vi.fn(async (file: File): Promise<ImportOutcome> => {
    const text = await file.text();
    try {
      return { ok: true, graph: JSON.parse(text), source: file.name, warnings: [] };
    } catch {
      return { ok: false, source: file.name, summary: `${file.name} is not valid JSON.`, problems: [] };
    }
  }),
}));

// The page around the opener (Node has no location, history or window).
const page = { pathname: '/', search: '', hash: '', reload: vi.fn() };
const entries: Array<{ state: unknown; url: string }> = [];
const history = {
  state: null as unknown,
  pushState: vi.fn((state: unknown, _title: string, url: string) => {
    entries.push({ state, url });
    history.state = state;
    page.search = new URL(url, 'http://x').search;
  }),
  replaceState: vi.fn((state: unknown) => void (history.state = state)),
};
const popListeners = new Set<() => void>();
/** Back or Forward to a history entry. */
const goTo = (entry: { state: unknown; url: string }): void => {
  history.state = entry.state;
  page.search = new URL(entry.url, 'http://x').search;
  for (const listener of popListeners) listener();
};

beforeEach(() => {
  page.search = '?q=wash';
  history.state = null;
  entries.length = 0;
  popListeners.clear();
  vi.stubGlobal('location', page);
  vi.stubGlobal('history', history);
  vi.stubGlobal('window', {
    addEventListener: (type: string, listener: () => void) => type === 'popstate' && popListeners.add(listener),
    removeEventListener: (type: string, listener: () => void) => type === 'popstate' && popListeners.delete(listener),
  });
  vi.stubGlobal('requestAnimationFrame', vi.fn());
  vi.stubGlobal('cancelAnimationFrame', vi.fn());
  showPageNotice('import', null);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

/** IndexedDB as a map. */
function memoryShelf() {
  const kept = new Map<string, KeptImport>();
  const storage: KeptImportsStorage = {
    get: async (key) => kept.get(key),
    set: async (key, value) => void kept.set(key, value),
    del: async (key) => void kept.delete(key),
    entries: async () => [...kept],
  };
  let now = 1000;
  return { kept, shelf: createImportShelf(() => storage, () => now++) };
}

const graphFile = (name: string, delay = 0, graph = fixtureGraph()): File => {
  const file = new File([JSON.stringify(graph)], name, { type: 'application/json' });
  if (delay) Object.defineProperty(file, 'text', { value: () => new Promise((resolve) => setTimeout(() => resolve(JSON.stringify(graph)), delay)) });
  return file;
};

const start = { view: 'from-url', graphParam: null, token: 'boot:', pushHistory: false } as const;
const bootGraph = () => ({ graph: { ...fixtureGraph(), nodes: fixtureGraph().nodes.slice(0, 3), edges: [] }, source: '/data/graph.json' });

describe('opening a graph', () => {
  it('at start takes its view from the URL and stamps the current history entry', async () => {
    const shown: GraphApp[] = [];
    const { openGraph } = createGraphOpener((app) => shown.push(app), memoryShelf().shelf);
    const ready = vi.fn(() => expect(shown).toHaveLength(0));
    expect(await openGraph({ graph: fixtureGraph(), source: '/data/graph.json' }, { ...start, onReady: ready })).toBeNull();
    expect(ready).toHaveBeenCalledOnce();
    expect(shown).toHaveLength(1);
    expect(shown[0]!.store.getState().query).toBe('wash');
    expect(shown[0]!.session.source).toBe('/data/graph.json');
    expect(shown[0]!.notice).toBeNull();
    expect(history.pushState).not.toHaveBeenCalled();
    expect(history.replaceState).toHaveBeenCalledWith({ kgGraph: 'boot:' }, '', expect.any(String));
  });

  it('shows nothing when a large file fails its check', async () => {
    const render = vi.fn();
    const failure: LoadFailure = { ok: false, source: 'big.json', summary: 'big.json does not follow the contract.', problems: [] };
    const { openGraph } = createGraphOpener(render, memoryShelf().shelf);
    expect(await openGraph({ graph: fixtureGraph(), source: 'big.json', checked: Promise.resolve(failure) }, start)).toBe(failure);
    expect(render).not.toHaveBeenCalled();
  });

  it('an import starts from the default view, in a new history entry naming where its file is kept, with a notice', async () => {
    const shown: GraphApp[] = [];
    const { kept, shelf } = memoryShelf();
    const { openFile } = createGraphOpener((app) => shown.push(app), shelf);
    const file = graphFile('small.json');
    expect(await openFile(file)).toBeNull();
    expect(shown).toHaveLength(1);
    const [app] = shown;
    expect(app!.store.getState().query).toBe('');
    expect(app!.session.source).toBe('small.json (imported)');
    expect(app!.notice).toMatchObject({ source: 'small.json', warnings: [], nodes: app!.store.getState().index.nodes.size });
    const hash = graphContentHash(fixtureGraph());
    expect(history.pushState).toHaveBeenCalledWith({ kgGraph: expect.stringMatching(/^import:1:/), kgImport: hash, kgImportName: 'small.json' }, '', '/');
    expect(markLoading).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(kept.get(hash)?.file).toBe(file));
  });

  it('a slower, earlier import does not replace a later one', async () => {
    const shown: GraphApp[] = [];
    const { openFile } = createGraphOpener((app) => shown.push(app), memoryShelf().shelf);
    const slow = openFile(graphFile('slow.json', 30));
    const quick = openFile(graphFile('quick.json'));
    expect(await Promise.all([slow, quick])).toEqual([null, null]);
    expect(shown.map((app) => app.notice?.source)).toEqual(['quick.json']);
  });

  it('a refused file shows nothing, keeps nothing and says why', async () => {
    const render = vi.fn();
    const { kept, shelf } = memoryShelf();
    const { openFile } = createGraphOpener(render, shelf);
    const refusal = await openFile(new File(['{'], 'bad.json'));
    expect(refusal).toMatchObject({ ok: false, source: 'bad.json' });
    expect(render).not.toHaveBeenCalled();
    expect(history.pushState).not.toHaveBeenCalled();
    expect(kept.size).toBe(0);
  });

  it('tells the test handle a file is being read until it is opened or refused, so a wait for the drawn graph waits for it', async () => {
    const { openFile } = createGraphOpener(vi.fn(), memoryShelf().shelf);
    vi.mocked(markImportReading).mockClear();
    const reading = openFile(graphFile('small.json', 10));
    expect(vi.mocked(markImportReading).mock.calls).toEqual([[1]]);
    await reading;
    await openFile(new File(['{'], 'bad.json'));
    expect(vi.mocked(markImportReading).mock.calls).toEqual([[1], [-1], [1], [-1]]);
  });
});

/** The page loaded again on the current history entry: a new opener shows the page's graph (or the entry's import). */
async function reloadPage(shelf: ImportShelf, render: (app: GraphApp) => void): Promise<void> {
  popListeners.clear();
  await createGraphOpener(render, shelf).openGraph(bootGraph(), start);
}

describe('the way back to an import', () => {
  it('Back and Forward to an import’s entry open it again, with that entry’s view', async () => {
    const { shelf } = memoryShelf();
    const { openGraph, openFile } = createGraphOpener(() => {}, shelf);
    await openGraph(bootGraph(), start);
    const boot = { state: history.state, url: '/?q=wash' };
    await openFile(graphFile('small.json'));
    const imported = entries.at(-1)!;
    // Back: the entry of the graph before the import reloads the page (it is that graph's).
    goTo(boot);
    expect(page.reload).toHaveBeenCalledOnce();
    const shown: GraphApp[] = [];
    await reloadPage(shelf, (app) => shown.push(app));
    expect(shown.map((app) => app.session.source)).toEqual(['/data/graph.json']);
    // Forward, with a view in the entry: the import again, from the kept file, in place.
    goTo({ state: imported.state, url: '/?node=pakistan' });
    await vi.waitFor(() => expect(shown).toHaveLength(2));
    const again = shown[1]!;
    expect(again.session.source).toBe('small.json (imported)');
    expect(again.notice).toMatchObject({ source: 'small.json', nodes: fixtureGraph().nodes.length });
    expect(again.store.getState().selection).toEqual({ kind: 'node', id: 'pakistan' });
    expect(history.state).toEqual(imported.state);
    expect(page.reload).toHaveBeenCalledOnce();
  });

  it('a reload on an import’s entry opens the kept import, not the page’s graph', async () => {
    const { shelf } = memoryShelf();
    const first = createGraphOpener(() => {}, shelf);
    await first.openFile(graphFile('small.json'));
    const imported = entries.at(-1)!;

    const shown: GraphApp[] = [];
    const reloaded = createGraphOpener((app) => shown.push(app), shelf);
    history.state = imported.state;
    page.search = '';
    expect(await reloaded.openGraph(bootGraph(), start)).toBeNull();
    expect(shown.map((app) => app.session.source)).toEqual(['small.json (imported)']);
    expect(history.state).toEqual(imported.state);
  });

  it(`an import no longer kept (only the last ${MAX_KEPT_IMPORTS} are) gives the page’s graph, its default view and a notice`, async () => {
    const { kept, shelf } = memoryShelf();
    const { openFile } = createGraphOpener(() => {}, shelf);
    const files = Array.from({ length: MAX_KEPT_IMPORTS + 1 }, (_, i) => graphFile(`g${i}.json`, 0, { ...fixtureGraph(), nodes: fixtureGraph().nodes.map((n) => ({ ...n, label: `${n.label} ${i}` })) }));
    for (const file of files) await openFile(file);
    await vi.waitFor(() => expect([...kept.values()].map((k) => k.name)).toEqual(files.slice(1).map((f) => f.name)));
    const oldest = entries[0]!;

    const shown: GraphApp[] = [];
    const reloaded = createGraphOpener((app) => shown.push(app), shelf);
    history.state = oldest.state;
    page.search = '?node=pakistan';
    await reloaded.openGraph(bootGraph(), start);
    expect(shown.map((app) => [app.session.source, app.notice])).toEqual([['/data/graph.json', null]]);
    expect(shown[0]!.store.getState().selection).toBeNull();
    expect(getPageNotices()).toEqual([{ topic: 'import', text: `The imported graph “g0.json” is no longer kept in this browser (it keeps the last ${MAX_KEPT_IMPORTS} imports), so the default graph is shown.` }]);
    // The entry is the page's graph's from now on.
    expect(history.state).toEqual({ kgGraph: 'boot:' });
  });

  it('Forward to an import no longer kept reloads the page, which says so', async () => {
    const { kept, shelf } = memoryShelf();
    const { openGraph, openFile } = createGraphOpener(() => {}, shelf);
    await openGraph(bootGraph(), start);
    const boot = { state: history.state, url: '/' };
    await openFile(graphFile('small.json'));
    const imported = entries.at(-1)!;
    goTo(boot);
    await reloadPage(shelf, () => {});
    kept.clear();
    goTo(imported);
    await vi.waitFor(() => expect(page.reload).toHaveBeenCalledTimes(2));
  });
});
