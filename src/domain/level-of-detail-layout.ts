// Positions for the level-of-detail projection (see level-of-detail.ts for what is drawn):
// a quick force layout of the drawn nodes, instant spiral positions while it runs, and places
// for nodes that join the drawing later. Deterministic: seeded, and nodes and edges taken in id order.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { NodeKeys } from './graphology-keys';
import type { LodEdge } from './level-of-detail';
import { mulberry32 as seeded } from './random';

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface Point {
  x: number;
  y: number;
}

/**
 * A quick force-directed layout for a projection (hundreds to a few thousand nodes): seeded
 * ForceAtlas2 with Barnes-Hut, a fixed number of iterations, scaled so that the average
 * distance between neighbours is about `spacing` px. Unlike the default layout it does not
 * push label boxes apart (quadratic); at this scale labels are culled by zoom instead.
 */
export function projectionLayout(
  nodes: readonly string[],
  links: ReadonlyArray<{ source: string; target: string }>,
  options: { seed?: number; iterations?: number; spacing?: number } = {},
): Map<string, Point> {
  const random = seeded(options.seed ?? 7);
  const g = new Graph({ type: 'undirected', multi: false });
  // Ids are not graphology keys (see graphology-keys.ts).
  const keys = new NodeKeys();
  for (const id of [...nodes].sort(byId)) g.addNode(keys.add(id), { x: (random() - 0.5) * 1000, y: (random() - 0.5) * 1000 });
  // Edges in a fixed order too: the forces are summed in edge order.
  const pairs = links
    .filter((l) => l.source !== l.target && keys.key(l.source) !== undefined && keys.key(l.target) !== undefined)
    .map((l) => (l.source < l.target ? [l.source, l.target] : [l.target, l.source]) as [string, string])
    .sort((a, b) => byId(a[0], b[0]) || byId(a[1], b[1]));
  for (const [a, b] of pairs) {
    const [ka, kb] = [keys.key(a)!, keys.key(b)!];
    if (!g.hasEdge(ka, kb)) g.addEdge(ka, kb);
  }
  if (g.order > 1) {
    forceAtlas2.assign(g, {
      iterations: options.iterations ?? (g.order > 2000 ? 60 : 100),
      settings: { ...forceAtlas2.inferSettings(g), gravity: 1, scalingRatio: 10, barnesHutOptimize: g.order > 300, strongGravityMode: false },
    });
  }
  // Scale so that neighbours sit about `spacing` apart (median edge length).
  const lengths: number[] = [];
  g.forEachEdge((_, __, s, t, sa, ta) => lengths.push(Math.hypot((sa.x as number) - (ta.x as number), (sa.y as number) - (ta.y as number))));
  lengths.sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 1;
  const spacing = options.spacing ?? 90;
  let k = median > 0 ? spacing / median : 1;
  // Hub-heavy graphs pull most actors into a tight ball: give every actor room for its shape too.
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  g.forEachNode((_, a) => {
    x1 = Math.min(x1, a.x as number);
    y1 = Math.min(y1, a.y as number);
    x2 = Math.max(x2, a.x as number);
    y2 = Math.max(y2, a.y as number);
  });
  const area = (x2 - x1) * (y2 - y1) * k * k;
  const wanted = g.order * (spacing * 0.8) ** 2;
  if (area > 0 && area < wanted) k *= Math.sqrt(wanted / area);
  const out = new Map<string, Point>();
  g.forEachNode((key, a) => out.set(keys.id(key), { x: (a.x as number) * k, y: (a.y as number) * k }));
  return out;
}

/**
 * Positions for nodes that join the drawing (expanded, selected, filtered in): near the centre
 * of their already placed neighbours, else on a ring around the drawing; deterministic.
 * Writes into and returns `positions`.
 */
export function placeNewNodes(
  ids: Iterable<string>,
  edges: readonly LodEdge[],
  positions: Map<string, Point>,
  seed = 11,
): Map<string, Point> {
  const wanted = [...ids].filter((id) => !positions.has(id)).sort(byId);
  if (!wanted.length) return positions;
  const want = new Set(wanted);
  const sums = new Map<string, { x: number; y: number; n: number }>();
  for (const e of edges) {
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      if (!want.has(a)) continue;
      const p = positions.get(b);
      if (!p) continue;
      const s = sums.get(a) ?? { x: 0, y: 0, n: 0 };
      s.x += p.x;
      s.y += p.y;
      s.n += 1;
      sums.set(a, s);
    }
  }
  let cx = 0;
  let cy = 0;
  let radius = 0;
  for (const p of positions.values()) {
    cx += p.x;
    cy += p.y;
  }
  cx /= positions.size || 1;
  cy /= positions.size || 1;
  for (const p of positions.values()) radius = Math.max(radius, Math.hypot(p.x - cx, p.y - cy));
  const random = seeded(seed);
  let ring = 0;
  for (const id of wanted) {
    const s = sums.get(id);
    const angle = random() * Math.PI * 2;
    if (s) {
      const r = 30 + random() * 40;
      positions.set(id, { x: s.x / s.n + Math.cos(angle) * r, y: s.y / s.n + Math.sin(angle) * r });
    } else {
      positions.set(id, { x: cx + Math.cos(angle) * (radius + 60 + ring), y: cy + Math.sin(angle) * (radius + 60 + ring) });
      ring += 2;
    }
  }
  return positions;
}

/**
 * Instant positions while the force layout runs: a sunflower spiral in the given order (most
 * important first, in the centre), `spacing` px between neighbours on average.
 */
export function spiralPositions(ids: readonly string[], spacing = 60): Map<string, Point> {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const out = new Map<string, Point>();
  ids.forEach((id, i) => {
    const r = spacing * 0.6 * Math.sqrt(i);
    out.set(id, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) });
  });
  return out;
}
