// How relation types are told apart on the canvas and in the legend: four families, each with a
// hue range and an arrow shape, and within a family one colour per type from colour-blind-safe
// sets (Okabe–Ito, Paul Tol). The canvas style and the legend both read this module, so they
// cannot disagree. Colours themselves travel with the types in the graph file (the curated
// relation-types.yaml picks them from FAMILY_COLOURS); the arrow shapes are decided here.
import { worstDistance, REQUIRED_VISIONS, type Vision } from './colour-vision';
import { RELATION_FAMILIES, type RelationFamily, type RelationType } from './graph-contract';

/** Arrow heads that tell the families apart where colours alone may not (Cytoscape's names). */
export type ArrowCue = 'triangle' | 'triangle-tee' | 'diamond' | 'vee' | 'none';

export interface FamilyStyle {
  readonly id: RelationFamily;
  readonly label: string;
  /** What the family holds, for the legend's tooltip and the docs. */
  readonly description: string;
  /** The arrow head of the family's directed types (undirected types have none). */
  readonly arrow: Exclude<ArrowCue, 'none'>;
}

export const FAMILIES: Readonly<Record<RelationFamily, FamilyStyle>> = {
  cooperation: { id: 'cooperation', label: 'Cooperation and ties', description: 'Talks, forums, support, pledges, recognition, affiliation: blues and greens, plain arrow', arrow: 'triangle' },
  conflict: { id: 'conflict', label: 'Conflict', description: 'Opposition, military intervention and withdrawal: reds and browns, arrow with a bar', arrow: 'triangle-tee' },
  listing: { id: 'listing', label: 'Listing', description: 'Placement on and removal from terrorist or sanctions lists: purples, diamond head', arrow: 'diamond' },
  statements: { id: 'statements', label: 'Statements', description: 'Appeals, accusations, denials, reports: black, greys, olive and sand, open arrow', arrow: 'vee' },
};

export const FAMILY_ORDER: readonly RelationFamily[] = RELATION_FAMILIES;

/**
 * The colours a family's types may take: its hue range, from Okabe–Ito and Paul Tol's bright,
 * muted, vibrant, light and dark sets, without the palest (contrast with white below 1.5:1).
 * Greys are quiet ties or statements.
 */
export const FAMILY_COLOURS: Readonly<Record<RelationFamily, readonly string[]>> = {
  cooperation: ['#0077BB', '#117733', '#009E73', '#332288', '#77AADD', '#88CCEE', '#44AA99', '#228833', '#0072B2', '#4477AA', '#56B4E9', '#33BBEE', '#66CCEE', '#009988', '#44BB99', '#225522', '#225555', '#222255', '#BBBBBB', '#555555'],
  conflict: ['#CC3311', '#663333', '#EE6677', '#D55E00', '#E69F00', '#EE7733', '#EE8866', '#CC6677', '#EE3377', '#FFAABB'],
  listing: ['#CC79A7', '#AA4499', '#882255', '#AA3377'],
  statements: ['#000000', '#999933', '#555555', '#DDCC77', '#BBBBBB', '#666633', '#AAAA00', '#CCBB44', '#BBCC33'],
};

/**
 * Thresholds in CIEDE2000, each checked under normal vision, deuteranopia and protanopia
 * (relation-palette.test.ts). Two types drawn with the same arrow must be at least
 * DISTINCT_COLOURS apart: clearly different hues or lightness even on a 2px line. Types of
 * different families may come closer (their arrows differ) but the committed palette keeps every
 * pair at least COLOUR_FLOOR apart, which still reads as different when lines cross.
 */
export const DISTINCT_COLOURS = 15;
export const COLOUR_FLOOR = 7;

type TypeLike = Pick<RelationType, 'family' | 'polarity' | 'directed'>;

/** A type's family: its own, else by polarity (neutral and unknown types count as statements). */
export function familyOf(type: Pick<RelationType, 'family' | 'polarity'> | undefined): RelationFamily {
  if (type?.family) return type.family;
  if (type?.polarity === 'cooperation') return 'cooperation';
  if (type?.polarity === 'conflict') return 'conflict';
  return 'statements';
}

/** The arrow head a relation of this type is drawn with: its family's, none when undirected. */
export function arrowOf(type: TypeLike | undefined): ArrowCue {
  if (type?.directed === false) return 'none';
  return FAMILIES[familyOf(type)].arrow;
}

export interface TypeLook {
  readonly id: string;
  readonly label: string;
  readonly colour: string;
  readonly family: RelationFamily;
  readonly arrow: ArrowCue;
}

export function typeLook(type: RelationType): TypeLook {
  return { id: type.id, label: type.label, colour: type.color, family: familyOf(type), arrow: arrowOf(type) };
}

/** The types of a graph grouped by family, families in a fixed order, types in file order; empty families left out. */
export function typesByFamily(types: readonly RelationType[]): Array<{ family: FamilyStyle; types: TypeLook[] }> {
  const groups = new Map<RelationFamily, TypeLook[]>(FAMILY_ORDER.map((f) => [f, []]));
  for (const t of types) groups.get(familyOf(t))!.push(typeLook(t));
  return FAMILY_ORDER.filter((f) => groups.get(f)!.length > 0).map((f) => ({ family: FAMILIES[f], types: groups.get(f)! }));
}

export interface ColourPair {
  readonly a: string;
  readonly b: string;
  /** The smallest ΔE00 over the required visions, and the vision where it is smallest. */
  readonly distance: number;
  readonly vision: Vision;
  /** Drawn with the same arrow head: only colour tells them apart. */
  readonly sameCue: boolean;
}

/** Every pair of types with its worst-case colour distance, closest first. */
export function colourPairs(types: readonly RelationType[], visions: readonly Vision[] = REQUIRED_VISIONS): ColourPair[] {
  const looks = types.map(typeLook);
  const pairs: ColourPair[] = [];
  for (let i = 0; i < looks.length; i += 1) {
    for (let j = i + 1; j < looks.length; j += 1) {
      const a = looks[i]!;
      const b = looks[j]!;
      const { distance, vision } = worstDistance(a.colour, b.colour, visions);
      pairs.push({ a: a.id, b: b.id, distance, vision, sameCue: a.arrow === b.arrow });
    }
  }
  return pairs.sort((x, y) => x.distance - y.distance || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
}

/**
 * Pairs that only colour could tell apart and colour does not: the same arrow head and less than
 * DISTINCT_COLOURS apart for some required vision. Empty for a palette every reader can read.
 */
export function paletteClashes(types: readonly RelationType[]): ColourPair[] {
  return colourPairs(types).filter((p) => p.sameCue && p.distance < DISTINCT_COLOURS);
}
