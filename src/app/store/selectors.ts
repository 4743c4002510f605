// Derived reads that several panels (and actions) need, computed once per change of their
// inputs: each result is remembered by the identity of the state parts it reads, so panels that
// ask the same question share one answer, and `useExplorer((s) => hiddenNeighboursOf(s, id))`
// returns the same object (no re-render) until an input changes.
import { hiddenNeighbours, type HiddenNeighbour } from '../../domain/analytics/focus';
import { filteredEdges } from '../../domain/view-visibility';
import type { FilterState, Visibility } from '../../domain/filters';
import type { GraphIndex } from '../../domain/graph-index';
import type { FocusView, TimeFilter } from '../../domain/view-visibility';

/** The parts of the explorer state these reads depend on (the store's state has them all). */
interface ViewParts {
  readonly index: GraphIndex;
  readonly filters: FilterState;
  readonly time: TimeFilter;
  readonly focusView: FocusView | null;
  readonly visibility: Visibility;
}

interface MemoNode<R> {
  objects?: WeakMap<object, MemoNode<R>>;
  values?: Map<unknown, MemoNode<R>>;
  computed?: boolean;
  result?: R;
}

/**
 * `compute`, remembered by the identity of its arguments: objects are held weakly, so a result
 * goes away with its inputs. Put plain values (ids) after the objects they depend on.
 */
function memoised<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  const root: MemoNode<R> = {};
  return (...args: A): R => {
    let node = root;
    for (const arg of args) {
      let next: MemoNode<R> | undefined;
      if (typeof arg === 'object' && arg !== null) {
        node.objects ??= new WeakMap();
        next = node.objects.get(arg);
        if (!next) node.objects.set(arg, (next = {}));
      } else {
        node.values ??= new Map();
        next = node.values.get(arg);
        if (!next) node.values.set(arg, (next = {}));
      }
      node = next;
    }
    if (!node.computed) {
      node.result = compute(...args);
      node.computed = true;
    }
    return node.result as R;
  };
}

const walkable = memoised((index: GraphIndex, filters: FilterState, time: TimeFilter): ReadonlySet<string> =>
  filteredEdges(index, filters, time).edges,
);

/** The relations that pass the filters and the time range, before focus: what a focus walks on. */
export function walkableEdgesOf(s: Pick<ViewParts, 'index' | 'filters' | 'time'>): ReadonlySet<string> {
  return walkable(s.index, s.filters, s.time);
}

const hidden = memoised(
  (index: GraphIndex, visibility: Visibility, edges: ReadonlySet<string>, nodeId: string): readonly HiddenNeighbour[] =>
    hiddenNeighbours(index.file, nodeId, visibility.nodes, edges),
);

const NO_NEIGHBOURS: readonly HiddenNeighbour[] = [];

/**
 * The neighbours of an actor that the focus view hides, most connected first, each with the
 * relations that link them; only relations the filters and the time range keep count (expanding
 * never brings back hidden relations). None outside a focus view, or without an actor.
 */
export function hiddenNeighboursOf(
  s: ViewParts,
  nodeId: string | null,
): readonly HiddenNeighbour[] {
  if (!s.focusView || nodeId === null) return NO_NEIGHBOURS;
  return hidden(s.index, s.visibility, walkableEdgesOf(s), nodeId);
}
