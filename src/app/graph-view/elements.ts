// Cytoscape element definitions of actors, relations, bundles and merged lines. The data fields
// are what the stylesheet reads (cy-style.ts): colours per kind and type travel in data.
import type cytoscape from 'cytoscape';
import type { GraphIndex } from '../../domain/graph-index';
import { isDirected } from '../../domain/graph-index';
import { relationSize } from '../../domain/importance';
import { arrowOf } from '../../domain/relation-palette';
import { kindStyle } from '../../domain/kinds';
import type { AggregateEdge, Projection } from '../../domain/level-of-detail';
import { anySuggested, edgeStatus, isSuggested, statusStyle, weakestLine } from '../../domain/status';
import { NEUTRAL_EDGE } from '../theme';
import { edgeLabel, SHAPES } from './cy-style';

/** Whether a merged line holds a machine draft, which it then shows (see cy-style). */
export function holdsDraft(index: GraphIndex, members: readonly string[]): boolean {
  return anySuggested(members.map((m) => index.edges.get(m)!));
}

export function nodeElement(index: GraphIndex, id: string): cytoscape.ElementDefinition {
  const n = index.nodes.get(id)!;
  const k = kindStyle(n.kind);
  return {
    group: 'nodes',
    data: { id: n.id, label: n.label, size: relationSize(index.degree.get(n.id) ?? 0), shape: SHAPES[k.glyph], fill: k.fill, stroke: k.stroke, proposed: isSuggested(n) },
  };
}

export function relationElement(index: GraphIndex, id: string): cytoscape.ElementDefinition {
  const e = index.edges.get(id)!;
  const type = index.types.get(e.type);
  return {
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      color: type?.color ?? '#888888',
      typeLabel: edgeLabel(type?.label ?? e.type, e),
      directed: isDirected(index, e.type),
      // The family's arrow head (relation-palette.ts), as the legend draws it.
      arrow: arrowOf(type),
      line: statusStyle(edgeStatus(e)).line,
      suggested: isSuggested(e),
      // Articles that report the claim (line width by reports, report-widths.ts).
      reports: e.reports?.length ?? 1,
    },
  };
}

/** A line standing for several relations of a pair at scale, drawn with its least certain member's line. */
export function aggregateElement(index: GraphIndex, a: AggregateEdge): cytoscape.ElementDefinition {
  return {
    group: 'edges',
    // A pair holding a denial is not drawn as fact.
    data: {
      id: a.id,
      source: a.source,
      target: a.target,
      bundle: true,
      count: a.members.length,
      color: index.types.get(a.type)?.color ?? NEUTRAL_EDGE,
      line: weakestLine(a.members.map((m) => index.edges.get(m)!)),
      suggested: holdsDraft(index, a.members),
    },
  };
}

/** A bundle edge (without level of detail): hidden until its pair is collapsed. */
export function bundleElement(index: GraphIndex, id: string, members: readonly string[]): cytoscape.ElementDefinition {
  const first = index.edges.get(members[0]!)!;
  return {
    group: 'edges',
    classes: 'hidden',
    data: { id, source: first.source, target: first.target, bundle: true, count: members.length, color: NEUTRAL_EDGE, line: 'solid', suggested: false },
  };
}

/**
 * Everything drawn, except the ids in `skip` (already on the canvas): the projection's actors,
 * relations and merged lines at scale, else every actor and relation and the bundle edges.
 */
export function canvasElements(
  index: GraphIndex,
  projection: Projection | null,
  bundleMembers: ReadonlyMap<string, readonly string[]>,
  skip?: ReadonlySet<string>,
): cytoscape.ElementDefinition[] {
  const els: cytoscape.ElementDefinition[] = [];
  // At scale only what the projection draws is looked at, not every actor and relation of the file.
  const nodes = projection ? projection.nodes : index.file.nodes.map((n) => n.id);
  const edges = projection ? projection.edges : index.file.edges.map((e) => e.id);
  for (const id of nodes) if (!skip?.has(id)) els.push(nodeElement(index, id));
  for (const id of edges) if (!skip?.has(id)) els.push(relationElement(index, id));
  if (projection) {
    for (const a of projection.aggregates) if (!skip?.has(a.id)) els.push(aggregateElement(index, a));
  } else for (const [id, members] of bundleMembers) els.push(bundleElement(index, id, members));
  return els;
}

/**
 * Parallel relations of a pair are drawn fanned out (curves bulging to either side of the straight
 * line). A fan never bulges further than this (model px), and never over an actor other than the
 * pair's two: where there is no room, its curves are drawn closer together.
 */
export const MAX_FAN_OFFSET = 48;
/** Distance between two neighbouring curves at their middle: wished for, and the least before curves are packed tighter. */
const FAN_GAP = 13;
const MIN_FAN_GAP = 4;
/** Room kept between a curve and another actor's body (model px), beyond the curve's own width. */
export const FAN_CLEARANCE = 4;

export interface Point {
  readonly x: number;
  readonly y: number;
}
export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/**
 * Points along the curve drawn from p to q bulging `offset` to the left of p→q at its middle: a
 * quadratic Bézier whose control point lies twice as far out (as Cytoscape draws an unbundled
 * Bézier with one control point), starting and ending on circles of radius rp and rq round p and q.
 */
export function fanCurve(p: Point, q: Point, offset: number, rp = 0, rq = 0): Point[] {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const len = Math.hypot(dx, dy) || 1;
  const c = { x: (p.x + q.x) / 2 - (dy / len) * 2 * offset, y: (p.y + q.y) / 2 + (dx / len) * 2 * offset };
  const towards = (from: Point, r: number): Point => {
    const l = Math.hypot(c.x - from.x, c.y - from.y) || 1;
    return { x: from.x + ((c.x - from.x) / l) * r, y: from.y + ((c.y - from.y) / l) * r };
  };
  const a = towards(p, rp);
  const b = towards(q, rq);
  const steps = Math.min(48, Math.max(8, Math.ceil((len + 2 * Math.abs(offset)) / 6)));
  const out: Point[] = [];
  for (let i = 0; i <= steps; i += 1) {
    const t = i / steps;
    const u = 1 - t;
    out.push({ x: u * u * a.x + 2 * t * u * c.x + t * t * b.x, y: u * u * a.y + 2 * t * u * c.y + t * t * b.y });
  }
  return out;
}

/** Whether the segment from a to b meets the box (Liang–Barsky clipping). */
export function segmentMeetsBox(a: Point, b: Point, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [[-dx, a.x - box.x1], [dx, box.x2 - a.x], [-dy, a.y - box.y1], [dy, box.y2 - a.y]] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

function freeRuns(p: Point, q: Point, obstacles: readonly Box[], rp: number, rq: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let s = -MAX_FAN_OFFSET; s <= MAX_FAN_OFFSET; s += 1) {
    if (obstacles.length > 0 && pathMeetsBoxes(fanCurve(p, q, s, rp, rq), obstacles)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === s - 1) last[1] = s;
    else runs.push([s, s]);
  }
  return runs;
}

/** Whether a polyline meets any of the boxes. */
export function pathMeetsBoxes(points: readonly Point[], boxes: readonly Box[]): boolean {
  for (let i = 1; i < points.length; i += 1) for (const box of boxes) if (segmentMeetsBox(points[i - 1]!, points[i]!, box)) return true;
  return false;
}

/**
 * Offsets (model px, to the left of p→q) for `count` parallel curves between actors at p and q
 * (radii rp, rq) that stay clear of the `obstacles` (other actors' bodies, already widened by the
 * clearance) and within MAX_FAN_OFFSET: evenly spaced, as wide apart as FAN_GAP allows, as close to
 * the straight line as they can be. Where the clearance leaves no room they keep clear of the
 * `tight` boxes (the bodies alone); with no room at all they are packed MIN_FAN_GAP apart round
 * the straight line, so that each stays visible.
 */
export function fanOffsets(p: Point, q: Point, count: number, obstacles: readonly Box[], rp = 0, rq = 0, tight?: readonly Box[]): number[] {
  // Runs of free offsets [lo, hi]: clear of the obstacles with their room, else (a crowded spot) of their bodies.
  let runs = freeRuns(p, q, obstacles, rp, rq);
  if (runs.length === 0 && tight) runs = freeRuns(p, q, tight, rp, rq);
  const spaced = (centre: number, gap: number): number[] => Array.from({ length: count }, (_, k) => centre + (k - (count - 1) / 2) * gap);
  if (runs.length === 0) return spaced(0, MIN_FAN_GAP);
  for (let gap = FAN_GAP; gap >= MIN_FAN_GAP; gap -= 1) {
    const half = ((count - 1) * gap) / 2;
    let best: number | null = null;
    for (const [lo, hi] of runs) {
      if (hi - lo < 2 * half) continue;
      const centre = Math.min(Math.max(0, lo + half), hi - half);
      if (best === null || Math.abs(centre) < Math.abs(best)) best = centre;
    }
    if (best !== null) return spaced(best, gap);
  }
  // Less room than the least gap: spread over the widest free run, the curves closer together.
  const [lo, hi] = runs.reduce((w, r) => (r[1] - r[0] > w[1] - w[0] ? r : w));
  return spaced((lo + hi) / 2, count > 1 ? (hi - lo) / (count - 1) : 0);
}
