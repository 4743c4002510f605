import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filters';
import { sameFilters, sameFocus, sameList, samePath, sameSelection, sameTime } from './view-equality';
import { ALL_TIME } from './view-visibility';

describe('view equality', () => {
  it('compares lists by their values, in order', () => {
    expect(sameList(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameList(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameList(['a'], ['a', 'b'])).toBe(false);
    expect(sameList([], [])).toBe(true);
  });

  it('compares filters field by field', () => {
    expect(sameFilters(DEFAULT_FILTERS, { ...DEFAULT_FILTERS, hiddenTypes: [] })).toBe(true);
    expect(sameFilters(DEFAULT_FILTERS, { ...DEFAULT_FILTERS, hiddenTypes: ['meeting'] })).toBe(false);
    expect(sameFilters(DEFAULT_FILTERS, { ...DEFAULT_FILTERS, hiddenPolarities: ['conflict'] })).toBe(false);
    expect(sameFilters(DEFAULT_FILTERS, { ...DEFAULT_FILTERS, hiddenKinds: ['person'] })).toBe(false);
    expect(sameFilters(DEFAULT_FILTERS, { ...DEFAULT_FILTERS, hideIsolated: true })).toBe(false);
    expect(sameFilters(DEFAULT_FILTERS, { ...DEFAULT_FILTERS, reviewedOnly: true })).toBe(false);
  });

  it('compares selections by kind and id', () => {
    expect(sameSelection(null, null)).toBe(true);
    expect(sameSelection({ kind: 'node', id: 'x' }, { kind: 'node', id: 'x' })).toBe(true);
    expect(sameSelection({ kind: 'node', id: 'x' }, { kind: 'edge', id: 'x' })).toBe(false);
    expect(sameSelection({ kind: 'node', id: 'x' }, null)).toBe(false);
  });

  it('compares time filters by their years and the undated switch', () => {
    expect(sameTime(ALL_TIME, { range: null, keepUndated: true })).toBe(true);
    expect(sameTime({ range: { from: 2003, to: 2024 }, keepUndated: true }, { range: { from: 2003, to: 2024 }, keepUndated: true })).toBe(true);
    expect(sameTime({ range: { from: 2003, to: 2024 }, keepUndated: true }, { range: { from: 2003, to: 2023 }, keepUndated: true })).toBe(false);
    expect(sameTime(ALL_TIME, { range: { from: 2003, to: 2024 }, keepUndated: true })).toBe(false);
    expect(sameTime(ALL_TIME, { range: null, keepUndated: false })).toBe(false);
  });

  it('compares focus views by actor, depth and the expanded actors in order', () => {
    const focus = { nodeId: 'taliban', depth: 1 as const, expanded: ['russia', 'china'] };
    expect(sameFocus(null, null)).toBe(true);
    expect(sameFocus(focus, { ...focus, expanded: ['russia', 'china'] })).toBe(true);
    expect(sameFocus(focus, { ...focus, expanded: ['china', 'russia'] })).toBe(false);
    expect(sameFocus(focus, { ...focus, depth: 2 })).toBe(false);
    expect(sameFocus(focus, { ...focus, nodeId: 'russia' })).toBe(false);
    expect(sameFocus(focus, null)).toBe(false);
  });

  it('compares path questions by their ends and direction', () => {
    const path = { from: 'russia', to: 'pakistan', directed: false };
    expect(samePath(null, null)).toBe(true);
    expect(samePath(path, { ...path })).toBe(true);
    expect(samePath(path, { ...path, directed: true })).toBe(false);
    expect(samePath(path, { from: 'pakistan', to: 'russia', directed: false })).toBe(false);
    expect(samePath(path, null)).toBe(false);
  });
});
