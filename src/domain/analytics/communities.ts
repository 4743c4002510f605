/**
 * Groups of actors (Louvain communities), stable from run to run so that group colours
 * do not change when the same graph is loaded again.
 *
 * Louvain (graphology-communities-louvain) runs on the undirected projection (one link per
 * pair of actors, weighted by evidence), with a seeded PRNG (mulberry32). Communities are then
 * renumbered by size, largest = 0; equal sizes are ordered by the position of their first
 * member in `graph.nodes`. Actors without visible relations each form their own community.
 */
import louvain from 'graphology-communities-louvain';
import type { GraphFile } from '../graph-contract';
import { undirectedProjection, type EdgeVisibility } from './model';
import { mulberry32 } from '../random';

export interface CommunityOptions {
  /** PRNG seed (default 1). Same seed + same graph → same communities. */
  seed?: number;
  visibleEdgeIds?: EdgeVisibility;
  /** Louvain resolution (default 1; higher → more, smaller communities). */
  resolution?: number;
}

export interface CommunityResult {
  /** Node id → community index (0 = largest community); no prototype, an own entry per node. */
  communities: Record<string, number>;
  count: number;
  /** sizes[i] = number of actors in community i (non-increasing). */
  sizes: number[];
  /** Weighted modularity of the partition (0 when there are no relations). */
  modularity: number;
}

export function detectCommunities(graph: GraphFile, options: CommunityOptions = {}): CommunityResult {
  const { graph: projection, keys } = undirectedProjection(graph, options.visibleEdgeIds);
  // Keyed by graphology key ("n0", …), never by id.
  let raw: Record<string, number>;
  let modularity = 0;
  if (projection.size === 0) {
    raw = {};
    let next = 0;
    projection.forEachNode((key) => (raw[key] = next++));
  } else {
    const detailed = louvain.detailed(projection, {
      getEdgeWeight: 'weight',
      rng: mulberry32(options.seed ?? 1),
      resolution: options.resolution ?? 1,
    });
    raw = detailed.communities;
    modularity = detailed.modularity;
  }

  // Renumber: largest first, ties by first member in file order.
  const groups = new Map<number, { first: number; members: string[] }>();
  graph.nodes.forEach((n, position) => {
    const key = keys.key(n.id);
    const c = key === undefined ? undefined : raw[key];
    if (c === undefined) return;
    let group = groups.get(c);
    if (!group) groups.set(c, (group = { first: position, members: [] }));
    group.members.push(n.id);
  });
  const ordered = [...groups.values()].sort((a, b) => b.members.length - a.members.length || a.first - b.first);
  const communities = Object.create(null) as Record<string, number>;
  ordered.forEach((group, index) => {
    for (const id of group.members) communities[id] = index;
  });
  return { communities, count: ordered.length, sizes: ordered.map((g) => g.members.length), modularity };
}
