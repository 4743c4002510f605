import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../../domain/test-fixture';
import { headlessCanvas } from './__fixtures__/headless-canvas';
import { LABEL_FONT_SIZE, MIN_LABEL_PX } from './cy-style';

// A graph small enough to be drawn whole (no level of detail), fitted into a phone's screen.
describe('landmark labels on a graph drawn whole', () => {
  const zoomedTo = (zoom: number) => {
    const c = headlessCanvas(fixtureGraph());
    c.env.advance(0);
    c.parts.scene.cy.zoom(zoom);
    c.parts.landmarks.viewportChanged();
    c.env.advance(250);
    return c;
  };
  const tooSmall = (MIN_LABEL_PX / LABEL_FONT_SIZE) * 0.5;

  it('names the most connected actors when ordinary labels are too small to draw, at a readable size', () => {
    const c = zoomedTo(tooSmall);
    const named = [...c.parts.landmarks.places.keys()];
    expect(named.length).toBeGreaterThan(0);
    const { index } = c.store.getState();
    const mostConnected = [...index.file.nodes].sort((a, b) => (index.degree.get(b.id) ?? 0) - (index.degree.get(a.id) ?? 0))[0]!.id;
    expect(named).toContain(mostConnected);
    for (const id of named) {
      expect(c.classesOf(id)).toContain('landmark');
      // Font size in model px × zoom = the size on screen.
      expect(Number(c.parts.scene.cy.getElementById(id).data('landmarkFont')) * tooSmall).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    }
  });

  it('leaves the labels to the ordinary style at a zoom where they are drawn, and to the selection when there is one', () => {
    expect(zoomedTo(1).parts.landmarks.places.size).toBe(0);
    const c = zoomedTo(tooSmall);
    const first = [...c.parts.landmarks.places.keys()][0]!;
    c.store.getState().selectNode(first);
    for (let i = 0; i < 3; i++) {
      c.env.paint();
      c.env.advance(0);
    }
    expect(c.parts.landmarks.places.size).toBe(0);
    expect(c.parts.scene.cy.nodes('.landmark').length).toBe(0);
  });

  it('steps aside while an export draws the graph at its own scale, and comes back after', async () => {
    const c = zoomedTo(tooSmall);
    const named = [...c.parts.landmarks.places.keys()];
    expect(named.length).toBeGreaterThan(0);
    const during = c.parts.landmarks.without(() => c.parts.scene.cy.nodes('.landmark').length);
    // Off while the canvas redraws (here: no renderer, so a short wait), drawn, then back.
    expect(c.parts.scene.cy.nodes('.landmark').length).toBe(0);
    c.env.advance(200);
    expect(await during).toBe(0);
    for (const id of named) expect(c.classesOf(id)).toContain('landmark');
  });
});
