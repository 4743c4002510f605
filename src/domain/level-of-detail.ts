// Level of detail: what the canvas draws when the visible graph is too large to draw whole.
// The full graph stays in the index; the canvas gets a bounded projection of it:
//   - nodes: the pinned ones (selection, search matches, a path), the neighbours of expanded
//     nodes, the nodes in the viewport when zoomed in, then the most important of the rest,
//     up to a node budget;
//   - edges: the visible relations between drawn nodes; above the edge budget, the relations of
//     each pair of drawn actors become one aggregated edge, and the heaviest aggregates are kept;
//   - for each drawn node, how many of its visible relations lead to actors not drawn (a "+N"
//     the view can offer to expand).
// Deterministic: ties are broken by id, so the same inputs always give the same drawing.
// Where the drawn nodes go is level-of-detail-layout.ts.

export interface LodEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
}

export interface LodViewport {
  /** The visible model-coordinate box. */
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly positions: ReadonlyMap<string, { x: number; y: number }>;
}

export interface LodOptions {
  maxNodes: number;
  maxEdges: number;
  /** Higher first; default: number of visible relations. */
  importance?: ReadonlyMap<string, number>;
  /**
   * Every node id, most important first (ties by id), when importance does not change between
   * calls: saves sorting all actors on every filter change. Must agree with `importance`.
   */
  order?: readonly string[];
  /**
   * Always drawn when visible (selection, its neighbours, path), on top of the budget: the
   * overview stays as it was around them.
   */
  pinned?: Iterable<string>;
  /** Actors whose relations to drawn actors are all drawn (the selection); default: `pinned`. */
  focus?: Iterable<string>;
  /** Relations whose pair is always drawn (a selected relation, a path's hops). */
  keepEdges?: Iterable<string>;
  /** Fill `hiddenRelations` (default true). */
  countHidden?: boolean;
  /** Nodes whose visible neighbours are drawn too (the user asked to expand them). */
  expanded?: Iterable<string>;
  /** Neighbours drawn per expanded node, most important first. */
  expandLimit?: number;
  /** When given, the nodes inside it come before the rest of the graph (zooming in shows more). */
  viewport?: LodViewport;
  /**
   * Pairs of drawn actors with at least this many relations are always drawn as one aggregated
   * edge (parallel straight lines would hide each other); default: only above the edge budget.
   */
  minAggregate?: number;
}

export interface AggregateEdge {
  /** `agg:<a>|<b>` with a < b. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** Relation ids it stands for. */
  readonly members: readonly string[];
  /** The most frequent relation type among the members (ties: smallest id). */
  readonly type: string;
}

export interface Projection {
  readonly nodes: ReadonlySet<string>;
  /** Relations drawn as themselves. */
  readonly edges: ReadonlySet<string>;
  /** Pairs of drawn actors whose relations are drawn as one edge. */
  readonly aggregates: readonly AggregateEdge[];
  /** Drawn node → visible relations to actors that are not drawn (omitted when 0). */
  readonly hiddenRelations: ReadonlyMap<string, number>;
  /** True when every visible node and relation is drawn as itself. */
  readonly complete: boolean;
}

export const DEFAULT_LOD_BUDGET = { maxNodes: 250, maxEdges: 500 } as const;

/**
 * The selection's neighbours drawn with it, most connected first. A hub of a large corpus has
 * hundreds: drawing them all costs seconds and shows a hairball; the details list them all.
 */
export const MAX_DRAWN_NEIGHBOURS = 120;

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function aggregateId(a: string, b: string): string {
  return a < b ? `agg:${a}|${b}` : `agg:${b}|${a}`;
}

/**
 * The relations of a file as node numbers, built once per edge list: a projection runs on every
 * filter change, and typed-array lookups cost a fraction of string-keyed set lookups.
 */
interface EdgeTable {
  readonly nodeIds: string[];
  readonly nodeIndex: Map<string, number>;
  readonly src: Int32Array;
  readonly tgt: Int32Array;
}
const tables = new WeakMap<readonly LodEdge[], EdgeTable>();

function tableOf(edges: readonly LodEdge[]): EdgeTable {
  const cached = tables.get(edges);
  if (cached) return cached;
  const nodeIds: string[] = [];
  const nodeIndex = new Map<string, number>();
  const number = (id: string): number => {
    let i = nodeIndex.get(id);
    if (i === undefined) {
      i = nodeIds.length;
      nodeIds.push(id);
      nodeIndex.set(id, i);
    }
    return i;
  };
  const src = new Int32Array(edges.length);
  const tgt = new Int32Array(edges.length);
  edges.forEach((e, i) => {
    src[i] = number(e.source);
    tgt[i] = number(e.target);
  });
  const table = { nodeIds, nodeIndex, src, tgt };
  tables.set(edges, table);
  return table;
}

/** One flag per node number: set for the ids given (ids no relation touches are left out). */
function flagsOf(table: EdgeTable, ids: Iterable<string>): Uint8Array {
  const flags = new Uint8Array(table.nodeIds.length);
  for (const id of ids) {
    const i = table.nodeIndex.get(id);
    if (i !== undefined) flags[i] = 1;
  }
  return flags;
}

// Type toggles keep the node set: its flags are kept. A new selection projects again with the
// same visibility: the pass over every relation is kept too.
const nodeFlagsCache = new WeakMap<ReadonlySet<string>, { table: EdgeTable; flags: Uint8Array }>();
const visibleCache = new WeakMap<object, { edges: readonly LodEdge[]; visible: Int32Array }>();

/** Positions (in file order) of the visible relations between visible actors. */
function visibleEdgesOf(edges: readonly LodEdge[], visibility: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> }): Int32Array {
  const cached = visibleCache.get(visibility);
  if (cached && cached.edges === edges) return cached.visible;
  const table = tableOf(edges);
  let nodes = nodeFlagsCache.get(visibility.nodes);
  if (!nodes || nodes.table !== table) {
    nodes = { table, flags: flagsOf(table, visibility.nodes) };
    nodeFlagsCache.set(visibility.nodes, nodes);
  }
  const ok = nodes.flags;
  const { src, tgt } = table;
  const out = new Int32Array(edges.length);
  let n = 0;
  for (let i = 0; i < edges.length; i += 1) if (ok[src[i]!] && ok[tgt[i]!] && visibility.edges.has(edges[i]!.id)) out[n++] = i;
  const visible = out.slice(0, n);
  visibleCache.set(visibility, { edges, visible });
  return visible;
}

export function projectGraph(
  edges: readonly LodEdge[],
  visibility: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> },
  options: LodOptions,
): Projection {
  const visible = visibleEdgesOf(edges, visibility);
  if (visibility.nodes.size <= options.maxNodes && visible.length <= options.maxEdges) {
    const ids = new Set<string>();
    for (const i of visible) ids.add(edges[i]!.id);
    return { nodes: visibility.nodes, edges: ids, aggregates: [], hiddenRelations: new Map(), complete: true };
  }
  const table = tableOf(edges);
  const { nodeIds, src, tgt } = table;

  let importance = options.importance;
  if (!importance) {
    const degree = new Map<string, number>();
    for (const i of visible) {
      const e = edges[i]!;
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      if (e.target !== e.source) degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    importance = degree;
  }
  const imp = importance;
  const rank = (a: string, b: string): number => (imp.get(b) ?? 0) - (imp.get(a) ?? 0) || byId(a, b);

  const chosen = new Set<string>();
  // Pinned nodes are drawn beyond the budget: hiding the selection would be wrong, and letting
  // it push out part of the overview would make the drawing jump at every click.
  const pinned = new Set<string>();
  for (const id of options.pinned ?? []) if (visibility.nodes.has(id)) pinned.add(id);
  // What the budget draws, pinned or not: the same with or without a selection.
  const overview = new Set<string>();
  let budgeted = 0;
  const take = (id: string): boolean => {
    if (overview.has(id)) return true;
    if (budgeted >= options.maxNodes) return false;
    if (visibility.nodes.has(id)) {
      overview.add(id);
      chosen.add(id);
      budgeted += 1;
    }
    return true;
  };
  for (const id of pinned) chosen.add(id);
  const expanded = [...(options.expanded ?? [])].filter((id) => visibility.nodes.has(id));
  if (expanded.length) {
    const isExpanded = flagsOf(table, expanded);
    const neighbours = new Map<string, Set<string>>();
    const link = (from: number, to: number): void => {
      const id = nodeIds[from]!;
      (neighbours.get(id) ?? neighbours.set(id, new Set()).get(id)!).add(nodeIds[to]!);
    };
    for (const i of visible) {
      if (isExpanded[src[i]!]) link(src[i]!, tgt[i]!);
      if (isExpanded[tgt[i]!]) link(tgt[i]!, src[i]!);
    }
    for (const id of expanded) {
      const list = [...(neighbours.get(id) ?? [])].sort(rank).slice(0, options.expandLimit ?? 50);
      for (const n of [id, ...list]) {
        if (!overview.has(n)) budgeted += 1;
        overview.add(n);
        chosen.add(n);
      }
    }
  }
  const vp = options.viewport;
  if (vp) {
    const inside = (id: string) => {
      const p = vp.positions.get(id);
      return p !== undefined && p.x >= vp.x1 && p.x <= vp.x2 && p.y >= vp.y1 && p.y <= vp.y2;
    };
    // Half the remaining budget for what is in view, so that the overview does not vanish.
    const half = budgeted + Math.ceil((options.maxNodes - budgeted) / 2);
    const inView = [...visibility.nodes].filter((id) => !overview.has(id) && inside(id)).sort(rank);
    for (const id of inView) {
      if (budgeted >= half) break;
      take(id);
    }
  }
  if (options.order) {
    for (const id of options.order) if (visibility.nodes.has(id) && !overview.has(id) && !take(id)) break;
  } else {
    for (const id of [...visibility.nodes].filter((id) => !overview.has(id)).sort(rank)) if (!take(id)) break;
  }

  // The pairs that are always drawn: the focus's relations, and kept relations.
  const focusIds = new Set(options.focus ?? pinned);
  const focus = flagsOf(table, focusIds);
  const isChosen = flagsOf(table, chosen);
  // A pinned actor outside the focus (a neighbour of the selection) is drawn for its link to it only.
  const pinnedOnly = flagsOf(
    table,
    [...pinned].filter((id) => !focusIds.has(id) && !overview.has(id)),
  );
  const nodeCount = nodeIds.length;
  const pairOf = (i: number): number => (src[i]! < tgt[i]! ? src[i]! * nodeCount + tgt[i]! : tgt[i]! * nodeCount + src[i]!);
  const keptPairs = new Set<number>();
  const keep = new Set(options.keepEdges ?? []);
  if (keep.size) for (const i of visible) if (keep.has(edges[i]!.id)) keptPairs.add(pairOf(i));
  const always = (i: number): boolean => focus[src[i]!] === 1 || focus[tgt[i]!] === 1 || (keptPairs.size > 0 && keptPairs.has(pairOf(i)));

  // Edges between drawn nodes, grouped by pair.
  const pairs = new Map<number, number[]>();
  const hidden = new Map<string, number>();
  // Counting costs a map update per relation leaving the drawing: only when someone reads it.
  const countOn = options.countHidden !== false;
  const count = (node: number): void => {
    if (countOn) hidden.set(nodeIds[node]!, (hidden.get(nodeIds[node]!) ?? 0) + 1);
  };
  const countBoth = (i: number): void => {
    count(src[i]!);
    if (src[i] !== tgt[i]) count(tgt[i]!);
  };
  let inner = 0;
  for (const i of visible) {
    const s = isChosen[src[i]!] === 1;
    const t = isChosen[tgt[i]!] === 1;
    if (s && t && (pinnedOnly[src[i]!] || pinnedOnly[tgt[i]!]) && !always(i)) countBoth(i);
    else if (s && t) {
      const key = pairOf(i);
      const list = pairs.get(key);
      if (list) list.push(i);
      else pairs.set(key, [i]);
      // The focus's pairs are drawn on top of the budget: they must not change how the rest is drawn.
      if (!always(i)) inner += 1;
    } else if (s) count(src[i]!);
    else if (t) count(tgt[i]!);
  }

  const drawnEdges = new Set<string>();
  const aggregates: AggregateEdge[] = [];
  const aggregate = (list: readonly number[]): AggregateEdge => {
    const first = edges[list[0]!]!;
    const [a, b] = first.source < first.target ? [first.source, first.target] : [first.target, first.source];
    const members = list.map((i) => edges[i]!);
    return { id: aggregateId(a, b), source: a, target: b, members: members.map((e) => e.id).sort(byId), type: dominantType(members) };
  };
  const min = options.minAggregate ?? Number.POSITIVE_INFINITY;
  if (inner <= options.maxEdges) {
    for (const list of pairs.values()) {
      if (list.length >= min) aggregates.push(aggregate(list));
      else for (const i of list) drawnEdges.add(edges[i]!.id);
    }
  } else {
    // Heaviest pairs first (ties by pair id); the focus's pairs always stay. Only the pairs that
    // make the cut are sorted: the rest are told apart by their number of relations alone.
    const lists = [...pairs.values()];
    const perLength = new Map<number, number>();
    for (const list of lists) if (!always(list[0]!)) perLength.set(list.length, (perLength.get(list.length) ?? 0) + 1);
    let cut = 0;
    let above = 0;
    for (const length of [...perLength.keys()].sort((a, b) => b - a)) {
      cut = length;
      if (above + perLength.get(length)! >= options.maxEdges) break;
      above += perLength.get(length)!;
    }
    const ranked = lists
      .filter((list) => always(list[0]!) || list.length >= cut)
      .map((list) => {
        const e = edges[list[0]!]!;
        return { list, always: always(list[0]!), key: aggregateId(e.source, e.target) };
      });
    ranked.sort((a, b) => Number(b.always) - Number(a.always) || b.list.length - a.list.length || byId(a.key, b.key));
    let budget = options.maxEdges;
    const kept = new Set<number[]>();
    for (const { list, always: pinnedPair } of ranked) {
      if (budget <= 0 && !pinnedPair) continue;
      if (!pinnedPair) budget -= 1;
      kept.add(list);
      if (list.length === 1) drawnEdges.add(edges[list[0]!]!.id);
      else aggregates.push(aggregate(list));
    }
    if (countOn) for (const list of lists) if (!kept.has(list)) for (const i of list) countBoth(i);
  }
  return { nodes: chosen, edges: drawnEdges, aggregates, hiddenRelations: hidden, complete: false };
}

function dominantType(list: readonly LodEdge[]): string {
  const counts = new Map<string, number>();
  for (const e of list) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [type, n] of counts) if (n > bestCount || (n === bestCount && byId(type, best) < 0)) [best, bestCount] = [type, n];
  return best;
}
