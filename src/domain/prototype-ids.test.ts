// Any id is data (issue 15): graphs whose actor, relation, relation-type and document ids and
// labels are Object.prototype's member names ("constructor", "__proto__", …) go through the
// index, filters, search, selection, timeline, bundles, importance, every layout, the level of
// detail, every metric and the claims, with the same answers an ordinary graph gets. Expected
// values come from plain scans over the arrays of the file.
import { describe, expect, it } from 'vitest';
import { PROTOTYPE_NAMES, prototypeIdGraph, prototypeIds, HUB, type NamedPart } from './__fixtures__/prototype-ids';
import { detectCommunities } from './analytics/communities';
import { hiddenNeighbours, neighbourhood } from './analytics/focus';
import { computeMetrics } from './analytics/metrics';
import { shortestPaths } from './analytics/paths';
import { edgesInRange } from './analytics/time';
import { bundleCandidates, bundleOfEdge, bundleStates } from './bundles';
import { groupReports } from './claims/group-reports';
import { outletRows, sourceDiversity } from './claims/source-facet';
import { storySteps } from './claims/story';
import { computeVisibility, DEFAULT_FILTERS } from './filters';
import type { GraphEdge } from './graph-contract';
import { buildGraphIndex } from './graph-index';
import { sizesFor } from './importance';
import { computeLayout, type LayoutNode } from './layout';
import { concentricLayout, kindCirclesLayout } from './layouts';
import { projectGraph } from './level-of-detail';
import { placeNewNodes, projectionLayout } from './level-of-detail-layout';
import { searchActors, matchingNodeIds } from './search';
import { selectionFocus } from './selection';
import { timelineSpan } from './timeline';
import { ALL_TIME, computeViewVisibility } from './view-visibility';

it('names every own member of Object.prototype', () => {
  expect([...PROTOTYPE_NAMES].sort()).toEqual(Object.getOwnPropertyNames(Object.prototype).sort());
});

const sorted = (ids: Iterable<string>): string[] => [...ids].sort();

describe.each<NamedPart>(['nodes', 'edges', 'types'])('a graph whose %s are named after Object.prototype', (named) => {
  const graph = prototypeIdGraph(named);
  const ids = prototypeIds(named);
  const index = buildGraphIndex(graph);
  const nodeIds = graph.nodes.map((n) => n.id);
  const [a0, a1, a2, a3, , , a6] = ids.nodes as [string, string, string, string, string, string, string];
  const touching = (id: string): GraphEdge[] => graph.edges.filter((e) => e.source === id || e.target === id);
  const neighboursOf = (id: string): string[] => sorted(new Set(touching(id).map((e) => (e.source === id ? e.target : e.source))));

  it('indexes each actor with its own relations, degree and label, and each type and document', () => {
    for (const [i, id] of nodeIds.entries()) {
      expect(index.edgesByNode.get(id)).toEqual(touching(id).map((e) => e.id));
      expect(index.degree.get(id)).toBe(touching(id).length);
      expect(index.nodes.get(id)!.label).toBe(i < PROTOTYPE_NAMES.length ? PROTOTYPE_NAMES[i] : 'Hub');
    }
    for (const t of ids.types) expect(index.typeCounts.get(t)).toBe(graph.edges.filter((e) => e.type === t).length);
    for (const name of PROTOTYPE_NAMES) {
      expect(index.documents.get(name)!.outlet).toBe(name);
      expect(index.sentencesByDocument.get(name)!.map((s) => s.id)).toEqual(graph.sentences.filter((s) => s.documentId === name).map((s) => s.id));
    }
    expect(index.edges.get(ids.ring[0]!)!.target).toBe(a1);
  });

  it('filters by type, kind and outlet, and focuses on an actor', () => {
    const type = ids.typeOf(0);
    expect(sorted(computeVisibility(index, { ...DEFAULT_FILTERS, hiddenTypes: [type] }).edges)).toEqual(sorted(graph.edges.filter((e) => e.type !== type).map((e) => e.id)));
    const people = computeVisibility(index, { ...DEFAULT_FILTERS, hiddenKinds: ['person'] });
    expect(sorted(people.nodes)).toEqual(sorted(graph.nodes.filter((n) => n.kind !== 'person').map((n) => n.id)));
    // Every relation is quoted in one document, whose outlet is a name: hiding it hides its relations.
    const outlet = PROTOTYPE_NAMES[0];
    const quotedThere = (e: GraphEdge) => e.evidence[0]!.sentenceId.startsWith(`${outlet}#`);
    expect(sorted(computeVisibility(index, { ...DEFAULT_FILTERS, hiddenOutlets: [outlet] }).edges)).toEqual(sorted(graph.edges.filter((e) => !quotedThere(e)).map((e) => e.id)));
    const focus = computeViewVisibility(index, DEFAULT_FILTERS, ALL_TIME, { nodeId: a0, depth: 1, expanded: [] });
    expect(sorted(focus.nodes)).toEqual(sorted([a0, ...neighboursOf(a0)]));
    expect(sorted(focus.edges)).toEqual(sorted(graph.edges.filter((e) => focus.nodes.has(e.source) && focus.nodes.has(e.target)).map((e) => e.id)));
  });

  it('finds every actor by its label and its alias, and selects it with its relations', () => {
    PROTOTYPE_NAMES.forEach((name, i) => {
      expect(searchActors(index, name)[0]).toMatchObject({ nodeId: ids.nodes[i], label: name, via: 'label' });
      expect(searchActors(index, name.toUpperCase())[0]!.nodeId).toBe(ids.nodes[i]);
    });
    expect(sorted(matchingNodeIds(index, 'lookup'))).toEqual(sorted([ids.nodes[10]!, ids.nodes[11]!]));
    const focus = selectionFocus(index, { kind: 'node', id: a0 });
    expect(sorted(focus.relatedEdges)).toEqual(sorted(touching(a0).map((e) => e.id)));
  });

  it('spans the dated relations on the timeline', () => {
    expect(timelineSpan(graph.edges)).toMatchObject({ earliest: 2010, latest: 2021 });
    expect(sorted(edgesInRange(graph.edges, { from: 2010, to: 2012 }, { keepUndated: false }))).toEqual(sorted(ids.ring.slice(0, 3)));
  });

  it('bundles the four relations between actors 0 and 1', () => {
    const bundles = bundleCandidates(index);
    expect(bundles).toHaveLength(1);
    const [bundle] = bundles;
    expect([bundle!.a, bundle!.b]).toEqual(sorted([a0, a1]));
    expect(sorted(bundle!.members)).toEqual(sorted([ids.ring[0]!, ...ids.parallel]));
    const visibility = computeVisibility(index, DEFAULT_FILTERS);
    expect(bundleStates(index, bundles, visibility, new Set()).get(bundle!.id)!.collapsed).toBe(true);
    expect(bundleStates(index, bundles, visibility, new Set([bundle!.id])).get(bundle!.id)!.collapsed).toBe(false);
    expect(bundleOfEdge(index, ids.parallel[1]!, bundles)).toBe(bundle);
  });

  it('scores every actor with its own metrics, ranks and community', () => {
    const m = computeMetrics(graph);
    expect(sorted(Object.keys(m.metrics))).toEqual(sorted(nodeIds));
    for (const id of nodeIds) {
      expect(Object.hasOwn(m.metrics, id) && Object.hasOwn(m.ranks, id)).toBe(true);
      expect(m.metrics[id]!.degree).toBe(touching(id).length);
    }
    expect(nodeIds.reduce((sum, id) => sum + m.metrics[id]!.pagerank, 0)).toBeCloseTo(1, 9);
    expect(m.ranks[HUB]).toMatchObject({ degree: 1, betweenness: 1 });
    const sampled = computeMetrics(graph, { betweenness: 'sampled', samples: nodeIds.length });
    for (const id of nodeIds) expect(sampled.metrics[id]!.betweenness).toBeCloseTo(m.metrics[id]!.betweenness!, 9);
    const sizes = sizesFor('pagerank', new Map(nodeIds.map((id) => [id, m.metrics[id]!.pagerank])));
    expect(sorted(sizes.keys())).toEqual(sorted(nodeIds));
    const c = detectCommunities(graph);
    expect(sorted(Object.keys(c.communities))).toEqual(sorted(nodeIds));
    for (const id of nodeIds) expect(Object.hasOwn(c.communities, id) && c.communities[id]! < c.count).toBe(true);
    expect(c.sizes.reduce((s, n) => s + n, 0)).toBe(nodeIds.length);
  });

  it('finds shortest paths, neighbourhoods and hidden neighbours between named actors', () => {
    const r = shortestPaths(graph, a0, a6, { directed: false });
    expect(r).toMatchObject({ found: true, from: a0, to: a6, length: 2, totalPaths: 1 });
    if (!r.found) return;
    expect(r.paths[0]).toEqual([
      { from: a0, to: HUB, edgeIds: [ids.spokes[0]], types: [ids.typeOf(0)] },
      { from: HUB, to: a6, edgeIds: [ids.spokes[6]], types: [ids.typeOf(6)] },
    ]);
    // Along the arrows: into the hub, out by the one undirected spoke next to actor 6, then its ring link.
    const directed = shortestPaths(graph, a0, a6, { directed: true });
    expect(directed).toMatchObject({ found: true, length: 3, totalPaths: 1 });
    expect(directed.found && directed.paths[0]!.map((h) => [h.from, h.to])).toEqual([[a0, HUB], [HUB, ids.nodes[5]], [ids.nodes[5], a6]]);
    expect(shortestPaths(graph, a0, a0, { directed: false })).toMatchObject({ found: false, reason: 'same-node' });
    expect(sorted(neighbourhood(graph, a0, 1))).toEqual(sorted([a0, ...neighboursOf(a0)]));
    const hidden = hiddenNeighbours(graph, a0, [a0]);
    expect(sorted(hidden.map((h) => h.id))).toEqual(neighboursOf(a0));
    expect(hidden[0]).toMatchObject({ id: a1, label: PROTOTYPE_NAMES[1], edgeIds: [ids.ring[0], ...ids.parallel] });
  });

  const layoutNodes: LayoutNode[] = graph.nodes.map((n) => ({ id: n.id, size: 24, labelWidth: 8 * n.label.length, labelHeight: 14 }));
  const links = graph.edges.map((e) => ({ source: e.source, target: e.target }));
  const expectPlaced = (positions: ReadonlyMap<string, { x: number; y: number }>, wanted: readonly string[]) => {
    expect(sorted(positions.keys())).toEqual(sorted(wanted));
    const points = [...positions.values()];
    for (const p of points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(new Set(points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(points.length);
  };

  it('places every actor in each layout', () => {
    expectPlaced(computeLayout({ nodes: layoutNodes, edges: links, width: 1200, height: 800 }), nodeIds);
    const concentric = concentricLayout(layoutNodes, (id) => index.degree.get(id) ?? 0);
    expectPlaced(concentric, nodeIds);
    // The best connected actor is in the centre.
    expect(concentric.get(HUB)).toEqual({ x: 0, y: 0 });
    expectPlaced(kindCirclesLayout(layoutNodes, (id) => index.nodes.get(id)!.kind, (id) => index.degree.get(id) ?? 0, 1.5), nodeIds);
    const projected = projectionLayout(nodeIds, links);
    expectPlaced(projected, nodeIds);
    projected.delete(a0);
    const placed = placeNewNodes([a0], graph.edges, projected);
    expectPlaced(placed, nodeIds);
  });

  it('projects a level of detail that keeps the pinned actor and merges its pairs', () => {
    const visibility = computeVisibility(index, DEFAULT_FILTERS);
    const p = projectGraph(graph.edges, visibility, { maxNodes: 4, maxEdges: 3, pinned: [a0], minAggregate: 2 });
    expect(p.nodes.has(a0)).toBe(true);
    for (const agg of p.aggregates) {
      const between = graph.edges.filter((e) => sorted([e.source, e.target]).join('\n') === sorted([agg.source, agg.target]).join('\n'));
      expect(sorted(agg.members)).toEqual(sorted(between.map((e) => e.id)));
    }
    expect(p.aggregates.find((agg) => agg.members.includes(ids.parallel[0]!))).toBeDefined();
    for (const [id, n] of p.hiddenRelations) {
      expect(n).toBe(touching(id).filter((e) => !p.nodes.has(e.source === id ? e.target : e.source)).length);
    }
  });

  it('groups the two reports of a claim and tells the story of a pair', () => {
    const docOf = new Map(graph.sentences.map((s) => [s.id, s.documentId]));
    const claims = groupReports(graph.edges, {
      documentOfSentence: (id) => docOf.get(id),
      document: (id) => index.documents.get(id),
      isDirected: (type) => index.types.get(type)?.directed !== false,
    });
    expect(claims).toHaveLength(graph.edges.length - 1);
    const claim = claims.find((c) => c.id === ids.reports[0])!;
    expect(claim.reports!.map((r) => [r.id, r.documentId])).toEqual(ids.reports.map((id) => [id, docOf.get(graph.edges.find((e) => e.id === id)!.evidence[0]!.sentenceId)]));
    const story = storySteps(index, a2, a3);
    expect(sorted(story.map((s) => s.edge.id))).toEqual(sorted([ids.ring[2]!, ...ids.reports]));
    const rows = outletRows(index);
    for (const name of PROTOTYPE_NAMES) expect(rows.find((r) => r.outlet === name)!.total).toBe(graph.sentences.filter((s) => s.documentId === name).length);
    expect(sourceDiversity(index, graph.edges.map((e) => e.id))).toEqual({ claims: graph.edges.length, corroborated: 0, singleSource: graph.edges.length });
  });
});
