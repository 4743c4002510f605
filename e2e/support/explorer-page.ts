// A page object for the explorer: user-facing locators (roles and labels) plus the few canvas
// operations that need window.__kgExplorer (where a node or edge is drawn).
import { expect, type Locator, type Page } from '@playwright/test';

export interface Point {
  x: number;
  y: number;
}

export class ExplorerPage {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
    await this.waitUntilDrawn();
  }

  async waitUntilDrawn(): Promise<void> {
    await this.page.waitForFunction(() => window.__kgExplorer?.ready === true);
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
    return this.page.getByRole('table');
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

  /** Serves a graph file (object or raw text) at a same-origin URL for ?graph= tests. */
  async serveGraph(path: string, body: unknown, status = 200): Promise<void> {
    // Match the path exactly: a glob would also match the page URL "/?graph=<path>".
    await this.page.route((url) => url.pathname === path, (route) =>
      route.fulfill({ status, contentType: 'application/json', body: typeof body === 'string' ? body : JSON.stringify(body) }),
    );
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
