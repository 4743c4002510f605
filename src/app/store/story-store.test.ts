// The story across articles in the store, on the committed nine-article graph: claims opened by
// any of their reports' ids, the outlet facet, stepping through time, and review decisions.
import { describe, expect, it } from 'vitest';
import graphText from '../../../data/graph.json?raw';
import { validateGraph } from '../../domain/graph-contract';
import { buildGraphIndex } from '../../domain/graph-index';
import { sourcingOf } from '../../domain/claims/claim-view';
import { decodeViewState, encodeViewState } from '../../domain/view-state-url';
import { createExplorerStore, viewStateOf } from './explorer-store';
import { DEFAULT_VIEW_STATE } from '../../domain/view-state-url';
import { ALL_TIME } from '../../domain/view-visibility';

/** These cases read the whole graph: undated relations shown (the app hides them by default). */
const ALL_VIEW = { ...DEFAULT_VIEW_STATE, time: ALL_TIME };

const checked = validateGraph(JSON.parse(graphText));
if (!checked.ok) throw new Error('data/graph.json does not validate');
const index = buildGraphIndex(checked.graph);
const ctx = { typeIds: checked.graph.relationTypes.map((t) => t.id) };
const uae = checked.graph.edges.find((e) => e.source === 'uae' && e.type === 'recognition' && e.reports)!;

describe('the story in the store', () => {
  it('opens a claim from the id of any of its reports (links shared before grouping)', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    store.getState().selectEdge('2024-08-23_uae-accepts-taliban-ambassador#r02');
    expect(store.getState().selection).toEqual({ kind: 'edge', id: uae.id });
    const fromUrl = createExplorerStore(index, decodeViewState(new URLSearchParams('edge=2024-08-22_taliban-ambassador-uae%23r04'), ctx));
    expect(fromUrl.getState().selection).toEqual({ kind: 'edge', id: uae.id });
  });

  it('hides an outlet’s claims unless another outlet reports them too, and brings them back', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    store.getState().toggleOutlet('brecorder.com (AFP)');
    const visible = store.getState().visibility.edges;
    for (const e of index.edges.values()) {
      const outlets = sourcingOf(index, e).outlets;
      expect(visible.has(e.id), e.id).toBe(outlets.some((o) => o !== 'brecorder.com (AFP)'));
    }
    expect(visible.has(uae.id)).toBe(true);
    const url = encodeViewState(viewStateOf(store.getState()), ctx);
    expect(url.getAll('hide-outlet')).toEqual(['brecorder.com (AFP)']);
    store.getState().showAllOutlets();
    expect(store.getState().visibility.edges.size).toBe(index.edges.size);
  });

  it('steps the graph to a day of the story: only what had happened by then', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    store.getState().stepStoryTo('2003-12-31');
    const early = store.getState().visibility.edges;
    const listing = checked.graph.edges.find((e) => e.source === 'russia' && e.type === 'listing')!;
    const decision = checked.graph.edges.find((e) => e.source === 'russia' && e.type === 'delisting' && e.status === 'decided')!;
    expect(early.has(listing.id)).toBe(true);
    expect(early.has(decision.id)).toBe(false);
    store.getState().stepStoryTo('2024-10-05');
    expect(store.getState().visibility.edges.has(decision.id)).toBe(true);
    expect(store.getState().visibility.edges.size).toBeGreaterThan(early.size);
    expect(encodeViewState(viewStateOf(store.getState()), ctx).get('asof')).toBe('2024-10-05');
    store.getState().stepStoryTo(null);
    expect(store.getState().visibility.edges.size).toBe(index.edges.size);
    store.getState().stepStoryTo('not a day');
    expect(store.getState().time.asOf).toBeNull();
  });

  it('shows review decisions on claims: withdrawn only when every report is rejected', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    const [first, second] = uae.reports!;
    store.getState().showUnsavedReview(new Map([[first!.id, 'rejected']]));
    expect(store.getState().unsavedReview.size).toBe(0);
    store.getState().showUnsavedReview(new Map(uae.reports!.map((r) => [r.id, 'rejected'] as const)));
    expect(store.getState().unsavedReview).toEqual(new Map([[uae.id, 'rejected']]));
    store.getState().showUnsavedReview(new Map([[second!.id, 'reviewed']]));
    expect(store.getState().unsavedReview).toEqual(new Map([[uae.id, 'reviewed']]));
  });

  it('keeps the story’s second actor only when it exists', () => {
    const store = createExplorerStore(index, ALL_VIEW);
    store.getState().setStoryWith('taliban');
    expect(store.getState().storyWith).toBe('taliban');
    store.getState().setStoryWith('__proto__');
    expect(store.getState().storyWith).toBeNull();
  });
});
