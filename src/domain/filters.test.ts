import { describe, expect, it } from 'vitest';
import { PROPOSED_ACTOR, SUGGESTED_EDGE, SUGGESTED_FROM_PROPOSED, SUGGESTED_IN_BUNDLE, reviewGraph } from './__fixtures__/review-graph';
import { DEFAULT_FILTERS, computeVisibility, draftCounts, isDefaultFilters, onlyType, polaritiesInUse, toggleInList, visibilityAfterTypeToggle } from './filters';
import { buildGraphIndex } from './graph-index';
import { mulberry32 } from './random';
import { fixtureGraph, fixtureIndex } from './test-fixture';
import { sameFilters } from './view-equality';
import { computeViewVisibility } from './view-visibility';

describe('computeVisibility', () => {
  const index = fixtureIndex();

  it('shows everything by default', () => {
    const v = computeVisibility(index, DEFAULT_FILTERS);
    expect(v.nodes.size).toBe(index.nodes.size);
    expect(v.edges.size).toBe(index.edges.size);
  });

  it('hides relations of a switched-off type but keeps their actors unless isolated ones are hidden', () => {
    const filters = { ...DEFAULT_FILTERS, hiddenTypes: ['meeting'] };
    const v = computeVisibility(index, filters);
    expect(v.edges.has('fx-a#r02')).toBe(false);
    expect(v.nodes.has('amir-khan-muttaqi')).toBe(true);
    const v2 = computeVisibility(index, { ...filters, hideIsolated: true });
    expect(v2.nodes.has('amir-khan-muttaqi')).toBe(false);
    expect(v2.nodes.has('sergey-lavrov')).toBe(false);
    expect(v2.nodes.has('zamir-kabulov')).toBe(true);
  });

  it('filters by polarity through the relation type', () => {
    const v = computeVisibility(index, { ...DEFAULT_FILTERS, hiddenPolarities: ['conflict'] });
    const types = [...v.edges].map((id) => index.edges.get(id)!.type);
    expect(types.sort()).toEqual(['affiliation', 'delisting', 'meeting', 'praise']);
  });

  it('hides actors of a switched-off kind together with their relations', () => {
    const v = computeVisibility(index, { ...DEFAULT_FILTERS, hiddenKinds: ['person'] });
    expect(v.nodes.has('zamir-kabulov')).toBe(false);
    expect(v.edges.has('fx-a#r02')).toBe(false);
    expect(v.edges.has('fx-a#r05')).toBe(false);
    expect(v.edges.has('fx-a#r01')).toBe(true);
  });

  it('hides actors without visible relations on request', () => {
    const v = computeVisibility(index, { ...DEFAULT_FILTERS, hideIsolated: true });
    expect([...v.nodes].sort()).toEqual(
      ['amir-khan-muttaqi', 'pakistan', 'russia', 'sergey-lavrov', 'taliban', 'united-states', 'zamir-kabulov'].sort(),
    );
  });
});

describe('filter helpers', () => {
  const index = fixtureIndex();
  it('toggles values and keeps lists sorted', () => {
    expect(toggleInList(['b'], 'a')).toEqual(['a', 'b']);
    expect(toggleInList(['a', 'b'], 'a')).toEqual(['b']);
  });
  it('"only this type" hides every other type', () => {
    const hidden = onlyType(index, 'denial');
    expect(hidden).not.toContain('denial');
    expect(hidden).toHaveLength(index.types.size - 1);
  });
  it('lists the polarities the taxonomy uses', () => {
    expect(polaritiesInUse(index)).toEqual(['cooperation', 'conflict', 'neutral']);
  });
});

describe('visibilityAfterTypeToggle', () => {
  it('gives what computing the visibility afresh gives, over a seeded run of type switches', () => {
    const index = fixtureIndex();
    const types = [...index.types.keys()];
    const kinds = [...new Set(index.file.nodes.map((n) => n.kind))];
    const random = mulberry32(5);
    for (const base of [DEFAULT_FILTERS, { ...DEFAULT_FILTERS, hiddenKinds: [kinds[0]!] }, { ...DEFAULT_FILTERS, hiddenPolarities: ['conflict' as const] }]) {
      let filters = base;
      let visibility = computeVisibility(index, filters);
      for (let step = 0; step < 40; step += 1) {
        const next = { ...filters, hiddenTypes: toggleInList(filters.hiddenTypes, types[Math.floor(random() * types.length)]!) };
        const quick = visibilityAfterTypeToggle(index, visibility, filters, next);
        const fresh = computeVisibility(index, next);
        expect(quick).not.toBeNull();
        expect([...quick!.edges].sort()).toEqual([...fresh.edges].sort());
        expect([...quick!.nodes].sort()).toEqual([...fresh.nodes].sort());
        filters = next;
        visibility = quick!;
      }
    }
  });

  it('declines when more than the types changed, or when isolated actors are hidden', () => {
    const index = fixtureIndex();
    const before = computeVisibility(index, DEFAULT_FILTERS);
    expect(visibilityAfterTypeToggle(index, before, DEFAULT_FILTERS, { ...DEFAULT_FILTERS, hiddenKinds: ['person'] })).toBeNull();
    expect(visibilityAfterTypeToggle(index, before, DEFAULT_FILTERS, { ...DEFAULT_FILTERS, hideIsolated: true })).toBeNull();
  });
});

describe('reviewed only', () => {
  const index = buildGraphIndex(reviewGraph(fixtureGraph()));
  const drafts = [SUGGESTED_EDGE, SUGGESTED_IN_BUNDLE, SUGGESTED_FROM_PROPOSED];
  const reviewedOnly = { ...DEFAULT_FILTERS, reviewedOnly: true };

  it('shows machine drafts by default', () => {
    const v = computeVisibility(index, DEFAULT_FILTERS);
    for (const id of drafts) expect(v.edges.has(id)).toBe(true);
    expect(v.nodes.has(PROPOSED_ACTOR)).toBe(true);
  });

  it('hides suggested relations and proposed actors, and keeps every reviewed relation (absent review = reviewed)', () => {
    const v = computeVisibility(index, reviewedOnly);
    for (const id of drafts) expect(v.edges.has(id)).toBe(false);
    expect(v.nodes.has(PROPOSED_ACTOR)).toBe(false);
    expect([...v.edges].sort()).toEqual(fixtureGraph().edges.map((e) => e.id).sort());
    // China's only relation is a draft: it stays unless actors without visible relations are hidden.
    expect(v.nodes.has('china')).toBe(true);
    const isolatedHidden = computeVisibility(index, { ...reviewedOnly, hideIsolated: true });
    expect(isolatedHidden.nodes.has('china')).toBe(false);
    expect(isolatedHidden.nodes.has('russia')).toBe(true);
  });

  it('holds through the time range and focus stages', () => {
    const v = computeViewVisibility(index, reviewedOnly, { range: { from: 2024, to: 2024 }, keepUndated: true }, { nodeId: 'taliban', depth: 1, expanded: [] });
    for (const id of drafts) expect(v.edges.has(id)).toBe(false);
    expect(v.nodes.has(PROPOSED_ACTOR)).toBe(false);
  });

  it('switching types keeps drafts hidden, and the quick path declines when the review filter changes', () => {
    const from = { ...reviewedOnly, hiddenTypes: ['meeting', 'recognition'] };
    const to = { ...reviewedOnly, hiddenTypes: [] };
    const quick = visibilityAfterTypeToggle(index, computeVisibility(index, from), from, to);
    expect([...quick!.edges].sort()).toEqual([...computeVisibility(index, to).edges].sort());
    expect(quick!.edges.has(SUGGESTED_EDGE)).toBe(false);
    expect(visibilityAfterTypeToggle(index, computeVisibility(index, DEFAULT_FILTERS), DEFAULT_FILTERS, reviewedOnly)).toBeNull();
  });

  it('is part of the filter state', () => {
    expect(isDefaultFilters(reviewedOnly)).toBe(false);
    expect(sameFilters(DEFAULT_FILTERS, reviewedOnly)).toBe(false);
    expect(sameFilters(reviewedOnly, { ...DEFAULT_FILTERS, reviewedOnly: true })).toBe(true);
  });

  it('counts the drafts per type, polarity and kind', () => {
    const c = draftCounts(index);
    expect(c.relations).toBe(3);
    expect(c.actors).toBe(1);
    expect(Object.fromEntries(c.byType)).toEqual({ recognition: 1, meeting: 1, delisting: 1 });
    expect(c.byPolarity.get('cooperation')).toBe(3);
    expect(Object.fromEntries(c.byKind)).toEqual({ agency: 1 });
    expect(draftCounts(fixtureIndex())).toMatchObject({ relations: 0, actors: 0 });
  });
});
