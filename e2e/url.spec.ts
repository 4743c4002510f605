import { test, expect, smallGraph } from './support/fixtures';

test.describe('shareable views', () => {
  test('a shared URL restores selection, filters and search', async ({ explorer, page }) => {
    await explorer.open('?node=pakistan&hide-type=affiliation&hide-polarity=neutral&q=Wash&panel=reader');
    await expect(page.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('tab', { name: 'Details' }).click();
    await expect(explorer.detailsHeading).toHaveText('Pakistan');
    await expect(explorer.typeFilter('Affiliation')).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Neutral \d+$/ })).not.toBeChecked();
    await expect(explorer.search).toHaveValue('Wash');
  });

  test('a link to an undated relation without undated= (an older link) opens with that relation shown, and the URL says so', async ({ explorer, page }) => {
    // The seed's headline claim, Russia's decision to delist the Taliban, has no date of its own.
    const id = '000_13209300025090b4#r01';
    await page.goto(`/?edge=${encodeURIComponent(id)}`);
    await explorer.waitUntilDrawn();
    await expect(explorer.details.getByRole('heading', { level: 2 })).toBeVisible();
    expect(await explorer.visibleEdgeIds()).toContain(id);
    await expect(explorer.timeline.getByRole('checkbox', { name: /^Show \d+ undated$/ })).toBeChecked();
    await expect(page).toHaveURL(/undated=show/);
  });

  test('selections and filters go into the URL; back and forward and reload restore them', async ({ explorer, page }) => {
    // The app's own default view (undated relations hidden), which writes no parameter for it.
    await explorer.open('?undated=hide');
    await explorer.clickNode('pakistan');
    await expect(page).toHaveURL(/\?node=pakistan$/);
    await explorer.clickNode('united-states');
    await expect(page).toHaveURL(/\?node=united-states$/);
    await explorer.typeFilter('Affiliation').uncheck();
    await expect(page).toHaveURL(/hide-type=affiliation/);

    await page.goBack();
    await expect(explorer.typeFilter('Affiliation')).toBeChecked();
    await expect(explorer.detailsHeading).toHaveText('United States');
    await page.goBack();
    await expect(explorer.detailsHeading).toHaveText('Pakistan');
    await page.goForward();
    await expect(explorer.detailsHeading).toHaveText('United States');

    await page.reload();
    await explorer.waitUntilDrawn();
    await expect(explorer.detailsHeading).toHaveText('United States');
  });

  test('typing a search rewrites the address once the query rests, not at every key', async ({ explorer, page }) => {
    await explorer.open();
    // Count the page's own address writes (browsers limit how often a page may rewrite it).
    await page.evaluate(() => {
      const w = window as unknown as { addressWrites: string[] };
      w.addressWrites = [];
      const replace = history.replaceState.bind(history);
      history.replaceState = (data, unused, url) => {
        w.addressWrites.push(String(url));
        replace(data, unused, url);
      };
    });
    // A fast typist: a key every 50 ms.
    await explorer.search.pressSequentially('Pakist', { delay: 50 });
    await expect(page).toHaveURL(/[?&]q=Pakist(&|$)/);
    const writes = await page.evaluate(() => (window as unknown as { addressWrites: string[] }).addressWrites);
    const withQuery = writes.filter((u) => u.includes('q='));
    // Six keys, one write when typing rests (two at most, should the machine stall between keys).
    expect(withQuery.length).toBeGreaterThanOrEqual(1);
    expect(withQuery.length).toBeLessThanOrEqual(2);
    expect(withQuery.at(-1)).toMatch(/[?&]q=Pakist(&|$)/);
  });

  test('a result picked while the query has not yet rested: Back returns to the query typed', async ({ explorer, page }) => {
    await explorer.open();
    await explorer.search.pressSequentially('Pakist');
    await explorer.searchResults.getByRole('option', { name: /^Pakistan\b/ }).first().click();
    await expect(explorer.detailsHeading).toHaveText('Pakistan');
    await expect(page).toHaveURL(/[?&]node=pakistan\b/);
    await page.goBack();
    await expect(explorer.search).toHaveValue('Pakist');
    await expect(page).toHaveURL(/[?&]q=Pakist(&|$)/);
    await expect(page).not.toHaveURL(/[?&]node=/);
  });

  test('?graph= loads another graph file that follows the contract', async ({ explorer, page }) => {
    const small = smallGraph();
    await explorer.serveGraph('/graphs/small.json', small);
    await explorer.open('?graph=/graphs/small.json&node=pakistan&undated=hide');
    await expect(page.getByText(`${small.nodes.length} actors`, { exact: true })).toBeVisible();
    await expect(page.getByText('/graphs/small.json')).toBeVisible();
    await expect(explorer.detailsHeading).toHaveText('Pakistan');
    // The dated relations: undated ones wait for the timeline's toggle.
    await expect(explorer.tableRows).toHaveCount(small.edges.filter((e) => e.date).length);
    // Selecting keeps the graph parameter in the URL.
    await explorer.clickNode('taliban');
    await expect(page).toHaveURL(/graph=%2Fgraphs%2Fsmall\.json&node=taliban/);
  });
});
