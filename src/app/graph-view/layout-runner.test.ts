import { describe, expect, it } from 'vitest';
import { PROTOTYPE_NAMES, prototypeIdGraph } from '../../domain/__fixtures__/prototype-ids';
import { fixtureGraph } from '../../domain/test-fixture';
import { headlessCanvas } from './__fixtures__/headless-canvas';
import { carryViewToNextCanvas, setViewSource } from './view-carry';

const positions = (c: ReturnType<typeof headlessCanvas>): Record<string, { x: number; y: number }> =>
  Object.fromEntries(c.parts.scene.cy.nodes().map((n) => [n.id(), { ...n.position() }]));

describe('layout runner: where actors sit', () => {
  it('lays the same graph out the same way every time (seeded)', () => {
    expect(positions(headlessCanvas(fixtureGraph()))).toEqual(positions(headlessCanvas(fixtureGraph())));
  });

  it('keeps labels of the default layout apart', () => {
    const c = headlessCanvas(fixtureGraph());
    const p = Object.values(positions(c));
    for (let i = 0; i < p.length; i++) for (let j = i + 1; j < p.length; j++) expect(Math.hypot(p[i]!.x - p[j]!.x, p[i]!.y - p[j]!.y)).toBeGreaterThan(20);
  });

  it('a chosen layout moves the actors shown; reset goes back to the default', () => {
    const c = headlessCanvas(fixtureGraph());
    const first = positions(c);
    c.store.getState().chooseLayout('kinds');
    const kinds = positions(c);
    expect(kinds).not.toEqual(first);
    c.store.getState().resetLayout();
    expect(positions(c)).toEqual(first);
  });

  it('an animated layout of actors named like Object.prototype members puts each where it belongs', () => {
    const c = headlessCanvas(prototypeIdGraph('nodes'), undefined, { animate: true });
    c.store.getState().chooseLayout('concentric');
    const p = positions(c);
    for (const name of PROTOTYPE_NAMES) {
      expect(Object.hasOwn(p, name)).toBe(true);
      expect(Number.isFinite(p[name]!.x) && Number.isFinite(p[name]!.y)).toBe(true);
    }
    // Where the same layout puts them without animation: the jump lands at once.
    const still = headlessCanvas(prototypeIdGraph('nodes'));
    still.store.getState().chooseLayout('concentric');
    expect(p).toEqual(positions(still));
  });

  it('a layout over a filtered view leaves hidden actors where they were', () => {
    const c = headlessCanvas(fixtureGraph());
    c.store.getState().toggleKind('person');
    const lavrov = positions(c)['sergey-lavrov'];
    c.store.getState().chooseLayout('concentric');
    expect(positions(c)['sergey-lavrov']).toEqual(lavrov);
    expect(positions(c)['russia']).not.toEqual(undefined);
  });

  it('a reload of the graph keeps every actor where it was and puts a new one by its neighbour', () => {
    const before = headlessCanvas(fixtureGraph());
    before.store.getState().chooseLayout('kinds');
    const kept = positions(before);
    const cy = before.parts.scene.cy;
    const stop = setViewSource(() => ({ positions: new Map(Object.entries(kept)), zoom: cy.zoom(), pan: cy.pan(), layout: 'kinds' }));
    carryViewToNextCanvas();
    stop();

    const graph = fixtureGraph();
    const anchor = graph.nodes[0]!;
    graph.nodes.push({ ...anchor, id: 'newcomer', label: 'Newcomer', mentions: [] });
    graph.edges.push({ ...graph.edges[0]!, id: 'newcomer-edge', source: 'newcomer', target: anchor.id });
    const after = headlessCanvas(graph);
    const now = positions(after);
    for (const [id, p] of Object.entries(kept)) expect(now[id], id).toEqual(p);
    expect(Math.hypot(now.newcomer!.x - kept[anchor.id]!.x, now.newcomer!.y - kept[anchor.id]!.y)).toBeLessThan(200);
    expect(after.store.getState().layout).toBe('kinds');
    // Taken once: the next canvas lays out on its own.
    expect(positions(headlessCanvas(fixtureGraph()))).not.toEqual(kept);
  });
});
