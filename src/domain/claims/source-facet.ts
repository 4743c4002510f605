// The Sources facet of the filters: every outlet with the number of claims it reports, and how
// diverse the sourcing of the visible claims is.
import type { GraphIndex } from '../graph-index';
import { isSuggested } from '../status';
import { sourcingOf } from './claim-view';
import { outletLabel } from './reports';

export interface OutletRow {
  /** As listed and as `hiddenOutlets` holds it: "brecorder.com (AFP)". */
  readonly outlet: string;
  /** Claims the outlet reports (a claim counts once per outlet). */
  readonly total: number;
  /** Of those, machine drafts (kept apart in the count, like the other facets). */
  readonly drafts: number;
}

/** Every outlet of the graph's documents, most claims first, then by name. */
export function outletRows(index: GraphIndex): OutletRow[] {
  const rows = new Map<string, { total: number; drafts: number }>();
  for (const d of index.documents.values()) rows.set(outletLabel(d), { total: 0, drafts: 0 });
  for (const e of index.edges.values()) {
    const draft = isSuggested(e);
    for (const o of sourcingOf(index, e).outlets) {
      let row = rows.get(o);
      if (!row) rows.set(o, (row = { total: 0, drafts: 0 }));
      row.total += 1;
      if (draft) row.drafts += 1;
    }
  }
  return [...rows]
    .map(([outlet, r]) => ({ outlet, ...r }))
    .sort((a, b) => b.total - a.total || (a.outlet < b.outlet ? -1 : a.outlet > b.outlet ? 1 : 0));
}

export interface SourceDiversity {
  readonly claims: number;
  /** Claims with two or more independent origins (agencies, else outlets). */
  readonly corroborated: number;
  /** Claims that rest on one origin, however many sites carried it. */
  readonly singleSource: number;
}

/** The claims with two or more independent origins, found once per graph. */
const corroboratedCache = new WeakMap<GraphIndex, ReadonlySet<string>>();
function corroboratedClaims(index: GraphIndex): ReadonlySet<string> {
  let ids = corroboratedCache.get(index);
  if (!ids) {
    ids = new Set([...index.edges.values()].filter((e) => sourcingOf(index, e).origins.length >= 2).map((e) => e.id));
    corroboratedCache.set(index, ids);
  }
  return ids;
}

/**
 * Source diversity of a set of claims. Counted by origin, not by outlet: two sites carrying the
 * same AP story are one source, so the two counts always add up to the claims. It runs on every
 * filter change, so it walks the (few) corroborated claims rather than every shown one.
 */
export function sourceDiversity(index: GraphIndex, edgeIds: Iterable<string>): SourceDiversity {
  const shown = edgeIds instanceof Set ? (edgeIds as ReadonlySet<string>) : new Set(edgeIds);
  let claims = 0;
  for (const id of shown) if (index.edges.has(id)) claims += 1;
  let corroborated = 0;
  for (const id of corroboratedClaims(index)) if (shown.has(id)) corroborated += 1;
  return { claims, corroborated, singleSource: claims - corroborated };
}
