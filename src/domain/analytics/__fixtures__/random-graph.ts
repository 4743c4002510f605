// Seeded random graph for scale tests: skewed degrees (a few hubs), a mix of directed and
// undirected relation types, dated, open-ended and undated relations.
import type { GraphFile } from '../../graph-contract';
import { mulberry32 } from '../../random';
import { buildGraph, type EdgeSpec } from './build-graph';

export function randomGraph({ nodes, edges, seed }: { nodes: number; edges: number; seed: number }): GraphFile {
  const rng = mulberry32(seed);
  const ids = Array.from({ length: nodes }, (_, i) => `n${i}`);
  // Squaring a uniform number favours low indices: n0, n1 … become hubs.
  const pick = () => ids[Math.floor(rng() * rng() * nodes)]!;
  const specs: EdgeSpec[] = [];
  for (let i = 0; i < edges; i++) {
    const source = i < nodes - 1 ? ids[i + 1]! : pick();
    const target = i < nodes - 1 ? ids[Math.floor(rng() * (i + 1))]! : pick();
    if (source === target) continue;
    const r = rng();
    const year = 1990 + Math.floor(rng() * 35);
    const date = r < 0.1 ? undefined : r < 0.2 ? `${year}/..` : r < 0.3 ? `${year}/${year + 3}` : `${year}-0${1 + Math.floor(rng() * 9)}`;
    specs.push({ id: `e${i}`, source, target, type: rng() < 0.7 ? 'rel' : 'link', date, evidence: 1 + Math.floor(rng() * 2) });
  }
  return buildGraph({ nodes: ids, edges: specs });
}
