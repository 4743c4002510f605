import { describe, expect, it } from 'vitest';
import { randomGraph } from '../../domain/analytics/__fixtures__/random-graph';
import { DEFAULT_LOD_BUDGET } from '../../domain/level-of-detail';
import { headlessCanvas } from './__fixtures__/headless-canvas';
import { LABEL_FONT_SIZE, LANDMARK_FONT_PX, LANDMARK_FONT_WEIGHT, MIN_LABEL_PX } from './cy-style';
import { estimateWidth, labelBox, labelRect, overlaps } from './label-measure';
import { LANDMARK_BUDGET, placeClasses } from './landmarks';

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
    // The mark lands once the panels have painted, the neighbourhood one painted frame later.
    c.env.paint();
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

describe('landmark labels: the most important actors are named at the overview', () => {
  /** The overview as the browser shows it once zooming has settled. */
  const settled = () => {
    const c = big();
    c.env.advance(0);
    c.parts.camera.fit();
    c.parts.lod!.viewportChanged();
    c.env.advance(250);
    return c;
  };
  const rectOf = (c: ReturnType<typeof big>, id: string) => {
    const { cy } = c.parts.scene;
    const el = cy.getElementById(id);
    const p = el.renderedPosition();
    const box = labelBox(estimateWidth, c.store.getState().index.nodes.get(id)!.label, LANDMARK_FONT_PX, LANDMARK_FONT_WEIGHT);
    return labelRect({ id, x: p.x, y: p.y, radius: (Number(el.data('size')) / 2) * cy.zoom() }, box, c.parts.landmarks.places.get(id));
  };

  it('labels the largest drawn actors at one size on screen, without overlaps, where ordinary labels are not drawn', () => {
    const c = settled();
    const { cy } = c.parts.scene;
    expect(cy.zoom() * LABEL_FONT_SIZE).toBeLessThan(MIN_LABEL_PX);
    const landmarks = [...c.parts.landmarks.places.keys()];
    expect(landmarks.length).toBeGreaterThan(3);
    expect(landmarks.length).toBeLessThanOrEqual(LANDMARK_BUDGET);
    // The largest actor on the canvas (inside it) is named, and every landmark carries the class and its font.
    const inside = cy.nodes().filter((n) => {
      const p = n.renderedPosition();
      return p.x >= 0 && p.x <= 800 && p.y >= 0 && p.y <= 600;
    });
    const largest = inside.max((n) => Number(n.data('size'))).ele.id();
    expect(landmarks).toContain(largest);
    // Some labels had no room below their actor and sit beside or above it, with the class that draws them there.
    const places = c.parts.landmarks.places;
    expect([...places.values()].filter((p) => p !== 'below').length).toBeGreaterThan(0);
    for (const [id, place] of places) expect(c.classesOf(id)).toEqual(expect.arrayContaining(placeClasses(place).split(' ')));
    for (const id of landmarks) {
      expect(c.classesOf(id)).toContain('landmark');
      expect(cy.getElementById(id).numericStyle('font-size') * cy.zoom()).toBeCloseTo(LANDMARK_FONT_PX, 5);
    }
    const rects = landmarks.map((id) => rectOf(c, id));
    for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(overlaps(rects[i]!, rects[j]!)).toBe(false);
  });

  it('gives the labels back to the ordinary style when zoomed in far enough to draw them all', () => {
    const c = settled();
    c.parts.scene.cy.zoom(1);
    c.parts.lod!.viewportChanged();
    c.env.advance(250);
    expect(c.parts.landmarks.places.size).toBe(0);
    expect(c.parts.scene.cy.nodes('.landmark').length).toBe(0);
  });

  it('hands the labels over to the selection’s big labels, and takes them back when it is cleared', () => {
    const c = settled();
    const before = [...c.parts.landmarks.places.keys()];
    c.store.getState().selectNode(before[0]!);
    for (let i = 0; i < 3; i++) {
      c.env.paint();
      c.env.advance(0);
    }
    expect(c.parts.landmarks.places.size).toBe(0);
    expect(c.parts.scene.cy.nodes('.landmark').length).toBe(0);
    c.store.getState().clearSelection();
    for (let i = 0; i < 3; i++) {
      c.env.paint();
      c.env.advance(0);
    }
    expect([...c.parts.landmarks.places.keys()]).toEqual(before);
  });
});
