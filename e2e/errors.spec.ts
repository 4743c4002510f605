import { test, expect, smallGraph } from './support/fixtures';

test.describe('graph loading errors and safety', () => {
  test('a missing file names the URL and the HTTP status', async ({ explorer, page }) => {
    await explorer.serveGraph('/graphs/missing.json', 'Not found', 404);
    await page.goto('/?graph=/graphs/missing.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The graph could not be loaded');
    await expect(alert).toContainText('Could not load /graphs/missing.json: the server answered 404');
    await expect(alert.getByRole('link', { name: 'Open the default graph instead' })).toBeVisible();
  });

  test('a file that is not JSON says so, with where the syntax breaks', async ({ explorer, page }) => {
    await explorer.serveGraph('/graphs/broken.json', '{\n  "nodes": [],\n}');
    await page.goto('/?graph=/graphs/broken.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('/graphs/broken.json is not valid JSON.');
    await expect(alert).toContainText('line 3');
  });

  test('a file that breaks the contract lists the problems with their paths', async ({ explorer, page }) => {
    const bad = smallGraph();
    bad.edges[3]!.source = 'xyz';
    await explorer.serveGraph('/graphs/bad.json', bad);
    await page.goto('/?graph=/graphs/bad.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('/graphs/bad.json does not follow the graph contract');
    await expect(alert).toContainText('edges[3].source: refers to unknown node "xyz"');
  });

  test('a graph on another site is refused with an explanation', async ({ page }) => {
    await page.goto('/?graph=https://example.com/graph.json');
    await expect(page.getByRole('alert')).toContainText('only loads graph files from its own origin');
  });

  test('labels and article text are shown as text, never as HTML', async ({ explorer, page }) => {
    const g = smallGraph();
    const evil = '<img src=x onerror="window.__pwned=1">';
    g.nodes.find((n) => n.id === 'pakistan')!.label = `Pakistan ${evil}`;
    g.documents[0]!.title = `<b>Bold</b> title`;
    await explorer.serveGraph('/graphs/evil.json', g);
    await explorer.open('?graph=/graphs/evil.json&node=pakistan');
    await expect(explorer.detailsHeading).toHaveText(`Pakistan ${evil}`);
    await expect(page.locator('img')).toHaveCount(0);
    await expect(page.locator('b', { hasText: 'Bold' })).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
