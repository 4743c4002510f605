// Screenshots of the analyst tools for docs/analyst-tools.md (linked from the README), taken on
// the seed graph and on a real Gephi file. Each also checks what it shows, so a broken tool
// cannot be photographed as if it worked.
import { mkdirSync } from 'node:fs';
import { test, expect } from './support/fixtures';

// The committed pictures change only on purpose: UPDATE_DOCS_SCREENSHOTS=1 writes them; any
// other run still walks every flow and checks it, but keeps its pictures in test-results.
const DIR = process.env.UPDATE_DOCS_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots/docs';
test.use({ viewport: { width: 1440, height: 900 } });
test.beforeAll(() => mkdirSync(DIR, { recursive: true }));

test.describe('documentation screenshots', () => {
  test('overview and importance', async ({ explorer, page }) => {
    await explorer.open();
    await explorer.waitForAnalytics();
    await page.screenshot({ path: `${DIR}/overview.png` });

    await explorer.sizeBy.selectOption({ label: 'Betweenness' });
    await explorer.clickNode('moscow-format');
    await explorer.details.getByRole('button', { name: 'Codes and metrics' }).click();
    await expect(explorer.details.getByRole('table', { name: /^Importance of this actor/ })).toBeVisible();
    await explorer.details.getByRole('heading', { name: 'Importance' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${DIR}/importance.png` });
  });

  test('connections', async ({ explorer, page }) => {
    await explorer.open('?path-from=united-states&path-to=pakistan&panel=analyse');
    await expect(explorer.analyse.getByRole('region', { name: /^Path 2:/ })).toBeVisible();
    await page.screenshot({ path: `${DIR}/connections.png` });
  });

  test('focus', async ({ explorer, page }) => {
    await explorer.open('?focus=pakistan&depth=2&node=pakistan&panel=analyse');
    await expect(page.getByText(/^Focus: Pakistan/)).toBeVisible();
    await page.screenshot({ path: `${DIR}/focus.png` });
  });

  test('groups', async ({ explorer, page }) => {
    await explorer.open('?colour=community');
    await explorer.waitForAnalytics();
    await expect(page.getByRole('list', { name: 'Groups' })).toBeVisible();
    await page.screenshot({ path: `${DIR}/groups.png` });
  });

  // docs/screenshots/timeline.png comes from e2e/timeline.spec.ts.

  test('layouts and exports', async ({ explorer, page }) => {
    await explorer.open('?size=pagerank');
    await explorer.waitForAnalytics();
    await explorer.chooseLayout('Concentric by importance');
    await explorer.toolbar.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(explorer.toolbar.getByRole('button', { name: 'GEXF (Gephi)' })).toBeVisible();
    await page.screenshot({ path: `${DIR}/layout-concentric-export.png` });
  });

  test('an imported Gephi file', async ({ explorer, page }) => {
    await explorer.open();
    await explorer.importFile('src/domain/formats/__fixtures__/les-miserables.gexf');
    await explorer.waitUntilDrawn();
    await explorer.waitForAnalytics();
    await explorer.colourBy.selectOption({ label: 'Group (community)' });
    await explorer.sizeBy.selectOption({ label: 'Betweenness' });
    await explorer.search.fill('Valjean');
    await explorer.search.press('Enter');
    await explorer.details.getByRole('button', { name: 'Codes and metrics' }).click();
    await expect(explorer.details.getByRole('region', { name: 'Attributes from the file' })).toBeVisible();
    await page.getByRole('button', { name: 'Fit to view' }).click();
    await page.screenshot({ path: `${DIR}/import-gexf.png` });
  });
});
