import type { Page } from '@playwright/test';
import { test, expect, committedGraph } from './support/fixtures';
import type { ExplorerPage } from './support/explorer-page';

const canvas = (page: Page) => page.getByRole('application', { name: /^Graph of \d+ actors and \d+ relations shown/ });
const cursorSays = (page: Page) => page.locator('#graph-cursor-status');

/** The actors wearing the keyboard cursor's ring. */
function ringed(explorer: ExplorerPage): Promise<string[]> {
  return explorer.page.evaluate(() => {
    const api = window.__kgExplorer!;
    return api.visibleNodeIds().filter((id) => api.classesOf(id).includes('kb-cursor'));
  });
}

test.describe('keyboard only', () => {
  test('search with arrows and Enter, then reach, sort and use the relations table; focus goes to the details and Escape brings it back', async ({ explorer, page }) => {
    await explorer.open();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to graph' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the relations table' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(explorer.search).toBeFocused();
    await page.keyboard.type('wash');
    await page.keyboard.press('ArrowDown');
    await expect(explorer.search).toHaveAttribute('aria-activedescendant', /.+/);
    await page.keyboard.press('Enter');
    await expect(explorer.detailsHeading).toHaveText('United States');
    // The pick moves focus to what was picked; Escape goes back to the search.
    await expect(explorer.detailsHeading).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(explorer.search).toBeFocused();

    // Back to the skip link and into the table.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('link', { name: 'Skip to the relations table' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const sortSource = explorer.table.getByRole('button', { name: 'Source' });
    await expect(sortSource).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(explorer.table.getByRole('columnheader', { name: /Relation/ })).toHaveAttribute('aria-sort', 'ascending');
    const firstType = (await explorer.tableRows.first().getByRole('button').textContent())!.trim();

    // Past the other sort buttons (Target, Date, Status, Evidence, Reports, Outlets) to the first row.
    for (let i = 0; i < 7; i += 1) await page.keyboard.press('Tab');
    const rowButton = explorer.tableRows.first().getByRole('button');
    await expect(rowButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(explorer.details.getByText(`Relation · ${firstType}`)).toBeVisible();
    await expect(explorer.tableRows.first()).toHaveAttribute('aria-current', 'true');
    await expect(explorer.detailsHeading).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(rowButton).toBeFocused();
  });

  test('the graph: first behind the skip link, arrows walk related actors, Enter opens the details, Escape comes back and clears', async ({ explorer, page }) => {
    const graph = committedGraph();
    const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
    const related = new Set(graph.edges.flatMap((e) => (e.source === 'taliban' ? [e.target] : e.target === 'taliban' ? [e.source] : [])));
    await explorer.open('?node=taliban');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(canvas(page)).toBeFocused();

    // From the selected actor, Right goes to an actor drawn to its right, and says who it is.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => ringed(explorer)).toHaveLength(1);
    const [landed] = await ringed(explorer);
    expect(landed).not.toBe('taliban');
    expect((await explorer.nodePosition(landed!))!.x).toBeGreaterThan((await explorer.nodePosition('taliban'))!.x);
    const said = (await cursorSays(page).textContent())!.trim();
    expect(said.startsWith(`${label.get(landed!)} — `)).toBe(true);
    expect(said).toMatch(/, \d+ (of \d+ )?relations?( shown)?(\. Not related to Taliban\.)?$/);
    // "Not related" is said exactly when it is not a neighbour.
    expect(said.includes('Not related')).toBe(!related.has(landed!));

    // Enter: its details, with focus on their heading.
    await page.keyboard.press('Enter');
    await expect(explorer.detailsHeading).toHaveText(label.get(landed!)!);
    await expect(explorer.detailsHeading).toBeFocused();
    await expect.poll(() => ringed(explorer)).toEqual([]);
    // Escape: back on the canvas, the cursor where it was.
    await page.keyboard.press('Escape');
    await expect(canvas(page)).toBeFocused();
    await expect.poll(() => ringed(explorer)).toEqual([landed]);
    // Escape again clears the selection and the cursor.
    await page.keyboard.press('Escape');
    await expect(explorer.detailsHeading).toHaveText('Overview');
    await expect(cursorSays(page)).toContainText('Selection cleared.');
    await expect.poll(() => ringed(explorer)).toEqual([]);

    // Tab is never trapped: it leaves the canvas and Shift+Tab comes back.
    await page.keyboard.press('Tab');
    await expect(canvas(page)).not.toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(canvas(page)).toBeFocused();
    // With nothing selected, the first arrow lands on an actor in view.
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => ringed(explorer)).toHaveLength(1);
    const box = (await canvas(page).boundingBox())!;
    const p = (await explorer.nodePosition((await ringed(explorer))[0]!))!;
    expect(p.x).toBeGreaterThan(box.x);
    expect(p.x).toBeLessThan(box.x + box.width);
    expect(p.y).toBeGreaterThan(box.y);
    expect(p.y).toBeLessThan(box.y + box.height);
  });

  test('a click on an actor moves focus to its details, and Escape takes it back to the canvas', async ({ explorer, page }) => {
    await explorer.open();
    await explorer.clickNode('taliban');
    await expect(explorer.detailsHeading).toHaveText('Taliban');
    await expect(explorer.detailsHeading).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(canvas(page)).toBeFocused();
    // The selection stays: Escape in the details only moves focus.
    await expect(explorer.detailsHeading).toHaveText('Taliban');
  });

  test('tab stops before the graph: one with the skip link, and the canvas is reachable by Tab alone', async ({ explorer, page }) => {
    // Some seventy key presses, each followed by a look at the focus.
    test.slow();
    await explorer.open();
    let stops = 0;
    for (; stops < 300; stops += 1) {
      await page.keyboard.press('Tab');
      if (await canvas(page).evaluate((el) => el === document.activeElement)) break;
    }
    expect(stops).toBeLessThan(300);
    test.info().annotations.push({ type: 'tab stops before the graph', description: `${stops} by Tab alone; 1 with the skip link (Tab, Enter)` });
    await page.reload();
    await explorer.waitUntilDrawn();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to graph' })).toBeFocused();
    await expect(page.getByRole('link', { name: 'Skip to graph' })).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(canvas(page)).toBeFocused();
    // No hash joins the address (the URL holds the view).
    expect(new URL(page.url()).hash).toBe('');
  });
});

test.describe('keyboard on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('a tapped actor opens its details sheet with focus in it; Escape steps the sheet down, then back to the Details button', async ({ explorer, page }) => {
    await explorer.open();
    const graph = committedGraph();
    const id = await explorer.clickableNode(graph.nodes.map((n) => n.id));
    expect(id, 'an actor drawn clear of the others').not.toBeNull();
    const p = (await explorer.nodePosition(id!))!;
    await page.touchscreen.tap(p.x, p.y);
    const sheet = page.locator('#sheet-details');
    await expect(sheet).toBeVisible();
    await expect(explorer.detailsHeading).toHaveText(graph.nodes.find((n) => n.id === id)!.label);
    await expect(sheet).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Panels' }).getByRole('button', { name: 'Details' })).toBeFocused();
  });
});
