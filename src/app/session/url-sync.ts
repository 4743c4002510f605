// Keeps the URL in step with the shareable view state: discrete actions push a history entry
// (so back/forward walk through selections, filters, focus and paths), continuous ones replace it.
import { decodeViewState, encodeViewState } from '../../domain/view-state-url';
import { viewStateOf, type ExplorerStore } from '../store/explorer-store';

/** What every history entry of a graph carries: which graph (instance) its view parameters belong to. */
export function graphState(token: string): { kgGraph: string } {
  return { kgGraph: token };
}

function graphOf(state: unknown): string | undefined {
  return typeof state === 'object' && state !== null && typeof (state as { kgGraph?: unknown }).kgGraph === 'string' ? (state as { kgGraph: string }).kgGraph : undefined;
}

/**
 * `graphToken` names the graph shown (the loaded file, or one import); entries made for another
 * graph (e.g. Back after an import) reload the page instead of applying their view to this graph.
 */
export function startUrlSync(store: ExplorerStore, graphParam: string | null, graphToken: string): () => void {
  const ctx = { typeIds: [...store.getState().index.types.keys()] };
  let applying = false;

  const urlFor = (params: URLSearchParams): string => {
    const search = params.toString();
    return `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
  };

  // Writing the URL (encoding, pushState) costs tens of ms: it waits until the frame showing the
  // change is drawn, and changes within one frame share one write (a push if any of them navigates).
  let pendingPush = false;
  let scheduled = false;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    scheduled = false;
    const push = pendingPush;
    pendingPush = false;
    const params = encodeViewState(viewStateOf(store.getState()), ctx, new URLSearchParams(location.search));
    const url = urlFor(params);
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (push) history.pushState(graphState(graphToken), '', url);
    else history.replaceState(graphState(graphToken), '', url);
  };
  const cancel = (): void => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    scheduled = false;
    pendingPush = false;
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (applying) return;
    // Discrete steps get their own history entry; dragging the time slider, playing the
    // timeline or typing only replace the current one.
    const navigational = s.selection !== prev.selection || s.filters !== prev.filters || s.focusView !== prev.focusView || s.path !== prev.path;
    const replacing =
      s.query !== prev.query || s.panel !== prev.panel || s.time !== prev.time || s.sizeBy !== prev.sizeBy || s.colourBy !== prev.colourBy || s.storyWith !== prev.storyWith || s.widthByReports !== prev.widthByReports;
    if (!navigational && !replacing) return;
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
  };
  window.addEventListener('popstate', onPopState);

  // Tidy a shared link whose selection this graph does not have (it was dropped on load).
  // Stamp the current entry with this graph, so a later Back to it knows which graph it shows.
  const clean = urlFor(encodeViewState(viewStateOf(store.getState()), ctx, new URLSearchParams(location.search)));
  history.replaceState(graphState(graphToken), '', clean);

  return () => {
    cancel();
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
