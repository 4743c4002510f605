import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filters';
import { buildGraphIndex } from './graph-index';
import { fixtureGraph, fixtureIndex } from './test-fixture';
import { ALL_TIME, computeViewVisibility, DEFAULT_TIME, filteredEdges } from './view-visibility';

const index = fixtureIndex();
const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('view visibility: filters, then time, then focus', () => {
  it('shows everything by default, like the filters alone', () => {
    const v = computeViewVisibility(index, DEFAULT_FILTERS);
    expect(v.nodes.size).toBe(index.nodes.size);
    expect(v.edges.size).toBe(index.edges.size);
  });

  it('keeps relations inside the year range; "since 2003" counts in every later year', () => {
    const v = computeViewVisibility(index, DEFAULT_FILTERS, { range: { from: 2010, to: 2015 }, keepUndated: false });
    expect(sorted(v.edges)).toEqual(['fx-a#r04']);
    const before = computeViewVisibility(index, DEFAULT_FILTERS, { range: { from: 1990, to: 2002 }, keepUndated: false });
    expect(before.edges.size).toBe(0);
    // Actors stay unless "hide actors without visible relations" is on.
    expect(before.nodes.size).toBe(index.nodes.size);
  });

  it('keeps or hides undated relations by the toggle, with or without a range', () => {
    const undated = ['fx-a#r03', 'fx-a#r05', 'fx-b#r02', 'fx-b#r03'];
    const kept = computeViewVisibility(index, DEFAULT_FILTERS, { range: { from: 2024, to: 2024 }, keepUndated: true });
    expect(sorted(kept.edges)).toEqual(['fx-a#r01', 'fx-a#r02', 'fx-a#r04', ...undated, 'fx-b#r01'].sort());
    const hidden = computeViewVisibility(index, DEFAULT_FILTERS, { range: null, keepUndated: false });
    for (const id of undated) expect(hidden.edges.has(id)).toBe(false);
    expect(hidden.edges.size).toBe(index.edges.size - undated.length);
  });

  it('hides the undated relations in a fresh view, and keeps them in a graph where nothing is dated', () => {
    const v = computeViewVisibility(index, DEFAULT_FILTERS, DEFAULT_TIME);
    expect(sorted(v.edges)).toEqual(['fx-a#r01', 'fx-a#r02', 'fx-a#r04', 'fx-b#r01']);
    const graph = fixtureGraph();
    for (const e of graph.edges) delete e.date;
    const undatedOnly = buildGraphIndex(graph);
    expect(computeViewVisibility(undatedOnly, DEFAULT_FILTERS, DEFAULT_TIME).edges.size).toBe(undatedOnly.edges.size);
    expect(filteredEdges(undatedOnly, DEFAULT_FILTERS, { ...DEFAULT_TIME, range: { from: 2024, to: 2024 } }).edges.size).toBe(undatedOnly.edges.size);
  });

  it('keeps relations inside a month range', () => {
    const september = { from: 2024 * 12 + 8, to: 2024 * 12 + 8, unit: 'month' as const };
    expect(sorted(computeViewVisibility(index, DEFAULT_FILTERS, { range: september, keepUndated: false }).edges)).toEqual(['fx-a#r04', 'fx-b#r01']);
    const october = { from: 2024 * 12 + 9, to: 2024 * 12 + 9, unit: 'month' as const };
    expect(sorted(computeViewVisibility(index, DEFAULT_FILTERS, { range: october, keepUndated: false }).edges)).toEqual(['fx-a#r01', 'fx-a#r02', 'fx-a#r04']);
  });

  it("places an undated claim at its first report in a story's step, whatever the toggle", () => {
    // Every undated claim of the fixture was first reported on 5 October 2024.
    const on5 = computeViewVisibility(index, DEFAULT_FILTERS, { ...DEFAULT_TIME, asOf: '2024-10-05' });
    expect(on5.edges.size).toBe(index.edges.size);
    const on4 = computeViewVisibility(index, DEFAULT_FILTERS, { ...DEFAULT_TIME, asOf: '2024-10-04' });
    expect(sorted(on4.edges)).toEqual(['fx-a#r01', 'fx-a#r02', 'fx-a#r04', 'fx-b#r01']);
    // With a range, the report's day is what falls in it or not.
    const september = { from: 2024 * 12 + 8, to: 2024 * 12 + 8, unit: 'month' as const };
    expect(sorted(computeViewVisibility(index, DEFAULT_FILTERS, { range: september, keepUndated: true, asOf: '2024-10-05' }).edges)).toEqual(['fx-a#r04', 'fx-b#r01']);
  });

  it('composes with the type filter and hides isolated actors after both', () => {
    const filters = { ...DEFAULT_FILTERS, hiddenTypes: ['listing'], hideIsolated: true };
    const v = computeViewVisibility(index, filters, { range: { from: 2010, to: 2015 }, keepUndated: false });
    expect(v.edges.size).toBe(0);
    expect(v.nodes.size).toBe(0);
  });

  it('focus shows the neighbourhood over the visible relations, plus expanded actors', () => {
    const one = computeViewVisibility(index, DEFAULT_FILTERS, ALL_TIME, { nodeId: 'pakistan', depth: 1, expanded: [] });
    expect(sorted(one.nodes)).toEqual(['pakistan', 'taliban']);
    expect(sorted(one.edges)).toEqual(['fx-b#r01', 'fx-b#r02']);
    const two = computeViewVisibility(index, DEFAULT_FILTERS, ALL_TIME, { nodeId: 'pakistan', depth: 2, expanded: [] });
    expect(sorted(two.nodes)).toEqual(['pakistan', 'russia', 'taliban', 'united-states']);
    // Relations among shown actors are shown, whoever is the focus.
    expect(two.edges.has('fx-a#r01')).toBe(true);
    const expanded = computeViewVisibility(index, DEFAULT_FILTERS, ALL_TIME, { nodeId: 'pakistan', depth: 1, expanded: ['russia'] });
    expect(sorted(expanded.nodes)).toEqual(['pakistan', 'russia', 'taliban']);
    // Hiding the accusation and denial types cuts Pakistan off: only Pakistan stays.
    const cut = computeViewVisibility(index, { ...DEFAULT_FILTERS, hiddenTypes: ['accusation', 'denial'] }, ALL_TIME, { nodeId: 'pakistan', depth: 3, expanded: [] });
    expect(sorted(cut.nodes)).toEqual(['pakistan']);
  });

  it('ignores a focus on an unknown actor', () => {
    const v = computeViewVisibility(index, DEFAULT_FILTERS, ALL_TIME, { nodeId: 'nobody', depth: 1, expanded: [] });
    expect(v.nodes.size).toBe(index.nodes.size);
  });

  it('gives paths and focus the relations that pass filters and time', () => {
    const { edges } = filteredEdges(index, { ...DEFAULT_FILTERS, hiddenPolarities: ['conflict'] }, { range: { from: 2024, to: 2024 }, keepUndated: false });
    expect(sorted(edges)).toEqual(['fx-a#r01', 'fx-a#r02']);
  });
});
