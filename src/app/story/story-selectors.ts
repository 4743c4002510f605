// What the Story tab derives from the graph and the selection: whose story it tells, the largest
// stories to start from, and moving between steps. Pure, so it is tested without a browser.
import type { GraphEdge } from '../../domain/graph-contract';
import type { GraphIndex } from '../../domain/graph-index';
import type { Selection } from '../../domain/selection';

/** Whose story: an actor with everyone (`with` null), or a pair. */
export interface StorySubject {
  actor: string;
  with: string | null;
}

/** A story has this many steps in the list until the user asks for all of them. */
export const STEP_LIMIT = 200;

/** The actors each actor belongs to (its `partOf` targets): Lavrov → Russia. */
function parentsOf(index: GraphIndex): ReadonlyMap<string, readonly string[]> {
  let parents = parentsCache.get(index);
  if (parents) return parents;
  const out = new Map<string, string[]>();
  for (const e of index.edges.values()) {
    if (!index.types.get(e.type)?.partOf || e.source === e.target) continue;
    const list = out.get(e.source) ?? [];
    if (!list.includes(e.target)) list.push(e.target);
    out.set(e.source, list);
  }
  parentsCache.set(index, (parents = out));
  return parents;
}
const parentsCache = new WeakMap<GraphIndex, ReadonlyMap<string, readonly string[]>>();

/** Whether an edge touches an actor or one of its members (what its story includes). */
function touches(index: GraphIndex, edge: GraphEdge, actor: string): boolean {
  const parents = parentsOf(index);
  return [edge.source, edge.target].some((end) => end === actor || (parents.get(end)?.includes(actor) ?? false));
}

/**
 * Whose story the tab tells. An actor selected: its story (with `storyWith` when set). A claim
 * selected: the story it was chosen from, so that stepping keeps the story: the last actor
 * (`anchor`) when the claim involves it, else the `storyWith` actor and the side the claim's other
 * end belongs to; otherwise the two ends of the claim.
 */
export function storySubject(index: GraphIndex, selection: Selection | null, storyWith: string | null, anchor: string | null): StorySubject | null {
  const withOf = (actor: string): string | null => (storyWith !== null && storyWith !== actor && index.nodes.has(storyWith) ? storyWith : null);
  if (selection?.kind === 'node') return index.nodes.has(selection.id) ? { actor: selection.id, with: withOf(selection.id) } : null;
  if (selection?.kind !== 'edge') return null;
  const edge = index.edges.get(selection.id);
  if (!edge) return null;
  if (anchor !== null && index.nodes.has(anchor) && touches(index, edge, anchor)) return { actor: anchor, with: withOf(anchor) };
  if (storyWith !== null && index.nodes.has(storyWith) && touches(index, edge, storyWith)) {
    const inWith = (end: string): boolean => end === storyWith || (parentsOf(index).get(end)?.includes(storyWith) ?? false);
    const other = inWith(edge.source) ? edge.target : edge.source;
    const head = parentsOf(index).get(other)?.find((p) => p !== storyWith) ?? other;
    if (head !== storyWith) return { actor: head, with: storyWith };
  }
  return { actor: edge.source, with: edge.target === edge.source ? null : edge.target };
}

export interface StoryPair {
  a: string;
  b: string;
  /** Claims between them, their members included (the story's length). */
  claims: number;
}

/**
 * The pairs of actors with the longest stories, members included: a claim of Lavrov's with
 * Muttaqi counts for Russia – Taliban. The side that more often says or does something comes first.
 */
export function topStoryPairs(index: GraphIndex, n = 3): StoryPair[] {
  const cached = pairsCache.get(index);
  if (cached && cached.length >= n) return cached.slice(0, n);
  const parents = parentsOf(index);
  const counts = new Map<string, { a: string; b: string; claims: number; aFirst: number }>();
  for (const e of index.edges.values()) {
    if (index.types.get(e.type)?.partOf) continue;
    const from = [e.source, ...(parents.get(e.source) ?? [])];
    const to = [e.target, ...(parents.get(e.target) ?? [])];
    const seen = new Set<string>();
    for (const x of from) {
      for (const y of to) {
        if (x === y) continue;
        const [a, b] = x < y ? [x, y] : [y, x];
        const key = `${a}\u0000${b}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const c = counts.get(key) ?? { a, b, claims: 0, aFirst: 0 };
        c.claims += 1;
        c.aFirst += x === a ? 1 : -1;
        counts.set(key, c);
      }
    }
  }
  const label = (id: string): string => index.nodes.get(id)?.label ?? id;
  const claimsOf = (x: string, y: string): number => counts.get(x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`)?.claims ?? 0;
  const members = new Map<string, string[]>();
  for (const [child, list] of parents) for (const p of list) members.set(p, [...(members.get(p) ?? []), child]);
  // Russia – Afghanistan tells the same claims as Russia – Taliban when all of them are the
  // Taliban's (a member of Afghanistan): list the pair that names who acted.
  const sameAsMemberPair = (c: { a: string; b: string; claims: number }): boolean =>
    (members.get(c.b) ?? []).some((m) => m !== c.a && claimsOf(c.a, m) === c.claims) || (members.get(c.a) ?? []).some((m) => m !== c.b && claimsOf(m, c.b) === c.claims);
  const pairs = [...counts.values()]
    .filter((c) => !sameAsMemberPair(c))
    .map((c) => (c.aFirst >= 0 ? { a: c.a, b: c.b, claims: c.claims } : { a: c.b, b: c.a, claims: c.claims }))
    .sort((p, q) => q.claims - p.claims || label(p.a).localeCompare(label(q.a)) || label(p.b).localeCompare(label(q.b)))
    .slice(0, Math.max(n, 10));
  pairsCache.set(index, pairs);
  return pairs.slice(0, n);
}
const pairsCache = new WeakMap<GraphIndex, StoryPair[]>();

/** The step after (`+1`) or before (`-1`) the current one; from no current step, forward starts at the first. */
export function neighbourStep(current: number, count: number, direction: 1 | -1): number | null {
  if (count === 0) return null;
  if (current < 0) return direction === 1 ? 0 : null;
  const next = current + direction;
  return next >= 0 && next < count ? next : null;
}

/** The steps listed: the first STEP_LIMIT until all are asked for, and always the current one. */
export function listedCount(count: number, current: number, showAll: boolean): number {
  if (showAll || count <= STEP_LIMIT) return count;
  return Math.max(STEP_LIMIT, current + 1);
}
