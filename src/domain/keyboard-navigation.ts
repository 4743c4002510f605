// Moving a keyboard cursor between actors on the canvas with the arrow keys, and what a screen
// reader hears about the actor it lands on. Pure: positions come in, an actor id goes out.
//
// The rule, so that an analyst can predict it:
//  1. From the cursor, an arrow goes to the related actor (joined by a shown relation) whose
//     direction from the cursor is closest to the arrow's, within a quarter turn either side;
//     a tie goes to the nearer one, then to the smaller id.
//  2. With no related actor that way, it goes to the nearest actor of any kind within an eighth
//     of a turn either side of the arrow (a 90° cone), so that every actor can be reached.
//  3. With none there either, the cursor stays.
//  4. With no cursor yet, the first arrow lands on the actor nearest the centre of the view.
import { compareIds, nodeLabel, otherEnd, type GraphIndex } from './graph-index';
import { kindStyle } from './kinds';

export type ArrowDirection = 'left' | 'right' | 'up' | 'down';

/** An actor where it is drawn (screen axes: y grows downwards). */
export interface PlacedActor {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

export interface CursorStep {
  readonly id: string;
  /** Whether a shown relation joins it to the actor the cursor left. */
  readonly related: boolean;
}

const UNIT: Record<ArrowDirection, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

const KEYS = new Map<string, ArrowDirection>([
  ['ArrowLeft', 'left'],
  ['ArrowRight', 'right'],
  ['ArrowUp', 'up'],
  ['ArrowDown', 'down'],
]);

/** The direction of an arrow key (KeyboardEvent.key), or null for any other key. */
export function arrowDirection(key: string): ArrowDirection | null {
  return KEYS.get(key) ?? null;
}

interface Candidate {
  readonly id: string;
  /** How far it lies along the arrow (> 0: ahead). */
  readonly along: number;
  /** How far it lies off the arrow's line, either side. */
  readonly off: number;
  readonly distance2: number;
}

function ahead(from: PlacedActor, actors: Iterable<PlacedActor>, direction: ArrowDirection): Candidate[] {
  const u = UNIT[direction];
  const out: Candidate[] = [];
  for (const a of actors) {
    if (a.id === from.id) continue;
    const dx = a.x - from.x;
    const dy = a.y - from.y;
    const along = dx * u.x + dy * u.y;
    if (!(along > 0)) continue;
    const off = Math.abs(dx * u.y - dy * u.x);
    out.push({ id: a.id, along, off, distance2: dx * dx + dy * dy });
  }
  return out;
}

/** Closest to the arrow's direction (off / along is the tangent of the angle), then nearer, then id. */
function byAngle(a: Candidate, b: Candidate): number {
  return a.off * b.along - b.off * a.along || a.distance2 - b.distance2 || compareIds(a.id, b.id);
}

function byDistance(a: Candidate, b: Candidate): number {
  return a.distance2 - b.distance2 || a.off * b.along - b.off * a.along || compareIds(a.id, b.id);
}

function best(candidates: Candidate[], order: (a: Candidate, b: Candidate) => number): Candidate | null {
  let top: Candidate | null = null;
  for (const c of candidates) if (top === null || order(c, top) < 0) top = c;
  return top;
}

/**
 * Where an arrow takes the cursor from `from`: `related` are the actors joined to it by a shown
 * relation, `all` every actor shown (the related ones among them). Null: nothing lies that way.
 */
export function stepCursor(from: PlacedActor, related: Iterable<PlacedActor>, all: Iterable<PlacedActor>, direction: ArrowDirection): CursorStep | null {
  const neighbour = best(ahead(from, related, direction), byAngle);
  if (neighbour) return { id: neighbour.id, related: true };
  const inCone = ahead(from, all, direction).filter((c) => c.off <= c.along);
  const other = best(inCone, byDistance);
  return other ? { id: other.id, related: false } : null;
}

/** The actor nearest a point (the centre of the view), ties to the smaller id; null when there is none. */
export function nearestActor(point: { x: number; y: number }, actors: Iterable<PlacedActor>): string | null {
  let top: { id: string; d2: number } | null = null;
  for (const a of actors) {
    const d2 = (a.x - point.x) ** 2 + (a.y - point.y) ** 2;
    if (top === null || d2 < top.d2 || (d2 === top.d2 && compareIds(a.id, top.id) < 0)) top = { id: a.id, d2 };
  }
  return top?.id ?? null;
}

/** The actors joined to `nodeId` by a relation among `shownEdges` (itself excluded). */
export function shownNeighbours(index: GraphIndex, nodeId: string, shownEdges: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const edgeId of index.edgesByNode.get(nodeId) ?? []) {
    if (!shownEdges.has(edgeId)) continue;
    const other = otherEnd(index.edges.get(edgeId)!, nodeId);
    if (other !== nodeId) out.add(other);
  }
  return out;
}

/** "Taliban — armed group, 12 relations" (with "of 30" when filters hide some of them). */
export function describeActor(index: GraphIndex, nodeId: string, shownEdges: ReadonlySet<string>): string {
  const node = index.nodes.get(nodeId);
  if (!node) return nodeId;
  const all = index.edgesByNode.get(nodeId) ?? [];
  let shown = 0;
  for (const e of all) if (shownEdges.has(e)) shown += 1;
  const count = shown === all.length ? `${shown} relation${shown === 1 ? '' : 's'}` : `${shown} of ${all.length} relations shown`;
  return `${node.label} — ${kindStyle(node.kind).label.toLowerCase()}, ${count}`;
}

const WORD: Record<ArrowDirection, string> = { left: 'to the left of', right: 'to the right of', up: 'above', down: 'below' };

/** What the live region says after an arrow: where the cursor went, or why it stayed. */
export function describeStep(index: GraphIndex, from: string | null, step: CursorStep | null, direction: ArrowDirection, shownEdges: ReadonlySet<string>): string {
  if (!step) return from ? `No actor ${WORD[direction]} ${nodeLabel(index, from)}.` : 'No actor is shown.';
  const said = describeActor(index, step.id, shownEdges);
  return from && !step.related ? `${said}. Not related to ${nodeLabel(index, from)}.` : said;
}
