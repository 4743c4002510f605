import { describe, expect, it } from 'vitest';
import { reviewGraph, SUGGESTED_EDGE, PROPOSED_ACTOR } from '../../domain/__fixtures__/review-graph';
import { fixtureGraph } from '../../domain/test-fixture';
import { headlessCanvas } from './__fixtures__/headless-canvas';
import { canvasProbes } from './test-probes';

describe('test probes: what browser tests may ask the canvas', () => {
  it('lists what is drawn and not hidden, and where, from the canvas corner', () => {
    const c = headlessCanvas(fixtureGraph());
    const probes = canvasProbes(c.parts.scene.cy, () => ({ left: 100, top: 50 }));
    c.store.getState().toggleKind('person');
    expect(probes.visibleIds('nodes')).not.toContain('sergey-lavrov');
    expect(probes.renderedPosition('sergey-lavrov')).toBeNull();
    const at = c.parts.scene.cy.getElementById('russia').renderedPosition();
    expect(probes.renderedPosition('russia')).toEqual({ x: at.x + 100, y: at.y + 50 });
    expect(probes.renderedPosition('nobody')).toBeNull();
  });

  it('tells how a draft is drawn: a suggested relation, a proposed actor, or reviewed', () => {
    const c = headlessCanvas(reviewGraph(fixtureGraph()));
    c.store.getState().collapseAllBundles();
    const probes = canvasProbes(c.parts.scene.cy, () => ({ left: 0, top: 0 }));
    expect(probes.reviewMark(SUGGESTED_EDGE)).toBe('suggested');
    expect(probes.reviewMark(PROPOSED_ACTOR)).toBe('proposed');
    expect(probes.reviewMark('russia')).toBe('reviewed');
    expect(probes.reviewMark('nobody')).toBeNull();
    expect(probes.edgeLine('fx-b#r02')).toBe(c.parts.scene.cy.getElementById('fx-b#r02').data('line'));
  });
});
