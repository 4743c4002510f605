// The page of a published figure, laid out once for both the PNG and the SVG: the title and what
// is shown above the drawing, the legend below it in columns, then the caption (the view in words,
// the sources, the export date). Text is wrapped with a measurer the caller gives (a canvas in
// the browser, an estimate in unit tests), so both renderings break lines in the same places.
import { FONT_FAMILY } from '../theme';
import type { LegendSection, Swatch } from './legend';

/** The canvas's labels' font (theme.ts), so the figure's text matches the drawing's. */
export const FIGURE_FONT_FAMILY = FONT_FAMILY;
export const FIGURE_MARGIN = 28;
/** The text block is at least this wide, so a small graph still gets readable captions. */
export const MIN_CONTENT_WIDTH = 760;
/** A larger drawing is scaled down to fit this (px at zoom 1), keeping the PNG within canvas limits. */
export const MAX_GRAPH_SIDE = 2000;
const COLUMN_WIDTH = 250;
const COLUMN_GAP = 20;
const SWATCH_W = 26;
const SWATCH_H = 12;
const SWATCH_GAP = 8;

export interface FigureFont {
  size: number;
  weight: 400 | 600 | 700;
}

/** Width of `text` in px in that font. */
export type Measure = (text: string, font: FigureFont) => number;

export type FigureItem =
  /** `y` is the alphabetic baseline. */
  | { kind: 'text'; x: number; y: number; text: string; font: FigureFont; colour: string }
  /** A legend sample in a SWATCH_W × SWATCH_H box whose top left is (x, y). */
  | { kind: 'swatch'; x: number; y: number; swatch: Swatch }
  | { kind: 'rule'; x1: number; x2: number; y: number; colour: string };

export interface Figure {
  width: number;
  height: number;
  /** Where the drawing goes, and its scale (1: as drawn at zoom 1). */
  graph: { x: number; y: number; width: number; height: number; scale: number };
  items: FigureItem[];
}

export interface FigureInput {
  /** The drawing's size at zoom 1. */
  graph: { width: number; height: number };
  title: string;
  subtitle: string;
  legend: readonly LegendSection[];
  /** Paragraphs under the legend. */
  caption: readonly string[];
}

export const SWATCH_BOX = { width: SWATCH_W, height: SWATCH_H } as const;

const TITLE: FigureFont = { size: 22, weight: 700 };
const SUBTITLE: FigureFont = { size: 13, weight: 400 };
const HEAD: FigureFont = { size: 12, weight: 700 };
const BODY: FigureFont = { size: 12, weight: 400 };
const CAPTION: FigureFont = { size: 11.5, weight: 400 };
const INK = '#1f2933';
const MUTED = '#5c6877';

/** Greedy line breaking at spaces; a word wider than the line is cut where it overflows. */
export function wrapText(text: string, width: number, font: FigureFont, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string): void => {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, font) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
    // A single word wider than the line: cut it into pieces that fit.
    while (measure(line, font) > width && line.length > 1) {
      // The longest head that fits (at least one character), by bisection.
      let lo = 1;
      let hi = line.length - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (measure(line.slice(0, mid), font) <= width) lo = mid;
        else hi = mid - 1;
      }
      lines.push(line.slice(0, lo));
      line = line.slice(lo);
    }
  };
  for (const word of text.split(/\s+/).filter(Boolean)) push(word);
  if (line) lines.push(line);
  return lines;
}

const lineHeight = (font: FigureFont): number => Math.round(font.size * 1.38);

export function layoutFigure(input: FigureInput, measure: Measure): Figure {
  const items: FigureItem[] = [];
  const scale = Math.min(1, MAX_GRAPH_SIDE / Math.max(1, input.graph.width), MAX_GRAPH_SIDE / Math.max(1, input.graph.height));
  const graphW = input.graph.width * scale;
  const graphH = input.graph.height * scale;
  const contentW = Math.ceil(Math.max(MIN_CONTENT_WIDTH, graphW));
  const x0 = FIGURE_MARGIN;
  let y = FIGURE_MARGIN;

  const paragraph = (text: string, font: FigureFont, colour: string, x: number, width: number): void => {
    for (const line of wrapText(text, width, font, measure)) {
      y += lineHeight(font);
      items.push({ kind: 'text', x, y: y - Math.round(font.size * 0.3), text: line, font, colour });
    }
  };

  paragraph(input.title, TITLE, INK, x0, contentW);
  y += 2;
  paragraph(input.subtitle, SUBTITLE, MUTED, x0, contentW);
  y += 12;
  const graph = { x: x0 + (contentW - graphW) / 2, y, width: graphW, height: graphH, scale };
  y += graphH + 12;
  items.push({ kind: 'rule', x1: x0, x2: x0 + contentW, y, colour: '#cfd6de' });
  y += 14;

  // Legend: each section goes to the shortest column.
  const columns = Math.max(1, Math.floor((contentW + COLUMN_GAP) / (COLUMN_WIDTH + COLUMN_GAP)));
  const colW = (contentW - COLUMN_GAP * (columns - 1)) / columns;
  const bottoms = new Array<number>(columns).fill(y);
  for (const section of input.legend) {
    const col = bottoms.indexOf(Math.min(...bottoms));
    const x = x0 + col * (colW + COLUMN_GAP);
    let cy = bottoms[col]!;
    cy += lineHeight(HEAD);
    items.push({ kind: 'text', x, y: cy - 4, text: section.title, font: HEAD, colour: INK });
    cy += 4;
    for (const entry of section.entries) {
      const font: FigureFont = entry.strong ? { size: BODY.size, weight: 600 } : BODY;
      const textX = entry.swatch.kind === 'none' ? x : x + SWATCH_W + SWATCH_GAP;
      const lines = wrapText(entry.label, x + colW - textX, font, measure);
      if (entry.swatch.kind !== 'none') items.push({ kind: 'swatch', x, y: cy + 2, swatch: entry.swatch });
      lines.forEach((line, i) => items.push({ kind: 'text', x: textX, y: cy + 12 + i * 16, text: line, font, colour: INK }));
      cy += Math.max(1, lines.length) * 16 + 3;
    }
    bottoms[col] = cy + 12;
  }
  y = Math.max(...bottoms);

  for (const text of input.caption) {
    paragraph(text, CAPTION, '#374151', x0, contentW);
    y += 4;
  }
  return { width: Math.ceil(contentW + 2 * FIGURE_MARGIN), height: Math.ceil(y + FIGURE_MARGIN), graph, items };
}
