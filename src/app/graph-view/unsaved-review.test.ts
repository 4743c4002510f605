import { describe, expect, it } from 'vitest';
import { reviewGraph, SUGGESTED_EDGE } from '../../domain/__fixtures__/review-graph';
import small from '../../domain/__fixtures__/small-graph.json';
import type { GraphFile } from '../../domain/graph-contract';
import { DEFAULT_VIEW_STATE } from '../../domain/view-state-url';
import { ALL_TIME } from '../../domain/view-visibility';
import { headlessCanvas } from './__fixtures__/headless-canvas';
import { canvasProbes } from './test-probes';

describe('unsaved review decisions on the canvas', () => {
  it('an accepted draft loses its draft look, a rejected one leaves, and both come back if the decision is dropped', () => {
    const c = headlessCanvas(reviewGraph(structuredClone(small) as GraphFile), { ...DEFAULT_VIEW_STATE, time: ALL_TIME });
    const probes = canvasProbes(c.parts.scene.cy, () => ({ left: 0, top: 0 }));
    expect(probes.reviewMark(SUGGESTED_EDGE)).toBe('suggested');

    c.store.getState().showUnsavedReview(new Map([[SUGGESTED_EDGE, 'reviewed']]));
    expect(probes.reviewMark(SUGGESTED_EDGE)).toBe('reviewed');
    expect(c.visible('edge')).toContain(SUGGESTED_EDGE);

    c.store.getState().showUnsavedReview(new Map([[SUGGESTED_EDGE, 'rejected']]));
    expect(c.visible('edge')).not.toContain(SUGGESTED_EDGE);

    c.store.getState().showUnsavedReview(new Map());
    expect(probes.reviewMark(SUGGESTED_EDGE)).toBe('suggested');
    expect(c.visible('edge')).toContain(SUGGESTED_EDGE);
  });
});
