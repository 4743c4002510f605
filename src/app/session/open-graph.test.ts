import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureGraph } from '../../domain/test-fixture';
import { markLoading } from '../test-api';
import type { LoadFailure } from './load-graph';
import { createGraphOpener, type GraphApp } from './open-graph';

vi.mock('../test-api', () => ({ markLoading: vi.fn() }));

// The page around the opener (Node has no location, history or window).
const page = { pathname: '/', search: '', hash: '' };
const pushState = vi.fn((_state: unknown, _title: string, url: string) => void (page.search = new URL(url, 'http://x').search));
const replaceState = vi.fn();

beforeEach(() => {
  page.search = '?q=wash';
  vi.stubGlobal('location', page);
  vi.stubGlobal('history', { state: null, pushState, replaceState });
  vi.stubGlobal('window', { addEventListener: vi.fn(), removeEventListener: vi.fn() });
  vi.stubGlobal('requestAnimationFrame', vi.fn());
  vi.stubGlobal('cancelAnimationFrame', vi.fn());
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

const graphFile = (name: string, delay = 0): File =>
  ({ name, text: () => new Promise((resolve) => setTimeout(() => resolve(JSON.stringify(fixtureGraph())), delay)) }) as File;

const start = { view: 'from-url', graphParam: null, token: 'boot:', pushHistory: false } as const;

describe('opening a graph', () => {
  it('at start takes its view from the URL and stamps the current history entry', async () => {
    const shown: GraphApp[] = [];
    const { openGraph } = createGraphOpener((app) => shown.push(app));
    const ready = vi.fn(() => expect(shown).toHaveLength(0));
    expect(await openGraph({ graph: fixtureGraph(), source: '/data/graph.json' }, { ...start, onReady: ready })).toBeNull();
    expect(ready).toHaveBeenCalledOnce();
    expect(shown).toHaveLength(1);
    expect(shown[0]!.store.getState().query).toBe('wash');
    expect(shown[0]!.session.source).toBe('/data/graph.json');
    expect(shown[0]!.notice).toBeNull();
    expect(pushState).not.toHaveBeenCalled();
    expect(replaceState).toHaveBeenCalledWith({ kgGraph: 'boot:' }, '', expect.any(String));
  });

  it('shows nothing when a large file fails its check', async () => {
    const render = vi.fn();
    const failure: LoadFailure = { ok: false, source: 'big.json', summary: 'big.json does not follow the contract.', problems: [] };
    const { openGraph } = createGraphOpener(render);
    expect(await openGraph({ graph: fixtureGraph(), source: 'big.json', checked: Promise.resolve(failure) }, start)).toBe(failure);
    expect(render).not.toHaveBeenCalled();
  });

  it('an import starts from the default view, in a new history entry, with a notice', async () => {
    const shown: GraphApp[] = [];
    const { openFile } = createGraphOpener((app) => shown.push(app));
    expect(await openFile(graphFile('small.json'))).toBeNull();
    expect(shown).toHaveLength(1);
    const [app] = shown;
    expect(app!.store.getState().query).toBe('');
    expect(app!.session.source).toBe('small.json (imported)');
    expect(app!.notice).toMatchObject({ source: 'small.json', warnings: [], nodes: app!.store.getState().index.nodes.size });
    expect(pushState).toHaveBeenCalledWith({ kgGraph: expect.stringMatching(/^import:1:/) }, '', '/');
    expect(markLoading).toHaveBeenCalledOnce();
  });

  it('a slower, earlier import does not replace a later one', async () => {
    const shown: GraphApp[] = [];
    const { openFile } = createGraphOpener((app) => shown.push(app));
    const slow = openFile(graphFile('slow.json', 30));
    const quick = openFile(graphFile('quick.json'));
    expect(await Promise.all([slow, quick])).toEqual([null, null]);
    expect(shown.map((app) => app.notice?.source)).toEqual(['quick.json']);
  });

  it('a refused file shows nothing and says why', async () => {
    const render = vi.fn();
    const { openFile } = createGraphOpener(render);
    const refusal = await openFile({ name: 'bad.json', text: () => Promise.resolve('{') } as File);
    expect(refusal).toMatchObject({ ok: false, source: 'bad.json' });
    expect(render).not.toHaveBeenCalled();
  });
});
