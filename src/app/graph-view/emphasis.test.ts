import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../../domain/test-fixture';
import { DEFAULT_VIEW_STATE } from '../../domain/view-state-url';
import { ALL_TIME } from '../../domain/view-visibility';
import { headlessCanvas } from './__fixtures__/headless-canvas';

describe('emphasis: what stands out', () => {
  it('dims everything but a selected actor, its neighbours and its relations; clearing restores all', () => {
    const c = headlessCanvas(fixtureGraph());
    expect(c.parts.scene.cy.$('.dimmed').length).toBe(0);
    c.store.getState().selectNode('pakistan');
    expect(c.classesOf('china')).toContain('dimmed');
    expect(c.classesOf('taliban')).not.toContain('dimmed');
    expect(c.classesOf('pakistan')).not.toContain('dimmed');
    c.store.getState().clearSelection();
    expect(c.parts.scene.cy.$('.dimmed').length).toBe(0);
  });

  it("labels a selected actor's relations with their type when they are few", () => {
    const c = headlessCanvas(fixtureGraph());
    c.store.getState().selectNode('pakistan');
    const related = [...c.store.getState().focus.relatedEdges];
    expect(related.length).toBeGreaterThan(0);
    for (const id of related) expect(c.classesOf(c.parts.scene.bundleOf.get(id) ?? id)).toContain('labelled');
    expect(c.classesOf('fx-a#r02')).not.toContain('labelled');
  });

  it("a hovered actor's neighbourhood wins over the selection until the pointer leaves", () => {
    const c = headlessCanvas(fixtureGraph());
    c.store.getState().selectNode('pakistan');
    c.parts.emphasis.pointAt('sergey-lavrov');
    expect(c.classesOf('sergey-lavrov')).toContain('hovered');
    expect(c.classesOf('amir-khan-muttaqi')).not.toContain('dimmed');
    expect(c.classesOf('pakistan')).toContain('dimmed');
    c.parts.emphasis.pointAt(null);
    expect(c.classesOf('pakistan')).not.toContain('dimmed');
    expect(c.classesOf('amir-khan-muttaqi')).toContain('dimmed');
  });

  it('a shown path stands out over the rest', () => {
    // Every relation shown, dated or not, whatever a fresh view's default.
    const c = headlessCanvas(fixtureGraph(), { ...DEFAULT_VIEW_STATE, time: ALL_TIME });
    c.store.getState().findPath('zamir-kabulov', 'pakistan', false);
    expect(c.classesOf('zamir-kabulov')).not.toContain('dimmed');
    expect(c.classesOf('china')).toContain('dimmed');
  });
});
