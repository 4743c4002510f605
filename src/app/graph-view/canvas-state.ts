// The state the canvas shows. It follows the explorer store; at scale a new selection or search
// that changes nothing else reaches the canvas later, so the panels answer first (restyling a
// thousand elements would hold their frame back): a selection is marked on its own once the panels
// have painted (a few elements restyled: the click's highlight), and the rest follows once that
// mark has painted (dimming, neighbours drawn). Canvas parts subscribe to their own slices of it
// with subscribeWithSelector, in the order the controller creates them.
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SelectionFocus } from '../../domain/selection';
import type { ExplorerState, ExplorerStore } from '../store/explorer-store';

/** The explorer's state, and the focus whose selection the canvas marks (ahead of `focus` at scale). */
export type CanvasState = ExplorerState & { readonly marked: SelectionFocus };

type Subscribe = {
  subscribe(listener: (state: CanvasState, prev: CanvasState) => void): () => void;
  subscribe<U>(
    selector: (state: CanvasState) => U,
    listener: (selected: U, previous: U) => void,
    options?: { equalityFn?: (a: U, b: U) => boolean; fireImmediately?: boolean },
  ): () => void;
};
export type CanvasStore = Omit<StoreApi<CanvasState>, 'subscribe'> & Subscribe;

export interface CanvasFollow {
  readonly store: CanvasStore;
  stop(): void;
}

/** The focus whose selection is marked in a state (the focus itself for a state of the explorer's). */
export function markedOf(state: ExplorerState): SelectionFocus {
  return 'marked' in state ? (state as CanvasState).marked : state.focus;
}

const shownOf = (s: ExplorerState): CanvasState => ({ ...s, marked: s.focus });

/**
 * A canvas store fed by `explorer`. With `deferAtScale`, focus (selection) and search marks that
 * change alone are shown after `afterPaint`, the selection's mark first and its focus a painted
 * frame later; any other change of what is drawn brings them along.
 */
export function followExplorer(explorer: ExplorerStore, deferAtScale: boolean, afterPaint: (fn: () => void) => () => void): CanvasFollow {
  const store = createStore<CanvasState>()(subscribeWithSelector(() => shownOf(explorer.getState()))) as unknown as CanvasStore;
  let cancelMark: (() => void) | null = null;
  let cancelFlush: (() => void) | null = null;
  const flush = (): void => {
    cancelFlush = null;
    store.setState(shownOf(explorer.getState()), true);
  };
  const mark = (): void => {
    cancelMark = null;
    const focus = explorer.getState().focus;
    if (store.getState().marked !== focus) store.setState({ ...store.getState(), marked: focus }, true);
    cancelFlush ??= afterPaint(flush);
  };
  const unsubscribe = explorer.subscribe((next) => {
    if (!deferAtScale) return store.setState(shownOf(next), true);
    const shown = store.getState();
    const lagFocus = next.focus !== shown.focus && next.visibility === shown.visibility && next.pathElements === shown.pathElements;
    const lagMatches = next.matches !== shown.matches;
    if (!lagFocus && !lagMatches) return store.setState(shownOf(next), true);
    store.setState(
      {
        ...next,
        // An actor chosen in search may be drawn only once its selection reaches the canvas.
        ...(lagFocus ? { focus: shown.focus, selection: shown.selection, centreRequest: shown.centreRequest, marked: shown.marked } : { marked: next.focus }),
        ...(lagMatches ? { matches: shown.matches } : {}),
      },
      true,
    );
    if (lagFocus) cancelMark ??= afterPaint(mark);
    else cancelFlush ??= afterPaint(flush);
  });
  return {
    store,
    stop() {
      unsubscribe();
      cancelMark?.();
      cancelFlush?.();
      cancelMark = cancelFlush = null;
    },
  };
}

/** Shallow equality of two small tuples of identities (slices that change together). */
export function sameTuple(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}
