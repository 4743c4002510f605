import { describe, expect, it } from 'vitest';
import { randomGraph } from '../../domain/analytics/__fixtures__/random-graph';
import { DEFAULT_LOD_BUDGET } from '../../domain/level-of-detail';
import { headlessCanvas } from './__fixtures__/headless-canvas';

// Above LOD_MIN_NODES / LOD_MIN_EDGES: the canvas draws a projection.
const big = () => headlessCanvas(randomGraph({ nodes: 1200, edges: 3000, seed: 3 }));

describe('level of detail: the canvas draws a bounded projection at scale', () => {
  it('draws at most the budget, says how much it draws, and lays the drawing out without a worker', () => {
    const c = big();
    const nodes = c.visible('node').length;
    expect(nodes).toBeGreaterThan(0);
    expect(nodes).toBeLessThanOrEqual(DEFAULT_LOD_BUDGET.maxNodes);
    expect(c.drawn()).toMatchObject({ actors: nodes });
    const spiral = { ...c.parts.scene.cy.getElementById(c.visible('node')[0]!).position() };
    c.env.advance(0);
    expect(c.parts.scene.cy.getElementById(c.visible('node')[0]!).position()).not.toEqual(spiral);
  });

  it('draws a selected actor that was not drawn, with its neighbours, once the panels have painted', () => {
    const c = big();
    const hidden = c.store.getState().index.file.nodes.map((n) => n.id).find((id) => !c.parts.scene.cy.getElementById(id).nonempty() && (c.store.getState().index.degree.get(id) ?? 0) > 0)!;
    c.store.getState().selectNode(hidden);
    expect(c.visible('node')).not.toContain(hidden);
    c.env.paint();
    expect(c.visible('node')).toContain(hidden);
    expect(c.classesOf(hidden)).toContain('selected');
    for (const id of c.store.getState().focus.relatedNodes) expect(c.visible('node')).toContain(id);
  });

  it('merges busy pairs into one line drawn with its least certain member', () => {
    const c = big();
    const merged = c.parts.scene.projection!.aggregates;
    expect(c.drawn()?.merged).toBe(merged.length);
    for (const a of merged.slice(0, 5)) expect(c.parts.scene.cy.getElementById(a.id).data('count')).toBe(a.members.length);
  });

  it('a filter that hides most relations redraws only what is visible', () => {
    const c = big();
    c.store.getState().toggleRelationType('rel');
    const visible = c.store.getState().visibility;
    for (const id of c.visible('edge')) if (!id.startsWith('agg:')) expect(visible.edges.has(id)).toBe(true);
    for (const id of c.visible('node')) expect(visible.nodes.has(id)).toBe(true);
  });
});
