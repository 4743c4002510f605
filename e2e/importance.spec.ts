import { MAX_NODE_SIZE, MIN_NODE_SIZE } from '../src/domain/importance';
import { test, expect, committedGraph } from './support/fixtures';

// Known answers for the seed graph (the analytics are unit-tested on small graphs): the
// Taliban are the hub by every measure; the Moscow Format brokers more than Russia (it joins
// the regional states to the rest) although Russia has more relations; Pakistan, whose
// neighbours all know each other, brokers nothing.
test.describe('importance', () => {
  test('the chosen metric sizes the actors, and the details list every value with its rank', async ({ explorer, page, pageProblems }) => {
    const graph = committedGraph();
    const degree = graph.edges.filter((e) => e.source === 'taliban' || e.target === 'taliban');
    const weighted = degree.reduce((n, e) => n + new Set(e.evidence.map((ev) => ev.sentenceId)).size, 0);
    await explorer.open();
    await explorer.waitForAnalytics();
    await expect(explorer.sizeBy).toHaveValue('degree');
    const size = async (id: string) => (await explorer.nodeStyle(id))!.size;
    expect(await size('russia')).toBeGreaterThan(await size('moscow-format'));
    expect(await size('pakistan')).toBeGreaterThan(MIN_NODE_SIZE);

    await explorer.sizeBy.selectOption({ label: 'Betweenness' });
    await expect.poll(() => size('pakistan')).toBe(MIN_NODE_SIZE);
    expect(await size('taliban')).toBe(MAX_NODE_SIZE);
    expect(await size('moscow-format')).toBeGreaterThan(await size('russia'));
    await expect(page.getByRole('region', { name: 'Legend' })).toContainText('size: betweenness');
    await expect(page).toHaveURL(/size=betweenness/);

    await explorer.clickNode('taliban');
    await expect(explorer.detailsHeading).toHaveText('Taliban');
    const table = explorer.details.getByRole('table', { name: /^Importance of this actor/ });
    const row = (label: string) => table.getByRole('row', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')} `) });
    await expect(row('Relations (degree)')).toHaveText(new RegExp(`^Relations \\(degree\\)\\s*${degree.length}\\s*1 of ${graph.nodes.length}$`));
    await expect(row('Evidence-weighted degree')).toContainText(`${weighted}1 of ${graph.nodes.length}`);
    await expect(row('PageRank')).toHaveText(/^PageRank\s*0\.\d{4}\s*1 of 32$/);
    await expect(row('Betweenness')).toHaveText(/^Betweenness\s*0\.\d{3}\s*1 of 32$/);

    await explorer.clickNode('pakistan');
    await expect(row('Betweenness')).toHaveText(/^Betweenness\s*0\s*\d+ of 32$/);

    // The ranking in the Analyse tab follows the chosen metric.
    await explorer.openAnalyse();
    const ranking = explorer.analyse.getByRole('region', { name: 'Most important by Betweenness' });
    const items = ranking.getByRole('listitem');
    await expect(items.nth(0)).toContainText('Taliban');
    await expect(items.nth(1)).toContainText('Moscow Format');
    await explorer.sizeBy.selectOption({ label: 'PageRank' });
    await expect(explorer.analyse.getByRole('region', { name: 'Most important by PageRank' }).getByRole('listitem').nth(1)).toContainText('Russia');
    // The metrics came from a Web Worker that the Content-Security-Policy allows.
    expect(pageProblems.csp).toEqual([]);
    expect(pageProblems.console).toEqual([]);
  });

  test('a shared link restores the size metric', async ({ explorer, page }) => {
    await explorer.open('?size=pagerank');
    await explorer.waitForAnalytics();
    await expect(explorer.sizeBy).toHaveValue('pagerank');
    await expect.poll(async () => (await explorer.nodeStyle('taliban'))!.size).toBe(MAX_NODE_SIZE);
    await expect(page.getByRole('region', { name: 'Legend' })).toContainText('size: pagerank');
  });
});
