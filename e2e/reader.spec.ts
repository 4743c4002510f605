import { test, expect, committedGraph, findEdge } from './support/fixtures';

test.describe('article reader', () => {
  test('highlights and scrolls to the sentences that support the selection', async ({ explorer, page }) => {
    const graph = committedGraph();
    const id = findEdge(graph, 'united-states', 'opposition', 'moscow-format');
    const edge = graph.edges.find((e) => e.id === id)!;
    await explorer.open(`?edge=${encodeURIComponent(id)}`);
    await expect(explorer.detailsHeading).toHaveText('The United States opposed Moscow Format');
    await expect(explorer.details.getByText(`Relation · ${graph.relationTypes.find((t) => t.id === edge.type)!.label}`)).toBeVisible();
    await explorer.details.getByRole('button', { name: /Show in article/ }).first().click();

    await expect(page.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true');
    const reader = explorer.reader;
    await expect(reader.getByRole('heading', { level: 2 })).toHaveText(graph.documents[0]!.title);
    const supporting = reader.locator('.sentence.is-support');
    await expect(supporting).toHaveCount(new Set(edge.evidence.map((e) => e.sentenceId)).size);
    await expect(supporting.first()).toBeInViewport();
    await expect(supporting.first().locator('mark.mark-quote')).toHaveText(edge.evidence[0]!.quote);
    // The dateline is metadata, not article text.
    await expect(reader.locator('.reader-body')).not.toContainText('date 2024');
  });

  test('clicking a sentence shows the relations it supports and highlights them in the graph', async ({ explorer, page }) => {
    const graph = committedGraph();
    const id = findEdge(graph, 'taliban', 'accusation', 'pakistan');
    const sentenceId = graph.edges.find((e) => e.id === id)!.evidence[0]!.sentenceId;
    const supported = graph.edges.filter((e) => e.evidence.some((ev) => ev.sentenceId === sentenceId));
    await explorer.open('?panel=reader');
    const sentence = explorer.reader.locator(`[data-sentence="${sentenceId}"]`);
    await sentence.click();
    await expect(sentence).toHaveAttribute('aria-pressed', 'true');
    const box = explorer.reader.getByRole('region', { name: /supports \d+ relation/ });
    await expect(box).toContainText(`supports ${supported.length} relation`);
    await expect(box.getByRole('button')).toHaveCount(supported.length);
    for (const e of supported) expect(await page.evaluate((x) => window.__kgExplorer!.classesOf(x), e.id)).toContain('selected');
    await expect(explorer.table.locator('tr.is-related')).toHaveCount(supported.length);

    await box.getByRole('button').filter({ hasText: 'Accusation' }).filter({ hasText: 'Pakistan' }).click();
    await expect(explorer.detailsHeading).toHaveText('The Taliban accused Pakistan');
  });
});
