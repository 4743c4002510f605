import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, toggleInList } from '../../domain/filters';
import { fixtureIndex } from '../../domain/test-fixture';
import { computeViewVisibility, DEFAULT_TIME, type TimeFilter } from '../../domain/view-visibility';
import { derivationsFor } from './derivations';

describe('withView after a relation-type toggle', () => {
  const index = fixtureIndex();
  const { withView } = derivationsFor(index);
  const types = [...index.types.keys()];
  const times: Array<[string, TimeFilter]> = [
    ['a fresh view (undated relations hidden)', DEFAULT_TIME],
    ['a range of years', { range: { from: 2020, to: 2021 }, keepUndated: true }],
  ];

  for (const [name, time] of times) {
    it(`touches only the toggled type's relations in ${name}, and agrees with a full recompute`, () => {
      let state = withView({ filters: DEFAULT_FILTERS, time, focusView: null }, new Set(), null);
      // Every type off, then every type on again, one click at a time.
      for (const type of [...types, ...types]) {
        const filters = { ...state.filters, hiddenTypes: toggleInList(state.filters.hiddenTypes, type) };
        const next = withView({ filters, time, focusView: null }, new Set(), null, { visibility: state.visibility, filters: state.filters });
        const full = computeViewVisibility(index, filters, time, null);
        expect([...next.visibility.edges].sort(), type).toEqual([...full.edges].sort());
        expect([...next.visibility.nodes].sort(), type).toEqual([...full.nodes].sort());
        // The actors are the same set as before (not recomputed): the canvas skips them.
        expect(next.visibility.nodes).toBe(state.visibility.nodes);
        state = next;
      }
    });
  }
});
