// Nothing the user did is lost: positions moved in two tabs, a saved layout gone bad, an imported
// graph on the way Back and Forward, and an image of a graph with a huge label.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { graphContentHash } from '../src/domain/content-hash';
import { ExplorerPage, type Point } from './support/explorer-page';
import { test, expect, committedGraph, smallGraph } from './support/fixtures';

const SHOTS = '/tmp/h5-shots';
const LAYOUT_KEY = `kg-explorer:layout:${graphContentHash(committedGraph())}`;

/** Drags an actor by (dx, dy) screen pixels, as a user would; returns where it now sits in the model. */
async function drag(explorer: ExplorerPage, id: string, dx: number, dy: number): Promise<Point> {
  const { page } = explorer;
  const p = (await explorer.nodePosition(id))!;
  await page.mouse.move(p.x, p.y);
  await page.mouse.down();
  await page.mouse.move(p.x + dx / 2, p.y + dy / 2, { steps: 5 });
  await page.mouse.move(p.x + dx, p.y + dy, { steps: 5 });
  await page.mouse.up();
  return (await explorer.modelPosition(id))!;
}

/** How far an actor sits from a point, in the model (positions are saved to two decimals). */
async function distance(explorer: ExplorerPage, id: string, to: Point): Promise<number> {
  const p = (await explorer.modelPosition(id))!;
  return Math.hypot(p.x - to.x, p.y - to.y);
}

function expectAt(actual: Point | null, expected: Point): void {
  expect(actual!.x).toBeCloseTo(expected.x, 1);
  expect(actual!.y).toBeCloseTo(expected.y, 1);
}

/** Every actor drawn inside the canvas at a size one can see (not a speck in a corner). */
async function expectGraphDrawn(page: Page, actors: number): Promise<void> {
  const canvas = (await page.locator('.graph-canvas').boundingBox())!;
  const boxes = await page.evaluate(() => window.__kgExplorer!.nodeBoxes());
  expect(boxes).toHaveLength(actors);
  const small = boxes.filter((b) => b.x2 - b.x1 < 6 || b.y2 - b.y1 < 6);
  const outside = boxes.filter((b) => (b.x1 + b.x2) / 2 < canvas.x || (b.x1 + b.x2) / 2 > canvas.x + canvas.width || (b.y1 + b.y2) / 2 < canvas.y || (b.y1 + b.y2) / 2 > canvas.y + canvas.height);
  expect({ small: small.map((b) => b.id), outside: outside.map((b) => b.id) }).toEqual({ small: [], outside: [] });
}

test.describe('nothing the user did is lost', () => {
  test('two tabs on one graph each move an actor: both moves survive, in both tabs and after a reload', async ({ explorer, page }) => {
    // Three page loads.
    test.setTimeout(60_000);
    const ids = committedGraph().nodes.map((n) => n.id);
    const other = new ExplorerPage(await page.context().newPage());
    await explorer.open();
    await other.open();
    const first = (await explorer.clickableNode(ids))!;
    const second = (await other.clickableNode(ids.filter((id) => id !== first)))!;
    expect(first && second).toBeTruthy();

    const movedFirst = await drag(explorer, first, -60, 50);
    // The other tab follows at once.
    await expect.poll(() => distance(other, first, movedFirst)).toBeLessThan(0.01);
    const movedSecond = await drag(other, second, 70, -40);
    await expect.poll(() => distance(explorer, second, movedSecond)).toBeLessThan(0.01);
    expect(await distance(other, first, movedFirst)).toBeLessThan(0.01);

    await page.reload();
    await explorer.waitUntilDrawn();
    expectAt(await explorer.modelPosition(first), movedFirst);
    expectAt(await explorer.modelPosition(second), movedSecond);
    await other.page.close();
  });

  test('a saved layout gone bad is dropped with a notice, and the graph is drawn', async ({ explorer, page }) => {
    const graph = committedGraph();
    mkdirSync(SHOTS, { recursive: true });
    await explorer.open();
    // Saved positions for every actor, one of them absurd: drawn as is, the graph would be a speck.
    const positions = Object.fromEntries(graph.nodes.map((n, i) => [n.id, [i * 40, (i % 7) * 40]]));
    positions[graph.nodes[0]!.id] = [1e300, 0];
    const bad = [JSON.stringify({ v: 1, layout: 'force', positions }), '{"v":2,"layout":"force","positions":[["taliban",1,'];
    for (const [i, text] of bad.entries()) {
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [LAYOUT_KEY, text] as const);
      await page.reload();
      await explorer.waitUntilDrawn();
      const notice = page.getByRole('status').filter({ hasText: 'Saved layout for this graph was unreadable and was reset' });
      await expect(notice).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/unreadable-layout-${i + 1}.png` });
      await expectGraphDrawn(page, graph.nodes.length);
      expect(await page.evaluate((key) => localStorage.getItem(key), LAYOUT_KEY)).toBeNull();
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice).toHaveCount(0);
    }
    await expect(explorer.details).toBeVisible();
    await page.reload();
    await explorer.waitUntilDrawn();
    await expect(page.getByText('Saved layout for this graph was unreadable')).toHaveCount(0);
  });

  test('an imported graph comes back with Forward after Back, and after a reload; a lost one says so', async ({ explorer, page }) => {
    // Five page loads and two imports opened again.
    test.setTimeout(60_000);
    const graph = committedGraph();
    const small = smallGraph();
    const imported = page.getByText('small.json (imported)');
    const showsDefault = () => expect(page.getByText(`${graph.nodes.length} actors`, { exact: true })).toBeVisible();
    await explorer.open();
    await explorer.importFile({ name: 'small.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(small)) });
    await expect(imported).toBeVisible();
    await explorer.waitUntilDrawn();
    await explorer.clickNode('pakistan');
    await expect(page).toHaveURL(/\?node=pakistan$/);

    await page.goBack();
    await page.goBack();
    await explorer.waitUntilDrawn();
    await showsDefault();
    await expect(imported).toHaveCount(0);

    await page.goForward();
    await expect(imported).toBeVisible();
    await explorer.waitUntilDrawn();
    await expect(page.getByText(`${small.nodes.length} actors`, { exact: true })).toBeVisible();
    await expect(explorer.tableRows).toHaveCount(small.edges.filter((e) => e.date).length); // undated hidden by default
    await page.goForward();
    await expect(explorer.detailsHeading).toHaveText('Pakistan');

    await page.reload();
    await explorer.waitUntilDrawn();
    await expect(imported).toBeVisible();
    await expect(explorer.detailsHeading).toHaveText('Pakistan');

    // Gone from the browser's storage (cleared, or pushed out by newer imports): said, and the default graph.
    await page.goBack();
    await page.goBack();
    await explorer.waitUntilDrawn();
    await showsDefault();
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('kg-explorer-imports');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
          request.onblocked = () => reject(new Error('the imports database is still open'));
        }),
    );
    await page.goForward();
    await expect(page.getByRole('status').filter({ hasText: 'The imported graph “small.json” is no longer kept in this browser' })).toBeVisible();
    await explorer.waitUntilDrawn();
    await showsDefault();
    await page.screenshot({ path: `${SHOTS}/import-gone.png` });
  });

  test('a graph with a 1 MB label exports as PNG and SVG, the label cut short with an ellipsis', async ({ explorer, page, pageProblems }) => {
    const graph = smallGraph();
    const huge = 'A very long label indeed '.repeat(42_000);
    expect(huge.length).toBeGreaterThan(1_000_000);
    graph.nodes[0]!.label = huge;
    await explorer.serveGraph('/graphs/huge-label.json', graph);
    await explorer.open('?graph=/graphs/huge-label.json');
    await expectGraphDrawn(page, graph.nodes.length);

    const png = readFileSync(await (await explorer.exportAs('PNG image')).path());
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // Width and height from the IHDR chunk: a picture of the graph, not a column of text.
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBeGreaterThan(200);
    expect(height).toBeLessThan(4000);

    const svg = readFileSync(await (await explorer.exportAs('SVG image')).path(), 'utf8');
    expect(svg.length).toBeLessThan(200_000);
    // The label wraps as any other, for a few lines, the last one ending in an ellipsis.
    const lines = [...svg.matchAll(/>([^<]*)<\/text>/g)].map((m) => m[1]!);
    const first = lines.indexOf('A very long label ');
    const cut = lines.findIndex((l) => l.endsWith('…'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(cut - first).toBeGreaterThan(2);
    expect(cut - first).toBeLessThan(10);
    expect(lines).toContain(graph.nodes[1]!.label);
    expect(pageProblems.console).toEqual([]);
  });
});
