// Showing a graph, the same way at start and after an import: index it, make its store, keep the
// URL in step with it, then hand it to the app. What differs (first view, history entry, notice)
// is in the options. An imported file is kept in the browser (imported-graphs.ts) and its history
// entries say where, so Back, Forward and a reload on them open it again.
import { graphContentHash } from '../../domain/content-hash';
import type { GraphFile } from '../../domain/graph-contract';
import { buildGraphIndex, type GraphIndex } from '../../domain/graph-index';
import { searchIndexOf } from '../../domain/search-index';
import { DEFAULT_VIEW_STATE, decodeViewState, urlContextOf } from '../../domain/view-state-url';
import { createExplorerStore, type ExplorerStore } from '../store/explorer-store';
import { markImportReading, markLoading } from '../test-api';
import type { GraphSession, ImportNotice } from './graph-session';
import { indexedDbImportShelf, MAX_KEPT_IMPORTS, type ImportShelf } from './imported-graphs';
import { readGraphFile, type ImportRefusal } from './imports';
import { setLoadProgress, type LoadFailure } from './load-graph';
import { showPageNotice } from './page-notices';
import { graphState, importEntryOf, startUrlSync, writePendingUrl, type ImportEntry, type KeptImportKey } from './url-sync';

export interface GraphToOpen {
  graph: GraphFile;
  /** Where it came from, as the header says it. */
  source: string;
  /** A large file's contract check, still running (see load-graph): shown only if it passes. */
  checked?: Promise<LoadFailure | null>;
}

export interface OpenGraphOptions {
  /** The first view: the URL's (a shared link), or the default (the old graph's view means nothing to an imported one). */
  view: 'from-url' | 'default';
  /** ?graph= of the page: Back to an entry of another file reloads the page (see url-sync). */
  graphParam: string | null;
  /** Names this graph in its history entries (see url-sync). */
  token: string;
  /** Give the graph a new history entry (import), rather than stamping the current one (start). */
  pushHistory: boolean;
  /** An imported file's name and warnings, shown once above the graph with its size. */
  imported?: { source: string; warnings: string[] };
  /** Where an imported file is kept: its history entries carry it. */
  kept?: KeptImportKey;
  /** Runs once the store is made and the URL follows it, just before the app is shown. */
  onReady?: () => void;
}

/** What the app is mounted with. */
export interface GraphApp {
  store: ExplorerStore;
  session: GraphSession;
  notice: ImportNotice | null;
}

export interface GraphOpener {
  /** Shows the graph; resolves to the failure of a large file's check instead, showing nothing. */
  openGraph(graph: GraphToOpen, options: OpenGraphOptions): Promise<LoadFailure | null>;
  /** Import: a valid file replaces the graph, in a new history entry (kept: Back, Forward and a reload on its entries show it again). */
  openFile(file: File): Promise<ImportRefusal | null>;
}

/**
 * `render` mounts the app for a graph (one app, and one Cytoscape instance, per graph); `shelf`
 * keeps imported files for the way back to them.
 */
export function createGraphOpener(render: (app: GraphApp) => void, shelf: ImportShelf = indexedDbImportShelf()): GraphOpener {
  let stopUrlSync: (() => void) | null = null;
  /** The latest import request: a slower, earlier file must not replace a later one. */
  let importRequest = 0;

  async function openGraph(loaded: GraphToOpen, options: OpenGraphOptions): Promise<LoadFailure | null> {
    let gone: string | null = null;
    // The page was reloaded on an import's history entry: that import, if it is still kept.
    const entry = !options.pushHistory && !options.imported ? importEntryOf(history.state) : null;
    if (entry) {
      gone = await reopen(entry);
      if (gone === null) return null;
      // Its view means nothing to this graph.
      options = { ...options, view: 'default' };
    }
    // A large file is still being checked in a worker: the index is built meanwhile, and nothing
    // is shown before the check has passed (a file that breaks the index is reported by the check).
    // Without a check nothing here waits, so an import is shown in the same task it was read in.
    let index: GraphIndex;
    try {
      index = buildGraphIndex(loaded.graph);
    } catch (error) {
      const failure = await loaded.checked;
      if (failure) return failure;
      throw error;
    }
    if (loaded.checked) {
      setLoadProgress({ phase: 'validating' });
      const failure = await loaded.checked;
      if (failure) return failure;
    }
    // A graph reopened with the address's view (a reload after a review save) keeps a tab or filter
    // chosen a moment ago, whose write to the address was still waiting for its frame.
    if (options.view === 'from-url') writePendingUrl();
    const view =
      options.view === 'from-url' ? decodeViewState(new URLSearchParams(location.search), urlContextOf(index)) : DEFAULT_VIEW_STATE;
    const store = createExplorerStore(index, view);
    stopUrlSync?.();
    // After an import the history entry carries its token, so Back to the old graph's entries
    // reloads that graph; the old graph's view parameters are dropped from the URL.
    if (options.pushHistory) history.pushState(graphState(options.token, options.kept), '', location.pathname);
    stopUrlSync = startUrlSync(store, options.graphParam, options.token, { ...(options.kept ? { kept: options.kept } : {}), reopen: reopenInPlace });
    showPageNotice('import', gone);
    options.onReady?.();
    const notice = options.imported ? { ...options.imported, nodes: index.nodes.size, edges: index.edges.size } : null;
    render({ store, session: { source: loaded.source, openFile }, notice });
    prepareSearchWhenIdle(index);
    return null;
  }

  async function openFile(file: File): Promise<ImportRefusal | null> {
    markImportReading(1);
    try {
      return await openFileNow(file);
    } finally {
      markImportReading(-1);
    }
  }

  async function openFileNow(file: File): Promise<ImportRefusal | null> {
    const request = ++importRequest;
    const outcome = await readGraphFile(file);
    // Another file was opened meanwhile: this result is stale, whether good or bad.
    if (request !== importRequest) return null;
    if (!outcome.ok) return outcome;
    const kept = { hash: graphContentHash(outcome.graph), name: outcome.source };
    // Not waited for: the graph shows at once; a way back to it right away still finds the file
    // (IndexedDB runs the write before a later read).
    void shelf.keep(kept.hash, file);
    await openGraph(
      { graph: outcome.graph, source: `${outcome.source} (imported)` },
      {
        view: 'default',
        graphParam: null,
        token: `import:${request}:${Date.now()}`,
        pushHistory: true,
        imported: { source: outcome.source, warnings: outcome.warnings },
        kept,
        onReady: markLoading,
      },
    );
    return null;
  }

  /** Opens a kept import again, with the view of its history entry; else says why it cannot. */
  async function reopen(entry: ImportEntry): Promise<string | null> {
    const request = ++importRequest;
    const file = await shelf.take(entry.hash);
    if (request !== importRequest) return null;
    if (!file) return `The imported graph “${entry.name}” is no longer kept in this browser (it keeps the last ${MAX_KEPT_IMPORTS} imports), so the default graph is shown.`;
    const outcome = await readGraphFile(file);
    if (request !== importRequest) return null;
    if (!outcome.ok) return `The imported graph “${entry.name}” could not be opened again (${outcome.summary}), so the default graph is shown.`;
    await openGraph(
      { graph: outcome.graph, source: `${outcome.source} (imported)` },
      {
        view: 'from-url',
        graphParam: null,
        token: entry.token,
        pushHistory: false,
        imported: { source: outcome.source, warnings: outcome.warnings },
        kept: { hash: entry.hash, name: entry.name },
        onReady: markLoading,
      },
    );
    return null;
  }

  /** Back or Forward to an import's entry: that import, or, if it is gone, the page again (which says so). */
  function reopenInPlace(entry: ImportEntry): void {
    void reopen(entry).then((gone) => gone !== null && location.reload());
  }

  return { openGraph, openFile };
}

/**
 * Builds the graph's search index a slice at a time while the browser is idle, so that the first
 * keystroke finds it ready (at 16,000 actors it takes 100–300 ms). Without idle callbacks the
 * first search builds it.
 */
function prepareSearchWhenIdle(index: GraphIndex): void {
  if (typeof requestIdleCallback !== 'function') return;
  const search = searchIndexOf(index);
  const step = (deadline: IdleDeadline): void => {
    while (!search.complete && deadline.timeRemaining() > 4) search.advance(200);
    if (!search.complete) requestIdleCallback(step);
  };
  requestIdleCallback(step);
}
