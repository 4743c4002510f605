import { describe, expect, it } from 'vitest';
import { fixtureIndex } from '../../domain/test-fixture';
import { createExplorerStore } from './explorer-store';
import { hiddenNeighboursOf, walkableEdgesOf } from './selectors';
import { DEFAULT_VIEW_STATE } from '../../domain/view-state-url';
import { ALL_TIME } from '../../domain/view-visibility';

/** These cases read the whole graph: undated relations shown (the app hides them by default). */
const ALL_VIEW = { ...DEFAULT_VIEW_STATE, time: ALL_TIME };

const index = fixtureIndex();
const sorted = (s: Iterable<string>) => [...s].sort();

describe('hidden neighbours (the "Show n hidden neighbours" button)', () => {
  it('lists the neighbours a focus view hides, most connected first, with the relations that link them', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    store.getState().focusOn('pakistan');
    expect(sorted(store.getState().visibility.nodes)).toEqual(['pakistan', 'taliban']);
    const hidden = hiddenNeighboursOf(store.getState(), 'taliban');
    expect(hidden.map((n) => [n.id, n.label, n.edgeIds])).toEqual([
      ['russia', 'Russia', ['fx-a#r01', 'fx-a#r03', 'fx-a#r04']],
      ['united-states', 'United States', ['fx-b#r03']],
    ]);
    // The focused actor's own neighbours are all shown.
    expect(hiddenNeighboursOf(store.getState(), 'pakistan')).toEqual([]);
  });

  it('are the ones "show hidden neighbours" brings in, after which none are left', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    store.getState().focusOn('pakistan');
    const listed = hiddenNeighboursOf(store.getState(), 'taliban').map((n) => n.id);
    store.getState().expandNeighbours('taliban');
    expect(store.getState().focusView?.expanded).toEqual(listed);
    expect(hiddenNeighboursOf(store.getState(), 'taliban')).toEqual([]);
  });

  it('count only relations the filters and the time range keep', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    store.getState().focusOn('pakistan');
    store.getState().toggleRelationType('opposition');
    expect(hiddenNeighboursOf(store.getState(), 'taliban').map((n) => n.id)).toEqual(['russia']);
    store.getState().setKeepUndated(false);
    // Russia's praise of the Taliban has no date.
    expect(hiddenNeighboursOf(store.getState(), 'taliban').map((n) => n.edgeIds)).toEqual([['fx-a#r01', 'fx-a#r04']]);
  });

  it('are none outside a focus view, or without an actor', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    expect(hiddenNeighboursOf(store.getState(), 'taliban')).toEqual([]);
    store.getState().focusOn('pakistan');
    expect(hiddenNeighboursOf(store.getState(), null)).toEqual([]);
    store.getState().leaveFocus();
    expect(hiddenNeighboursOf(store.getState(), 'taliban')).toEqual([]);
  });

  it('are computed once: the same list until the view changes', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    store.getState().focusOn('pakistan');
    const first = hiddenNeighboursOf(store.getState(), 'taliban');
    expect(hiddenNeighboursOf(store.getState(), 'taliban')).toBe(first);
    // Selecting, searching or opening a panel does not change what the focus hides.
    store.getState().selectNode('taliban');
    store.getState().setSearchQuery('Rus');
    store.getState().showPanel('analyse');
    expect(hiddenNeighboursOf(store.getState(), 'taliban')).toBe(first);
    // Another actor has its own list, and asking for it keeps the first.
    expect(hiddenNeighboursOf(store.getState(), 'pakistan')).not.toBe(first);
    expect(hiddenNeighboursOf(store.getState(), 'taliban')).toBe(first);
    store.getState().setFocusDepth(2);
    expect(hiddenNeighboursOf(store.getState(), 'taliban')).not.toBe(first);
  });
});

describe('walkable edges (what a focus walks on)', () => {
  it('are the relations that pass the filters and the time range, whatever the focus', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    expect(walkableEdgesOf(store.getState()).size).toBe(index.edges.size);
    store.getState().focusOn('pakistan');
    expect(walkableEdgesOf(store.getState()).size).toBe(index.edges.size);
    store.getState().toggleRelationType('meeting');
    expect(walkableEdgesOf(store.getState()).has('fx-a#r02')).toBe(false);
    store.getState().setTimeRange({ from: 2010, to: 2015 });
    store.getState().setKeepUndated(false);
    expect(sorted(walkableEdgesOf(store.getState()))).toEqual(['fx-a#r04']);
  });

  it('are computed once per filters and time range', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    const first = walkableEdgesOf(store.getState());
    store.getState().focusOn('pakistan');
    store.getState().selectNode('taliban');
    expect(walkableEdgesOf(store.getState())).toBe(first);
    store.getState().setKeepUndated(false);
    const undatedHidden = walkableEdgesOf(store.getState());
    expect(undatedHidden).not.toBe(first);
    expect(walkableEdgesOf(store.getState())).toBe(undatedHidden);
  });
});
