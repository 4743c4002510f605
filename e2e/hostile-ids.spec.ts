// Any id is data (issue 15): a graph whose actor, relation, type and document ids are
// Object.prototype's member names ("constructor", "__proto__", …) opens like any other graph,
// instead of replacing the app with the error screen.
import { bundleIdOf } from '../src/domain/bundles';
import { HUB, PROTOTYPE_NAMES, prototypeIdGraph, prototypeIds, type NamedPart } from '../src/domain/__fixtures__/prototype-ids';
import { LAYOUT_LABEL } from '../src/domain/layouts';
import { expect, test } from './support/fixtures';
import type { ExplorerPage } from './support/explorer-page';

const sorted = (ids: Iterable<string>): string[] => [...ids].sort();

async function openNamed(explorer: ExplorerPage, named: NamedPart) {
  const graph = prototypeIdGraph(named);
  const path = `/graphs/prototype-${named}.json`;
  await explorer.serveGraph(path, graph);
  await explorer.open(`?graph=${path}`);
  return { graph, ids: prototypeIds(named) };
}

for (const named of ['nodes', 'edges', 'types'] as const) {
  test(`draws every actor and relation of a graph whose ${named} are named after Object.prototype, through each layout`, async ({ explorer, page, pageProblems }) => {
    const { graph, ids } = await openNamed(explorer, named);
    expect(sorted(await explorer.visibleNodeIds())).toEqual(sorted(graph.nodes.map((n) => n.id)));
    // The four relations between actors 0 and 1 are drawn as one bundle; every other one as itself.
    const bundled = new Set([ids.ring[0]!, ...ids.parallel]);
    const expected = [...graph.edges.map((e) => e.id).filter((id) => !bundled.has(id)), bundleIdOf(ids.nodes[0]!, ids.nodes[1]!)];
    expect(sorted(await explorer.visibleEdgeIds())).toEqual(sorted(expected));
    await expect(explorer.tableRows).toHaveCount(graph.edges.length);
    // Each layout moves every actor (Cytoscape's own layouts key positions by id in a plain object).
    const where = async () => new Map(await Promise.all(graph.nodes.map(async (n) => [n.id, await explorer.modelPosition(n.id)] as const)));
    let before = await where();
    for (const layout of ['concentric', 'kinds', 'force'] as const) {
      await explorer.chooseLayout(LAYOUT_LABEL[layout]);
      await expect
        .poll(async () => {
          const now = await where();
          return graph.nodes.filter((n) => now.get(n.id) === null || JSON.stringify(now.get(n.id)) === JSON.stringify(before.get(n.id))).map((n) => n.id);
        }, { message: `actors that ${LAYOUT_LABEL[layout]} did not place` })
        .toEqual([]);
      before = await where();
    }
    await explorer.waitForAnalytics();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(pageProblems.console).toEqual([]);
  });
}

test('selecting the actor "constructor" shows its details, its relations and its metrics', async ({ explorer, page, pageProblems }) => {
  const { graph } = await openNamed(explorer, 'nodes');
  await explorer.search.fill('constructor');
  await explorer.searchResults.getByRole('option', { name: /^constructor/ }).click();
  await expect(explorer.detailsHeading).toHaveText('constructor');
  const own = graph.edges.filter((e) => e.source === 'constructor' || e.target === 'constructor');
  await page.getByRole('checkbox', { name: 'Only the selection’s relations' }).check();
  await expect(explorer.tableRows).toHaveCount(own.length);
  for (const row of await explorer.tableRows.all()) {
    const [source, target] = [await row.locator('td').nth(0).textContent(), await row.locator('td').nth(2).textContent()];
    expect([source, target]).toContain('constructor');
  }
  await explorer.waitForAnalytics();
  await explorer.details.getByRole('button', { name: 'Codes and metrics' }).click();
  await expect(explorer.details.getByRole('row', { name: /^Relations \(degree\)/ })).toContainText(String(own.length));
  // "__proto__" is an actor like the others: its own label, its own relations.
  await explorer.search.fill('__proto__');
  await explorer.searchResults.getByRole('option', { name: /^__proto__/ }).click();
  await expect(explorer.detailsHeading).toHaveText('__proto__');
  expect(pageProblems.console).toEqual([]);
});

test('a relation type named "toString" is a filter like any other', async ({ explorer, page }) => {
  const { graph, ids } = await openNamed(explorer, 'types');
  const type = PROTOTYPE_NAMES[2];
  // An outlet is named "toString" too: the type's box is the one among the relation types.
  await page.getByRole('region', { name: 'Relation types' }).getByRole('checkbox', { name: new RegExp(`^${type} \\d+$`) }).uncheck();
  const hidden = new Set(graph.edges.filter((e) => e.type === type).map((e) => e.id));
  expect(hidden.size).toBeGreaterThan(0);
  await expect.poll(async () => (await explorer.visibleEdgeIds()).filter((id) => hidden.has(id))).toEqual([]);
  await expect(explorer.tableRows).toHaveCount(graph.edges.length - hidden.size);
  expect(await explorer.visibleNodeIds()).toContain(HUB);
  expect(ids.types).toContain(type);
});
