// Keeps the URL in step with the shareable view state: discrete actions push a history entry
// (so back/forward walk through selections, filters, focus and paths), continuous ones replace it.
import { decodeViewState, encodeViewState } from '../domain/view-state-url';
import { viewStateOf, type ExplorerStore } from './store/explorer-store';

export function startUrlSync(store: ExplorerStore, graphParam: string | null): () => void {
  const ctx = { typeIds: [...store.getState().index.types.keys()] };
  let applying = false;

  const urlFor = (params: URLSearchParams): string => {
    const search = params.toString();
    return `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (applying) return;
    // Discrete steps get their own history entry; dragging the time slider, playing the
    // timeline or typing only replace the current one.
    const navigational = s.selection !== prev.selection || s.filters !== prev.filters || s.focusView !== prev.focusView || s.path !== prev.path;
    const replacing =
      s.query !== prev.query || s.panel !== prev.panel || s.time !== prev.time || s.sizeBy !== prev.sizeBy || s.colourBy !== prev.colourBy;
    if (!navigational && !replacing) return;
    const params = encodeViewState(viewStateOf(s), ctx, new URLSearchParams(location.search));
    const url = urlFor(params);
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (navigational) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  });

  const onPopState = (): void => {
    const params = new URLSearchParams(location.search);
    if (params.get('graph') !== graphParam) {
      // Another graph file: start over with it.
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
  const clean = urlFor(encodeViewState(viewStateOf(store.getState()), ctx, new URLSearchParams(location.search)));
  if (clean !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', clean);

  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
