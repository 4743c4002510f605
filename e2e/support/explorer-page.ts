// A page object for the explorer: user-facing locators (roles and labels) plus the few canvas
// operations that need window.__kgExplorer (where a node or edge is drawn).
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export interface Point {
  x: number;
  y: number;
}

export class ExplorerPage {
  constructor(readonly page: Page) {}

  /**
   * Opens the app. The specs were written for every relation in view, so undated ones are shown
   * unless the query says otherwise; e2e/timeline.spec.ts tests the real default (hidden).
   */
  async open(query = ''): Promise<void> {
    const withUndated = /[?&]undated=/.test(query) ? query : `${query}${query.includes('?') ? '&' : '?'}undated=show`;
    await this.page.goto(`/${withUndated}`);
    await this.waitUntilDrawn();
  }

  async waitUntilDrawn(): Promise<void> {
    // An import in progress is about to replace the graph drawn now.
    await this.page.waitForFunction(() => window.__kgExplorer?.ready === true && window.__kgExplorer.importsPending === 0);
  }

  get search(): Locator {
    return this.page.getByRole('combobox', { name: 'Search actors' });
  }

  get searchResults(): Locator {
    return this.page.getByRole('listbox', { name: 'Matching actors' });
  }

  get details(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Details' });
  }

  get reader(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Article' });
  }

  get detailsHeading(): Locator {
    return this.details.getByRole('heading', { level: 2 });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: /^Relations visible/ });
  }

  get tableRows(): Locator {
    return this.table.locator('tbody tr');
  }

  typeFilter(label: string): Locator {
    return this.page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(label)} \\d+$`) });
  }

  async nodePosition(id: string): Promise<Point | null> {
    return this.page.evaluate((nodeId) => window.__kgExplorer!.renderedPosition(nodeId), id);
  }

  async edgeMidpoint(id: string): Promise<Point | null> {
    return this.page.evaluate((edgeId) => window.__kgExplorer!.renderedEdgeMidpoint(edgeId), id);
  }

  async visibleNodeIds(): Promise<string[]> {
    return this.page.evaluate(() => window.__kgExplorer!.visibleNodeIds());
  }

  async visibleEdgeIds(): Promise<string[]> {
    return this.page.evaluate(() => window.__kgExplorer!.visibleEdgeIds());
  }

  /** Clicks the canvas where the node is drawn, like a user would. */
  async clickNode(id: string): Promise<void> {
    const p = await this.nodePosition(id);
    expect(p, `node ${id} is drawn`).not.toBeNull();
    await this.page.mouse.click(p!.x, p!.y);
  }

  async clickEdge(id: string): Promise<void> {
    const p = await this.edgeMidpoint(id);
    expect(p, `edge ${id} is drawn`).not.toBeNull();
    await this.page.mouse.click(p!.x, p!.y);
  }

  async hoverNode(id: string): Promise<void> {
    const p = await this.nodePosition(id);
    expect(p, `node ${id} is drawn`).not.toBeNull();
    await this.page.mouse.move(p!.x, p!.y);
  }

  // ---------- Analyst tools ----------

  get toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Graph tools' });
  }

  get sizeBy(): Locator {
    return this.toolbar.getByLabel('Size by');
  }

  get colourBy(): Locator {
    return this.toolbar.getByLabel('Colour by');
  }

  get analyse(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Analyse' });
  }

  get timeline(): Locator {
    return this.page.getByRole('region', { name: 'Time' });
  }

  get fromHandle(): Locator {
    return this.timeline.getByRole('slider', { name: 'From', exact: true });
  }

  get toHandle(): Locator {
    return this.timeline.getByRole('slider', { name: 'To', exact: true });
  }

  async waitForAnalytics(): Promise<void> {
    await this.page.waitForFunction(() => window.__kgExplorer?.analyticsReady === true);
  }

  async openAnalyse(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Analyse' }).click();
  }

  /** Types into an actor picker and chooses the first match, as a keyboard user would. */
  async pickActor(label: string, text: string): Promise<void> {
    const box = this.page.getByRole('combobox', { name: label, exact: true });
    await box.fill(text);
    await expect(this.page.getByRole('listbox', { name: `Actors matching for ${label}` })).toBeVisible();
    await box.press('Enter');
  }

  async chooseLayout(name: string): Promise<void> {
    await this.toolbar.getByRole('button', { name: 'Layout', exact: true }).click();
    await this.toolbar.getByRole('button', { name }).click();
  }

  /** Chooses an export format and returns the browser's download. */
  async exportAs(format: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.toolbar.getByRole('button', { name: 'Export', exact: true }).click();
    await this.toolbar.getByRole('button', { name: format, exact: true }).click();
    return download;
  }

  /** Imports a file through the toolbar's file picker. */
  async importFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByLabel('Import a graph file (graph JSON, GEXF or GraphML)').setInputFiles(file);
  }

  /** Drops a file on the window, as dragging it from the desktop would. */
  async dropFile(name: string, text: string, type: string): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ([n, t, m]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([t], n, { type: m }));
        return dt;
      },
      [name, text, type] as const,
    );
    const target = this.page.locator('.graph-canvas');
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
  }

  async nodeStyle(id: string): Promise<{ size: number; fill: string; stroke: string } | null> {
    return this.page.evaluate((nodeId) => window.__kgExplorer!.nodeStyle(nodeId), id);
  }

  async modelPosition(id: string): Promise<Point | null> {
    return this.page.evaluate((nodeId) => window.__kgExplorer!.modelPosition(nodeId), id);
  }

  async classesOf(id: string): Promise<string[]> {
    return this.page.evaluate((x) => window.__kgExplorer!.classesOf(x), id);
  }

  /**
   * Zooms in with the zoom control until ordinary labels (12 px, drawn from 7 px on screen) are
   * drawn, then waits for the landmark labels to hand the naming back to them.
   */
  async zoomToReadableLabels(): Promise<void> {
    const zoomIn = this.page.getByRole('toolbar', { name: 'Graph view controls' }).getByRole('button', { name: 'Zoom in' });
    while ((await this.page.evaluate(() => window.__kgExplorer!.zoom())) * 12 < 7.5) await zoomIn.click();
    await expect
      .poll(() => this.page.evaluate(() => window.__kgExplorer!.visibleNodeIds().filter((id) => window.__kgExplorer!.classesOf(id).includes('landmark')).length))
      .toBe(0);
  }

  // ---------- Large graphs ----------

  /** The rows the relations table has in the page (a virtualised table keeps only those in view). */
  get renderedTableRows(): Locator {
    return this.table.locator('tbody tr[aria-rowindex]');
  }

  /** The number of relations the table reports (aria-rowcount counts the header row too). */
  async tableRowCount(): Promise<number> {
    return Number(await this.table.getAttribute('aria-rowcount')) - 1;
  }

  /** The count next to the "Relations" heading: "5000", or "4083 of 5000" when filtered. */
  get relationsCount(): Locator {
    return this.page.getByRole('heading', { name: /^Relations \d/ }).locator('.count');
  }

  get filterSummary(): Locator {
    return this.page.getByText(/^Showing \d+ of \d+ actors and \d+ of \d+ relations$/);
  }

  /** The scrolling box around the relations table. */
  get tableScroller(): Locator {
    return this.page.locator('#relations-table');
  }

  /** Whether a layout is remembered for a graph (with level of detail: the force layout has arrived). */
  async hasRememberedLayout(): Promise<boolean> {
    return this.page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('kg-explorer:layout:')));
  }

  /**
   * A drawn actor among `candidates` whose centre no other actor (or its label) covers, well
   * inside the canvas, so that a click there can only hit it; null if there is none.
   */
  async clickableNode(candidates: readonly string[]): Promise<string | null> {
    const canvas = (await this.page.locator('.graph-canvas').boundingBox())!;
    return this.page.evaluate(
      ([ids, c]) => {
        const api = window.__kgExplorer!;
        const boxes = api.nodeBoxes();
        for (const id of ids) {
          const p = api.renderedPosition(id);
          if (!p || p.x < c.x + 60 || p.x > c.x + c.width - 60 || p.y < c.y + 60 || p.y > c.y + c.height - 60) continue;
          if (boxes.every((b) => b.id === id || p.x < b.x1 - 4 || p.x > b.x2 + 4 || p.y < b.y1 - 4 || p.y > b.y2 + 4)) return id;
        }
        return null;
      },
      [candidates, canvas] as const,
    );
  }

  /** Serves a graph file (object or raw text) at a same-origin URL for ?graph= tests. */
  async serveGraph(path: string, body: unknown, status = 200): Promise<void> {
    // Match the path exactly: a glob would also match the page URL "/?graph=<path>".
    await this.page.route((url) => url.pathname === path, (route) =>
      route.fulfill({ status, contentType: 'application/json', body: typeof body === 'string' ? body : JSON.stringify(body) }),
    );
  }

  // ---------- Sources ----------

  /** The Sources facet of the filters. */
  get sources(): Locator {
    return this.page.getByRole('region', { name: 'Sources' });
  }

  /** An outlet's checkbox in the Sources facet, named "kun.uz 15". */
  sourceFilter(outlet: string): Locator {
    return this.sources.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(outlet)} \\d+$`) });
  }

  /** The width (model px) a relation's line is drawn with; null if absent. */
  async edgeWidth(id: string): Promise<number | null> {
    return this.page.evaluate((edgeId) => window.__kgExplorer!.edgeWidth(edgeId), id);
  }

  // ---------- Story ----------

  get story(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Story' });
  }

  /** The steps of the story shown, in the order they happened. */
  get storySteps(): Locator {
    return this.story.getByRole('list', { name: 'Story steps' }).locator(':scope > li');
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** On a phone the details are a bottom sheet: open it (a no-op where they are a column). */
export async function showDetailsPanel(page: Page): Promise<void> {
  const button = page.getByRole('navigation', { name: 'Panels' }).getByRole('button', { name: 'Details' });
  if ((await button.count()) && (await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}
