// Keeps the URL in step with the shareable view state: discrete actions push a history entry
// (so back/forward walk through selections, filters, focus and paths), continuous ones replace it.
// The canvas's viewport is written as `view=` once the user has moved it away from the fitted
// graph, replacing the current entry a moment after it settles; Back and Forward do not move it.
import { decodeViewport, decodeViewState, encodeViewport, encodeViewState, urlContextOf, type Viewport } from '../../domain/view-state-url';
import { viewStateOf, type ExplorerState, type ExplorerStore } from '../store/explorer-store';
import { currentViewport, onViewportMoved, setOpeningViewport } from './shared-viewport';

/** How long the viewport must rest before the URL follows it (a pan fires many steps). */
export const VIEWPORT_WRITE_DELAY_MS = 400;
/** How long the search query must rest before the URL follows it (browsers limit how often a page may rewrite its address). */
export const QUERY_WRITE_DELAY_MS = 300;

/** The sync of the graph shown: the share button asks it for the URL of the full view. */
let active: { shareUrl(): string; writePending(): void } | null = null;

/** The URL of everything the view shows now (filters, selection, time, viewport), absolute; null before a graph is shown. */
export function shareUrl(): string | null {
  return active ? active.shareUrl() : null;
}

/** Writes a change still waiting for its frame into the address now, so that what reads the address next sees it. */
export function writePendingUrl(): void {
  active?.writePending();
}

/** An imported graph's file, kept in IndexedDB under its content hash (imported-graphs.ts). */
export interface KeptImportKey {
  hash: string;
  /** The file's name, to say which import is meant if it is no longer kept. */
  name: string;
}

/** A history entry of an imported graph: which import (token) and where its file is kept. */
export interface ImportEntry extends KeptImportKey {
  token: string;
}

export interface HistoryGraphState {
  kgGraph: string;
  kgImport?: string;
  kgImportName?: string;
}

/** What every history entry of a graph carries: which graph (instance) its view parameters belong to, and for an import, where it is kept. */
export function graphState(token: string, kept?: KeptImportKey): HistoryGraphState {
  return kept ? { kgGraph: token, kgImport: kept.hash, kgImportName: kept.name } : { kgGraph: token };
}

function graphOf(state: unknown): string | undefined {
  return typeof state === 'object' && state !== null && typeof (state as { kgGraph?: unknown }).kgGraph === 'string' ? (state as { kgGraph: string }).kgGraph : undefined;
}

/** The import a history entry shows, if it shows one. */
export function importEntryOf(state: unknown): ImportEntry | null {
  const token = graphOf(state);
  if (token === undefined) return null;
  const { kgImport, kgImportName } = state as HistoryGraphState;
  return typeof kgImport === 'string' ? { token, hash: kgImport, name: typeof kgImportName === 'string' ? kgImportName : 'the imported file' } : null;
}

export interface UrlSyncOptions {
  /** The shown graph is an import kept under this key: its entries say so. */
  kept?: KeptImportKey;
  /** Back or Forward to another import's entry: open it in place of this graph (else the page reloads). */
  reopen?: (entry: ImportEntry) => void;
}

/**
 * `graphToken` names the graph shown (the loaded file, or one import); entries made for another
 * graph do not apply their view to this graph: an import's entry reopens that import
 * (`options.reopen`), any other (e.g. Back after an import) reloads the page.
 */
export function startUrlSync(store: ExplorerStore, graphParam: string | null, graphToken: string, options: UrlSyncOptions = {}): () => void {
  const state = graphState(graphToken, options.kept);
  const ctx = urlContextOf(store.getState().index);
  let applying = false;
  // A shared link's viewport: the camera shows it after the first layout.
  const opening: Viewport | null = decodeViewport(new URLSearchParams(location.search).get('view'));
  setOpeningViewport(opening);

  /** The URL parameters of the state and of the canvas's viewport (the link's until a canvas is drawn). */
  const paramsNow = (): URLSearchParams => paramsOf(store.getState());
  const paramsOf = (s: ExplorerState): URLSearchParams => {
    const params = encodeViewState(viewStateOf(s), ctx, new URLSearchParams(location.search));
    const shown = currentViewport();
    const viewport = shown === undefined ? opening : shown;
    if (viewport) params.set('view', encodeViewport(viewport));
    return params;
  };

  const urlFor = (params: URLSearchParams): string => {
    const search = params.toString();
    return `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
  };

  // Writing the URL (encoding, pushState) costs tens of ms: it waits until the frame showing the
  // change is drawn, and changes within one frame share one write (a push if any of them navigates).
  // Typing waits until the query rests (QUERY_WRITE_DELAY_MS), as the viewport does.
  let pendingPush = false;
  let scheduled = false;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let viewportTimer: ReturnType<typeof setTimeout> | undefined;
  let queryTimer: ReturnType<typeof setTimeout> | undefined;
  let queryPending = false;
  const flush = (): void => {
    clearTimeout(queryTimer);
    queryPending = false;
    scheduled = false;
    const push = pendingPush;
    pendingPush = false;
    const url = urlFor(paramsNow());
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (push) history.pushState(state, '', url);
    else history.replaceState(state, '', url);
  };
  const cancel = (): void => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(viewportTimer);
    clearTimeout(queryTimer);
    scheduled = false;
    pendingPush = false;
    queryPending = false;
  };

  // The viewport only replaces the entry, once it has rested; a pending state or query write carries it anyway.
  const viewportSettled = (): void => {
    if (!scheduled && !queryPending) flush();
  };
  const stopViewport = onViewportMoved(() => {
    clearTimeout(viewportTimer);
    viewportTimer = setTimeout(viewportSettled, VIEWPORT_WRITE_DELAY_MS);
  });

  const unsubscribe = store.subscribe((s, prev) => {
    if (applying) return;
    // Discrete steps get their own history entry; dragging the time slider, playing the
    // timeline or typing only replace the current one.
    const navigational = s.selection !== prev.selection || s.filters !== prev.filters || s.focusView !== prev.focusView || s.path !== prev.path;
    const replacingBesidesQuery =
      s.panel !== prev.panel || s.time !== prev.time || s.sizeBy !== prev.sizeBy || s.colourBy !== prev.colourBy || s.storyWith !== prev.storyWith || s.widthByReports !== prev.widthByReports;
    const typed = s.query !== prev.query;
    if (!navigational && !replacingBesidesQuery && !typed) return;
    // Typing replaces the entry once the query rests: one write per pause, not one per key.
    if (!navigational && !replacingBesidesQuery && !scheduled) {
      clearTimeout(queryTimer);
      queryPending = true;
      queryTimer = setTimeout(flush, QUERY_WRITE_DELAY_MS);
      return;
    }
    if (navigational && queryPending) {
      // A pick right after typing: the entry left behind keeps the query typed, for Back.
      clearTimeout(queryTimer);
      queryPending = false;
      history.replaceState(state, '', urlFor(paramsOf(prev)));
    }
    pendingPush ||= navigational;
    if (scheduled) return;
    scheduled = true;
    frame = requestAnimationFrame(() => {
      timer = setTimeout(flush, 0);
    });
  });

  const onPopState = (): void => {
    cancel();
    const params = new URLSearchParams(location.search);
    const entryGraph = graphOf(history.state);
    const entryImport = importEntryOf(history.state);
    if (entryImport && entryGraph !== graphToken && options.reopen) {
      options.reopen(entryImport);
      return;
    }
    if (params.get('graph') !== graphParam || (entryGraph !== undefined && entryGraph !== graphToken)) {
      // Another graph file, or this view belongs to another graph (one before an import): start over with it.
      location.reload();
      return;
    }
    applying = true;
    try {
      store.getState().applyViewState(decodeViewState(params, ctx));
    } finally {
      applying = false;
    }
    // The entry's view= is where the canvas was then; the canvas stays, and the URL says where it is.
    clearTimeout(viewportTimer);
    viewportTimer = setTimeout(viewportSettled, VIEWPORT_WRITE_DELAY_MS);
  };
  window.addEventListener('popstate', onPopState);

  // Tidy a shared link whose selection this graph does not have (it was dropped on load).
  // Stamp the current entry with this graph, so a later Back to it knows which graph it shows.
  const clean = urlFor(paramsNow());
  history.replaceState(state, '', clean);

  const sync = {
    writePending(): void {
      if (scheduled || queryPending) sync.writeNow();
    },
    writeNow(): void {
      const push = scheduled && pendingPush;
      cancel();
      if (push) history.pushState(state, '', urlFor(paramsNow()));
      else history.replaceState(state, '', urlFor(paramsNow()));
    },
    shareUrl(): string {
      // Whatever waits to be written is written now, so the address bar shows the link too.
      sync.writeNow();
      return location.href;
    },
  };
  active = sync;

  return () => {
    cancel();
    unsubscribe();
    stopViewport();
    window.removeEventListener('popstate', onPopState);
    if (active === sync) active = null;
  };
}
