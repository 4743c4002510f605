import { describe, expect, it } from 'vitest';
import graphText from '../../data/graph.json?raw';
import { REQUIRED_VISIONS, worstDistance } from './colour-vision';
import { validateGraph, type RelationType } from './graph-contract';
import {
  arrowOf,
  COLOUR_FLOOR,
  colourPairs,
  DISTINCT_COLOURS,
  FAMILIES,
  FAMILY_COLOURS,
  familyOf,
  paletteClashes,
  typesByFamily,
} from './relation-palette';

const checked = validateGraph(JSON.parse(graphText));
if (!checked.ok) throw new Error(`data/graph.json does not validate: ${JSON.stringify(checked.issues)}`);
const committed = checked.graph.relationTypes;

const type = (id: string, color: string, extra: Partial<RelationType> = {}): RelationType => ({ id, label: id, color, plover: '', polarity: 'neutral', ...extra });
const format = (p: { a: string; b: string; distance: number; vision: string }) => `${p.a}/${p.b} ${p.distance.toFixed(1)} (${p.vision})`;

describe('the committed palette (data/graph.json, from data/curated/relation-types.yaml)', () => {
  it('gives all 16 types a family and a colour from that family’s hue range', () => {
    expect(committed).toHaveLength(16);
    for (const t of committed) {
      expect(t.family, `${t.id} has no family`).toBeDefined();
      expect(FAMILY_COLOURS[familyOf(t)], `${t.id}: ${t.color} is not a ${familyOf(t)} colour`).toContain(t.color.toUpperCase());
    }
    expect(new Set(committed.map((t) => t.color.toUpperCase())).size).toBe(16);
  });

  it(`keeps types drawn with the same arrow at least ΔE00 ${DISTINCT_COLOURS} apart in normal vision, deuteranopia and protanopia`, () => {
    expect(paletteClashes(committed).map(format)).toEqual([]);
    // The check is about pairs that share an arrow: there are such pairs in every family.
    expect(colourPairs(committed).filter((p) => p.sameCue).length).toBeGreaterThan(20);
  });

  it(`keeps every pair of types at least ΔE00 ${COLOUR_FLOOR} apart under those visions, and ${DISTINCT_COLOURS} apart where their arrows are the same`, () => {
    for (const p of colourPairs(committed)) {
      expect(p.distance, format(p)).toBeGreaterThanOrEqual(p.sameCue ? DISTINCT_COLOURS : COLOUR_FLOOR);
    }
  });

  it('places the types in the families the curators chose, and draws Talks without an arrow', () => {
    const families = Object.fromEntries(typesByFamily(committed).map((g) => [g.family.id, g.types.map((t) => t.id)]));
    expect(families).toEqual({
      cooperation: ['consultation', 'hosting', 'participation', 'support', 'pledge', 'recognition', 'affiliation'],
      conflict: ['withdrawal', 'opposition', 'intervention'],
      listing: ['delisting', 'listing'],
      statements: ['accusation', 'denial', 'appeal', 'reports'],
    });
    expect(arrowOf(committed.find((t) => t.id === 'consultation'))).toBe('none');
    expect(arrowOf(committed.find((t) => t.id === 'denial'))).toBe('vee');
  });
});

describe('the palette check', () => {
  it('reports two types with the same arrow and colours a deuteranope cannot tell apart', () => {
    // Tol bright red and Okabe–Ito orange are far apart in normal vision, close for red–green deficiency.
    const types = [type('a', '#EE6677', { family: 'conflict' }), type('b', '#D55E00', { family: 'conflict' })];
    const clash = paletteClashes(types);
    expect(clash).toHaveLength(1);
    expect(clash[0]).toMatchObject({ a: 'a', b: 'b', sameCue: true });
    expect(clash[0]!.distance).toBeLessThan(DISTINCT_COLOURS);
    expect(worstDistance('#EE6677', '#D55E00', ['normal']).distance).toBeGreaterThan(DISTINCT_COLOURS);
  });

  it('lets two types share a colour when their arrows differ, never when they are the same', () => {
    const shared = '#0077BB';
    expect(paletteClashes([type('a', shared, { family: 'cooperation' }), type('b', shared, { family: 'conflict' })])).toEqual([]);
    expect(paletteClashes([type('a', shared, { family: 'cooperation' }), type('b', shared, { family: 'cooperation', directed: false })])).toEqual([]);
    expect(paletteClashes([type('a', shared, { family: 'cooperation' }), type('b', shared, { polarity: 'cooperation' })])).toHaveLength(1);
  });

  it('found the old palette wanting: its closest pairs were under ΔE00 7 for a red–green deficiency', () => {
    // The 16 colours before the families (relation-types.yaml at fbae84a), all drawn with one arrow.
    const old = ['#4477AA', '#56B4E9', '#332288', '#AA4499', '#009E73', '#117733', '#DDCC77', '#999933', '#882255', '#E69F00', '#D55E00', '#CC79A7', '#EE6677', '#000000', '#BBBBBB', '#F0E442'];
    const pairs = colourPairs(old.map((c, i) => type(`t${i}`, c)), REQUIRED_VISIONS);
    expect(pairs[0]!.distance).toBeLessThan(COLOUR_FLOOR);
    expect(pairs.filter((p) => p.distance < DISTINCT_COLOURS).length).toBeGreaterThan(10);
  });
});

describe('families of types the file does not place', () => {
  it('follows polarity: cooperation and conflict keep theirs, neutral and unknown types are statements', () => {
    expect(familyOf(type('x', '#000000', { polarity: 'cooperation' }))).toBe('cooperation');
    expect(familyOf(type('x', '#000000', { polarity: 'conflict' }))).toBe('conflict');
    expect(familyOf(type('x', '#000000'))).toBe('statements');
    expect(familyOf(undefined)).toBe('statements');
    expect(familyOf(type('x', '#000000', { polarity: 'conflict', family: 'listing' }))).toBe('listing');
  });

  it('draws each family’s arrow, and none for an undirected type', () => {
    for (const f of Object.values(FAMILIES)) expect(arrowOf(type('x', '#000000', { family: f.id }))).toBe(f.arrow);
    expect(new Set(Object.values(FAMILIES).map((f) => f.arrow)).size).toBe(4);
    expect(arrowOf(type('x', '#000000', { family: 'conflict', directed: false }))).toBe('none');
  });

  it('groups an imported graph’s types in family order, leaving empty families out', () => {
    const groups = typesByFamily([type('related', '#0072B2'), type('ally', '#009E73', { polarity: 'cooperation' })]);
    expect(groups.map((g) => [g.family.id, g.types.map((t) => t.id)])).toEqual([
      ['cooperation', ['ally']],
      ['statements', ['related']],
    ]);
  });
});
