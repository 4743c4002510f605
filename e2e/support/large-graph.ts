// The generated graph of the large-graph browser tests: built once per worker from the project's
// own generator (what `npm run gen:corpus` writes), fixed seed, with what the tests ask of it.
import type { GraphEdge, GraphFile } from '../../src/domain/graph-contract';
import { GraphSections, writeGraphJson } from '../../src/pipeline/generate-corpus/generate-graph';
import { planCorpus } from '../../src/pipeline/generate-corpus/plan';
import { BUILTIN_RELATION_TYPES } from '../../src/pipeline/generate-corpus/relation-types';
import type { ExplorerPage } from './explorer-page';

export const ACTORS = 1500;
export const RELATIONS = 5000;
const GRAPH_PATH = '/large-test.json';

export interface Large {
  body: string;
  graph: GraphFile;
  label: Map<string, string>;
  degree: Map<string, number>;
  /** Actor ids, most relations first (ties by id): the order the overview draws them in. */
  ranked: string[];
  neighbours: Map<string, Set<string>>;
}

let cached: Large | undefined;

/** The generated graph, built lazily so that listing the tests does not pay for it. */
export function large(): Large {
  if (cached) return cached;
  const chunks: string[] = [];
  // The built-in relation types: the curated file may be mid-edit, the test must not move with it.
  const plan = planCorpus({ seed: 7, actors: ACTORS, relations: RELATIONS, types: BUILTIN_RELATION_TYPES });
  writeGraphJson({ write: (c) => chunks.push(c) }, new GraphSections(plan), true);
  const body = chunks.join('');
  const graph = JSON.parse(body) as GraphFile;
  const degree = new Map<string, number>(graph.nodes.map((n) => [n.id, 0]));
  const neighbours = new Map<string, Set<string>>(graph.nodes.map((n) => [n.id, new Set()]));
  for (const e of graph.edges) {
    degree.set(e.source, degree.get(e.source)! + 1);
    if (e.target !== e.source) degree.set(e.target, degree.get(e.target)! + 1);
    neighbours.get(e.source)!.add(e.target);
    neighbours.get(e.target)!.add(e.source);
  }
  const ranked = graph.nodes.map((n) => n.id).sort((a, b) => degree.get(b)! - degree.get(a)! || (a < b ? -1 : 1));
  cached = { body, graph, degree, ranked, neighbours, label: new Map(graph.nodes.map((n) => [n.id, n.label])) };
  return cached;
}

export async function openLarge(explorer: ExplorerPage, query = ''): Promise<void> {
  await explorer.serveGraph(GRAPH_PATH, large().body);
  await explorer.open(`?graph=${GRAPH_PATH}${query}`);
}

/** Relations between two actors, either way round. */
export function between(g: Large, a: string, b: string): GraphEdge[] {
  return g.graph.edges.filter((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
}

/** An actor the overview leaves out (few relations), with a few relations to show; by rank, deterministic. */
export function quietActor(g: Large, skip: ReadonlySet<string> = new Set()): string {
  const id = [...g.ranked].reverse().find((n) => g.degree.get(n)! >= 3 && !skip.has(n));
  if (!id) throw new Error('no quiet actor with 3 relations in the generated graph');
  return id;
}

/** Shortest path lengths (relations in any direction) from one actor. */
export function distancesFrom(g: Large, from: string): Map<string, number> {
  const dist = new Map([[from, 0]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i]!;
    for (const n of g.neighbours.get(at)!) {
      if (dist.has(n)) continue;
      dist.set(n, dist.get(at)! + 1);
      queue.push(n);
    }
  }
  return dist;
}
