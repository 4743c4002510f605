import { detectCommunities } from '../src/domain/analytics/communities';
import { groupColour } from '../src/domain/importance';
import { kindStyle } from '../src/domain/kinds';
import { test, expect, committedGraph } from './support/fixtures';

test.describe('groups (communities)', () => {
  test('kind colours by default; group colours with their own legend, the same after a reload', async ({ explorer, page }) => {
    const graph = committedGraph();
    const { communities, sizes } = detectCommunities(graph, { seed: 1 });
    await explorer.open();
    await explorer.waitForAnalytics();
    await expect(explorer.colourBy).toHaveValue('kind');
    expect((await explorer.nodeStyle('russia'))!.fill).toBe(kindStyle('state').fill);

    await explorer.colourBy.selectOption({ label: 'Group (community)' });
    for (const n of graph.nodes) {
      await expect.poll(async () => (await explorer.nodeStyle(n.id))!.fill, n.id).toBe(groupColour(communities[n.id]).fill);
    }
    const legend = page.getByRole('list', { name: 'Groups' });
    await expect(legend.getByRole('listitem')).toHaveCount(Math.min(sizes.length, 13));
    await expect(legend.getByRole('listitem').first()).toContainText(`Group 1 · ${sizes[0]} actors`);
    await expect(page).toHaveURL(/colour=community/);

    const fills = await Promise.all(graph.nodes.map(async (n) => (await explorer.nodeStyle(n.id))!.fill));
    await page.reload();
    await explorer.waitUntilDrawn();
    await explorer.waitForAnalytics();
    await expect.poll(() => Promise.all(graph.nodes.map(async (n) => (await explorer.nodeStyle(n.id))!.fill))).toEqual(fills);

    await explorer.colourBy.selectOption({ label: 'Actor kind' });
    await expect.poll(async () => (await explorer.nodeStyle('russia'))!.fill).toBe(kindStyle('state').fill);
    await expect(legend).toHaveCount(0);
  });
});
