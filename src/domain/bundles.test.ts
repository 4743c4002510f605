import { describe, expect, it } from 'vitest';
import { bundleCandidates, bundleIdOf, bundleOfEdge, bundleStates } from './bundles';
import { DEFAULT_FILTERS, computeVisibility } from './filters';
import type { ClaimStatus } from './graph-contract';
import { buildGraphIndex } from './graph-index';
import { fixtureGraph, fixtureIndex } from './test-fixture';

describe('bundles', () => {
  const index = fixtureIndex();
  // The fixture has three relations between Russia and the Taliban.
  const bundles = bundleCandidates(index, 3);

  it('finds pairs with enough relations in either direction', () => {
    expect(bundles).toEqual([{ id: 'bundle:russia|taliban', a: 'russia', b: 'taliban', members: ['fx-a#r01', 'fx-a#r03', 'fx-a#r04'] }]);
    expect(bundleCandidates(index, 4)).toEqual([]);
    expect(bundleIdOf('taliban', 'russia')).toBe('bundle:russia|taliban');
  });

  it('collapses a pair while it has enough visible relations and is not expanded', () => {
    const all = computeVisibility(index, DEFAULT_FILTERS);
    const state = bundleStates(index, bundles, all, new Set(), 3).get('bundle:russia|taliban')!;
    expect(state.collapsed).toBe(true);
    expect(state.visible).toHaveLength(3);
    expect(state.color).toBeNull(); // three different types

    const expanded = bundleStates(index, bundles, all, new Set(['bundle:russia|taliban']), 3).get('bundle:russia|taliban')!;
    expect(expanded.collapsed).toBe(false);
  });

  it('stops bundling when filters leave too few relations, and takes the colour of a single type', () => {
    const some = computeVisibility(index, { ...DEFAULT_FILTERS, hiddenTypes: ['praise', 'listing'] });
    const state = bundleStates(index, bundles, some, new Set(), 3).get('bundle:russia|taliban')!;
    expect(state.collapsed).toBe(false);
    expect(state.visible).toEqual(['fx-a#r01']);
    expect(state.color).toBe('#0072B2');
  });

  it('draws the bundle with the weakest line of its visible members', () => {
    const withStatuses = (statuses: Record<string, ClaimStatus | undefined>) => {
      const g = fixtureGraph();
      g.edges = g.edges.map((e) => {
        if (!(e.id in statuses)) return e;
        const { status: _old, ...rest } = e;
        const status = statuses[e.id];
        return status ? { ...rest, status } : rest;
      });
      const ix = buildGraphIndex(g);
      return (filters = DEFAULT_FILTERS) => bundleStates(ix, bundles, computeVisibility(ix, filters), new Set(), 3).get('bundle:russia|taliban')!.line;
    };
    expect(withStatuses({ 'fx-a#r01': 'asserted', 'fx-a#r03': 'asserted', 'fx-a#r04': 'asserted' })()).toBe('solid');
    // One hope among facts: the bundle is dotted, not solid.
    expect(withStatuses({ 'fx-a#r01': 'asserted', 'fx-a#r03': 'hoped', 'fx-a#r04': 'asserted' })()).toBe('dotted');
    expect(withStatuses({ 'fx-a#r01': 'decided', 'fx-a#r03': 'asserted', 'fx-a#r04': 'asserted' })()).toBe('dashed');
    // A member without a status is not counted as fact.
    expect(withStatuses({ 'fx-a#r01': 'asserted', 'fx-a#r03': 'asserted', 'fx-a#r04': undefined })()).toBe('long-dash');
    // Only visible members count: hiding the hoped-for praise leaves the facts solid.
    const hiddenHope = withStatuses({ 'fx-a#r01': 'asserted', 'fx-a#r03': 'hoped', 'fx-a#r04': 'asserted' });
    expect(hiddenHope({ ...DEFAULT_FILTERS, hiddenTypes: ['praise'] })).toBe('solid');
  });

  it('finds the bundle of a member edge', () => {
    expect(bundleOfEdge(index, 'fx-a#r03', bundles)?.id).toBe('bundle:russia|taliban');
    expect(bundleOfEdge(index, 'fx-a#r02', bundles)).toBeUndefined();
  });
});
