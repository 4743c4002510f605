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

/** An actor as flat attributes: label, kind, aliases joined with "; ", role, description, mentions, review / confidence / rule (as given), then any imported attributes. */
export function nodeRecord(node: GraphNode): Record<string, FlatValue> {
  const out: Record<string, FlatValue> = { label: node.label, kind: node.kind, aliases: node.aliases.join('; ') };
  if (node.role !== undefined) out.role = node.role;
  if (node.description !== undefined) out.description = node.description;
  out.mentions = node.mentions.length;
  // A proposed actor stays marked as such in other tools; reviewed ones carry no field, as in the contract.
  Object.assign(out, reviewRecord(node));
  for (const [k, v] of Object.entries(node.attributes ?? {})) if (!(k in out)) out[k] = v;
  return out;
}

/**
 * A relation as flat attributes: type (id), label (the type's label), date, dateText (the
 * article's words), status (left out when the graph gives none), saidBy / reportedBy (labels), evidence
 * (quotes joined with " | "), sentences (ids), weight (evidence sentences), note, review /
 * confidence / rule (as given), then any imported attributes.
 */
export function edgeRecord(graph: GraphFile, edge: GraphEdge, lookup: Lookups = lookups(graph)): Record<string, FlatValue> {
  const out: Record<string, FlatValue> = {
    type: edge.type,
    label: lookup.typeLabel(edge.type),
  };
  if (edge.status !== undefined) out.status = edge.status;
  if (edge.date !== undefined) out.date = edge.date;
  if (edge.dateInfo !== undefined) out.dateText = edge.dateInfo.text;
  if (edge.saidBy !== undefined) out.saidBy = lookup.nodeLabel(edge.saidBy);
  if (edge.reportedBy !== undefined) out.reportedBy = lookup.nodeLabel(edge.reportedBy);
  out.evidence = edge.evidence.map((e) => e.quote).join(QUOTE_SEPARATOR);
  out.sentences = [...new Set(edge.evidence.map((e) => e.sentenceId))].join(' ');
  out.weight = new Set(edge.evidence.map((e) => e.sentenceId)).size;
  if (edge.note !== undefined) out.note = edge.note;
  if (edge.reports) {
    const docs = new Map(graph.documents.map((d) => [d.id, d]));
    out.reports = edge.reports.length;
    out.outlets = [...new Set(edge.reports.map((r) => outletLabel(docs.get(r.documentId))))].join('; ');
  }
  for (const link of ['supersedes', 'contradicts', 'answers'] as const) if (edge[link]) out[link] = edge[link].join(' ');
  Object.assign(out, reviewRecord(edge));
  for (const [k, v] of Object.entries(edge.attributes ?? {})) if (!(k in out)) out[k] = v;
  return out;
}

/** review / confidence / rule as the graph gives them (left out when absent). */
function reviewRecord(item: Pick<GraphEdge, 'review' | 'confidence' | 'rule'>): Record<string, FlatValue> {
  const out: Record<string, FlatValue> = {};
  if (item.review !== undefined) out.review = item.review;
  if (item.confidence !== undefined) out.confidence = item.confidence;
  if (item.rule !== undefined) out.rule = item.rule;
  return out;
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
