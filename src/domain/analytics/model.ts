/**
 * The analytics model: a graphology MultiGraph (type "mixed") built from a GraphFile.
 *
 * - One graphology node per contract node, with `{ label, kind }`. Its key is not the node id
 *   (graphology keys adjacency by node key in plain objects): `keys` maps ids to keys and back.
 * - One graphology edge per contract edge (key = edge id: graphology keeps edges in a Map), directed when its relation type
 *   says `directed: true` — or says nothing, since a claim always has an actor (source) and
 *   an object (target) — and undirected when the type says `directed: false`.
 *   Edge attributes are `{ type, weight, directed, index }`: `weight` is the evidence weight
 *   (see {@link evidenceWeight}), `index` the position in `graph.edges` (for stable ordering).
 *
 * Only primitives are copied, so building the model for 20k nodes / 60k edges stays cheap;
 * look full records up in the GraphFile by id when needed.
 */
import { MultiGraph, UndirectedGraph } from 'graphology';
import type { GraphEdge, GraphFile, RelationType } from '../graph-contract';
import { NodeKeys } from '../graphology-keys';

export interface ModelNodeAttributes {
  label: string;
  kind: string;
}

export interface ModelEdgeAttributes {
  type: string;
  /** Evidence weight: number of distinct evidence sentences. */
  weight: number;
  directed: boolean;
  /** Position of the edge in `GraphFile.edges`. */
  index: number;
}

export type AnalyticsGraph = MultiGraph<ModelNodeAttributes, ModelEdgeAttributes>;

/** A graphology graph and the keys of its nodes (node ids are never graphology keys). */
export interface Keyed<G> {
  readonly graph: G;
  readonly keys: NodeKeys;
}

export type AnalyticsModel = Keyed<AnalyticsGraph>;
export type Projection = Keyed<UndirectedGraph<ModelNodeAttributes, { weight: number }>>;

/** A set (or list) of visible edge ids; `undefined` means every edge is visible. */
export type EdgeVisibility = ReadonlySet<string> | readonly string[] | undefined;

/** Normalises an {@link EdgeVisibility} into a Set, or undefined for "all visible". */
export function visibilitySet(visible: EdgeVisibility): ReadonlySet<string> | undefined {
  if (visible === undefined) return undefined;
  return visible instanceof Set ? visible : new Set(visible as readonly string[]);
}

/**
 * Evidence weight of a relation: the number of distinct sentences quoted as evidence
 * (at least 1). Two quotes from the same sentence count once, so that splitting a quote
 * does not make a relation look better attested; a second sentence (e.g. the speaker's
 * own words after the reporter's summary) does count.
 */
export function evidenceWeight(edge: Pick<GraphEdge, 'evidence'>): number {
  if (edge.evidence.length <= 1) return 1;
  return new Set(edge.evidence.map((e) => e.sentenceId)).size;
}

/** Whether relations of each type are directed (missing flag or unknown type → directed). */
export function directedByType(types: readonly RelationType[]): (typeId: string) => boolean {
  const map = new Map(types.map((t) => [t.id, t.directed ?? true]));
  return (typeId) => map.get(typeId) ?? true;
}

/**
 * Builds the graphology model of a graph file. With `visibleEdgeIds`, only those edges are
 * added (all nodes always are). Edges whose endpoints are unknown are skipped (a validated
 * file has none).
 */
export function toGraphology(graph: GraphFile, visibleEdgeIds?: EdgeVisibility): AnalyticsModel {
  const visible = visibilitySet(visibleEdgeIds);
  const g: AnalyticsGraph = new MultiGraph<ModelNodeAttributes, ModelEdgeAttributes>({ type: 'mixed', allowSelfLoops: true });
  const keys = new NodeKeys();
  for (const n of graph.nodes) {
    if (keys.key(n.id) === undefined) g.addNode(keys.add(n.id), { label: n.label, kind: n.kind });
  }
  const isDirected = directedByType(graph.relationTypes);
  graph.edges.forEach((e, index) => {
    if (visible && !visible.has(e.id)) return;
    const source = keys.key(e.source);
    const target = keys.key(e.target);
    if (source === undefined || target === undefined || g.hasEdge(e.id)) return;
    const directed = isDirected(e.type);
    const attrs: ModelEdgeAttributes = { type: e.type, weight: evidenceWeight(e), directed, index };
    if (directed) g.addDirectedEdgeWithKey(e.id, source, target, attrs);
    else g.addUndirectedEdgeWithKey(e.id, source, target, attrs);
  });
  return { graph: g, keys };
}

const modelCache = new WeakMap<GraphFile, AnalyticsModel>();

/**
 * The full model of a graph file (all edges), built once and cached per GraphFile object.
 * Treat a GraphFile as immutable once it has been passed here: the cache is keyed by identity.
 */
export function analyticsGraph(graph: GraphFile): AnalyticsModel {
  let g = modelCache.get(graph);
  if (!g) {
    g = toGraphology(graph);
    modelCache.set(graph, g);
  }
  return g;
}

/**
 * A simple undirected weighted projection: one edge per pair of actors that share at least one
 * visible relation, weighted by the sum of the relations' evidence weights; self-loops dropped.
 * This is the graph the centralities and communities are computed on, so that the grammatical
 * direction of a claim ("A met B" vs "B met A") and parallel claims do not distort them.
 */
export function undirectedProjection(graph: GraphFile, visibleEdgeIds?: EdgeVisibility): Projection {
  const visible = visibilitySet(visibleEdgeIds);
  const g = new UndirectedGraph<ModelNodeAttributes, { weight: number }>();
  const keys = new NodeKeys();
  for (const n of graph.nodes) if (keys.key(n.id) === undefined) g.addNode(keys.add(n.id), { label: n.label, kind: n.kind });
  // Sum the weights per pair first: one graphology insertion per pair is much cheaper than
  // looking up and updating an existing edge for every parallel relation.
  const pairs = new Map<string, { a: string; b: string; weight: number }>();
  for (const e of graph.edges) {
    if (visible && !visible.has(e.id)) continue;
    if (e.source === e.target) continue;
    const source = keys.key(e.source);
    const target = keys.key(e.target);
    if (source === undefined || target === undefined) continue;
    const [a, b] = e.source < e.target ? [source, target] : [target, source];
    const key = `${a}|${b}`;
    const pair = pairs.get(key);
    if (pair) pair.weight += evidenceWeight(e);
    else pairs.set(key, { a, b, weight: evidenceWeight(e) });
  }
  for (const [key, { a, b, weight }] of pairs) g.addEdgeWithKey(key, a, b, { weight });
  return { graph: g, keys };
}
