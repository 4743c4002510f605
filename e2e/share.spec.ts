// Share: a link to the full view (filters, selection, time range, zoom and position), copied to
// the clipboard, opens the same view in another tab; the viewport also follows the address bar.
import type { Page } from '@playwright/test';
import { ExplorerPage } from './support/explorer-page';
import { test, expect } from './support/fixtures';

/** Drawn positions of a few actors spread over the committed graph (page px). */
const PROBES = ['taliban', 'russia', 'pakistan', 'kazakhstan', 'moscow-format', 'united-states'];

async function positions(explorer: ExplorerPage): Promise<Map<string, { x: number; y: number } | null>> {
  return new Map(await Promise.all(PROBES.map(async (id) => [id, await explorer.nodePosition(id)] as const)));
}

const zoomOf = (page: Page): Promise<number> => page.evaluate(() => window.__kgExplorer!.zoom());

/** Moves the view as a user would: zoom in with the button, then pan with a drag on empty canvas. */
async function moveView(explorer: ExplorerPage, page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const canvas = (await page.locator('.graph-canvas').boundingBox())!;
  // The wheel zooms about the pointer, moving the centre too.
  await page.mouse.move(canvas.x + canvas.width * 0.3, canvas.y + canvas.height * 0.35);
  await page.mouse.wheel(0, -240);
  // The URL follows once the view has rested: its zoom is the canvas's.
  await expect
    .poll(async () => {
      const view = new URL(explorer.page.url()).searchParams.get('view');
      return view !== null && Math.abs(Number(view.split(',')[0]) / (await zoomOf(page)) - 1) < 1e-3;
    })
    .toBe(true);
}

test.describe('sharing a view', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Share copies a link that opens the same filters, selection, time range and viewport', async ({ explorer, page, context }) => {
    await explorer.open('?hide-type=affiliation&years=2021-2024&node=pakistan');
    await moveView(explorer, page);
    const zoom = await zoomOf(page);
    const before = await positions(explorer);
    const rows = await explorer.tableRows.count();
    const readout = await explorer.timeline.locator('.timeline-readout').textContent();

    await explorer.toolbar.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('dialog', { name: 'Share this view' }).getByRole('status')).toHaveText('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const params = new URL(link).searchParams;
    expect(params.get('node')).toBe('pakistan');
    expect(params.getAll('hide-type')).toEqual(['affiliation']);
    expect(params.get('view')).toMatch(/^[\d.]+,-?[\d.]+,-?[\d.]+$/);
    // The address bar says the same.
    expect(page.url()).toBe(link);
    await expect(page.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(link);

    const other = await context.newPage();
    const second = new ExplorerPage(other);
    await other.goto(link);
    await second.waitUntilDrawn();
    await expect(second.detailsHeading).toHaveText('Pakistan');
    await expect(second.typeFilter('Affiliation')).not.toBeChecked();
    await expect(second.typeFilter('Talks')).toBeChecked();
    await expect(second.timeline.locator('.timeline-readout')).toHaveText(readout!);
    await expect(second.tableRows).toHaveCount(rows);
    expect(Math.abs((await zoomOf(other)) - zoom) / zoom).toBeLessThan(1e-3);
    const after = await positions(second);
    for (const id of PROBES) {
      const [a, b] = [before.get(id), after.get(id)];
      expect(b === null, `${id} drawn in both or neither`).toBe(a === null);
      if (a && b) {
        expect(Math.abs(a.x - b.x), `${id} x`).toBeLessThan(2);
        expect(Math.abs(a.y - b.y), `${id} y`).toBeLessThan(2);
      }
    }
    // The link still says where the view is after the other tab has started (a resize, a draw).
    await expect.poll(() => new URL(other.url()).searchParams.get('view')).toBe(params.get('view'));
  });

  test('the address bar follows a moved view without new history entries; a fit clears it', async ({ explorer, page }) => {
    await explorer.open('?node=pakistan');
    const entries = await page.evaluate(() => history.length);
    await moveView(explorer, page);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(new URL(page.url()).searchParams.get('node')).toBe('pakistan');

    // A discrete step keeps the viewport in the new entry; Back keeps the canvas where it is.
    await explorer.typeFilter('Affiliation').uncheck();
    await expect(page).toHaveURL(/hide-type=affiliation/);
    const view = new URL(page.url()).searchParams.get('view');
    expect(view).not.toBeNull();
    const zoom = await zoomOf(page);
    await page.goBack();
    await expect(explorer.typeFilter('Affiliation')).toBeChecked();
    expect(await zoomOf(page)).toBe(zoom);
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe(view);

    await page.getByRole('button', { name: 'Fit to view' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBeNull();
    expect(new URL(page.url()).searchParams.get('node')).toBe('pakistan');
  });

  test('a link with a broken viewport opens fitted, as an old link without one', async ({ explorer, page }) => {
    test.setTimeout(60_000);
    await explorer.open('?node=pakistan');
    const fitted = await zoomOf(page);
    const fittedAt = await explorer.nodePosition('pakistan');
    for (const bad of ['abc', '1e3,0,0', '1,99999999999,0']) {
      await explorer.open(`?node=pakistan&view=${bad}`);
      expect(await zoomOf(page), bad).toBeCloseTo(fitted, 6);
      expect(await explorer.nodePosition('pakistan'), bad).toEqual(fittedAt);
      // The broken value leaves the address bar; the rest of the link stays.
      await expect.poll(() => new URL(page.url()).searchParams.has('view'), bad).toBe(false);
      expect(new URL(page.url()).searchParams.get('node')).toBe('pakistan');
      await expect(explorer.detailsHeading).toHaveText('Pakistan');
    }
  });

  test('reload keeps a moved viewport', async ({ explorer, page }) => {
    await explorer.open();
    await moveView(explorer, page);
    const zoom = await zoomOf(page);
    const before = await explorer.nodePosition('taliban');
    await page.reload();
    await explorer.waitUntilDrawn();
    expect(Math.abs((await zoomOf(page)) - zoom) / zoom).toBeLessThan(1e-3);
    const after = await explorer.nodePosition('taliban');
    expect(Math.abs(after!.x - before!.x)).toBeLessThan(2);
    expect(Math.abs(after!.y - before!.y)).toBeLessThan(2);
  });
});

test('without the clipboard, Share shows the link selected, ready for Ctrl+C', async ({ explorer, page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) } });
  });
  await explorer.open('?node=russia');
  await explorer.toolbar.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog.getByRole('status')).toHaveText('Press Ctrl+C (⌘C on a Mac) to copy the link');
  const field = dialog.getByRole('textbox', { name: 'Link to this view' });
  await expect(field).toBeFocused();
  await expect(field).toHaveJSProperty('readOnly', true);
  const link = await field.inputValue();
  expect(new URL(link).searchParams.get('node')).toBe('russia');
  expect(await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, link.length]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(explorer.toolbar.getByRole('button', { name: 'Share' })).toBeFocused();
});
