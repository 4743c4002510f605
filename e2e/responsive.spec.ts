// The three layouts (App.css, ui/layout-mode.ts): a phone (390 × 844) and a tablet (820 × 1180),
// both with touch, and the desktop ("wide", 1280 × 800). Each case is tagged with the layouts it
// checks; playwright.config.ts runs @phone and @narrow cases in the phone project, @tablet and
// @narrow in the tablet one, @wide in the desktop run.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { drawnOverlaps } from './support/drawn-overlaps';
import { test, expect, committedGraph } from './support/fixtures';
import type { ExplorerPage } from './support/explorer-page';

// As in docs-screenshots.spec.ts: UPDATE_DOCS_SCREENSHOTS=1 writes the committed pictures.
const DIR = process.env.UPDATE_DOCS_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots/docs';
/** Well-connected actors; the tap goes to one whose centre nothing else covers. */
const ACTORS = ['taliban', 'russia', 'kazakhstan', 'moscow-format', 'afghanistan', 'pakistan', 'china', 'kyrgyzstan', 'united-states'];

const filtersSheet = (page: Page) => page.getByRole('complementary', { name: 'Search and filters' });
const detailsSheet = (page: Page) => page.getByRole('complementary', { name: 'Details, article and analysis' });
const tableSheet = (page: Page) => page.getByRole('region', { name: 'Relations table' });
const panelButton = (page: Page, name: string) => page.getByRole('navigation', { name: 'Panels' }).getByRole('button', { name, exact: true });

/** Whether the element's centre is where a tap on it lands: nothing covers it, and it is inside the window. */
async function reachable(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (r.width === 0 || r.height === 0 || x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (hit === el || el.contains(hit));
  });
}

/** Points on a grid across the element that something else covers (a tap there would not reach it). */
async function coveredPoints(target: Locator): Promise<string[]> {
  return target.evaluate((el) => {
    const covered: string[] = [];
    const r = el.getBoundingClientRect();
    for (let i = 0; i <= 10; i++) {
      for (const y of [r.top + 4, r.top + r.height / 2, r.bottom - 4]) {
        const x = r.left + 2 + ((r.width - 4) * i) / 10;
        const hit = document.elementFromPoint(x, y);
        if (!hit || !(hit === el || el.contains(hit))) covered.push(`(${Math.round(x)}, ${Math.round(y)}) is covered by ${hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'nothing'}`);
      }
    }
    return covered;
  });
}

/**
 * What covers the toolbar, and its controls that stick out of it or out of the window: the bug
 * of issue 16 was the details column drawn over the toolbar.
 */
async function toolbarProblems(explorer: ExplorerPage): Promise<string[]> {
  const spilled = await explorer.toolbar.evaluate((bar) => {
    const problems: string[] = [];
    const r = bar.getBoundingClientRect();
    for (const c of bar.querySelectorAll<HTMLElement>('button, select, .tool-field')) {
      const b = c.getBoundingClientRect();
      if (b.width === 0) continue;
      if (b.left < r.left - 0.5 || b.right > r.right + 0.5 || b.right > innerWidth) problems.push(`"${c.textContent?.trim()}" sticks out of the toolbar (${Math.round(b.left)}–${Math.round(b.right)})`);
    }
    return problems;
  });
  return [...(await coveredPoints(explorer.toolbar)), ...spilled];
}

async function sideScroll(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: window.innerWidth }));
}

/** Taps a drawn actor (found with the test probes) on the touch screen; returns its label. */
async function tapActor(explorer: ExplorerPage, page: Page): Promise<string> {
  const id = await explorer.clickableNode(ACTORS);
  expect(id, 'an actor whose centre no other covers').not.toBeNull();
  const p = (await explorer.nodePosition(id!))!;
  await page.touchscreen.tap(p.x, p.y);
  return committedGraph().nodes.find((n) => n.id === id)!.label;
}

/** Drags a sheet's bar by dy (negative: up) with the pointer, as a finger would. */
async function dragBar(page: Page, sheet: Locator, dy: number): Promise<void> {
  // From where the bar rests, not where a sliding sheet passes.
  let bar = (await sheet.locator('.sheet-bar').boundingBox())!;
  await expect
    .poll(async () => {
      const before = bar.y;
      bar = (await sheet.locator('.sheet-bar').boundingBox())!;
      return bar.y === before;
    })
    .toBe(true);
  const x = bar.x + 40;
  const y = bar.y + bar.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + dy, { steps: 8 });
  await page.mouse.up();
}

async function canvasBox(page: Page) {
  return (await page.locator('.graph-canvas').boundingBox())!;
}

test.describe('responsive layout', () => {
  test('the graph is drawn with room, nothing covers the toolbar, and the page never scrolls sideways', { tag: '@narrow' }, async ({ explorer, page }) => {
    await explorer.open();
    const viewport = page.viewportSize()!;
    const canvas = await canvasBox(page);
    const phone = viewport.width < 700;
    // The phone gives the graph the full width and more than half of the height.
    expect(canvas.width).toBeGreaterThanOrEqual(phone ? viewport.width - 1 : viewport.width * 0.55);
    expect(canvas.height).toBeGreaterThanOrEqual(viewport.height * 0.55);
    expect((await explorer.visibleNodeIds()).length).toBeGreaterThan(0);
    const drawn = await explorer.nodePosition('taliban');
    expect(drawn!.x).toBeGreaterThan(canvas.x);
    expect(drawn!.x).toBeLessThan(canvas.x + canvas.width);
    expect(drawn!.y).toBeGreaterThan(canvas.y);
    expect(drawn!.y).toBeLessThan(canvas.y + canvas.height);

    expect(await toolbarProblems(explorer)).toEqual([]);
    const side = await sideScroll(page);
    expect(side.scrollWidth).toBeLessThanOrEqual(side.innerWidth);
    for (const name of ['Zoom in', 'Zoom out', 'Fit to view', 'Reset layout']) expect(await reachable(page.getByRole('button', { name }))).toBe(true);
  });

  test('tablet: the details column and the table stay clear of the graph; the filters open as a drawer', { tag: '@tablet' }, async ({ explorer, page }) => {
    await explorer.open();
    // Nothing covers the relations table (it scrolls sideways in its own box) or the inspector's tabs.
    expect(await coveredPoints(explorer.tableScroller)).toEqual([]);
    expect(await coveredPoints(page.getByRole('tablist', { name: 'Inspector' }))).toEqual([]);
    const side = await sideScroll(page);
    expect(side.scrollWidth).toBeLessThanOrEqual(side.innerWidth);
    await expect(filtersSheet(page)).toBeHidden();

    // Tapping an actor shows it in the details column, beside the graph.
    const label = await tapActor(explorer, page);
    await expect(explorer.detailsHeading).toHaveText(label);
    expect(await reachable(explorer.detailsHeading)).toBe(true);

    // The filters: a drawer opened from the header, closed by Escape (focus back on its button).
    const edgesBefore = (await explorer.visibleEdgeIds()).length;
    await panelButton(page, 'Filters').tap();
    await expect(filtersSheet(page)).toBeVisible();
    await expect(filtersSheet(page)).toBeFocused();
    await expect(panelButton(page, 'Filters')).toHaveAttribute('aria-expanded', 'true');
    await explorer.typeFilter('Affiliation').tap();
    await expect.poll(async () => (await explorer.visibleEdgeIds()).length).toBeLessThan(edgesBefore);
    await expect(filtersSheet(page).getByRole('heading', { name: 'Legend' })).toBeAttached();
    await page.keyboard.press('Escape');
    await expect(filtersSheet(page)).toBeHidden();
    await expect(panelButton(page, 'Filters')).toBeFocused();
    // The details column never moved.
    await expect(explorer.detailsHeading).toHaveText(label);
    expect(await toolbarProblems(explorer)).toEqual([]);

    // An actor picked from the drawer's search: the drawer gets out of the way of the centred actor.
    await panelButton(page, 'Filters').tap();
    await explorer.search.fill('Kazakhstan');
    await explorer.search.press('Enter');
    await expect(explorer.detailsHeading).toHaveText('Kazakhstan');
    await expect(filtersSheet(page)).toBeHidden();
    // The pick moves focus to its details (Escape returns it).
    await expect(explorer.detailsHeading).toBeFocused();
    await expect.poll(() => page.evaluate(() => {
      const p = window.__kgExplorer!.renderedPosition('kazakhstan')!;
      return document.elementFromPoint(p.x, p.y)?.closest('.graph-canvas') !== null;
    })).toBe(true);
  });

  test('phone: tapping an actor opens its details in a sheet at peek height, which expands, collapses and closes', { tag: '@phone' }, async ({ explorer, page }) => {
    await explorer.open();
    const viewport = page.viewportSize()!;
    const sheet = detailsSheet(page);
    await expect(sheet).toBeHidden();

    const label = await tapActor(explorer, page);
    await expect(sheet).toBeVisible();
    await expect(explorer.detailsHeading).toHaveText(label);
    // Focus follows the selection into the sheet.
    await expect(sheet).toBeFocused();
    // Peek: the sheet takes about a third of the screen and pushes the graph up, never over it.
    await expect.poll(async () => (await sheet.boundingBox())!.height).toBeLessThan(viewport.height * 0.4);
    const peek = (await sheet.boundingBox())!;
    await expect.poll(async () => { const c = await canvasBox(page); return c.y + c.height; }).toBeLessThanOrEqual(peek.y + 1);
    expect((await canvasBox(page)).height).toBeGreaterThan(viewport.height * 0.4);
    await expect(panelButton(page, 'Details')).toHaveAttribute('aria-expanded', 'true');

    // Expand: the whole screen below the header.
    await sheet.getByRole('button', { name: 'Expand' }).tap();
    await expect(sheet.getByRole('button', { name: 'Collapse' })).toHaveAttribute('aria-expanded', 'true');
    const header = (await page.getByRole('banner').boundingBox())!;
    await expect.poll(async () => Math.round((await sheet.boundingBox())!.y)).toBe(Math.round(header.y + header.height));
    await expect(explorer.detailsHeading).toHaveText(label);

    // Escape: one step down, then closed, with focus back on the panel button.
    await page.keyboard.press('Escape');
    await expect(sheet.getByRole('button', { name: 'Expand' })).toBeVisible();
    await expect.poll(async () => (await sheet.boundingBox())!.height).toBeLessThan(viewport.height * 0.4);
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(panelButton(page, 'Details')).toBeFocused();

    // The header's button opens it again; its Close button closes it.
    await panelButton(page, 'Details').tap();
    await expect(sheet).toBeVisible();
    await expect(explorer.detailsHeading).toHaveText(label);
    await sheet.getByRole('button', { name: 'Close Details' }).tap();
    await expect(sheet).toBeHidden();
    await expect(panelButton(page, 'Details')).toHaveAttribute('aria-expanded', 'false');
  });

  test('phone: the filters, the legend and the relations table are sheets; a row opens its relation in the details', { tag: '@phone' }, async ({ explorer, page }) => {
    await explorer.open();
    // Filters: search and type filters, the legend further down.
    await panelButton(page, 'Filters').tap();
    const filters = filtersSheet(page);
    await expect(filters).toBeVisible();
    await expect(filters.getByRole('combobox', { name: 'Search actors' })).toBeVisible();
    // Its bar drags: up to the full height, down a step to peek height.
    await dragBar(page, filters, -120);
    await expect(filters.getByRole('button', { name: 'Collapse' })).toBeVisible();
    await dragBar(page, filters, 120);
    await expect(filters.getByRole('button', { name: 'Expand' })).toBeVisible();
    await filters.getByRole('button', { name: 'Expand' }).tap();
    const edgesBefore = (await explorer.visibleEdgeIds()).length;
    await explorer.typeFilter('Affiliation').tap();
    await expect.poll(async () => (await explorer.visibleEdgeIds()).length).toBeLessThan(edgesBefore);
    const legend = filters.getByRole('heading', { name: 'Legend' });
    await legend.scrollIntoViewIfNeeded();
    expect(await reachable(legend)).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(filters).toBeHidden();
    await expect(panelButton(page, 'Filters')).toBeFocused();

    // The table: its own sheet, scrolling sideways inside it, never the page.
    await panelButton(page, 'Relations').tap();
    const table = tableSheet(page);
    await expect(table).toBeVisible();
    await expect(filters).toBeHidden();
    const side = await sideScroll(page);
    expect(side.scrollWidth).toBeLessThanOrEqual(side.innerWidth);
    const row = explorer.tableRows.first();
    const relation = (await row.getByRole('button').first().getAttribute('aria-label'))!;
    // "Talks: A → B": the details name both actors.
    const [, source, target] = /^[^:]+: (.+) [→—] (.+)$/.exec(relation)!;
    await row.locator('td').first().tap();
    // The details take the table's place, at peek height.
    await expect(table).toBeHidden();
    await expect(detailsSheet(page)).toBeVisible();
    await expect(explorer.detailsHeading).toBeVisible();
    await expect(explorer.details).toContainText(source!);
    await expect(explorer.details).toContainText(target!);
  });

  test('phone: the graph fitted to the screen names its most connected actors, readable, covering no other', { tag: '@phone' }, async ({ explorer, page }) => {
    await explorer.open();
    // Ordinary labels are too small to draw at this zoom; landmarks name the main actors instead.
    await expect.poll(async () => (await page.evaluate(() => window.__kgExplorer!.drawnLabels())).length).toBeGreaterThanOrEqual(5);
    const labels = await page.evaluate(() => window.__kgExplorer!.drawnLabels());
    // The most connected first; a hub crowded by its neighbours may go unnamed rather than cover one.
    expect(labels.map((l) => l.id)).toContain('taliban');
    for (const l of labels) expect(l.fontSize, l.id).toBeGreaterThanOrEqual(12);
    // No name covers another name or another actor.
    expect(drawnOverlaps(await page.evaluate(() => window.__kgExplorer!.nodeBoxes()))).toEqual([]);
  });

  test('phone: controls are at least 40 px for a finger', { tag: '@phone' }, async ({ explorer, page }) => {
    await explorer.open();
    const tooSmall = (selectors: string[]) =>
      page.evaluate((list) => {
        const found: string[] = [];
        for (const s of list) {
          const els = [...document.querySelectorAll<HTMLElement>(s)].filter((e) => e.getClientRects().length > 0);
          if (els.length === 0) found.push(`${s}: none shown`);
          for (const e of els) {
            const r = e.getBoundingClientRect();
            if (r.height < 40 || r.width < 40) found.push(`${s} "${(e.textContent || e.getAttribute('aria-label') || '').trim()}" is ${Math.round(r.width)} × ${Math.round(r.height)}`);
          }
        }
        return found;
      }, selectors);
    // With no sheet open: the header, the toolbar, the zoom buttons, the timeline.
    expect(await tooSmall(['.panel-button', '.graph-toolbar button', '.graph-controls button', '.timeline-actions button', '.timeline-actions label'])).toEqual([]);
    // In the filters sheet: its bar, the filter rows, "only", the search field.
    await panelButton(page, 'Filters').tap();
    await expect(filtersSheet(page)).toBeVisible();
    // Measured once the sheet has finished opening (its height is a transition).
    await filtersSheet(page).evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    expect(
      await tooSmall(['#sheet-filters .sheet-bar button', '#sheet-filters .check-list label', '#sheet-filters .only-button', '#sheet-filters input[type="text"]']),
    ).toEqual([]);
  });

  test('wide: three columns as before, no sheets, the full toolbar', { tag: '@wide' }, async ({ explorer, page }) => {
    await explorer.open();
    await expect(page.getByRole('navigation', { name: 'Panels' })).toHaveCount(0);
    const sidebar = (await filtersSheet(page).boundingBox())!;
    const inspector = (await detailsSheet(page).boundingBox())!;
    expect([sidebar.x, sidebar.width]).toEqual([0, 248]);
    expect([inspector.x + inspector.width, inspector.width]).toEqual([page.viewportSize()!.width, 368]);
    await expect(explorer.sizeBy).toBeVisible();
    await expect(explorer.colourBy).toBeVisible();
    await expect(explorer.table).toBeVisible();
    expect(await toolbarProblems(explorer)).toEqual([]);
    await expect(page.getByRole('button', { name: 'Expand' })).toHaveCount(0);
  });

  test('narrowing the window to a tablet puts the filters away at once, without sliding them across the graph', { tag: '@wide' }, async ({ explorer, page }) => {
    await explorer.open();
    await page.setViewportSize({ width: 820, height: 1180 });
    // The first frame drawn at the new width: the drawer is already out of view (a slide takes 200 ms).
    const right = await page.evaluate(
      () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(document.getElementById('sheet-filters')!.getBoundingClientRect().right))),
    );
    expect(right).toBeLessThanOrEqual(0);
    // Opening it still slides it in, and it then sits at the left edge.
    await page.getByRole('button', { name: 'Filters' }).click();
    await expect.poll(() => filtersSheet(page).boundingBox().then((b) => b!.x)).toBe(0);
  });
});

/** Serious and critical axe violations (the rules of a11y.spec.ts, in legacy mode for speed). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('narrow layouts with axe', () => {
  test.slow();
  test('the narrow layout and an open sheet or drawer have no serious or critical violations', { tag: '@narrow' }, async ({ explorer, page }) => {
    await explorer.open();
    expect(await seriousViolations(page)).toEqual([]);
    await panelButton(page, 'Filters').tap();
    await expect(filtersSheet(page)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('layout screenshots', () => {
  test.beforeAll(() => mkdirSync(DIR, { recursive: true }));

  const settle = async (explorer: ExplorerPage, page: Page): Promise<void> => {
    await explorer.waitForAnalytics();
    // Fonts in, no caret, transitions at their end.
    await page.evaluate(() => document.fonts.ready);
  };
  const shoot = (page: Page, name: string) => page.screenshot({ path: `${DIR}/${name}.png`, animations: 'disabled', caret: 'hide' });

  test('wide', { tag: '@wide' }, async ({ explorer, page }) => {
    await explorer.open();
    await settle(explorer, page);
    await shoot(page, 'layout-wide');
  });

  test('tablet', { tag: '@tablet' }, async ({ explorer, page }) => {
    // An actor chosen from the filters drawer: the drawer closes, the details show on the right.
    await explorer.open();
    await settle(explorer, page);
    await panelButton(page, 'Filters').tap();
    await explorer.search.fill('Kazakhstan');
    await explorer.search.press('Enter');
    await expect(explorer.detailsHeading).toHaveText('Kazakhstan');
    await expect(filtersSheet(page)).toBeHidden();
    // Focus moved to the details' heading; the picture shows no focus ring.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await shoot(page, 'layout-tablet');
  });

  test('phone', { tag: '@phone' }, async ({ explorer, page }) => {
    await explorer.open();
    await settle(explorer, page);
    await shoot(page, 'layout-phone');
    // A search from the filters sheet: the actor is centred and its details open at peek height.
    await panelButton(page, 'Filters').tap();
    await filtersSheet(page).getByRole('combobox', { name: 'Search actors' }).fill('Kazakhstan');
    await filtersSheet(page).getByRole('combobox', { name: 'Search actors' }).press('Enter');
    await expect(detailsSheet(page)).toBeVisible();
    await expect(explorer.detailsHeading).toHaveText('Kazakhstan');
    await expect(filtersSheet(page)).toBeHidden();
    await shoot(page, 'layout-phone-sheet');
  });
});
