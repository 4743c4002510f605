import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../domain/graph-index';
import { fixtureGraph } from '../../domain/test-fixture';
import { createExplorerStore } from '../store/explorer-store';
import { testEnvironment } from './__fixtures__/headless-canvas';
import { followExplorer, SEARCH_MARKS_REST_MS } from './canvas-state';

function setup(deferAtScale: boolean) {
  const store = createExplorerStore(buildGraphIndex(fixtureGraph()));
  const env = testEnvironment();
  const follow = followExplorer(store, deferAtScale, env);
  return { store, env, shown: follow.store, stop: follow.stop };
}

describe('canvas state: what the canvas shows', () => {
  it('follows the explorer at once on a small graph, marking the selection with its focus', () => {
    const { store, shown } = setup(false);
    store.getState().selectNode('russia');
    store.getState().setSearchQuery('china');
    const { marked, ...rest } = shown.getState();
    expect(rest).toEqual(store.getState());
    expect(marked).toBe(store.getState().focus);
    expect(shown.getState().focus).toBe(store.getState().focus);
  });

  it('at scale, marks a new selection once the panels have painted, and shows its focus and search marks a frame later', () => {
    const { store, env, shown } = setup(true);
    const seen: string[] = [];
    shown.subscribe((s) => s.selection, (sel) => seen.push(sel?.id ?? 'none'));
    store.getState().selectNode('russia', { centre: true });
    store.getState().setSearchQuery('china');
    expect(shown.getState().selection).toBeNull();
    expect(shown.getState().marked.selectedNodes.size).toBe(0);
    expect(shown.getState().matches.size).toBe(0);
    expect(shown.getState().centreRequest).toBeNull();
    env.paint();
    // The click's answer alone: the selection marked, nothing else restyled yet.
    expect([...shown.getState().marked.selectedNodes]).toEqual(['russia']);
    expect(shown.getState().selection).toBeNull();
    expect(shown.getState().focus.selectedNodes.size).toBe(0);
    env.paint();
    expect(shown.getState().selection).toEqual({ kind: 'node', id: 'russia' });
    expect(shown.getState().focus).toBe(store.getState().focus);
    expect(shown.getState().marked).toBe(store.getState().focus);
    expect(shown.getState().matches.has('china')).toBe(true);
    expect(shown.getState().centreRequest?.target).toBe('russia');
    expect(seen).toEqual(['russia']);
  });

  it('at scale, search marks alone follow once typing rests, for the query typed last', () => {
    const { store, env, shown } = setup(true);
    const marked: string[][] = [];
    shown.subscribe((s) => s.matches, (m) => marked.push([...m]));
    store.getState().setSearchQuery('chi');
    env.paint();
    env.advance(SEARCH_MARKS_REST_MS - 1);
    // The next key comes before the query rested: the canvas has marked nothing yet.
    store.getState().setSearchQuery('china');
    env.paint();
    env.advance(SEARCH_MARKS_REST_MS - 1);
    expect(shown.getState().matches.size).toBe(0);
    env.advance(1);
    expect(shown.getState().matches.has('china')).toBe(true);
    expect(marked).toHaveLength(1);
  });

  it('at scale, a pick soon after typing is marked first, with the search marks after it, not before', () => {
    const { store, env, shown } = setup(true);
    store.getState().setSearchQuery('china');
    env.advance(SEARCH_MARKS_REST_MS - 50);
    store.getState().selectNode('china');
    // The rest of the query would end here: the pick's order holds instead.
    env.advance(100);
    expect(shown.getState().matches.size).toBe(0);
    expect(shown.getState().marked.selectedNodes.size).toBe(0);
    env.paint();
    expect([...shown.getState().marked.selectedNodes]).toEqual(['china']);
    expect(shown.getState().matches.size).toBe(0);
    env.paint();
    expect(shown.getState().selection).toEqual({ kind: 'node', id: 'china' });
    expect(shown.getState().matches.has('china')).toBe(true);
  });

  it('at scale, a change of what is visible brings a waiting selection along at once', () => {
    const { store, shown } = setup(true);
    store.getState().selectNode('russia');
    store.getState().toggleRelationType('meeting');
    expect(shown.getState().selection).toEqual({ kind: 'node', id: 'russia' });
    expect(shown.getState().visibility).toBe(store.getState().visibility);
  });

  it('stops following when stopped, and a waiting frame then changes nothing', () => {
    const { store, env, shown, stop } = setup(true);
    store.getState().selectNode('russia');
    stop();
    env.paint();
    store.getState().selectNode('china');
    expect(shown.getState().selection).toBeNull();
  });
});
