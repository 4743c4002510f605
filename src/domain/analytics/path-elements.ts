// What to highlight for "How is A connected to B?": the actors and relations on the paths found.
import type { PathsResult } from './paths';

export interface PathElements {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/** Every actor and relation on the listed shortest paths; null when no path was found. */
export function pathElementsOf(result: PathsResult | null): PathElements | null {
  if (!result?.found) return null;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const path of result.paths) {
    for (const hop of path) {
      nodes.add(hop.from);
      nodes.add(hop.to);
      for (const e of hop.edgeIds) edges.add(e);
    }
  }
  return { nodes, edges };
}
