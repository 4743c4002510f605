/**
 * What an export contains: the visible actors, and the visible relations whose two ends are
 * both visible. `undefined` means "everything".
 */
import { outletLabel } from '../claims/reports';
import { directedByType } from '../analytics/model';
import type { GraphEdge, GraphFile, GraphNode } from '../graph-contract';

export type IdSelection = ReadonlySet<string> | readonly string[] | undefined;

function toSet(ids: IdSelection): ReadonlySet<string> | undefined {
  if (ids === undefined) return undefined;
  return ids instanceof Set ? ids : new Set(ids as readonly string[]);
}

export interface Selection {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function selectElements(graph: GraphFile, visibleNodeIds: IdSelection, visibleEdgeIds: IdSelection): Selection {
  const nodeSet = toSet(visibleNodeIds);
  const edgeSet = toSet(visibleEdgeIds);
  const nodes = nodeSet ? graph.nodes.filter((n) => nodeSet.has(n.id)) : graph.nodes;
  const kept = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => (!edgeSet || edgeSet.has(e.id)) && kept.has(e.source) && kept.has(e.target));
  return { nodes, edges };
}

/** Flat, exchange-friendly values of an actor (for GEXF and GraphML). */
export type FlatValue = string | number | boolean;

export const QUOTE_SEPARATOR = ' | ';

/** Attributes by name, in order. A Map: imported attribute names are data ("constructor" is a name like any other). */
export type FlatRecord = Map<string, FlatValue>;

/** Imported attributes after ours, each unless one of ours has its name. */
function addImported(out: FlatRecord, attributes: Readonly<Record<string, FlatValue>> | undefined): FlatRecord {
  for (const [k, v] of Object.entries(attributes ?? {})) if (!out.has(k)) out.set(k, v);
  return out;
}

/** An actor as flat attributes: label, kind, aliases joined with "; ", role, description, mentions, review / confidence / rule (as given), then any imported attributes. */
export function nodeRecord(node: GraphNode): FlatRecord {
  const out: FlatRecord = new Map<string, FlatValue>([
    ['label', node.label],
    ['kind', node.kind],
    ['aliases', node.aliases.join('; ')],
  ]);
  if (node.role !== undefined) out.set('role', node.role);
  if (node.description !== undefined) out.set('description', node.description);
  out.set('mentions', node.mentions.length);
  // A proposed actor stays marked as such in other tools; reviewed ones carry no field, as in the contract.
  addReview(out, node);
  return addImported(out, node.attributes);
}

/**
 * A relation as flat attributes: type (id), label (the type's label), date, dateText (the
 * article's words), status (left out when the graph gives none), saidBy / reportedBy (labels), evidence
 * (quotes joined with " | "), sentences (ids), weight (evidence sentences), note, review /
 * confidence / rule (as given), then any imported attributes.
 */
export function edgeRecord(graph: GraphFile, edge: GraphEdge, lookup: Lookups = lookups(graph)): FlatRecord {
  const out: FlatRecord = new Map<string, FlatValue>([
    ['type', edge.type],
    ['label', lookup.typeLabel(edge.type)],
  ]);
  if (edge.status !== undefined) out.set('status', edge.status);
  if (edge.date !== undefined) out.set('date', edge.date);
  if (edge.dateInfo !== undefined) out.set('dateText', edge.dateInfo.text);
  if (edge.saidBy !== undefined) out.set('saidBy', lookup.nodeLabel(edge.saidBy));
  if (edge.reportedBy !== undefined) out.set('reportedBy', lookup.nodeLabel(edge.reportedBy));
  out.set('evidence', edge.evidence.map((e) => e.quote).join(QUOTE_SEPARATOR));
  out.set('sentences', [...new Set(edge.evidence.map((e) => e.sentenceId))].join(' '));
  out.set('weight', new Set(edge.evidence.map((e) => e.sentenceId)).size);
  if (edge.note !== undefined) out.set('note', edge.note);
  if (edge.reports) {
    const docs = new Map(graph.documents.map((d) => [d.id, d]));
    out.set('reports', edge.reports.length);
    out.set('outlets', [...new Set(edge.reports.map((r) => outletLabel(docs.get(r.documentId))))].join('; '));
  }
  for (const link of ['supersedes', 'contradicts', 'answers'] as const) if (edge[link]) out.set(link, edge[link].join(' '));
  addReview(out, edge);
  return addImported(out, edge.attributes);
}

/** review / confidence / rule as the graph gives them (left out when absent). */
function addReview(out: FlatRecord, item: Pick<GraphEdge, 'review' | 'confidence' | 'rule'>): void {
  if (item.review !== undefined) out.set('review', item.review);
  if (item.confidence !== undefined) out.set('confidence', item.confidence);
  if (item.rule !== undefined) out.set('rule', item.rule);
}

export interface Lookups {
  nodeLabel(id: string): string;
  typeLabel(id: string): string;
  typeColor(id: string): string | undefined;
  directed(typeId: string): boolean;
}

export function lookups(graph: GraphFile): Lookups {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const types = new Map(graph.relationTypes.map((t) => [t.id, t]));
  const directed = directedByType(graph.relationTypes);
  return {
    nodeLabel: (id) => nodes.get(id) ?? id,
    typeLabel: (id) => types.get(id)?.label ?? id,
    typeColor: (id) => types.get(id)?.color,
    directed,
  };
}
