// Large graphs (level of detail): a broken file is refused whole, and panels stay light for hubs.
import type { GraphFile } from '../src/domain/graph-contract';
import { MAX_DRAWN_NEIGHBOURS } from '../src/domain/level-of-detail';
import { escapeRegExp } from './support/explorer-page';
import { test, expect } from './support/fixtures';
import { large, openLarge } from './support/large-graph';

test.beforeAll(() => {
  // Built once per worker, before the first test's clock starts.
  large();
});

test.describe('a large graph that breaks the contract', () => {
  test('is checked in full before anything is drawn: the problems are listed with their paths', async ({ explorer, page }) => {
    const g = large();
    // Above 2 MB the file is parsed here and checked in a worker at the same time.
    expect(g.body.length).toBeGreaterThan(2_000_000);
    const bad = JSON.parse(g.body) as GraphFile;
    const at = bad.edges.length - 1;
    bad.edges[at]!.target = 'nobody-at-all';
    await explorer.serveGraph('/large-bad.json', JSON.stringify(bad));
    await page.goto('/?graph=/large-bad.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('/large-bad.json does not follow the graph contract');
    await expect(alert).toContainText(`edges[${at}].target: refers to unknown node "nobody-at-all"`);
    // Nothing of the broken file was shown as a graph.
    await expect(page.getByRole('heading', { name: 'Relation types' })).toHaveCount(0);
    expect(await page.evaluate(() => document.querySelector('canvas'))).toBeNull();
  });
});

test.describe('a large graph: panels stay light for hubs and long queries', () => {
  test('a hub lists the first relations of each type, and all of them on request; search marks drawn matches', async ({ explorer }) => {
    const g = large();
    const hub = g.ranked[0]!;
    const label = g.label.get(hub)!;
    await openLarge(explorer);

    // Typing marks the matching actors that are drawn (once the query rests, after the results list).
    await explorer.search.fill(label);
    await expect(explorer.searchResults.getByRole('option').first()).toBeVisible();
    await expect.poll(() => explorer.classesOf(hub)).toContain('match');
    await explorer.searchResults.getByRole('option', { name: new RegExp(`^${escapeRegExp(label)}\\b`) }).first().click();
    await expect(explorer.detailsHeading).toHaveText(label);

    // The canvas draws the hub's most connected neighbours, not all of them, and says so.
    const neighbours = [...g.neighbours.get(hub)!];
    expect(neighbours.length).toBeGreaterThan(MAX_DRAWN_NEIGHBOURS);
    const mostConnected = [...neighbours].sort((a, b) => g.degree.get(b)! - g.degree.get(a)! || (a < b ? -1 : 1)).slice(0, MAX_DRAWN_NEIGHBOURS);
    await expect(explorer.page.locator('p', { hasText: 'Level of detail:' })).toContainText(
      `with the selection's ${MAX_DRAWN_NEIGHBOURS} most connected neighbours of ${neighbours.length}`,
    );
    const drawnNow = new Set(await explorer.visibleNodeIds());
    for (const n of mostConnected) expect(drawnNow.has(n), `neighbour ${n} drawn`).toBe(true);

    const relations = g.graph.edges.filter((e) => e.source === hub || e.target === hub);
    const byType = new Map<string, number>();
    for (const e of relations) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    const [busiest, count] = [...byType.entries()].sort((a, b) => b[1] - a[1])[0]!;
    expect(count).toBeGreaterThan(8);
    const type = g.graph.relationTypes.find((t) => t.id === busiest)!;
    await expect(explorer.details.getByRole('heading', { name: /^Relations \d+$/ })).toHaveText(`Relations ${relations.length}`);
    const rows = explorer.details.getByRole('button', { name: new RegExp(`^Evidence: .* ${escapeRegExp(type.label)} `) });
    await expect(rows).toHaveCount(8);
    await explorer.details.getByRole('button', { name: `Show ${count - 8} more ${type.label}` }).click();
    await expect(rows).toHaveCount(count);
  });
});
