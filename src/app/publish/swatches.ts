// Legend samples as plain shapes (lines, polygons, circles, rectangles) in a 26 × 12 box, drawn
// the same way into the PNG and the SVG. The dashes and widths are the canvas's (theme.ts); the
// arrow heads are theme.ts's (as the sidebar legend draws them); the glyphs repeat ui/bits.tsx's.
import type { Glyph } from '../../domain/kinds';
import { ARROW_BAR, ARROW_HEADS, DOTTED_EDGE_WIDTH, DRAFT_HALO, EDGE_WIDTH, LINE_DASH } from '../theme';
import type { Swatch } from './legend';

export type Shape =
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number; dash: readonly number[] | null; opacity: number }
  | { kind: 'polygon'; points: ReadonlyArray<readonly [number, number]>; fill: string; stroke: string | null; strokeWidth: number; opacity: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke: string | null; strokeWidth: number; opacity: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; rx: number; ry: number; fill: string; stroke: string; strokeWidth: number };

/** Glyph outlines in a 14 × 14 box (as ui/bits.tsx draws them). */
const GLYPH_POINTS: Partial<Record<Glyph, Array<[number, number]>>> = {
  diamond: [[7, 0.8], [13.2, 7], [7, 13.2], [0.8, 7]],
  triangle: [[7, 1.2], [13.2, 12.6], [0.8, 12.6]],
  hexagon: [[3.6, 1.2], [10.4, 1.2], [13.4, 7], [10.4, 12.8], [3.6, 12.8], [0.6, 7]],
  octagon: [[4.6, 0.8], [9.4, 0.8], [13.2, 4.6], [13.2, 9.4], [9.4, 13.2], [4.6, 13.2], [0.8, 9.4], [0.8, 4.6]],
  star: [[7, 0.6], [8.8, 5], [13.4, 5.2], [9.8, 8.2], [11, 12.8], [7, 10.2], [3, 12.8], [4.2, 8.2], [0.6, 5.2], [5.2, 5]],
  vee: [[0.8, 1.2], [7, 5], [13.2, 1.2], [7, 13]],
  tag: [[0.8, 2], [9, 2], [13.2, 7], [9, 12], [0.8, 12]],
};

/** The shapes of a swatch whose box's top left is (x, y). */
export function swatchShapes(swatch: Swatch, x: number, y: number): Shape[] {
  if (swatch.kind === 'none') return [];
  if (swatch.kind === 'halo') {
    return [
      { kind: 'circle', cx: x + 13, cy: y + 6, r: 7, fill: swatch.colour, stroke: null, strokeWidth: 0, opacity: 0.35 },
      { kind: 'circle', cx: x + 13, cy: y + 6, r: 4.2, fill: '#c9d3de', stroke: null, strokeWidth: 0, opacity: 1 },
    ];
  }
  if (swatch.kind === 'glyph') {
    // A 14 × 14 glyph centred in the box.
    const gx = x + 6;
    const gy = y - 1;
    const paint = { fill: swatch.fill, stroke: swatch.stroke, strokeWidth: 1.2 };
    if (swatch.glyph === 'circle') return [{ kind: 'circle', cx: gx + 7, cy: gy + 7, r: 6, ...paint, opacity: 1 }];
    if (swatch.glyph === 'square') return [{ kind: 'rect', x: gx + 1.2, y: gy + 1.2, width: 11.6, height: 11.6, rx: 2.6, ry: 2.6, ...paint }];
    if (swatch.glyph === 'barrel') return [{ kind: 'rect', x: gx + 1.2, y: gy + 1.2, width: 11.6, height: 11.6, rx: 5, ry: 2.5, ...paint }];
    const points = GLYPH_POINTS[swatch.glyph] ?? GLYPH_POINTS.octagon!;
    return [{ kind: 'polygon', points: points.map(([px, py]) => [gx + px, gy + py] as const), ...paint, opacity: 1 }];
  }
  const head = swatch.arrow === 'none' ? null : ARROW_HEADS[swatch.arrow];
  const opacity = swatch.faded ? 0.55 : 1;
  const shapes: Shape[] = [];
  if (swatch.faded) shapes.push({ kind: 'line', x1: x + 1, y1: y + 6, x2: x + 25, y2: y + 6, stroke: DRAFT_HALO, width: 8, dash: null, opacity: 0.25 });
  shapes.push({
    kind: 'line',
    x1: x,
    y1: y + 6,
    x2: x + (head ? head.lineEnd : 26),
    y2: y + 6,
    stroke: swatch.colour,
    width: swatch.line === 'dotted' ? DOTTED_EDGE_WIDTH : EDGE_WIDTH,
    dash: LINE_DASH[swatch.line],
    opacity,
  });
  if (head) {
    if (head.bar) {
      const b = { x1: x + ARROW_BAR.x, y1: y + ARROW_BAR.y, x2: x + ARROW_BAR.x + ARROW_BAR.width, y2: y + ARROW_BAR.y + ARROW_BAR.height };
      shapes.push({ kind: 'polygon', points: [[b.x1, b.y1], [b.x2, b.y1], [b.x2, b.y2], [b.x1, b.y2]], fill: swatch.colour, stroke: null, strokeWidth: 0, opacity });
    }
    shapes.push({ kind: 'polygon', points: head.points.map(([px, py]) => [x + px, y + py] as const), fill: swatch.faded ? '#ffffff' : swatch.colour, stroke: swatch.faded ? swatch.colour : null, strokeWidth: 1.2, opacity });
  }
  return shapes;
}
