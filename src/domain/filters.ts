// Which nodes and edges are visible for a set of filters. Pure and cheap: one pass over the edges.
import type { Polarity } from './graph-contract';
import type { GraphIndex } from './graph-index';
import { sourcingOf } from './claims/claim-view';
import { isSuggested } from './status';

export interface FilterState {
  /** Relation type ids switched off. */
  readonly hiddenTypes: readonly string[];
  readonly hiddenPolarities: readonly Polarity[];
  /** Actor kinds switched off. */
  readonly hiddenKinds: readonly string[];
  /** Hide actors that have no visible relation. */
  readonly hideIsolated: boolean;
  /** Hide machine drafts: suggested relations and proposed actors (and relations touching them). */
  readonly reviewedOnly: boolean;
  /** Outlets switched off (as listed: "brecorder.com (AFP)"): a claim stays while another outlet reports it. */
  readonly hiddenOutlets?: readonly string[];
}

export const DEFAULT_FILTERS: FilterState = { hiddenTypes: [], hiddenPolarities: [], hiddenKinds: [], hideIsolated: false, reviewedOnly: false };

export interface Visibility {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

export function computeVisibility(index: GraphIndex, filters: FilterState): Visibility {
  const hiddenTypes = new Set(filters.hiddenTypes);
  const hiddenPolarities = new Set<string>(filters.hiddenPolarities);
  const hiddenKinds = new Set(filters.hiddenKinds);
  const { reviewedOnly } = filters;
  const hiddenOutlets = new Set(filters.hiddenOutlets ?? []);
  const endVisible = (id: string): boolean => {
    const n = index.nodes.get(id);
    return n !== undefined && !hiddenKinds.has(n.kind) && !(reviewedOnly && isSuggested(n));
  };
  const edges = new Set<string>();
  const touched = new Set<string>();
  for (const e of index.file.edges) {
    if (hiddenTypes.has(e.type)) continue;
    if (reviewedOnly && isSuggested(e)) continue;
    if (hiddenOutlets.size && sourcingOf(index, e).outlets.every((o) => hiddenOutlets.has(o))) continue;
    const polarity = index.types.get(e.type)?.polarity;
    if (polarity && hiddenPolarities.has(polarity)) continue;
    if (!endVisible(e.source) || !endVisible(e.target)) continue;
    edges.add(e.id);
    touched.add(e.source);
    touched.add(e.target);
  }
  const nodes = new Set<string>();
  for (const n of index.file.nodes) {
    if (hiddenKinds.has(n.kind)) continue;
    if (reviewedOnly && isSuggested(n)) continue;
    if (filters.hideIsolated && !touched.has(n.id)) continue;
    nodes.add(n.id);
  }
  return { nodes, edges };
}

/**
 * The visibility after relation types were switched on or off, from the one before: touches only
 * the relations of those types, with one copy of the visible set (no type, polarity or kind test
 * for every relation of the file).
 * Null when more than the hidden types changed, or when hiding isolated actors (then nodes change too).
 */
export function visibilityAfterTypeToggle(index: GraphIndex, before: Visibility, from: FilterState, to: FilterState): Visibility | null {
  if (from.hiddenOutlets?.length || to.hiddenOutlets?.length || from.hideIsolated || to.hideIsolated || from.reviewedOnly !== to.reviewedOnly || !sameList(from.hiddenPolarities, to.hiddenPolarities) || !sameList(from.hiddenKinds, to.hiddenKinds)) return null;
  const wasHidden = new Set(from.hiddenTypes);
  const isHidden = new Set(to.hiddenTypes);
  const changed = [...new Set([...from.hiddenTypes, ...to.hiddenTypes])].filter((t) => wasHidden.has(t) !== isHidden.has(t));
  const hiddenPolarities = new Set<string>(to.hiddenPolarities);
  const hiddenKinds = new Set(to.hiddenKinds);
  const edges = new Set(before.edges);
  for (const type of changed) {
    const list = index.edgesByType.get(type) ?? [];
    if (isHidden.has(type)) {
      for (const e of list) edges.delete(e.id);
      continue;
    }
    const polarity = index.types.get(type)?.polarity;
    if (polarity && hiddenPolarities.has(polarity)) continue;
    const visibleEnd = (nodeId: string): boolean => {
      const n = index.nodes.get(nodeId);
      return n !== undefined && !hiddenKinds.has(n.kind) && !(to.reviewedOnly && isSuggested(n));
    };
    for (const e of list) if (!(to.reviewedOnly && isSuggested(e)) && visibleEnd(e.source) && visibleEnd(e.target)) edges.add(e.id);
  }
  return { nodes: before.nodes, edges };
}

/** Adds or removes a value, keeping the list sorted so that equal states compare equal. */
export function toggleInList<T extends string>(list: readonly T[], value: T): T[] {
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return next.sort();
}

/** Hidden types for "only this type". */
export function onlyType(index: GraphIndex, typeId: string): string[] {
  return [...index.types.keys()].filter((id) => id !== typeId).sort();
}

export function isDefaultFilters(f: FilterState): boolean {
  return f.hiddenTypes.length === 0 && f.hiddenPolarities.length === 0 && f.hiddenKinds.length === 0 && !f.hideIsolated && !f.reviewedOnly;
}

/** Polarities that occur in the taxonomy, in a fixed order. */
export function polaritiesInUse(index: GraphIndex): Polarity[] {
  const present = new Set([...index.types.values()].map((t) => t.polarity));
  return (['cooperation', 'conflict', 'neutral'] as const).filter((p) => present.has(p));
}

/** Machine drafts in a graph, in total and per filter row, so that the filters' counts say how many are unreviewed. */
export interface DraftCounts {
  readonly relations: number;
  readonly actors: number;
  readonly byType: ReadonlyMap<string, number>;
  readonly byPolarity: ReadonlyMap<Polarity, number>;
  /** Proposed actors per kind. */
  readonly byKind: ReadonlyMap<string, number>;
}

export function draftCounts(index: GraphIndex): DraftCounts {
  const byType = new Map<string, number>();
  const byPolarity = new Map<Polarity, number>();
  const byKind = new Map<string, number>();
  let relations = 0;
  let actors = 0;
  for (const e of index.file.edges) {
    if (!isSuggested(e)) continue;
    relations += 1;
    byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    const polarity = index.types.get(e.type)?.polarity;
    if (polarity) byPolarity.set(polarity, (byPolarity.get(polarity) ?? 0) + 1);
  }
  for (const n of index.file.nodes) {
    if (!isSuggested(n)) continue;
    actors += 1;
    byKind.set(n.kind, (byKind.get(n.kind) ?? 0) + 1);
  }
  return { relations, actors, byType, byPolarity, byKind };
}

/** Two lists with the same strings in the same order. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
