// The saved form of a graph's layout (node positions the user made, remembered per graph content
// hash) and how two saves of it merge: per node, the position placed last wins. Each position
// carries when a person placed it (`at`, ms since 1970; 0 for a default layout nobody chose),
// so a tab that saves never undoes a move made meanwhile in another tab. Pure: storage is in
// layout-memory.ts.
import { z } from 'zod';
import { formatPath } from '../../domain/graph-contract';
import type { Point } from '../../domain/layout';
import { LAYOUTS, type LayoutName } from '../../domain/layouts';

/** Beyond this a coordinate is no layout's (they span a few thousand): it would draw the graph as a speck. */
export const MAX_COORDINATE = 1_000_000;

export interface PlacedPoint extends Point {
  /** When a person placed it (ms since 1970); 0 for a default layout. */
  at: number;
}

export interface SavedLayout {
  layout: LayoutName;
  /** When `layout` was chosen (0: the default). */
  layoutAt: number;
  positions: Map<string, PlacedPoint>;
}

export type SavedRead = { kind: 'none' } | { kind: 'ok'; saved: SavedLayout } | { kind: 'unreadable'; reason: string };

const notCoordinate = `not a coordinate within ±${MAX_COORDINATE}`;
const layoutName = z.enum(LAYOUTS);
const stamp = z.number().int().nonnegative().max(8.64e15);

// zod checks the envelope; the positions (tens of thousands at scale) are checked by hand below,
// where zod (jitless under the page's CSP) takes most of a second for 50,000.
const version2 = z.strictObject({ v: z.literal(2), layout: layoutName, layoutAt: stamp, savedAt: stamp, positions: z.array(z.unknown()) });
// Written before positions carried times: read as placed long ago, but by a person.
const version1 = z.strictObject({ v: z.literal(1), layout: layoutName, positions: z.record(z.string(), z.unknown()) });

const isCoordinate = (n: unknown): n is number => typeof n === 'number' && Math.abs(n) <= MAX_COORDINATE;
const isStamp = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

/** One saved position, or what is wrong with it (and where, after `path`). */
function readPoint(path: string, entry: unknown, x: number, withStamp: boolean): PlacedPoint | string {
  const size = withStamp ? 4 : 2;
  if (!Array.isArray(entry) || entry.length !== size) return `${path}: not a list of ${withStamp ? 'an id, x, y and a time' : 'x and y'}`;
  const [px, py] = [entry[x], entry[x + 1]] as unknown[];
  if (!isCoordinate(px)) return `${path}[${x}]: ${notCoordinate}`;
  if (!isCoordinate(py)) return `${path}[${x + 1}]: ${notCoordinate}`;
  if (!withStamp) return { x: px, y: py, at: 1 };
  const at: unknown = entry[3];
  if (!isStamp(at)) return `${path}[3]: not a time (whole milliseconds since 1970)`;
  return { x: px, y: py, at };
}

/** Reads a saved layout; anything that is not exactly the saved form is unreadable, with where. */
export function parseSavedLayout(text: string | null): SavedRead {
  if (text === null) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { kind: 'unreadable', reason: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const v = typeof data === 'object' && data !== null ? (data as { v?: unknown }).v : undefined;
  const positions = new Map<string, PlacedPoint>();
  if (v === 1) {
    const parsed = version1.safeParse(data);
    if (!parsed.success) return unreadable(parsed.error);
    // The parsed JSON's own keys, not zod's copy: an id such as "__proto__" stays an id.
    for (const [id, entry] of Object.entries((data as { positions: Record<string, unknown> }).positions)) {
      const p = readPoint(`positions.${id}`, entry, 0, false);
      if (typeof p === 'string') return { kind: 'unreadable', reason: p };
      positions.set(id, p);
    }
    return { kind: 'ok', saved: { layout: parsed.data.layout, layoutAt: 1, positions } };
  }
  const parsed = version2.safeParse(data);
  if (!parsed.success) return unreadable(parsed.error);
  for (const [i, entry] of parsed.data.positions.entries()) {
    const p = readPoint(`positions[${i}]`, entry, 1, true);
    if (typeof p === 'string') return { kind: 'unreadable', reason: p };
    const id: unknown = (entry as unknown[])[0];
    if (typeof id !== 'string') return { kind: 'unreadable', reason: `positions[${i}][0]: not an actor id` };
    if (positions.has(id)) return { kind: 'unreadable', reason: `positions[${i}]: actor "${clip(id)}" is saved twice` };
    positions.set(id, p);
  }
  return { kind: 'ok', saved: { layout: parsed.data.layout, layoutAt: parsed.data.layoutAt, positions } };
}

function unreadable(error: z.ZodError): SavedRead {
  const issue = error.issues[0]!;
  return { kind: 'unreadable', reason: `${formatPath(issue.path)}: ${issue.message}` };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Two decimals are plenty on screen and keep a large graph's entry small. */
export function roundCoordinate(n: number): number {
  return Math.round(n * 100) / 100;
}

export function serializeSavedLayout(saved: SavedLayout, savedAt: number): string {
  const positions: Array<[string, number, number, number]> = [];
  for (const [id, p] of saved.positions) positions.push([id, roundCoordinate(p.x), roundCoordinate(p.y), p.at]);
  return JSON.stringify({ v: 2, layout: saved.layout, layoutAt: saved.layoutAt, savedAt, positions });
}

/**
 * `base` with what `incoming` placed later: per node the later `at` wins, and so does the later
 * chosen layout; on a tie `base` stays. `changed` lists the nodes whose position `incoming` moved.
 */
export function mergeLayouts(base: SavedLayout, incoming: SavedLayout): { merged: SavedLayout; changed: Map<string, PlacedPoint> } {
  const positions = new Map(base.positions);
  const changed = new Map<string, PlacedPoint>();
  for (const [id, p] of incoming.positions) {
    const mine = positions.get(id);
    if (mine && mine.at >= p.at) continue;
    positions.set(id, p);
    if (!mine || roundCoordinate(mine.x) !== roundCoordinate(p.x) || roundCoordinate(mine.y) !== roundCoordinate(p.y)) changed.set(id, p);
  }
  const later = incoming.layoutAt > base.layoutAt;
  return { merged: { layout: later ? incoming.layout : base.layout, layoutAt: later ? incoming.layoutAt : base.layoutAt, positions }, changed };
}
