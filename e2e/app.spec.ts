import { mkdirSync } from 'node:fs';
import { drawnOverlaps } from './support/drawn-overlaps';
import { test, expect, committedGraph } from './support/fixtures';

test.describe('opening the app', () => {
  test('draws the committed graph with legend, filters and table, inside the CSP', async ({ explorer, page, pageProblems }) => {
    const graph = committedGraph();
    await explorer.open();
    await expect(page.getByRole('heading', { name: 'News Knowledge Graph', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Legend' })).toBeVisible();
    await expect(page.getByText(`${graph.nodes.length} actors`, { exact: true })).toBeVisible();
    expect(await explorer.visibleNodeIds()).toHaveLength(graph.nodes.length);
    for (const t of graph.relationTypes) await expect(explorer.typeFilter(t.label)).toBeChecked();
    await expect(explorer.tableRows).toHaveCount(graph.edges.length);

    // The whole graph is in view at the default zoom, and fitted: not a small drawing in the middle
    // of the canvas, but spanning its width or its height. (Not "at zoom ≈ 1": at 100 % the
    // committed graph's actors and labels alone need more room than the canvas has.)
    const box = (await page.locator('.graph-canvas').boundingBox())!;
    for (const id of await explorer.visibleNodeIds()) {
      const p = (await explorer.nodePosition(id))!;
      expect(p.x, id).toBeGreaterThan(box.x);
      expect(p.x, id).toBeLessThan(box.x + box.width);
      expect(p.y, id).toBeGreaterThan(box.y);
      expect(p.y, id).toBeLessThan(box.y + box.height);
    }
    // Fitted into this window, ordinary labels would be under 7 px: the main actors are named instead (landmarks).
    expect((await page.evaluate(() => window.__kgExplorer!.zoom())) * 12).toBeLessThan(7);
    // The two most connected actors are named; hubs crowded by their neighbours may go unnamed rather than cover one.
    await expect.poll(async () => (await page.evaluate(() => window.__kgExplorer!.drawnLabels())).map((l) => l.id)).toEqual(expect.arrayContaining(['taliban', 'russia']));
    expect((await page.evaluate(() => window.__kgExplorer!.drawnLabels())).length).toBeGreaterThanOrEqual(10);
    const boxes = await page.evaluate(() => window.__kgExplorer!.nodeBoxes());
    const drawnWidth = Math.max(...boxes.map((b) => b.x2)) - Math.min(...boxes.map((b) => b.x1));
    const drawnHeight = Math.max(...boxes.map((b) => b.y2)) - Math.min(...boxes.map((b) => b.y1));
    expect(Math.max(drawnWidth / box.width, drawnHeight / box.height)).toBeGreaterThan(0.85);
    // No actor or drawn label covers another, measured by the renderer itself.
    expect(drawnOverlaps(boxes)).toEqual([]);
    for (const l of await page.evaluate(() => window.__kgExplorer!.drawnLabels())) expect(l.fontSize, l.id).toBeGreaterThanOrEqual(12);

    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/default-view.png' });
    // Zoomed in, every actor's own label is drawn, and still none overlaps.
    await explorer.zoomToReadableLabels();
    expect(drawnOverlaps(await page.evaluate(() => window.__kgExplorer!.nodeBoxes()))).toEqual([]);
    expect(pageProblems.csp).toEqual([]);
    expect(pageProblems.console).toEqual([]);
  });

  test('draws the same layout on every load (seeded)', async ({ explorer }) => {
    await explorer.open();
    const first = await explorer.nodePosition('taliban');
    await explorer.page.reload();
    await explorer.waitUntilDrawn();
    expect(await explorer.nodePosition('taliban')).toEqual(first);
  });

  test('zoom, fit and reset controls change and restore the view', async ({ explorer, page }) => {
    await explorer.open();
    const zoom = () => page.evaluate(() => window.__kgExplorer!.zoom());
    const initial = await zoom();
    const controls = page.getByRole('toolbar', { name: 'Graph view controls' });
    await controls.getByRole('button', { name: 'Zoom in' }).click();
    expect(await zoom()).toBeGreaterThan(initial);
    await controls.getByRole('button', { name: 'Zoom out' }).click();
    await controls.getByRole('button', { name: 'Zoom out' }).click();
    expect(await zoom()).toBeLessThan(initial);
    await controls.getByRole('button', { name: 'Reset layout' }).click();
    expect(await zoom()).toBeCloseTo(initial, 5);
    await controls.getByRole('button', { name: 'Zoom in' }).click();
    await controls.getByRole('button', { name: 'Fit to view' }).click();
    expect(await zoom()).toBeCloseTo(initial, 5);
  });
});
