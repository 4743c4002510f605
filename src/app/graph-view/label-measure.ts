// Label boxes for layouts (which keep labels apart) and for the big labels at scale (which must
// not cover each other). Measured with the renderer's canvas font; the measurer is injectable so
// that the layouts are the same in Node as in the browser's fallback.
import { LABEL_FONT_FAMILY, LABEL_FONT_SIZE, LABEL_FONT_WEIGHT, LABEL_LINE_HEIGHT, LABEL_MARGIN, LABEL_MAX_WIDTH, LABEL_PADDING } from './cy-style';

/** Width in px of `text` drawn in the CSS `font`; null when it cannot be measured. */
export type TextMeasurer = (text: string, font: string) => number | null;

export interface Box {
  width: number;
  height: number;
}

/** Without a canvas: an average glyph width for the font size. */
export const estimateWidth: TextMeasurer = (text, font) => text.length * (Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1]) || LABEL_FONT_SIZE) * 0.58;

export function labelFont(fontSize = LABEL_FONT_SIZE, weight: number = LABEL_FONT_WEIGHT): string {
  return `${weight} ${fontSize}px ${LABEL_FONT_FAMILY}`;
}

/** Width and height of a wrapped node label as the renderer wraps it (LABEL_MAX_WIDTH per line). */
export function labelBox(measure: TextMeasurer, text: string, fontSize = LABEL_FONT_SIZE, weight: number = LABEL_FONT_WEIGHT): Box {
  const font = labelFont(fontSize, weight);
  const width = (s: string): number => measure(s, font) ?? estimateWidth(s, font) ?? 0;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && width(candidate) > LABEL_MAX_WIDTH) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return {
    width: Math.max(...lines.map(width)) + 2 * LABEL_PADDING,
    height: lines.length * fontSize * LABEL_LINE_HEIGHT + 2 * LABEL_PADDING + LABEL_MARGIN,
  };
}

/** Label boxes per actor, measured once per graph. */
export class LabelBoxes {
  private readonly boxes = new Map<string, Box>();
  constructor(
    private readonly measure: TextMeasurer,
    private readonly labelOf: (id: string) => string,
    private readonly fontSize = LABEL_FONT_SIZE,
    private readonly weight: number = LABEL_FONT_WEIGHT,
  ) {}

  of(id: string): Box {
    let box = this.boxes.get(id);
    if (!box) this.boxes.set(id, (box = labelBox(this.measure, this.labelOf(id), this.fontSize, this.weight)));
    return box;
  }
}

/** A rectangle on screen (rendered px). */
export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const overlaps = (a: Rect, b: Rect): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** An actor that may get a label: its centre and radius on screen. */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  radius: number;
}

/** Where a label may sit around its actor, in order of preference (below is where labels usually are; the corners last). */
export const LABEL_PLACES = [
  'below',
  'above',
  'right',
  'left',
  // Below or above, slid a third of the label's width aside: still centred near the actor.
  'below-slid-right',
  'below-slid-left',
  'above-slid-right',
  'above-slid-left',
  'below-right',
  'below-left',
  'above-right',
  'above-left',
] as const;
export type LabelPlace = (typeof LABEL_PLACES)[number];

/** How far a slid place moves the label sideways (screen px; 0 for the others). */
export function slideOf(place: LabelPlace, box: Box): number {
  return place.endsWith('-slid-right') ? box.width / 3 : place.endsWith('-slid-left') ? -box.width / 3 : 0;
}

/** The label's rectangle on screen when placed there (the stylesheet draws each place: cy-style `lm-*`). */
export function labelRect(c: LabelCandidate, box: Box, place: LabelPlace = 'below'): Rect {
  const { x, y, radius: r } = c;
  const { width: w, height: h } = box;
  if (place === 'below') return { x1: x - w / 2, y1: y + r, x2: x + w / 2, y2: y + r + h };
  if (place === 'above') return { x1: x - w / 2, y1: y - r - h, x2: x + w / 2, y2: y - r };
  if (place === 'right') return { x1: x + r, y1: y - h / 2, x2: x + r + w, y2: y + h / 2 };
  if (place === 'left') return { x1: x - r - w, y1: y - h / 2, x2: x - r, y2: y + h / 2 };
  const slide = slideOf(place, box);
  if (slide !== 0) {
    const base = labelRect(c, box, place.startsWith('below') ? 'below' : 'above');
    return { x1: base.x1 + slide, y1: base.y1, x2: base.x2 + slide, y2: base.y2 };
  }
  // Diagonal: the label's corner at the corner of the actor's box.
  const [dx, dy] = place.split('-') as ['below' | 'above', 'right' | 'left'];
  const y1 = dx === 'below' ? y + r : y - r - h;
  const x1 = dy === 'right' ? x + r : x - r - w;
  return { x1, y1, x2: x1 + w, y2: y1 + h };
}

export interface LabelChoice {
  /** At most this many labels. */
  budget: number;
  /** The canvas: an actor whose centre lies outside gets no label, nor a label that would stick out. */
  bounds: Rect;
  /** What labels must not cover: other labels already drawn (the selection's big labels). */
  obstacles?: readonly Rect[];
  /** Where a label may go, in order of preference; below only by default. */
  places?: readonly LabelPlace[];
  /** Actors a label must not cover (its own excepted): on a graph drawn whole, a name over another actor hides it. */
  bodies?: readonly LabelCandidate[];
}

/** Screen px kept clear around each actor that labels must not cover (the renderer rounds label boxes). */
const BODY_CLEARANCE = 2;

const inside = (r: Rect, b: Rect): boolean => r.x1 >= b.x1 && r.x2 <= b.x2 && r.y1 >= b.y1 && r.y2 <= b.y2;

/**
 * Labels for the most important actors that fit without covering each other: candidates in order
 * of importance, each labelled at the first of its places where the label covers no label and no
 * labelled actor (and its own actor lies under no label), until the budget is spent. A pile of
 * overlapping names reads as none; an actor left out stays drawn and findable by search.
 * Returns the chosen actors, in that order, with the place of each label.
 */
export function chooseLabels(candidates: Iterable<LabelCandidate>, boxOf: (id: string) => Box, choice: LabelChoice): Map<string, LabelPlace> {
  const { budget, bounds, places = ['below'], bodies = [] } = choice;
  const taken: Rect[] = [...(choice.obstacles ?? [])];
  const coversAnother = (id: string, rect: Rect): boolean =>
    bodies.some((b) => b.id !== id && overlaps(rect, { x1: b.x - b.radius - BODY_CLEARANCE, y1: b.y - b.radius - BODY_CLEARANCE, x2: b.x + b.radius + BODY_CLEARANCE, y2: b.y + b.radius + BODY_CLEARANCE }));
  const chosen = new Map<string, LabelPlace>();
  for (const c of candidates) {
    if (chosen.size >= budget) break;
    if (c.x < bounds.x1 || c.x > bounds.x2 || c.y < bounds.y1 || c.y > bounds.y2) continue;
    const body = { x1: c.x - c.radius, y1: c.y - c.radius, x2: c.x + c.radius, y2: c.y + c.radius };
    if (taken.some((t) => overlaps(t, body))) continue;
    const box = boxOf(c.id);
    for (const place of places) {
      const rect = labelRect(c, box, place);
      if (!inside(rect, bounds) || taken.some((t) => overlaps(t, rect)) || coversAnother(c.id, rect)) continue;
      taken.push(rect, body);
      chosen.set(c.id, place);
      break;
    }
  }
  return chosen;
}
