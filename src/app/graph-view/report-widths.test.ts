import { describe, expect, it } from 'vitest';
import graphText from '../../../data/graph.json?raw';
import { randomGraph } from '../../domain/analytics/__fixtures__/random-graph';
import type { GraphFile } from '../../domain/graph-contract';
import { DEFAULT_VIEW_STATE } from '../../domain/view-state-url';
import { ALL_TIME } from '../../domain/view-visibility';
import { headlessCanvas } from './__fixtures__/headless-canvas';
import { BY_REPORTS_CLASS } from './report-widths';
import { canvasProbes } from './test-probes';

const committed = (): GraphFile => JSON.parse(graphText) as GraphFile;
const reportsOf = (g: GraphFile, n: number): string => g.edges.find((e) => (e.reports?.length ?? 1) === n)!.id;

describe('line width by reports', () => {
  const graph = committed();
  const once = reportsOf(graph, 1);
  const four = reportsOf(graph, 4);
  const six = reportsOf(graph, 6);

  it('draws every claim 2px wide until switched on, then wider the more articles report it', () => {
    const c = headlessCanvas(graph);
    const width = canvasProbes(c.parts.scene.cy, () => ({ left: 0, top: 0 })).edgeWidth;
    expect([width(once), width(four), width(six)]).toEqual([2, 2, 2]);
    c.store.getState().setWidthByReports(true);
    expect(width(once)).toBe(2);
    expect(width(four)).toBeCloseTo(5.6, 5);
    expect(width(six)).toBe(8);
    expect(c.classesOf(six)).toContain(BY_REPORTS_CLASS);
    c.store.getState().setWidthByReports(false);
    expect([width(once), width(four), width(six)]).toEqual([2, 2, 2]);
    expect(c.parts.scene.cy.$(`.${BY_REPORTS_CLASS}`)).toHaveLength(0);
  });

  it('keeps a selected claim wider than it is unselected, and leaves bundles as their counts draw them', () => {
    const c = headlessCanvas(graph, { ...DEFAULT_VIEW_STATE, widthByReports: true });
    const width = canvasProbes(c.parts.scene.cy, () => ({ left: 0, top: 0 })).edgeWidth;
    // A shared link with width=reports opens with the widths on.
    expect(width(six)).toBe(8);
    c.store.getState().selectEdge(six);
    expect(width(six)!).toBeGreaterThan(8);
    c.store.getState().selectEdge(once);
    expect(width(once)!).toBeGreaterThan(2);
    const bundles = c.parts.scene.cy.edges('[?bundle]');
    expect(bundles.length).toBeGreaterThan(0);
    for (const b of bundles) expect(b.hasClass(BY_REPORTS_CLASS)).toBe(false);
  });

  it('at scale, claims drawn later take the width with them', () => {
    const c = headlessCanvas(randomGraph({ nodes: 1200, edges: 3000, seed: 3 }), { ...DEFAULT_VIEW_STATE, time: ALL_TIME, widthByReports: true });
    const drawn = c.parts.scene.cy.edges('[reports]');
    expect(drawn.length).toBeGreaterThan(0);
    for (const e of drawn) expect(e.hasClass(BY_REPORTS_CLASS)).toBe(true);
    const hidden = c.store.getState().index.file.nodes.map((n) => n.id).find((id) => c.parts.scene.cy.getElementById(id).empty() && (c.store.getState().index.degree.get(id) ?? 0) > 0)!;
    c.store.getState().selectNode(hidden);
    c.env.paint();
    c.env.paint();
    const added = c.parts.scene.cy.getElementById(hidden).connectedEdges('[reports]');
    expect(added.length).toBeGreaterThan(0);
    for (const e of added) expect(e.hasClass(BY_REPORTS_CLASS)).toBe(true);
  });
});
