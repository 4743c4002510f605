// Cytoscape element definitions of actors, relations, bundles and merged lines. The data fields
// are what the stylesheet reads (cy-style.ts): colours per kind and type travel in data.
import type cytoscape from 'cytoscape';
import type { GraphIndex } from '../../domain/graph-index';
import { isDirected } from '../../domain/graph-index';
import { relationSize } from '../../domain/importance';
import { kindStyle } from '../../domain/kinds';
import type { AggregateEdge, Projection } from '../../domain/level-of-detail';
import { anySuggested, edgeStatus, isSuggested, statusStyle, weakestLine } from '../../domain/status';
import { NEUTRAL_EDGE } from '../theme';
import { edgeLabel, SHAPES } from './cy-style';

/** Whether a merged line holds a machine draft, which it then shows (see cy-style). */
export function holdsDraft(index: GraphIndex, members: readonly string[]): boolean {
  return anySuggested(members.map((m) => index.edges.get(m)!));
}

export function nodeElement(index: GraphIndex, id: string): cytoscape.ElementDefinition {
  const n = index.nodes.get(id)!;
  const k = kindStyle(n.kind);
  return {
    group: 'nodes',
    data: { id: n.id, label: n.label, size: relationSize(index.degree.get(n.id) ?? 0), shape: SHAPES[k.glyph], fill: k.fill, stroke: k.stroke, proposed: isSuggested(n) },
  };
}

export function relationElement(index: GraphIndex, id: string): cytoscape.ElementDefinition {
  const e = index.edges.get(id)!;
  const type = index.types.get(e.type);
  return {
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      color: type?.color ?? '#888888',
      typeLabel: edgeLabel(type?.label ?? e.type, e),
      directed: isDirected(index, e.type),
      line: statusStyle(edgeStatus(e)).line,
      suggested: isSuggested(e),
      // Articles that report the claim (line width by reports, report-widths.ts).
      reports: e.reports?.length ?? 1,
    },
  };
}

/** A line standing for several relations of a pair at scale, drawn with its least certain member's line. */
export function aggregateElement(index: GraphIndex, a: AggregateEdge): cytoscape.ElementDefinition {
  return {
    group: 'edges',
    // A pair holding a denial is not drawn as fact.
    data: {
      id: a.id,
      source: a.source,
      target: a.target,
      bundle: true,
      count: a.members.length,
      color: index.types.get(a.type)?.color ?? NEUTRAL_EDGE,
      line: weakestLine(a.members.map((m) => index.edges.get(m)!)),
      suggested: holdsDraft(index, a.members),
    },
  };
}

/** A bundle edge (without level of detail): hidden until its pair is collapsed. */
export function bundleElement(index: GraphIndex, id: string, members: readonly string[]): cytoscape.ElementDefinition {
  const first = index.edges.get(members[0]!)!;
  return {
    group: 'edges',
    classes: 'hidden',
    data: { id, source: first.source, target: first.target, bundle: true, count: members.length, color: NEUTRAL_EDGE, line: 'solid', suggested: false },
  };
}

/**
 * Everything drawn, except the ids in `skip` (already on the canvas): the projection's actors,
 * relations and merged lines at scale, else every actor and relation and the bundle edges.
 */
export function canvasElements(
  index: GraphIndex,
  projection: Projection | null,
  bundleMembers: ReadonlyMap<string, readonly string[]>,
  skip?: ReadonlySet<string>,
): cytoscape.ElementDefinition[] {
  const els: cytoscape.ElementDefinition[] = [];
  // At scale only what the projection draws is looked at, not every actor and relation of the file.
  const nodes = projection ? projection.nodes : index.file.nodes.map((n) => n.id);
  const edges = projection ? projection.edges : index.file.edges.map((e) => e.id);
  for (const id of nodes) if (!skip?.has(id)) els.push(nodeElement(index, id));
  for (const id of edges) if (!skip?.has(id)) els.push(relationElement(index, id));
  if (projection) {
    for (const a of projection.aggregates) if (!skip?.has(a.id)) els.push(aggregateElement(index, a));
  } else for (const [id, members] of bundleMembers) els.push(bundleElement(index, id, members));
  return els;
}
