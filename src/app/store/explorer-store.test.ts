import { describe, expect, it } from 'vitest';
import { PROPOSED_ACTOR, SUGGESTED_EDGE, SUGGESTED_IN_BUNDLE, reviewGraph } from '../../domain/__fixtures__/review-graph';
import { buildGraphIndex } from '../../domain/graph-index';
import { fixtureGraph, fixtureIndex } from '../../domain/test-fixture';
import { DEFAULT_VIEW_STATE } from '../../domain/view-state-url';
import { createExplorerStore, viewStateOf } from './explorer-store';
import { ALL_TIME } from '../../domain/view-visibility';

/** These cases read the whole graph: undated relations shown (the app hides them by default). */
const ALL_VIEW = { ...DEFAULT_VIEW_STATE, time: ALL_TIME };

describe('explorer store', () => {
  const index = fixtureIndex();

  it('selects a node and derives its focus; an unknown id changes nothing', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    store.getState().selectNode('pakistan');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'pakistan' });
    expect([...store.getState().focus.relatedEdges].sort()).toEqual(['fx-b#r01', 'fx-b#r02']);
    store.getState().selectNode('nobody');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'pakistan' });
  });

  it('recomputes visibility only when filters change', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    const before = store.getState().visibility;
    store.getState().selectEdge('fx-a#r01');
    expect(store.getState().visibility).toBe(before);
    store.getState().toggleRelationType('meeting');
    expect(store.getState().visibility.edges.has('fx-a#r02')).toBe(false);
    store.getState().showOnlyRelationType('denial');
    expect([...store.getState().visibility.edges]).toEqual(['fx-b#r02']);
    store.getState().showAllRelationTypes();
    expect(store.getState().visibility.edges.size).toBe(index.edges.size);
  });

  it('"reviewed only" hides drafts, spreads a bundle left below the threshold, and round-trips through the view state', () => {
    const store = createExplorerStore(buildGraphIndex(reviewGraph(fixtureGraph())), ALL_VIEW);
    const bundle = 'bundle:russia|taliban';
    expect(store.getState().bundleStates.get(bundle)?.collapsed).toBe(true);
    store.getState().setReviewedOnly(true);
    expect(store.getState().visibility.edges.has(SUGGESTED_EDGE)).toBe(false);
    expect(store.getState().visibility.edges.has(SUGGESTED_IN_BUNDLE)).toBe(false);
    expect(store.getState().visibility.nodes.has(PROPOSED_ACTOR)).toBe(false);
    expect(store.getState().bundleStates.get(bundle)?.collapsed).toBe(false);
    const view = viewStateOf(store.getState());
    const other = createExplorerStore(store.getState().index, ALL_VIEW);
    other.getState().applyViewState(view);
    expect(other.getState().filters.reviewedOnly).toBe(true);
    expect(other.getState().visibility.edges.has(SUGGESTED_EDGE)).toBe(false);
  });

  it('filters by polarity and kind, and hides isolated actors', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    store.getState().togglePolarity('conflict');
    expect(store.getState().visibility.edges.has('fx-b#r02')).toBe(false);
    store.getState().toggleKind('person');
    expect(store.getState().visibility.nodes.has('sergey-lavrov')).toBe(false);
    store.getState().setHideIsolated(true);
    expect(store.getState().visibility.nodes.has('china')).toBe(false);
  });

  it('marks search matches and asks the canvas to centre a picked result', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    store.getState().setSearchQuery('Washington');
    expect([...store.getState().matches]).toEqual(['united-states']);
    store.getState().selectNode('united-states', { centre: true });
    expect(store.getState().centreRequest?.target).toBe('united-states');
  });

  it('opens the reader at a sentence without losing the selection', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    store.getState().selectNode('taliban');
    store.getState().readSentence('fx-a#s3');
    expect(store.getState().panel).toBe('reader');
    expect(store.getState().readRequest?.target).toBe('fx-a#s3');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'taliban' });
  });

  it('restores a view state and drops a selection this graph does not have', () => {
    const store = createExplorerStore(index, { ...ALL_VIEW, selection: { kind: 'node', id: 'ghost' } });
    expect(store.getState().selection).toBeNull();
    const view = { ...ALL_VIEW, selection: { kind: 'sentence' as const, id: 'fx-b#s0' }, query: 'pak', panel: 'reader' as const };
    store.getState().applyViewState(view);
    expect(viewStateOf(store.getState())).toEqual(view);
    expect(store.getState().focus.selectedEdges.size).toBe(2);
  });

  it('keeps bundles collapsed until expanded, and expands the bundle of a selected relation', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    // The fixture's busiest pair has 3 relations, below the bundle threshold: nothing to bundle.
    expect(store.getState().bundles).toEqual([]);
    store.getState().toggleBundle('bundle:nobody|none');
    expect(store.getState().expandedBundles.size).toBe(0);
  });

  it('follows the selection in the reader, unless the current document already supports it', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    expect(store.getState().readerDocument).toBe('fx-a');
    store.getState().selectNode('pakistan');
    expect(store.getState().readerDocument).toBe('fx-b');
    store.getState().selectNode('taliban'); // mentioned in both documents: stay on fx-b
    expect(store.getState().readerDocument).toBe('fx-b');
    store.getState().showDocument('fx-a');
    expect(store.getState().readerDocument).toBe('fx-a');
  });
});
