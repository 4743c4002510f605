import { describe, expect, it } from 'vitest';
import { fixtureIndex } from '../../domain/test-fixture';
import { DEFAULT_VIEW_STATE } from '../../domain/view-state-url';
import { createExplorerStore, viewStateOf } from './explorer-store';
import { ALL_TIME } from '../../domain/view-visibility';

/** These cases read the whole graph: undated relations shown (the app hides them by default). */
const ALL_VIEW = { ...DEFAULT_VIEW_STATE, time: ALL_TIME };

const index = fixtureIndex();
const sorted = (s: Iterable<string>) => [...s].sort();

describe('analyst tools in the store', () => {
  it('filters by time, composing with the type filter, and back', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    store.getState().setTimeRange({ from: 2010, to: 2015 });
    expect(store.getState().visibility.edges.has('fx-a#r04')).toBe(true); // since 2003
    expect(store.getState().visibility.edges.has('fx-a#r01')).toBe(false); // 2024
    expect(store.getState().visibility.edges.has('fx-a#r03')).toBe(true); // undated, kept
    store.getState().setKeepUndated(false);
    expect(sorted(store.getState().visibility.edges)).toEqual(['fx-a#r04']);
    store.getState().toggleRelationType('listing');
    expect(store.getState().visibility.edges.size).toBe(0);
    store.getState().setTimeRange(null);
    store.getState().setKeepUndated(true);
    store.getState().toggleRelationType('listing');
    expect(store.getState().visibility.edges.size).toBe(index.edges.size);
  });

  it('does not recompute visibility for the same time range', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    store.getState().setTimeRange({ from: 2003, to: 2024 });
    const v = store.getState().visibility;
    store.getState().setTimeRange({ from: 2024, to: 2003 });
    expect(store.getState().visibility).toBe(v);
  });

  it('focuses on a neighbourhood, changes depth, expands a node and goes back', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    store.getState().focusOn('pakistan');
    expect(sorted(store.getState().visibility.nodes)).toEqual(['pakistan', 'taliban']);
    const fit = store.getState().fitRequest;
    expect(fit).not.toBeNull();
    store.getState().expandNeighbours('taliban');
    expect(sorted(store.getState().visibility.nodes)).toEqual(['pakistan', 'russia', 'taliban', 'united-states']);
    expect(store.getState().focusView?.expanded).toEqual(['russia', 'united-states']);
    expect(store.getState().fitRequest).not.toBe(fit);
    store.getState().setFocusDepth(3);
    expect(store.getState().visibility.nodes.size).toBeGreaterThan(4);
    store.getState().leaveFocus();
    expect(store.getState().focusView).toBeNull();
    expect(store.getState().visibility.nodes.size).toBe(index.nodes.size);
  });

  it('finds shortest paths over the visible relations, in both modes, and follows the filters', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    store.getState().findPath('united-states', 'pakistan', false);
    const r = store.getState().pathResult;
    expect(r?.found && r.paths.map((p) => p.map((h) => `${h.from}>${h.to}:${h.edgeIds.join('+')}`))).toEqual([
      ['united-states>taliban:fx-b#r03', 'taliban>pakistan:fx-b#r01+fx-b#r02'],
    ]);
    expect(sorted(store.getState().pathElements!.edges)).toEqual(['fx-b#r01', 'fx-b#r02', 'fx-b#r03']);
    // Following arrows, only the accusation runs from the Taliban to Pakistan.
    store.getState().setPathDirected(true);
    const d = store.getState().pathResult;
    expect(d?.found && d.paths[0]![1]!.edgeIds).toEqual(['fx-b#r01']);
    store.getState().toggleRelationType('accusation');
    expect(store.getState().pathResult).toMatchObject({ found: false, reason: 'no-directed-path' });
    store.getState().setPathDirected(false);
    expect(store.getState().pathResult?.found).toBe(true);
    store.getState().toggleRelationType('denial');
    expect(store.getState().pathResult).toMatchObject({ found: false, reason: 'hidden-path' });
    expect(store.getState().pathElements).toBeNull();
    store.getState().clearPath();
    expect(store.getState().path).toBeNull();
  });

  it('ignores paths and focus on actors this graph does not have', () => {
    const store = createExplorerStore(index, { ...ALL_VIEW, focusView: { nodeId: 'ghost', depth: 2, expanded: [] }, path: { from: 'ghost', to: 'pakistan', directed: false } });
    expect(store.getState().focusView).toBeNull();
    expect(store.getState().path).toBeNull();
    store.getState().findPath('pakistan', 'nobody', false);
    expect(store.getState().path).toBeNull();
  });

  it('restores and reports the whole analyst view state', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    const view = {
      ...ALL_VIEW,
      time: { range: { from: 2024, to: 2024 }, keepUndated: false },
      focusView: { nodeId: 'taliban', depth: 1 as const, expanded: ['zamir-kabulov'] },
      path: { from: 'russia', to: 'pakistan', directed: false },
      sizeBy: 'betweenness' as const,
      colourBy: 'community' as const,
      panel: 'analyse' as const,
    };
    store.getState().applyViewState(view);
    expect(viewStateOf(store.getState())).toEqual(view);
    expect(store.getState().visibility.nodes.has('zamir-kabulov')).toBe(true);
    expect(store.getState().pathResult?.found).toBe(true);
  });

  it('asks the canvas for layouts and takes the analytics from the worker', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    store.getState().chooseLayout('concentric');
    expect(store.getState().layoutRequest?.target).toEqual({ kind: 'apply', name: 'concentric' });
    store.getState().resetLayout();
    expect(store.getState().layout).toBe('force');
    expect(store.getState().layoutRequest?.target).toEqual({ kind: 'reset' });
    store.getState().receiveAnalytics({ error: 'worker failed' });
    expect(store.getState().analyticsError).toBe('worker failed');
  });
});
