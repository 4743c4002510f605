import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../domain/graph-index';
import { fixtureGraph } from '../../domain/test-fixture';
import { createExplorerStore } from './explorer-store';
import { DEFAULT_VIEW_STATE } from '../../domain/view-state-url';
import { ALL_TIME } from '../../domain/view-visibility';

/** These cases read the whole graph: undated relations shown (the app hides them by default). */
const ALL_VIEW = { ...DEFAULT_VIEW_STATE, time: ALL_TIME };

// The fixture with two more Russia–Taliban relations, so that the pair reaches the bundle threshold.
function busyIndex() {
  const g = fixtureGraph();
  const base = g.edges.find((e) => e.id === 'fx-a#r03')!;
  g.edges.push({ ...base, id: 'fx-a#x1' }, { ...base, id: 'fx-a#x2', source: 'taliban', target: 'russia' });
  return buildGraphIndex(g);
}

describe('bundles in the store', () => {
  it('collapses a busy pair, expands it on toggle and when one of its relations is selected', () => {
    const store = createExplorerStore(busyIndex(), ALL_VIEW);
    const id = 'bundle:russia|taliban';
    expect(store.getState().bundleStates.get(id)).toMatchObject({ collapsed: true });
    expect(store.getState().bundleStates.get(id)!.visible).toHaveLength(5);

    store.getState().toggleBundle(id);
    expect(store.getState().bundleStates.get(id)!.collapsed).toBe(false);
    store.getState().collapseAllBundles();
    expect(store.getState().bundleStates.get(id)!.collapsed).toBe(true);

    store.getState().selectEdge('fx-a#x1');
    expect(store.getState().bundleStates.get(id)!.collapsed).toBe(false);
  });

  it('stops bundling when filters leave too few of the pair visible', () => {
    const store = createExplorerStore(busyIndex(), ALL_VIEW);
    store.getState().toggleRelationType('praise');
    const state = store.getState().bundleStates.get('bundle:russia|taliban')!;
    expect(state.visible).toHaveLength(2);
    expect(state.collapsed).toBe(false);
  });
});
