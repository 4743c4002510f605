// The state the canvas shows. It follows the explorer store; at scale a new selection or search
// that changes nothing else reaches the canvas one painted frame later, so the panels answer first
// (restyling a thousand elements would hold their frame back). Canvas parts subscribe to their
// own slices of it with subscribeWithSelector, in the order the controller creates them.
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ExplorerState, ExplorerStore } from '../store/explorer-store';

type Subscribe = {
  subscribe(listener: (state: ExplorerState, prev: ExplorerState) => void): () => void;
  subscribe<U>(
    selector: (state: ExplorerState) => U,
    listener: (selected: U, previous: U) => void,
    options?: { equalityFn?: (a: U, b: U) => boolean; fireImmediately?: boolean },
  ): () => void;
};
export type CanvasStore = Omit<StoreApi<ExplorerState>, 'subscribe'> & Subscribe;

export interface CanvasFollow {
  readonly store: CanvasStore;
  stop(): void;
}

/**
 * A canvas store fed by `explorer`. With `deferAtScale`, focus (selection) and search marks that
 * change alone are shown after `afterPaint`; any other change of what is drawn brings them along.
 */
export function followExplorer(explorer: ExplorerStore, deferAtScale: boolean, afterPaint: (fn: () => void) => () => void): CanvasFollow {
  const store = createStore<ExplorerState>()(subscribeWithSelector(() => explorer.getState())) as unknown as CanvasStore;
  let cancel: (() => void) | null = null;
  const flush = (): void => {
    cancel = null;
    store.setState(explorer.getState(), true);
  };
  const unsubscribe = explorer.subscribe((next) => {
    if (!deferAtScale) return store.setState(next, true);
    const shown = store.getState();
    const lagFocus = next.focus !== shown.focus && next.visibility === shown.visibility && next.pathElements === shown.pathElements;
    const lagMatches = next.matches !== shown.matches;
    if (!lagFocus && !lagMatches) return store.setState(next, true);
    store.setState(
      {
        ...next,
        // An actor chosen in search may be drawn only once its selection reaches the canvas.
        ...(lagFocus ? { focus: shown.focus, selection: shown.selection, centreRequest: shown.centreRequest } : {}),
        ...(lagMatches ? { matches: shown.matches } : {}),
      },
      true,
    );
    cancel ??= afterPaint(flush);
  });
  return {
    store,
    stop() {
      unsubscribe();
      cancel?.();
      cancel = null;
    },
  };
}

/** Shallow equality of two small tuples of identities (slices that change together). */
export function sameTuple(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}
