import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../../domain/test-fixture';
import { DEFAULT_VIEW_STATE } from '../../domain/view-state-url';
import { ALL_TIME } from '../../domain/view-visibility';
import { headlessCanvas } from './__fixtures__/headless-canvas';
import { fanCurve, fanOffsets, MAX_FAN_OFFSET, pathMeetsBoxes, type Box, type Point } from './elements';

const grow = (b: Box, by: number): Box => ({ x1: b.x1 - by, y1: b.y1 - by, x2: b.x2 + by, y2: b.y2 + by });

describe('fanned parallel relations', () => {
  it('never bulge past the bound nor over an obstacle, whatever the obstacles', () => {
    const point = fc.record({ x: fc.integer({ min: -300, max: 300 }), y: fc.integer({ min: -300, max: 300 }) });
    const box = fc.record({ x: fc.integer({ min: -350, max: 350 }), y: fc.integer({ min: -350, max: 350 }), r: fc.integer({ min: 4, max: 30 }) });
    fc.assert(
      fc.property(point, point, fc.integer({ min: 2, max: 14 }), fc.array(box, { maxLength: 8 }), (p: Point, q: Point, count, raw) => {
        fc.pre(Math.hypot(q.x - p.x, q.y - p.y) > 60);
        // Obstacles are other actors: never on the pair's own two.
        const bodies = raw.map((b) => ({ x1: b.x - b.r, y1: b.y - b.r, x2: b.x + b.r, y2: b.y + b.r }));
        const others = bodies.filter((b) => !pathMeetsBoxes([p, p], [grow(b, 12)]) && !pathMeetsBoxes([q, q], [grow(b, 12)]));
        const offsets = fanOffsets(p, q, count, others.map((b) => grow(b, 3)), 10, 10);
        expect(offsets).toHaveLength(count);
        for (const o of offsets) expect(Math.abs(o)).toBeLessThanOrEqual(MAX_FAN_OFFSET);
        // Where even the straight line has no room, the fan stays packed round it (a limit of the layout).
        if (pathMeetsBoxes(fanCurve(p, q, 0, 10, 10), others.map((b) => grow(b, 3)))) return;
        for (const o of offsets) expect(pathMeetsBoxes(fanCurve(p, q, o, 10, 10), others)).toBe(false);
      }),
      { seed: 16, numRuns: 300 },
    );
  });

  it('spread evenly and as wide as the gap allows where nothing is in the way', () => {
    const offsets = fanOffsets({ x: 0, y: 0 }, { x: 200, y: 0 }, 3, []);
    expect(offsets).toEqual([-13, 0, 13]);
    // Many relations: packed closer, still within the bound.
    const many = fanOffsets({ x: 0, y: 0 }, { x: 200, y: 0 }, 12, []);
    expect(Math.max(...many.map(Math.abs))).toBeLessThanOrEqual(MAX_FAN_OFFSET);
    expect(many[1]! - many[0]!).toBeGreaterThanOrEqual(4);
  });

  it('on the canvas: a pair drawn beside another actor fans away from it, within the bound (seeded layout, headless Cytoscape)', async () => {
    const c = headlessCanvas(fixtureGraph(), { ...DEFAULT_VIEW_STATE, time: ALL_TIME });
    const { cy } = c.parts.scene;
    // Russia and the Taliban have three relations; China sits just beside the line between them,
    // where Cytoscape's own fan (26 px apart) would draw a curve across it.
    const layout: Record<string, Point> = { russia: { x: 0, y: 0 }, taliban: { x: 240, y: 0 }, china: { x: 120, y: 18 }, pakistan: { x: 240, y: 220 } };
    cy.nodes().forEach((n, i) => void n.position(layout[n.id()] ?? { x: -600 - 200 * i, y: 600 }));
    await new Promise((resolve) => setTimeout(resolve, 0));

    const fanned = cy.edges('[fan]').filter((e) => !e.hasClass('hidden'));
    const pair = ['fx-a#r01', 'fx-a#r03', 'fx-a#r04'];
    for (const id of pair) expect(fanned.map((e) => e.id())).toContain(id);
    const apexOf = new Map<string, number>();
    fanned.forEach((e) => {
      // What Cytoscape draws: an unbundled Bézier whose control point is the data's distance out.
      const style = (e as unknown as { pstyle(name: string): { value: unknown; pfValue: number[] } }).pstyle.bind(e);
      expect(style('curve-style').value).toBe('unbundled-bezier');
      const distance = style('control-point-distances').pfValue[0]!;
      expect(distance).toBe(e.data('fan'));
      expect(Math.abs(distance / 2)).toBeLessThanOrEqual(MAX_FAN_OFFSET);
      const [s, t] = [e.source(), e.target()];
      const curve = fanCurve(s.position(), t.position(), distance / 2, s.outerWidth() / 2, t.outerWidth() / 2);
      cy.nodes()
        .filter((n) => !n.hasClass('hidden') && n.id() !== s.id() && n.id() !== t.id())
        .forEach((n) => {
          const p = n.position();
          const r = n.outerWidth() / 2;
          expect(pathMeetsBoxes(curve, [{ x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r }]), `${e.id()} over ${n.id()}`).toBe(false);
        });
      // Offsets seen from Russia towards the Taliban, whatever each relation's direction.
      apexOf.set(e.id(), (s.id() === 'russia' ? 1 : -1) * (distance / 2));
    });
    const apexes = pair.map((id) => apexOf.get(id)!).sort((a, b) => a - b);
    expect(apexes[1]! - apexes[0]!).toBeGreaterThanOrEqual(4);
    expect(apexes[2]! - apexes[1]!).toBeGreaterThanOrEqual(4);

    // Moving China away lets the fan open round the straight line again.
    cy.getElementById('china').position({ x: 120, y: 400 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const after = pair.map((id) => (cy.getElementById(id).source().id() === 'russia' ? 1 : -1) * (Number(cy.getElementById(id).data('fan')) / 2)).sort((a, b) => a - b);
    expect(after).toEqual([-13, 0, 13]);
  });
});
