import { test, expect } from './support/fixtures';

test.describe('search', () => {
  test('typing an alias offers the actor; choosing it selects and centres the actor', async ({ explorer, page }) => {
    await explorer.open();
    await explorer.search.fill('Washington');
    const option = explorer.searchResults.getByRole('option', { name: /United States/ });
    await expect(option).toBeVisible();
    await expect(option).toContainText('as “Washington”');
    // Matches are marked on the canvas while the query stands.
    expect(await page.evaluate(() => window.__kgExplorer!.classesOf('united-states'))).toContain('match');

    await option.click();
    await expect(explorer.detailsHeading).toHaveText('United States');
    await expect(explorer.searchResults).toBeHidden();
    const box = (await page.locator('.graph-canvas').boundingBox())!;
    await expect
      .poll(async () => {
        const p = (await explorer.nodePosition('united-states'))!;
        return Math.hypot(p.x - (box.x + box.width / 2), p.y - (box.y + box.height / 2));
      })
      .toBeLessThan(2);
  });

  test('says so when nothing matches', async ({ explorer }) => {
    await explorer.open();
    await explorer.search.fill('zzzz');
    await expect(explorer.searchResults).toContainText('No actor matches “zzzz”');
  });
});
