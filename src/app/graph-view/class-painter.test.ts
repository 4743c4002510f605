import { describe, expect, it } from 'vitest';
import { reviewGraph } from '../../domain/__fixtures__/review-graph';
import { fixtureGraph } from '../../domain/test-fixture';
import { headlessCanvas } from './__fixtures__/headless-canvas';

describe('class painter: the state on the drawn elements', () => {
  it('hides the relations of a hidden type and shows them again, without moving any actor', () => {
    const c = headlessCanvas(fixtureGraph());
    const before = c.parts.scene.cy.getElementById('sergey-lavrov').position();
    c.store.getState().toggleRelationType('meeting');
    expect(c.classesOf('fx-a#r02')).toContain('hidden');
    expect(c.classesOf('fx-a#r01')).not.toContain('hidden');
    c.store.getState().toggleRelationType('meeting');
    expect(c.classesOf('fx-a#r02')).not.toContain('hidden');
    expect(c.parts.scene.cy.getElementById('sergey-lavrov').position()).toEqual(before);
  });

  it('hides actors a kind filter hides', () => {
    const c = headlessCanvas(fixtureGraph());
    c.store.getState().toggleKind('person');
    expect(c.visible('node')).not.toContain('sergey-lavrov');
    expect(c.visible('node')).toContain('russia');
  });

  it('marks search matches, and only them, as the query changes', () => {
    const c = headlessCanvas(fixtureGraph());
    c.store.getState().setSearchQuery('russia');
    expect(c.classesOf('russia')).toContain('match');
    expect(c.classesOf('china')).not.toContain('match');
    c.store.getState().setSearchQuery('china');
    expect(c.classesOf('russia')).not.toContain('match');
    expect(c.classesOf('china')).toContain('match');
    c.store.getState().setSearchQuery('');
    expect(c.parts.scene.cy.$('.match').length).toBe(0);
  });

  it('marks the selection, moving the mark when another actor or a relation is selected', () => {
    const c = headlessCanvas(fixtureGraph());
    c.store.getState().selectNode('pakistan');
    expect(c.classesOf('pakistan')).toContain('selected');
    c.store.getState().selectEdge('fx-b#r03');
    expect(c.classesOf('pakistan')).not.toContain('selected');
    expect(c.classesOf('fx-b#r03')).toContain('selected');
  });

  it('marks the actors and relations of a shortest path, and clears them', () => {
    const c = headlessCanvas(fixtureGraph());
    c.store.getState().findPath('zamir-kabulov', 'pakistan', false);
    const path = c.store.getState().pathElements!;
    expect(path.nodes.size).toBeGreaterThan(2);
    for (const id of path.nodes) expect(c.classesOf(id)).toContain('on-path');
    expect(c.classesOf('china')).not.toContain('on-path');
    c.store.getState().clearPath();
    expect(c.parts.scene.cy.$('.on-path').length).toBe(0);
  });

  it('draws a collapsed pair of many relations as one line, and its relations when opened', () => {
    const c = headlessCanvas(reviewGraph(fixtureGraph()));
    const collapsed = [...c.store.getState().bundleStates].find(([, b]) => b.collapsed);
    expect(collapsed).toBeDefined();
    const [bundle, state] = collapsed!;
    expect(c.visible('edge')).toContain(bundle);
    for (const id of state.visible) expect(c.visible('edge')).not.toContain(id);
    c.store.getState().toggleBundle(bundle);
    expect(c.visible('edge')).not.toContain(bundle);
    for (const id of state.visible) expect(c.visible('edge')).toContain(id);
  });
});
