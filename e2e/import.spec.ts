// Imports that stay responsive: GraphML opens, a large file is read in a worker with progress and
// can be cancelled, a file over the limit is refused before it is read.
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, committedGraph } from './support/fixtures';

const YED = 'src/domain/formats/__fixtures__/airports-yed.graphml';

/**
 * A GEXF file large in bytes but modest in nodes (each node carries a long "notes" attribute), so
 * that what is measured is the import, not the drawing of a huge graph.
 */
function bigGexf(nodes: number, edges: number, notesChars: number): string {
  const notes = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(Math.ceil(notesChars / 57)).slice(0, notesChars);
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<meta lastmodifieddate="2024-05-01"><creator>Gephi 0.10.1</creator></meta>\n',
    '<graph mode="static" defaultedgetype="undirected">\n<attributes class="node"><attribute id="0" title="notes" type="string"/></attributes>\n<nodes>\n',
  ];
  for (let i = 0; i < nodes; i++) parts.push(`<node id="n${i}" label="Actor ${i}"><attvalues><attvalue for="0" value="${notes}"/></attvalues></node>\n`);
  parts.push('</nodes>\n<edges>\n');
  for (let i = 0; i < edges; i++) parts.push(`<edge id="e${i}" source="n${i % nodes}" target="n${(i * 7 + 1) % nodes}"/>\n`);
  parts.push('</edges>\n</graph>\n</gexf>\n');
  return parts.join('');
}

/** Records every Worker the page starts (by its name) and whether it was terminated. */
async function watchWorkers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const records: { name: string; terminated: boolean }[] = [];
    (window as unknown as { __workers: typeof records }).__workers = records;
    const Original = window.Worker;
    window.Worker = class extends Original {
      private readonly record: { name: string; terminated: boolean };
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.record = { name: options?.name ?? '', terminated: false };
        records.push(this.record);
      }
      override terminate(): void {
        this.record.terminated = true;
        super.terminate();
      }
    };
  });
}
const importWorkers = (page: Page) =>
  page.evaluate(() => (window as unknown as { __workers: { name: string; terminated: boolean }[] }).__workers.filter((w) => w.name === 'graph-import'));

/** Long tasks (over 50 ms, as the browser counts them) from now on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
    }).observe({ type: 'longtask', buffered: false });
  });
}
const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);

const progressCard = (page: Page) => page.getByRole('region', { name: /^Opening / });

test.describe('imports that stay responsive', () => {
  test('a GraphML file from yEd opens with its actors, labels and attributes', async ({ explorer, page, pageProblems }) => {
    await explorer.open();
    await explorer.importFile(YED);
    await explorer.waitUntilDrawn();
    await expect(page.getByText('airports-yed.graphml (imported)')).toBeVisible();
    await expect(page.getByText('8 actors', { exact: true })).toBeVisible();
    await expect(page.getByText('6 relations', { exact: true })).toBeVisible();
    const notice = page.getByRole('status').filter({ hasText: 'Opened airports-yed.graphml' });
    await expect(notice).toContainText('generated line describing the GraphML edge, not a quotation');
    await explorer.search.fill('DXB');
    await explorer.search.press('Enter');
    await expect(explorer.detailsHeading).toHaveText('DXB');
    await explorer.details.getByRole('button', { name: 'Codes and metrics' }).click();
    const attributes = explorer.details.getByRole('region', { name: 'Attributes from the file' });
    await expect(attributes).toContainText('group');
    await expect(attributes).toContainText('Gulf hubs');
    await page.screenshot({ path: test.info().outputPath('graphml-imported.png') });
    expect(pageProblems.csp).toEqual([]);
    expect(pageProblems.console).toEqual([]);
  });

  test('a 24 MB GEXF is read in a worker with progress: no long task over 200 ms during the import', async ({ explorer, page, pageProblems }) => {
    test.setTimeout(120_000);
    const nodes = 400;
    const path = test.info().outputPath('big.gexf');
    writeFileSync(path, bigGexf(nodes, 600, 60_000));
    await watchWorkers(page);
    await explorer.open();
    // The first graph's own work (metrics, layout) done, long tasks from here on are the import's.
    await explorer.waitForAnalytics();
    await watchLongTasks(page);
    // While the import runs, the test looks only at the progress card, by CSS: a query over the
    // whole page (by role or text) is itself a long task on a page of this size.
    // A path, not a buffer: Playwright would build a buffer's File in the page, a long task of its own.
    await page.locator('input[type="file"][accept*=".graphml"]').setInputFiles(path);
    await expect(page.locator('.import-progress progress')).toBeVisible();
    await page.waitForFunction(() => performance.getEntriesByName('kg:import').length > 0, null, { timeout: 60_000, polling: 250 });
    await expect(page.getByText(`${nodes} actors`, { exact: true })).toBeVisible({ timeout: 60_000 });
    await explorer.waitUntilDrawn();
    await expect(progressCard(page)).toHaveCount(0);
    // The import: from the file picked to its graph read and checked (the worker's answer taken in).
    // Indexing and drawing the new graph come after it, as for any graph opened.
    const [start, end] = await page.evaluate(() => {
      const m = performance.getEntriesByName('kg:import')[0]!;
      return [m.startTime, m.startTime + m.duration];
    });
    const tasks = await longTasks(page);
    const during = tasks.filter((t) => t.start + t.duration >= start && t.start <= end);
    const drawing = tasks.filter((t) => t.start > end);
    test.info().annotations.push({ type: 'import', description: `${Math.round(end - start)} ms; long tasks during it: ${JSON.stringify(during)}; while drawing the graph: ${JSON.stringify(drawing)}` });
    expect(during.filter((t) => t.duration > 200)).toEqual([]);
    expect(await importWorkers(page)).toEqual([{ name: 'graph-import', terminated: true }]);
    expect(pageProblems.console).toEqual([]);
  });

  test('Cancel stops a large import and leaves the graph shown as it was', async ({ explorer, page }) => {
    const graph = committedGraph();
    // Many nodes and edges: parsing takes long enough (tens of seconds) for Cancel to come first.
    const path = test.info().outputPath('many.gexf');
    writeFileSync(path, bigGexf(50_000, 150_000, 10));
    await watchWorkers(page);
    await explorer.open('?node=pakistan');
    const url = page.url();
    await explorer.importFile(path);
    const card = progressCard(page);
    await expect(card.getByRole('progressbar')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('import-progress-reading.png') });
    // Cancelled while the worker is busy parsing (no message gets through then: it is terminated).
    await expect(card).toContainText('Parsing the GEXF and checking the graph…');
    await page.screenshot({ path: test.info().outputPath('import-progress-parsing.png') });
    await card.getByRole('button', { name: 'Cancel' }).click();
    await expect(card).toHaveCount(0);
    await expect.poll(() => importWorkers(page)).toEqual([{ name: 'graph-import', terminated: true }]);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByText(`${graph.nodes.length} actors`, { exact: true })).toBeVisible();
    await expect(explorer.detailsHeading).toHaveText('Pakistan');
    expect(page.url()).toBe(url);
  });

  test('a file over 50 MB is refused with its size, before it is read', async ({ explorer, page }) => {
    const graph = committedGraph();
    const path = test.info().outputPath('huge.gexf');
    writeFileSync(path, Buffer.alloc(50_000_001, 0x20));
    await watchWorkers(page);
    await explorer.open();
    await explorer.importFile(path);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('huge.gexf is too large to open: 50.0 MB (50,000,001 bytes), over the limit of 50.0 MB (50,000,000 bytes).');
    await expect(alert).toContainText('The graph shown is unchanged.');
    await page.screenshot({ path: test.info().outputPath('import-too-large.png') });
    expect(await importWorkers(page)).toEqual([]);
    await expect(page.getByText(`${graph.nodes.length} actors`, { exact: true })).toBeVisible();
  });
});
