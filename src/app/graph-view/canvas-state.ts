// The state the canvas shows. It follows the explorer store; at scale a new selection or search
// that changes nothing else reaches the canvas later, so the panels answer first (restyling a
// thousand elements would hold their frame back): a selection is marked on its own once the panels
// have painted (a few elements restyled: the click's highlight), and the rest follows once that
// mark has painted (dimming, neighbours drawn); search marks follow once typing rests, so that a
// fast typist's keys never wait behind a redraw of the canvas for a query already typed over.
// Canvas parts subscribe to their own slices of it with subscribeWithSelector, in the order the
// controller creates them.
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SelectionFocus } from '../../domain/selection';
import type { ExplorerState, ExplorerStore } from '../store/explorer-store';
import type { CanvasEnvironment } from './environment';

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

/** At scale, search marks follow the query once no key has changed it for this long. */
export const SEARCH_MARKS_REST_MS = 150;

/**
 * A canvas store fed by `explorer`. With `deferAtScale`, a focus (selection) that changes alone is
 * shown after `afterPaint`, the selection's mark first and its focus a painted frame later; search
 * marks, once the query has rested (SEARCH_MARKS_REST_MS); any other change of what is drawn
 * brings a waiting focus along.
 */
export function followExplorer(explorer: ExplorerStore, deferAtScale: boolean, env: Pick<CanvasEnvironment, 'afterPaint' | 'later'>): CanvasFollow {
  const { afterPaint } = env;
  const store = createStore<CanvasState>()(subscribeWithSelector(() => shownOf(explorer.getState()))) as unknown as CanvasStore;
  let cancelMark: (() => void) | null = null;
  let cancelFlush: (() => void) | null = null;
  let cancelTyping: (() => void) | null = null;
  const show = (): void => {
    cancelTyping?.();
    cancelTyping = null;
    store.setState(shownOf(explorer.getState()), true);
  };
  const flush = (): void => {
    cancelFlush = null;
    show();
  };
  const typed = (): void => {
    cancelTyping = null;
    show();
  };
  const mark = (): void => {
    cancelMark = null;
    const focus = explorer.getState().focus;
    if (store.getState().marked !== focus) store.setState({ ...store.getState(), marked: focus }, true);
    cancelFlush ??= afterPaint(flush);
  };
  const unsubscribe = explorer.subscribe((next, prev) => {
    if (!deferAtScale) return store.setState(shownOf(next), true);
    const shown = store.getState();
    const lagFocus = next.focus !== shown.focus && next.visibility === shown.visibility && next.pathElements === shown.pathElements;
    const lagMatches = next.matches !== shown.matches;
    if (!lagFocus && !lagMatches) return show();
    store.setState(
      {
        ...next,
        // An actor chosen in search may be drawn only once its selection reaches the canvas.
        ...(lagFocus ? { focus: shown.focus, selection: shown.selection, centreRequest: shown.centreRequest, marked: shown.marked } : { marked: next.focus }),
        ...(lagMatches ? { matches: shown.matches } : {}),
      },
      true,
    );
    if (lagFocus) {
      // A pick: the selection's mark, then its focus, bring the marks along.
      cancelTyping?.();
      cancelTyping = null;
      cancelMark ??= afterPaint(mark);
    } else if (next.matches !== prev.matches || !cancelTyping) {
      // Search marks alone: each key starts the rest again.
      cancelTyping?.();
      cancelTyping = env.later(typed, SEARCH_MARKS_REST_MS);
    }
  });
  return {
    store,
    stop() {
      unsubscribe();
      cancelMark?.();
      cancelFlush?.();
      cancelTyping?.();
      cancelMark = cancelFlush = cancelTyping = null;
    },
  };
}

/** Shallow equality of two small tuples of identities (slices that change together). */
export function sameTuple(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}
