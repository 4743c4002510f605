import { describe, expect, it } from 'vitest';
import { randomGraph } from '../../domain/analytics/__fixtures__/random-graph';
import { reviewGraph } from '../../domain/__fixtures__/review-graph';
import { bundleIdOf } from '../../domain/bundles';
import { fixtureGraph } from '../../domain/test-fixture';
import { DEFAULT_VIEW_STATE } from '../../domain/view-state-url';
import { ALL_TIME } from '../../domain/view-visibility';
import { headlessCanvas } from './__fixtures__/headless-canvas';

/** Every relation shown, dated or not, whatever a fresh view's default. */
const ALL = { ...DEFAULT_VIEW_STATE, time: ALL_TIME };

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
    const c = headlessCanvas(fixtureGraph(), ALL);
    c.store.getState().findPath('zamir-kabulov', 'pakistan', false);
    const path = c.store.getState().pathElements!;
    expect(path.nodes.size).toBeGreaterThan(2);
    for (const id of path.nodes) expect(c.classesOf(id)).toContain('on-path');
    expect(c.classesOf('china')).not.toContain('on-path');
    c.store.getState().clearPath();
    expect(c.parts.scene.cy.$('.on-path').length).toBe(0);
  });

  it('draws a collapsed pair of many relations as one line, and its relations when opened', () => {
    const c = headlessCanvas(reviewGraph(fixtureGraph()), ALL);
    const collapsed = [...c.store.getState().bundleStates].find(([, b]) => b.collapsed);
    expect(collapsed).toBeDefined();
    const [bundle, state] = collapsed!;
    expect(c.visible('edge')).toContain(bundle);
    for (const id of state.visible) expect(c.visible('edge')).not.toContain(id);
    c.store.getState().toggleBundle(bundle);
    expect(c.visible('edge')).not.toContain(bundle);
    for (const id of state.visible) expect(c.visible('edge')).toContain(id);
  });

  it("a bundle's click selects the pair's relations: the line is marked, not spread; picking one spreads it and marks that one", () => {
    const c = headlessCanvas(reviewGraph(fixtureGraph()), ALL);
    const [bundle, state] = [...c.store.getState().bundleStates].find(([, b]) => b.collapsed)!;
    c.store.getState().selectBundle(bundle);
    expect(c.store.getState().selection).toEqual({ kind: 'bundle', id: bundle });
    expect(c.visible('edge')).toContain(bundle);
    expect(c.classesOf(bundle)).toContain('selected');
    expect(c.classesOf(bundle)).not.toContain('dimmed');
    const picked = state.visible[1]!;
    c.store.getState().selectEdge(picked);
    expect(c.visible('edge')).not.toContain(bundle);
    expect(c.visible('edge')).toContain(picked);
    expect(c.classesOf(picked)).toContain('selected');
    for (const other of state.visible.filter((m) => m !== picked)) expect(c.classesOf(other)).not.toContain('selected');
  });

  it('fades actors left without a visible relation after a filter or a time change, and brings them back', () => {
    const c = headlessCanvas(fixtureGraph(), ALL);
    const { cy } = c.parts.scene;
    expect(cy.$('.faded').length).toBe(0);
    // Lavrov and Muttaqi have one relation between them, a meeting.
    c.store.getState().toggleRelationType('meeting');
    expect(c.classesOf('sergey-lavrov')).toContain('faded');
    expect(c.classesOf('amir-khan-muttaqi')).toContain('faded');
    expect(c.classesOf('russia')).not.toContain('faded');
    // An actor that never had a relation is left as it is.
    const lonely = c.store.getState().index.file.nodes.find((n) => (c.store.getState().index.degree.get(n.id) ?? 0) === 0)!;
    expect(c.classesOf(lonely.id)).not.toContain('faded');
    c.store.getState().toggleRelationType('meeting');
    expect(cy.$('.faded').length).toBe(0);
    // Undated relations hidden: Kabulov's only relation (to Russia) has no date.
    c.store.getState().setKeepUndated(false);
    expect(c.classesOf('zamir-kabulov')).toContain('faded');
    expect(c.classesOf('taliban')).not.toContain('faded');
    c.store.getState().setKeepUndated(true);
    expect(cy.$('.faded').length).toBe(0);
  });

  it('the search marks end with the pick (the query goes), and typing again marks again', () => {
    const c = headlessCanvas(fixtureGraph(), ALL);
    c.store.getState().setSearchQuery('russia');
    expect(c.classesOf('russia')).toContain('match');
    c.store.getState().pickSearchResult('russia');
    expect(c.store.getState().query).toBe('');
    expect(c.parts.scene.cy.$('.match').length).toBe(0);
    expect(c.classesOf('russia')).toContain('selected');
    expect(c.store.getState().centreRequest?.target).toBe('russia');
    c.store.getState().setSearchQuery('chin');
    expect(c.classesOf('china')).toContain('match');
  });

  it("at scale, a click's selection is marked a painted frame before its neighbourhood is, and a merged line's pair marks the line", () => {
    const c = headlessCanvas(randomGraph({ nodes: 1200, edges: 3000, seed: 3 }), ALL);
    const { index } = c.store.getState();
    const drawn = c.visible('node');
    const a = drawn[0]!;
    const b = drawn.find((id) => id !== a && !index.edgesByNode.get(a)!.some((e) => [index.edges.get(e)!.source, index.edges.get(e)!.target].includes(id)));
    c.store.getState().selectNode(a!);
    c.env.paint();
    c.env.paint();
    expect(c.classesOf(b!)).toContain('dimmed');
    c.store.getState().selectNode(b!);
    c.env.paint();
    // The click's answer: the actor marked and lifted out of the dimming, the rest as it was.
    expect(c.classesOf(b!)).toContain('selected');
    expect(c.classesOf(b!)).not.toContain('dimmed');
    expect(c.classesOf(a!)).not.toContain('selected');
    expect(c.store.getState().focus.relatedNodes.size).toBeGreaterThan(0);
    const waiting = [...c.store.getState().focus.relatedNodes].filter((id) => c.classesOf(id).includes('dimmed'));
    expect(waiting.length).toBeGreaterThan(0);
    c.env.paint();
    for (const id of c.store.getState().focus.relatedNodes) if (c.visible('node').includes(id)) expect(c.classesOf(id)).not.toContain('dimmed');

    const merged = c.parts.scene.projection!.aggregates[0]!;
    c.store.getState().selectBundle(bundleIdOf(merged.source, merged.target));
    c.env.paint();
    c.env.paint();
    expect(c.classesOf(merged.id)).toContain('selected');
  }, 30_000);
});
