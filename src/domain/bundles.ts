// Many relations between the same two actors are drawn as one bundle edge with a count,
// which expands into the separate relations on click. A pair is bundled when it has at least
// BUNDLE_THRESHOLD visible relations and the user has not expanded it.
import type { Visibility } from './filters';
import type { GraphIndex } from './graph-index';
import { weakestLine, type LineStyle } from './status';

export const BUNDLE_THRESHOLD = 4;

export interface Bundle {
  /** Element id of the bundle edge. */
  id: string;
  /** The two actors, in id order. */
  a: string;
  b: string;
  members: readonly string[];
}

export interface BundleState {
  /** Visible member relations. */
  visible: readonly string[];
  /** Drawn as one edge (else its members are drawn). */
  collapsed: boolean;
  /** The common colour of the visible members' type, or null when they differ. */
  color: string | null;
  /** The weakest line of the visible members: a bundle holding a hope or a denial is not drawn solid. */
  line: LineStyle;
}

export function bundleIdOf(a: string, b: string): string {
  const [x, y] = a < b ? [a, b] : [b, a];
  return `bundle:${x}|${y}`;
}

const pairsById = new WeakMap<GraphIndex, Map<string, readonly string[]>>();

/**
 * The relations of the pair a bundle id names (two different actors with two relations or more),
 * else undefined. Looked up by the whole id, never parsed: ids may hold the separator.
 */
export function pairRelations(index: GraphIndex, bundleId: string): readonly string[] | undefined {
  let byId = pairsById.get(index);
  if (!byId) {
    byId = new Map();
    for (const members of index.parallel.values()) {
      const first = index.edges.get(members[0]!)!;
      if (members.length < 2 || first.source === first.target) continue;
      const id = bundleIdOf(first.source, first.target);
      if (!byId.has(id)) byId.set(id, members);
    }
    pairsById.set(index, byId);
  }
  return byId.get(bundleId);
}

/** Pairs of actors with enough relations to ever be bundled (fixed for a graph). */
export function bundleCandidates(index: GraphIndex, threshold = BUNDLE_THRESHOLD): Bundle[] {
  const out: Bundle[] = [];
  for (const members of index.parallel.values()) {
    if (members.length < threshold) continue;
    const first = index.edges.get(members[0]!)!;
    if (first.source === first.target) continue;
    const [a, b] = first.source < first.target ? [first.source, first.target] : [first.target, first.source];
    out.push({ id: bundleIdOf(a, b), a, b, members });
  }
  return out;
}

export function bundleStates(
  index: GraphIndex,
  bundles: readonly Bundle[],
  visibility: Visibility,
  expanded: ReadonlySet<string>,
  threshold = BUNDLE_THRESHOLD,
): Map<string, BundleState> {
  const states = new Map<string, BundleState>();
  for (const bundle of bundles) {
    const visible = bundle.members.filter((id) => visibility.edges.has(id));
    const colors = new Set(visible.map((id) => index.types.get(index.edges.get(id)!.type)?.color ?? '#888888'));
    states.set(bundle.id, {
      visible,
      collapsed: visible.length >= threshold && !expanded.has(bundle.id),
      color: colors.size === 1 ? [...colors][0]! : null,
      line: weakestLine(visible.map((id) => index.edges.get(id)!)),
    });
  }
  return states;
}

/** The bundle an edge belongs to, if its pair is a bundle candidate. */
export function bundleOfEdge(index: GraphIndex, edgeId: string, bundles: readonly Bundle[]): Bundle | undefined {
  const e = index.edges.get(edgeId);
  if (!e) return undefined;
  const id = bundleIdOf(e.source, e.target);
  return bundles.find((b) => b.id === id);
}
