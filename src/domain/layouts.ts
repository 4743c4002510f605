// The explorer's alternative layouts, as pure functions of node sizes and label boxes:
// concentric by importance (most important in the centre) and circles grouped by actor kind.
// Deterministic (ties broken by id) and free of overlaps between node + label boxes.
// The force-directed layout is computeLayout in layout.ts.
import { removeOverlaps, type Box, type LayoutNode, type Point } from './layout';

export const LAYOUTS = ['force', 'concentric', 'kinds'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const LAYOUT_LABEL: Record<LayoutName, string> = {
  force: 'Force-directed',
  concentric: 'Concentric by importance',
  kinds: 'Circles by kind',
};

const GAP = 10;
const LABEL_GAP = 4;
const PAD = 4;

function cell(n: LayoutNode): { w: number; h: number } {
  return { w: Math.max(n.size, n.labelWidth) + 2 * PAD, h: n.size + LABEL_GAP + n.labelHeight + PAD };
}

function boxAt(n: LayoutNode, p: Point): Box {
  const { w, h } = cell(n);
  return { id: n.id, x: p.x, y: p.y, hw: w / 2, hh: h / 2, dy: (LABEL_GAP + n.labelHeight) / 2, r: n.size / 2 };
}

function ellipsePerimeter(a: number, b: number): number {
  // Ramanujan's approximation.
  return Math.PI * (3 * (a + b) - Math.sqrt((3 * a + b) * (a + 3 * b)));
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const byValueThenId = (value: (id: string) => number) => (a: LayoutNode, b: LayoutNode) =>
  value(b.id) - value(a.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Concentric rings around (0, 0), filled in order of decreasing `value`: the most important
 * actor in the centre, then as many as fit on each ring. Rings are ellipses whose radii grow by
 * one cell width across and one cell height down, so neighbouring rings never share a label's
 * space; a final pass removes any overlap left at the diagonals.
 */
export function concentricLayout(nodes: readonly LayoutNode[], value: (id: string) => number): Map<string, Point> {
  const sorted = [...nodes].sort(byValueThenId(value));
  const out = new Map<string, Point>();
  if (sorted.length === 0) return out;
  // Steps sized for a typical label, not the longest one: the few long labels are then pushed
  // apart by removeOverlaps, instead of every ring being spaced for them.
  const stepX = quantile(sorted.map((n) => cell(n).w), 0.75) + GAP;
  const stepY = quantile(sorted.map((n) => cell(n).h), 0.75) + GAP;
  const boxes: Box[] = [boxAt(sorted[0]!, { x: 0, y: 0 })];
  let next = 1;
  for (let ring = 1; next < sorted.length; ring++) {
    // Half a step more than the ring number: the first ring, where a hub's edges converge,
    // gets room for its labels.
    const a = (ring + 0.5) * stepX * 0.75;
    const b = (ring + 0.5) * stepY;
    const capacity = Math.max(1, Math.floor(ellipsePerimeter(a, b) / stepX));
    const members = sorted.slice(next, next + capacity);
    next += members.length;
    // Alternate rings start half a step apart, so that labels do not line up along spokes.
    const offset = -Math.PI / 2 + (ring % 2 ? 0 : Math.PI / Math.max(1, members.length));
    members.forEach((n, i) => {
      const t = offset + (2 * Math.PI * i) / members.length;
      boxes.push(boxAt(n, { x: a * Math.cos(t), y: b * Math.sin(t) }));
    });
  }
  removeOverlaps(boxes);
  for (const b of boxes) out.set(b.id, { x: b.x, y: b.y });
  return out;
}

/**
 * One small concentric circle per actor kind (the most connected member in its centre), the
 * circles packed in rows, largest kinds first, so that the whole has about the `aspect`
 * (width / height) of the canvas.
 */
export function kindCirclesLayout(
  nodes: readonly LayoutNode[],
  kindOf: (id: string) => string,
  value: (id: string) => number,
  aspect: number,
): Map<string, Point> {
  const groups = new Map<string, LayoutNode[]>();
  for (const n of nodes) {
    const k = kindOf(n.id);
    const list = groups.get(k);
    if (list) list.push(n);
    else groups.set(k, [n]);
  }
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const blocks = ordered.map(([, members]) => {
    const pos = concentricLayout(members, value);
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (const n of members) {
      const p = pos.get(n.id)!;
      const { w, h } = cell(n);
      x1 = Math.min(x1, p.x - w / 2);
      x2 = Math.max(x2, p.x + w / 2);
      y1 = Math.min(y1, p.y - n.size / 2);
      y2 = Math.max(y2, p.y - n.size / 2 + h);
    }
    return { pos, x1, y1, w: x2 - x1, h: y2 - y1 };
  });
  const margin = 3 * GAP;
  const area = blocks.reduce((sum, b) => sum + (b.w + margin) * (b.h + margin), 0);
  const rowWidth = Math.max(Math.sqrt(area * Math.max(0.2, aspect)), ...blocks.map((b) => b.w));
  const out = new Map<string, Point>();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const b of blocks) {
    if (x > 0 && x + b.w > rowWidth) {
      x = 0;
      y += rowHeight + margin;
      rowHeight = 0;
    }
    for (const [id, p] of b.pos) out.set(id, { x: x + (p.x - b.x1), y: y + (p.y - b.y1) });
    x += b.w + margin;
    rowHeight = Math.max(rowHeight, b.h);
  }
  return out;
}
