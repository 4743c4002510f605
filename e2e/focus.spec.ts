import { neighbourhood } from '../src/domain/analytics/focus';
import { test, expect, committedGraph } from './support/fixtures';

const sorted = (ids: Iterable<string>) => [...ids].sort();

test.describe('focus on a neighbourhood', () => {
  test('depth 1, 2 and 3 around an actor, a hidden neighbour brought in, and the way back', async ({ explorer, page }) => {
    const graph = committedGraph();
    const around = (depth: 1 | 2 | 3) => sorted(neighbourhood(graph, 'pakistan', depth));
    await explorer.open('?node=pakistan');
    const before = await explorer.modelPosition('taliban');
    await explorer.details.getByRole('button', { name: 'Focus on its neighbourhood' }).click();

    await expect.poll(() => explorer.visibleNodeIds()).toEqual(around(1));
    await expect(page.getByText(/^Focus: Pakistan and \d+ actors? within 1 step/)).toBeVisible();
    // Only the relations among the shown actors, in the graph and in the table.
    const shown = new Set(around(1));
    const inside = graph.edges.filter((e) => shown.has(e.source) && shown.has(e.target));
    await expect(explorer.tableRows).toHaveCount(inside.length);
    // Focusing hides; it does not move anyone.
    expect(await explorer.modelPosition('taliban')).toEqual(before);
    await expect(page).toHaveURL(/focus=pakistan/);

    await explorer.openAnalyse();
    const focus = explorer.analyse.getByRole('region', { name: 'Focus' });
    await focus.getByRole('radio', { name: '2' }).check();
    await expect.poll(() => explorer.visibleNodeIds()).toEqual(around(2));
    await focus.getByRole('radio', { name: '3' }).check();
    await expect.poll(() => explorer.visibleNodeIds()).toEqual(around(3));
    await focus.getByRole('radio', { name: '1' }).check();
    await expect.poll(() => explorer.visibleNodeIds()).toEqual(around(1));

    // Bring in the Moscow Format's other participants.
    await explorer.clickNode('moscow-format');
    const extra = sorted(neighbourhood(graph, 'moscow-format', 1)).filter((id) => !shown.has(id));
    expect(extra.length).toBeGreaterThan(0);
    await focus.getByRole('button', { name: `Show ${extra.length} hidden neighbours of Moscow Format` }).click();
    await expect.poll(() => explorer.visibleNodeIds()).toEqual(sorted([...shown, ...extra]));
    await expect(page).toHaveURL(/expand=/);

    // Back: the browser's Back button undoes the expansion, the banner's button the focus.
    await page.goBack();
    await expect.poll(() => explorer.visibleNodeIds()).toEqual(around(1));
    await page.getByRole('button', { name: 'Show the whole graph' }).first().click();
    await expect.poll(() => explorer.visibleNodeIds()).toHaveLength(graph.nodes.length);
    await expect(explorer.tableRows).toHaveCount(graph.edges.length);
  });

  test('a double click on an actor brings in its hidden neighbours', async ({ explorer, page }) => {
    const graph = committedGraph();
    await explorer.open('?focus=uae');
    await expect.poll(() => explorer.visibleNodeIds()).toEqual(sorted(neighbourhood(graph, 'uae', 1)));
    const p = (await explorer.nodePosition('taliban'))!;
    await page.mouse.dblclick(p.x, p.y);
    const expected = sorted(new Set([...neighbourhood(graph, 'uae', 1), ...neighbourhood(graph, 'taliban', 1)]));
    await expect.poll(() => explorer.visibleNodeIds()).toEqual(expected);
  });
});
