import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../domain/filters';
import { fixtureIndex } from '../../domain/test-fixture';
import { DEFAULT_VIEW_STATE } from '../../domain/view-state-url';
import { createExplorerStore } from '../store/explorer-store';
import { legendOf } from './legend';

const labels = (state: Parameters<typeof legendOf>[0]) => Object.fromEntries(legendOf(state).map((s) => [s.title, s.entries.map((e) => e.label)]));

describe('the legend of a published figure', () => {
  it('lists only the relation types, statuses and actor kinds the view shows, with their counts', () => {
    const store = createExplorerStore(fixtureIndex(), { ...DEFAULT_VIEW_STATE, filters: { ...DEFAULT_FILTERS, hiddenTypes: ['affiliation', 'denial'], hiddenKinds: ['media'] } });
    const legend = labels(store.getState());
    const types = legend['Relation types']!;
    expect(types).not.toContain('Affiliation (1)');
    expect(types.some((t) => t.startsWith('Denial'))).toBe(false);
    expect(types).toContain('Accusation (1)');
    expect(legend['Actors']!.some((a) => a.startsWith('Media'))).toBe(false);
    expect(legend['Actors']).toContain('State (5)');
    expect(legend['Actors']!.at(-1)).toBe('Size: relations (degree)');
    expect(legend['Marks']).toBeUndefined();
  });

  it('draws each type in its colour, and states the search and path marks when in use', () => {
    const store = createExplorerStore(fixtureIndex(), { ...DEFAULT_VIEW_STATE, query: 'Lav', path: { from: 'russia', to: 'pakistan', directed: false } });
    const sections = legendOf(store.getState());
    const accusation = sections.find((s) => s.title === 'Relation types')!.entries.find((e) => e.label.startsWith('Accusation'))!;
    const colour = fixtureIndex().types.get('accusation')!.color;
    expect(accusation.swatch).toMatchObject({ kind: 'line', colour });
    expect(sections.find((s) => s.title === 'Marks')!.entries.map((e) => e.label)).toEqual(['matches the search “Lav”', 'on a shortest path']);
  });

  it('leaves relations out when none is shown', () => {
    const store = createExplorerStore(fixtureIndex(), { ...DEFAULT_VIEW_STATE, filters: { ...DEFAULT_FILTERS, hiddenTypes: [...fixtureIndex().types.keys()] } });
    expect(legendOf(store.getState()).map((s) => s.title)).toEqual(['Actors']);
  });
});
