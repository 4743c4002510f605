import AxeBuilder from '@axe-core/playwright';
import { test, expect, committedGraph, findEdge } from './support/fixtures';

// One axe pass over the explorer on the committed graph (about 3,200 elements, three quarters of
// them the 181-row relations table) took 6–14 s on the 2-core test machine with the defaults,
// not in axe's rules (2.5 s) but in moving results around: @axe-core/playwright runs axe per
// frame, returns the partial results (3.6 MB, every passing node) through Playwright, and
// aggregates them in a second, blank page. The page has no frames, so legacy mode (one axe.run in
// the page; frames would still be checked, cross-origin ones reported as untested) finds the
// same violations in about 2.5 s; and only violations are read, so only they are aggregated
// (every rule still runs on every element).
async function seriousViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('accessibility (axe)', () => {
  // Two or three axe passes, each a few seconds while the other worker runs: 30 s is too tight.
  test.slow();
  test('the default view, a selection and the reader have no serious or critical violations', async ({ explorer, page }) => {
    const graph = committedGraph();
    await explorer.open();
    expect(await seriousViolations(page)).toEqual([]);

    await explorer.clickNode('taliban');
    await expect(explorer.detailsHeading).toHaveText('Taliban');
    await explorer.search.fill('Wash');
    await expect(explorer.searchResults).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await explorer.search.fill('');
    await explorer.open(`?edge=${encodeURIComponent(findEdge(graph, 'taliban', 'accusation', 'pakistan'))}&panel=reader`);
    await expect(explorer.reader.locator('.sentence.is-support').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the analyst tools (toolbar menus, timeline, Analyse tab with a path and a focus, group legend) have no serious or critical violations', async ({ explorer, page }) => {
    await explorer.open('?path-from=united-states&path-to=pakistan&focus=taliban&depth=2&years=2003-2024&colour=community&size=pagerank&panel=analyse&node=taliban');
    await explorer.waitForAnalytics();
    await expect(explorer.analyse.getByRole('region', { name: /^Path 1:/ })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Groups' })).toBeVisible();
    await explorer.toolbar.getByRole('button', { name: 'Export', exact: true }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await explorer.toolbar.getByRole('button', { name: 'Layout', exact: true }).click();
    await page.getByRole('tab', { name: 'Details' }).click();
    await explorer.details.getByRole('button', { name: 'Codes and metrics' }).click();
    await expect(explorer.details.getByRole('table', { name: /^Importance of this actor/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('an import refusal and an imported GEXF graph have no serious or critical violations', async ({ explorer, page }) => {
    await explorer.open();
    await explorer.importFile({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "nodes": ') });
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await explorer.importFile('src/domain/formats/__fixtures__/les-miserables.gexf');
    await explorer.waitUntilDrawn();
    await expect(page.getByText('77 actors', { exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the loading error has no serious or critical violations', async ({ explorer, page }) => {
    await explorer.serveGraph('/graphs/broken.json', 'nope');
    await page.goto('/?graph=/graphs/broken.json');
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
