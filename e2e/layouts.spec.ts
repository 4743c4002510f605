import { drawnOverlaps as overlaps } from './support/drawn-overlaps';
import { test, expect, committedGraph } from './support/fixtures';

test.describe('layouts', () => {
  test('concentric by importance, circles by kind and force-directed, each without overlaps', async ({ explorer, page }) => {
    const graph = committedGraph();
    await explorer.open();
    const initial = await explorer.modelPosition('taliban');
    const boxes = () => page.evaluate(() => window.__kgExplorer!.nodeBoxes());

    // The actor with the most relations (the default size metric) goes in the centre.
    await explorer.chooseLayout('Concentric by importance');
    await expect(explorer.toolbar.getByRole('button', { name: 'Concentric by importance' })).toHaveCount(0);
    const centre = (await explorer.modelPosition('taliban'))!;
    const distances = await Promise.all(graph.nodes.filter((n) => n.id !== 'taliban').map(async (n) => {
      const p = (await explorer.modelPosition(n.id))!;
      return Math.hypot(p.x - centre.x, p.y - centre.y);
    }));
    expect(Math.min(...distances)).toBeGreaterThan(30);
    // Russia (19 relations) is nearer the centre than Karen Decker (1).
    const dist = async (id: string) => {
      const p = (await explorer.modelPosition(id))!;
      return Math.hypot(p.x - centre.x, p.y - centre.y);
    };
    expect(await dist('russia')).toBeLessThan(await dist('karen-decker'));
    // As fitted (landmark labels, if the fit is too small for ordinary ones, once the view settles) and zoomed in until every label is drawn.
    await expect.poll(async () => overlaps(await boxes())).toEqual([]);
    await explorer.zoomToReadableLabels();
    expect(overlaps(await boxes())).toEqual([]);

    // Circles by kind: the states' region and the persons' region do not overlap.
    await explorer.chooseLayout('Circles by kind');
    const hull = async (kind: string) => {
      const ps = await Promise.all(graph.nodes.filter((n) => n.kind === kind).map((n) => explorer.modelPosition(n.id)));
      return { x1: Math.min(...ps.map((p) => p!.x)), x2: Math.max(...ps.map((p) => p!.x)), y1: Math.min(...ps.map((p) => p!.y)), y2: Math.max(...ps.map((p) => p!.y)) };
    };
    const states = await hull('state');
    const persons = await hull('person');
    expect(states.x1 < persons.x2 && persons.x1 < states.x2 && states.y1 < persons.y2 && persons.y1 < states.y2).toBe(false);
    // The landmark labels follow the new places once the view settles (250 ms).
    await expect.poll(async () => overlaps(await boxes())).toEqual([]);
    await explorer.zoomToReadableLabels();
    expect(overlaps(await boxes())).toEqual([]);

    // Force-directed over everything is the default drawing again.
    await explorer.chooseLayout('Force-directed');
    expect(await explorer.modelPosition('taliban')).toEqual(initial);
  });

  test('dragged positions persist for this graph; reset layout forgets them', async ({ explorer, page }) => {
    await explorer.open();
    const original = (await explorer.modelPosition('karen-decker'))!;
    const p = (await explorer.nodePosition('karen-decker'))!;
    await page.mouse.move(p.x, p.y);
    await page.mouse.down();
    await page.mouse.move(p.x - 30, p.y + 25, { steps: 5 });
    await page.mouse.move(p.x - 60, p.y + 50, { steps: 5 });
    await page.mouse.up();
    const dragged = (await explorer.modelPosition('karen-decker'))!;
    expect(Math.hypot(dragged.x - original.x, dragged.y - original.y)).toBeGreaterThan(40);

    await page.reload();
    await explorer.waitUntilDrawn();
    const back = (await explorer.modelPosition('karen-decker'))!;
    expect(back.x).toBeCloseTo(dragged.x, 1);
    expect(back.y).toBeCloseTo(dragged.y, 1);

    await page.getByRole('button', { name: 'Reset layout' }).click();
    expect(await explorer.modelPosition('karen-decker')).toEqual(original);
    await page.reload();
    await explorer.waitUntilDrawn();
    expect(await explorer.modelPosition('karen-decker')).toEqual(original);
  });

  test('a chosen layout is remembered too', async ({ explorer, page }) => {
    await explorer.open();
    await explorer.chooseLayout('Circles by kind');
    const arranged = (await explorer.modelPosition('russia'))!;
    await page.reload();
    await explorer.waitUntilDrawn();
    const back = (await explorer.modelPosition('russia'))!;
    expect(back.x).toBeCloseTo(arranged.x, 1);
    expect(back.y).toBeCloseTo(arranged.y, 1);
    await explorer.toolbar.getByRole('button', { name: 'Layout', exact: true }).click();
    await expect(explorer.toolbar.getByRole('button', { name: 'Circles by kind' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('a landmark label keeps its size on screen at every zoom, even measured while it changes', async ({ explorer, page }) => {
    await explorer.open();
    await expect.poll(() => explorer.classesOf('taliban')).toContain('landmark');
    const labelWidth = async () => {
      const box = (await page.evaluate(() => window.__kgExplorer!.nodeBoxes())).find((b) => b.id === 'taliban');
      return box?.label ? box.label.x2 - box.label.x1 : 0;
    };
    const before = await labelWidth();
    expect(before).toBeGreaterThan(20);
    // Zoom out, and read the boxes as often as the page allows until the landmarks have followed the
    // zoom (250 ms) and a frame has been drawn: a box read between the label's new size and the
    // frame that draws it must not keep the old size.
    await page.evaluate(async () => {
      document.querySelector<HTMLButtonElement>('button[aria-label="Zoom out"]')!.click();
      // A message task, unlike a timer, is not throttled: many reads fall between two frames.
      const channel = new MessageChannel();
      const nextTask = () => new Promise((resolve) => {
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      });
      const until = performance.now() + 600;
      while (performance.now() < until) {
        window.__kgExplorer!.nodeBoxes();
        await nextTask();
      }
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    expect(await explorer.classesOf('taliban')).toContain('landmark');
    expect(Math.abs((await labelWidth()) - before)).toBeLessThan(1);
  });
});
