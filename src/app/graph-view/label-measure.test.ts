import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABEL_FONT_SIZE, LABEL_MAX_WIDTH } from './cy-style';
import { chooseLabels, estimateWidth, LABEL_PLACES, labelBox, labelFont, labelRect, overlaps, type LabelCandidate, type LabelPlace } from './label-measure';

describe('label boxes', () => {
  it('wraps a long label at the renderer width, one line per wrap', () => {
    const oneLine = labelBox(() => 10, 'Russia');
    const wrapped = labelBox((text) => text.length * 8, 'Islamic State Khorasan Province of Afghanistan');
    expect(wrapped.height).toBeGreaterThan(oneLine.height * 2);
    expect(wrapped.width).toBeLessThanOrEqual(LABEL_MAX_WIDTH + 4);
  });

  it('measures with the injected measurer in the label font, and estimates without one', () => {
    const fonts: string[] = [];
    labelBox((_t, font) => (fonts.push(font), 10), 'Taliban');
    expect(fonts[0]).toBe(labelFont());
    expect(labelBox(() => null, 'Taliban').width).toBeCloseTo(estimateWidth('Taliban', labelFont())! + 4);
    expect(estimateWidth('abcd', labelFont(LABEL_FONT_SIZE * 2))).toBeCloseTo(2 * estimateWidth('abcd', labelFont())!);
  });
});

describe('choosing labels for the overview (most important first, none covering another)', () => {
  const box = { width: 60, height: 16 };
  const bounds = { x1: 0, y1: 0, x2: 800, y2: 600 };
  const at = (id: string, x: number, y: number, radius = 4): LabelCandidate => ({ id, x, y, radius });
  const ids = (chosen: Map<string, LabelPlace>) => [...chosen.keys()];

  it('labels in order of importance up to the budget, below the actor by default', () => {
    const row = Array.from({ length: 10 }, (_, i) => at(`a${i}`, 40 + i * 80, 100));
    expect(ids(chooseLabels(row, () => box, { budget: 4, bounds }))).toEqual(['a0', 'a1', 'a2', 'a3']);
    const all = chooseLabels(row, () => box, { budget: 50, bounds });
    expect(all.size).toBe(10);
    expect(new Set(all.values())).toEqual(new Set(['below']));
  });

  it('leaves out a label that would cover a more important one, and takes the next that fits', () => {
    // b sits 20px right of a: their 60px labels would overlap; c is far away.
    const chosen = chooseLabels([at('a', 100, 100), at('b', 120, 100), at('c', 400, 100)], () => box, { budget: 2, bounds });
    expect(ids(chosen)).toEqual(['a', 'c']);
  });

  it('moves a label above, then to the right or left, when the place below is taken', () => {
    const places = LABEL_PLACES;
    // b just right of a: below, b's label would cover a's; above is free.
    expect([...chooseLabels([at('a', 100, 100), at('b', 130, 100)], () => box, { budget: 5, bounds, places })]).toEqual([
      ['a', 'below'],
      ['b', 'above'],
    ]);
    // Something already drawn above them: b goes to the right.
    const obstacles = [{ x1: 60, y1: 60, x2: 200, y2: 90 }];
    expect(chooseLabels([at('a', 100, 100), at('b', 130, 100)], () => box, { budget: 5, bounds, places, obstacles }).get('b')).toBe('right');
    // At the canvas's right edge, left instead.
    const hemmed = [
      { x1: 700, y1: 60, x2: 800, y2: 90 },
      { x1: 700, y1: 110, x2: 800, y2: 140 },
    ];
    expect(chooseLabels([at('b', 780, 100)], () => box, { budget: 5, bounds, places, obstacles: hemmed }).get('b')).toBe('left');
    // Only below unless asked.
    expect(chooseLabels([at('a', 100, 100), at('b', 130, 100)], () => box, { budget: 5, bounds }).has('b')).toBe(false);
  });

  it('leaves out a label over a labelled actor, and an actor under a label', () => {
    // b's label (below b) would cover a; c sits inside a's label.
    const chosen = chooseLabels([at('a', 100, 100, 6), at('b', 100, 80, 6), at('c', 100, 112, 2)], () => box, { budget: 10, bounds });
    expect(ids(chosen)).toEqual(['a']);
  });

  it('keeps labels off actors that get none, when asked to (a graph drawn whole)', () => {
    // z, unlabelled and less important, sits right under a: a's label goes above instead; with z
    // above and below it, a's label goes to the side.
    const a = at('a', 100, 100, 6);
    const below = at('z', 100, 114, 4);
    expect([...chooseLabels([a], () => box, { budget: 5, bounds, places: LABEL_PLACES, bodies: [a, below] })]).toEqual([['a', 'above']]);
    expect(chooseLabels([a], () => box, { budget: 5, bounds, places: LABEL_PLACES, bodies: [a, below, at('y', 100, 86, 4)] }).get('a')).toBe('right');
    // Without bodies, the label covers z.
    expect(chooseLabels([a], () => box, { budget: 5, bounds, places: LABEL_PLACES }).get('a')).toBe('below');
  });

  it('skips actors outside the canvas, labels that would stick out, and labels over the big labels already drawn', () => {
    const obstacles = [{ x1: 300, y1: 300, x2: 500, y2: 340 }];
    const chosen = chooseLabels([at('out', -20, 100), at('edge', 10, 100), at('under', 400, 290), at('free', 100, 100)], () => box, { budget: 10, bounds, obstacles });
    expect(ids(chosen)).toEqual(['free']);
  });

  it('never lets two chosen labels overlap, and leaves out only what would (random layouts)', () => {
    const body = (c: LabelCandidate) => ({ x1: c.x - c.radius, y1: c.y - c.radius, x2: c.x + c.radius, y2: c.y + c.radius });
    const within = (r: { x1: number; y1: number; x2: number; y2: number }) => r.x1 >= 0 && r.x2 <= 800 && r.y1 >= 0 && r.y2 <= 600;
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: -50, max: 850 }), y: fc.integer({ min: -50, max: 650 }), r: fc.integer({ min: 1, max: 20 }), w: fc.integer({ min: 10, max: 120 }) }), { maxLength: 80 }),
        fc.integer({ min: 1, max: 40 }),
        (points, budget) => {
          const candidates = points.map((p, i) => at(`n${i}`, p.x, p.y, p.r));
          const boxOf = (id: string) => ({ width: points[Number(id.slice(1))]!.w, height: 16 });
          const chosen = chooseLabels(candidates, boxOf, { budget, bounds, places: LABEL_PLACES });
          expect(chosen.size).toBeLessThanOrEqual(budget);
          const drawn = [...chosen].map(([id, place]) => {
            const c = candidates[Number(id.slice(1))]!;
            return { c, rect: labelRect(c, boxOf(id), place) };
          });
          for (let i = 0; i < drawn.length; i++) {
            expect(within(drawn[i]!.rect)).toBe(true);
            for (let j = i + 1; j < drawn.length; j++) {
              const [a, b] = [drawn[i]!, drawn[j]!];
              expect(overlaps(a.rect, b.rect) || overlaps(a.rect, body(b.c)) || overlaps(b.rect, body(a.c))).toBe(false);
            }
          }
          // Maximal: while the budget lasts, an actor inside the canvas is left out only if every place conflicts with a label chosen before it.
          if (chosen.size < budget) {
            candidates.forEach((c, i) => {
              if (chosen.has(c.id) || c.x < 0 || c.x > 800 || c.y < 0 || c.y > 600) return;
              const before = drawn.filter((d) => Number(d.c.id.slice(1)) < i).flatMap((d) => [d.rect, body(d.c)]);
              const free = LABEL_PLACES.some((place) => {
                const rect = labelRect(c, boxOf(c.id), place);
                return within(rect) && !before.some((t) => overlaps(t, rect) || overlaps(t, body(c)));
              });
              expect(free, c.id).toBe(false);
            });
          }
        },
      ),
      { numRuns: 200, seed: 16 },
    );
  });
});
