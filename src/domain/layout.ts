// The default layout: deterministic and fitted to the viewport, so that labels are readable
// at zoom 1 and do not overlap. Seeded start positions → ForceAtlas2 for a fixed number of
// iterations → scaled into the viewport → rectangles of node + label pushed apart.
// Actors without relations are set on a tidy shelf below the network instead of drifting.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { NodeKeys } from './graphology-keys';
import { mulberry32 } from './random';

export interface LayoutNode {
  id: string;
  /** Node diameter in px. */
  size: number;
  /** Label box (drawn centred below the node) in px. */
  labelWidth: number;
  labelHeight: number;
}

export interface LayoutInput {
  nodes: readonly LayoutNode[];
  edges: ReadonlyArray<{ source: string; target: string }>;
  /** The drawing area in px. */
  width: number;
  height: number;
  seed?: number;
}

export interface Point {
  x: number;
  y: number;
}

const MARGIN = 24;
const LABEL_GAP = 4;
const PAD = 4;

export interface Box {
  id: string;
  x: number;
  y: number;
  /** Half extents of the node + label rectangle, and the offset of its centre below the node centre. */
  hw: number;
  hh: number;
  dy: number;
  /** Radius of the node itself. */
  r: number;
}

function boxOf(n: LayoutNode, p: Point): Box {
  const hw = Math.max(n.size, n.labelWidth) / 2 + PAD;
  const h = n.size + LABEL_GAP + n.labelHeight;
  return { id: n.id, x: p.x, y: p.y, hw, hh: h / 2 + PAD / 2, dy: (LABEL_GAP + n.labelHeight) / 2, r: n.size / 2 };
}

/** Pushes overlapping rectangles apart along the axis of least overlap (sweep over x). */
export function removeOverlaps(boxes: Box[], maxPasses = 200): boolean {
  let movedAny = false;
  for (let pass = 0; pass < maxPasses; pass += 1) {
    let moved = false;
    const order = [...boxes].sort((a, b) => a.x - a.hw - (b.x - b.hw));
    for (let i = 0; i < order.length; i += 1) {
      const a = order[i]!;
      for (let j = i + 1; j < order.length; j += 1) {
        const b = order[j]!;
        if (b.x - b.hw >= a.x + a.hw) break;
        const ox = Math.min(a.x + a.hw, b.x + b.hw) - Math.max(a.x - a.hw, b.x - b.hw);
        const acy = a.y + a.dy;
        const bcy = b.y + b.dy;
        const oy = Math.min(acy + a.hh, bcy + b.hh) - Math.max(acy - a.hh, bcy - b.hh);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        movedAny = true;
        // Move along the cheaper axis; ties broken by id so the result does not depend on float noise.
        if (ox * 1.2 < oy) {
          const s = (ox / 2 + 0.01) * (a.x < b.x || (a.x === b.x && a.id < b.id) ? 1 : -1);
          a.x -= s;
          b.x += s;
        } else {
          const s = (oy / 2 + 0.01) * (acy < bcy || (acy === bcy && a.id < b.id) ? 1 : -1);
          a.y -= s;
          b.y += s;
        }
      }
    }
    if (!moved) return movedAny;
  }
  return movedAny;
}

export interface EdgeToClear {
  source: string;
  target: string;
  /** Keep labels off this edge too (bundles, whose count sits at the middle). */
  wide: boolean;
}

/**
 * Moves nodes off edges they are not part of, so that a node never looks attached to a line
 * that only passes under it; for wide edges the label box is kept clear as well.
 * Skipped on large graphs, where it would cost O(nodes × edges).
 */
export function pushOffEdges(boxes: Box[], edges: readonly EdgeToClear[], passes = 4, margin = 4): boolean {
  if (boxes.length * edges.length > 2_000_000) return false;
  let movedAny = false;
  const byId = new Map(boxes.map((b) => [b.id, b]));
  // The farthest a node's centre can be from an edge it touches: a quick test rules out the rest.
  let reachNode = 0;
  let reachBox = 0;
  for (const n of boxes) {
    reachNode = Math.max(reachNode, n.r);
    reachBox = Math.max(reachBox, n.hw + n.hh);
  }
  for (let pass = 0; pass < passes; pass += 1) {
    let moved = false;
    for (const edge of edges) {
      const a = byId.get(edge.source);
      const b = byId.get(edge.target);
      if (!a || !b) continue;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len = Math.hypot(dx, dy);
      if (len === 0) continue;
      // Unit normal of the edge.
      const nx = -dy / len;
      const ny = dx / len;
      const reach = (edge.wide ? reachBox : reachNode) + margin + 1;
      const x0 = Math.min(a.x, b.x) - reach;
      const x1 = Math.max(a.x, b.x) + reach;
      const y0 = Math.min(a.y, b.y) - reach;
      const y1 = Math.max(a.y, b.y) + reach;
      for (const n of boxes) {
        if (n === a || n === b) continue;
        const cx = n.x;
        const cy = edge.wide ? n.y + n.dy : n.y;
        if (cx < x0 || cx > x1 || cy < y0 || cy > y1) continue;
        const t = ((cx - a.x) * dx + (cy - a.y) * dy) / (len * len);
        if (t <= 0.04 || t >= 0.96) continue;
        const d = (cx - a.x) * nx + (cy - a.y) * ny;
        // Half the extent across the edge: the whole box (separating axis) or the node's circle.
        const support = (edge.wide ? n.hw * Math.abs(nx) + n.hh * Math.abs(ny) : n.r) + margin;
        if (Math.abs(d) >= support) continue;
        const side = d > 0 || (d === 0 && n.id > a.id) ? 1 : -1;
        const push = support - Math.abs(d) + 0.5;
        n.x += side * nx * push;
        n.y += side * ny * push;
        moved = true;
        movedAny = true;
      }
    }
    if (!moved) return movedAny;
  }
  return movedAny;
}

function fa2Iterations(order: number): number {
  if (order <= 100) return 500;
  if (order <= 1000) return 200;
  return 80;
}

export function computeLayout(input: LayoutInput): Map<string, Point> {
  const { nodes, edges, width, height } = input;
  const random = mulberry32(input.seed ?? 42);
  const connected = new Set<string>();
  const known = new Set(nodes.map((n) => n.id));
  for (const e of edges) {
    if (e.source === e.target || !known.has(e.source) || !known.has(e.target)) continue;
    connected.add(e.source);
    connected.add(e.target);
  }
  const main = nodes.filter((n) => connected.has(n.id));
  const shelf = nodes.filter((n) => !connected.has(n.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // Shelf first: it decides how much height the network gets.
  const shelfCell = Math.max(0, ...shelf.map((n) => Math.max(n.size, n.labelWidth) + 2 * PAD + 8));
  const shelfRowH = Math.max(0, ...shelf.map((n) => n.size + LABEL_GAP + n.labelHeight + 2 * PAD));
  const perRow = shelf.length ? Math.max(1, Math.floor((width - 2 * MARGIN) / shelfCell)) : 1;
  const shelfRows = Math.ceil(shelf.length / perRow);
  const shelfHeight = shelfRows * shelfRowH + (shelf.length && main.length ? 16 : 0);
  const mainBottom = height - MARGIN - shelfHeight;

  const positions = new Map<string, Point>();
  if (main.length > 0) {
    const g = new Graph({ type: 'undirected', multi: false });
    // Ids are not graphology keys (see graphology-keys.ts).
    const keys = new NodeKeys();
    for (const n of main) g.addNode(keys.add(n.id), { x: (random() - 0.5) * 100, y: (random() - 0.5) * 100, size: n.size });
    for (const e of edges) {
      const s = keys.key(e.source);
      const t = keys.key(e.target);
      if (s === undefined || t === undefined || s === t) continue;
      if (g.hasEdge(s, t)) g.updateEdgeAttribute(s, t, 'count', (c: number | undefined) => (c ?? 1) + 1);
      else g.addEdge(s, t, { count: 1 });
    }
    const settings = {
      ...forceAtlas2.inferSettings(g),
      gravity: 1,
      scalingRatio: 8,
      outboundAttractionDistribution: true,
      barnesHutOptimize: g.order > 500,
    };
    // Many relations between two actors pull them closer, but only a little (log), or hubs collapse.
    forceAtlas2.assign(g, { iterations: fa2Iterations(g.order), settings, getEdgeWeight: (_, a) => 1 + Math.log2(a.count as number) });

    // Scale into the area above the shelf, allowing a little anisotropy to use a wide viewport.
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    g.forEachNode((_, a) => {
      minX = Math.min(minX, a.x as number);
      maxX = Math.max(maxX, a.x as number);
      minY = Math.min(minY, a.y as number);
      maxY = Math.max(maxY, a.y as number);
    });
    const maxLabel = Math.max(...main.map((n) => Math.max(n.size, n.labelWidth)));
    const maxBelow = Math.max(...main.map((n) => n.size / 2 + LABEL_GAP + n.labelHeight));
    const availW = Math.max(1, width - 2 * MARGIN - maxLabel);
    const availH = Math.max(1, mainBottom - MARGIN - maxBelow - 20);
    const spanX = maxX - minX;
    const spanY = maxY - minY;
    let sx = spanX > 0 ? availW / spanX : 1;
    let sy = spanY > 0 ? availH / spanY : 1;
    if (spanX <= 0) sx = sy;
    if (spanY <= 0) sy = sx;
    const lo = Math.min(sx, sy);
    sx = Math.min(sx, lo * 1.6);
    sy = Math.min(sy, lo * 1.6);
    const cx = (minX + maxX) / 2;
    const cy = (minY + maxY) / 2;
    const ox = width / 2;
    const oy = (MARGIN + 20 + mainBottom - maxBelow) / 2;

    const byId = new Map(main.map((n) => [n.id, n]));
    const boxes = main.map((n) => {
      const a = g.getNodeAttributes(keys.key(n.id)!);
      return boxOf(n, { x: ox + ((a.x as number) - cx) * sx, y: oy + ((a.y as number) - cy) * sy });
    });
    const pairs = g.mapEdges((_, a, source, target) => ({ source: keys.id(source), target: keys.id(target), wide: (a.count as number) >= 4 }));
    // Both constraints in small alternating steps, until neither moves anything.
    const settle = () => {
      for (let round = 0; round < 60; round += 1) {
        const a = pushOffEdges(boxes, pairs, 1);
        const b = removeOverlaps(boxes, 2);
        if (!a && !b) return;
      }
      removeOverlaps(boxes);
    };
    settle();
    // Settling spreads the drawing; draw it back towards the viewport so that labels stay
    // readable at zoom 1, and settle again. A few rounds converge to a dense, clear packing.
    const areaW = width - 2 * MARGIN;
    const areaH = mainBottom - MARGIN;
    for (let round = 0; round < 6; round += 1) {
      const x0 = Math.min(...boxes.map((b) => b.x - b.hw));
      const x1 = Math.max(...boxes.map((b) => b.x + b.hw));
      const y0 = Math.min(...boxes.map((b) => b.y + b.dy - b.hh));
      const y1 = Math.max(...boxes.map((b) => b.y + b.dy + b.hh));
      const fx = Math.min(1, areaW / (x1 - x0));
      const fy = Math.min(1, areaH / (y1 - y0));
      if (fx > 0.98 && fy > 0.98) break;
      const mx = (x0 + x1) / 2;
      const my = (y0 + y1) / 2;
      for (const b of boxes) {
        b.x = width / 2 + (b.x - mx) * Math.max(fx, 0.8);
        b.y = MARGIN + areaH / 2 + (b.y - my) * Math.max(fy, 0.8);
      }
      settle();
    }
    for (const b of boxes) if (byId.has(b.id)) positions.set(b.id, { x: b.x, y: b.y });
  }

  // The shelf: a centred grid in id order, under the network.
  shelf.forEach((n, i) => {
    const row = Math.floor(i / perRow);
    const col = i % perRow;
    const inRow = Math.min(perRow, shelf.length - row * perRow);
    const rowWidth = inRow * shelfCell;
    const x = width / 2 - rowWidth / 2 + col * shelfCell + shelfCell / 2;
    const top = main.length ? mainBottom + 16 : (height - shelfRows * shelfRowH) / 2;
    const y = top + row * shelfRowH + PAD + n.size / 2;
    positions.set(n.id, { x, y });
  });
  return positions;
}
