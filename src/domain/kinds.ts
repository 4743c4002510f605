// How each actor kind is drawn: a glyph (shape) and a colour, shared by the canvas and the legend.
// Kinds are open-ended (kebab-case strings from the registry); unknown kinds get a stable fallback.

export type Glyph = 'circle' | 'square' | 'diamond' | 'hexagon' | 'triangle' | 'octagon' | 'star' | 'vee' | 'tag' | 'barrel';

export interface KindStyle {
  kind: string;
  label: string;
  glyph: Glyph;
  /** Fill colour of the node (muted, so that edge colours stay the loud ones). */
  fill: string;
  /** Border colour, darker than the fill. */
  stroke: string;
}

const KNOWN: Record<string, Omit<KindStyle, 'kind'>> = {
  state: { label: 'State', glyph: 'circle', fill: '#8fb3d9', stroke: '#2f5d8c' },
  government: { label: 'Government', glyph: 'square', fill: '#a9c7a0', stroke: '#3f6b35' },
  'armed-group': { label: 'Armed group', glyph: 'diamond', fill: '#e3a39b', stroke: '#93392f' },
  person: { label: 'Person', glyph: 'triangle', fill: '#f0cf85', stroke: '#8a6514' },
  igo: { label: 'Intergovernmental org.', glyph: 'hexagon', fill: '#b9a7d6', stroke: '#5a4284' },
  forum: { label: 'Forum', glyph: 'octagon', fill: '#9fd3cc', stroke: '#2d766c' },
  media: { label: 'Media', glyph: 'tag', fill: '#d3c2b0', stroke: '#6f5a44' },
  military: { label: 'Military', glyph: 'vee', fill: '#b7b79a', stroke: '#5b5b38' },
  agency: { label: 'Agency', glyph: 'barrel', fill: '#c7c7c7', stroke: '#555555' },
  'event-series': { label: 'Event series', glyph: 'star', fill: '#e7b3cf', stroke: '#8a3a66' },
};

const FALLBACK_GLYPHS: Glyph[] = ['octagon', 'barrel', 'star', 'vee', 'tag', 'hexagon'];
const FALLBACK_COLOURS: Array<[string, string]> = [
  ['#c6d4e1', '#4a6072'],
  ['#d9c9e3', '#5f4a73'],
  ['#d5e3c9', '#4f6440'],
  ['#e8d4c4', '#74523a'],
];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** "armed-group" → "Armed group". */
export function humanizeKind(kind: string): string {
  const words = kind.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function kindStyle(kind: string): KindStyle {
  const known = Object.hasOwn(KNOWN, kind) ? KNOWN[kind] : undefined;
  if (known) return { kind, ...known };
  const h = hash(kind);
  const [fill, stroke] = FALLBACK_COLOURS[h % FALLBACK_COLOURS.length]!;
  return { kind, label: humanizeKind(kind), glyph: FALLBACK_GLYPHS[h % FALLBACK_GLYPHS.length]!, fill, stroke };
}
