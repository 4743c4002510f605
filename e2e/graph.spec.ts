import { mkdirSync } from 'node:fs';
import { test, expect, committedGraph, findEdge } from './support/fixtures';

test.describe('the graph canvas', () => {
  test('clicking a node shows the actor, its relations by type, and the sentences that mention it', async ({ explorer, page }) => {
    const graph = committedGraph();
    const pakistan = graph.nodes.find((n) => n.id === 'pakistan')!;
    await explorer.open();
    await explorer.clickNode('pakistan');

    await expect(explorer.detailsHeading).toHaveText('Pakistan');
    const details = explorer.details;
    await expect(details.getByText('State', { exact: true })).toBeVisible();
    await expect(details.getByRole('listitem').filter({ hasText: 'Islamabad' }).first()).toBeVisible();
    // Relations grouped by type, each row naming the other actor with direction and status.
    await expect(details.getByRole('heading', { name: /^Accusation/, level: 4 })).toBeVisible();
    const accusationRow = details
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: 'Taliban', exact: true }) })
      .filter({ hasText: 'alleged' });
    await expect(accusationRow).toContainText('from');
    // Every sentence that mentions Pakistan, with the mention marked.
    const sentences = new Set(pakistan.mentions.map((m) => m.sentenceId));
    await expect(details.getByRole('heading', { name: `Mentioned in ${sentences.size} sentences` })).toBeVisible();
    await expect(details.locator('blockquote')).toHaveCount(sentences.size);
    const marked = await details.locator('mark').allTextContents();
    expect(marked.sort()).toEqual(pakistan.mentions.map((m) => m.text!).sort());
    await expect(details.getByText(graph.documents[0]!.title).first()).toBeVisible();

    // The canvas marks the selection and dims what is not around it.
    expect(await page.evaluate(() => window.__kgExplorer!.classesOf('pakistan'))).toContain('selected');
    expect(await page.evaluate(() => window.__kgExplorer!.classesOf('russia'))).toContain('dimmed');
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/selection.png' });

    // From a row, on to the other actor.
    await accusationRow.getByRole('button', { name: 'Taliban', exact: true }).click();
    await expect(explorer.detailsHeading).toHaveText('Taliban');
  });

  test('clicking an edge shows the claim: type, direction, date words, status, speaker and quoted evidence', async ({ explorer, page }) => {
    const graph = committedGraph();
    const id = findEdge(graph, 'taliban', 'accusation', 'pakistan');
    const edge = graph.edges.find((e) => e.id === id)!;
    await explorer.open();
    await explorer.clickEdge(id);

    await expect(explorer.detailsHeading).toHaveText('Accusation');
    const facts = explorer.details.locator('dl');
    await expect(facts).toContainText('Taliban → Pakistan');
    await expect(facts).toContainText(`from “${edge.dateInfo!.text}”`);
    await expect(facts.locator('.status')).toHaveText('alleged');
    await expect(facts).toContainText('Said by');
    const quotes = await explorer.details.locator('mark.mark-quote').allTextContents();
    expect(quotes.join(' ')).toContain(edge.evidence[0]!.quote);
    expect(await page.evaluate((e) => window.__kgExplorer!.classesOf(e), id)).toContain('selected');
  });

  test('hovering a node highlights its neighbourhood and dims the rest', async ({ explorer, page }) => {
    await explorer.open();
    await explorer.hoverNode('pakistan');
    const classes = (id: string) => page.evaluate((x) => window.__kgExplorer!.classesOf(x), id);
    await expect.poll(() => classes('pakistan')).toContain('hovered');
    expect(await classes('taliban')).not.toContain('dimmed');
    expect(await classes('karen-decker')).toContain('dimmed');
    await page.mouse.move(5, 5);
    await expect.poll(() => classes('karen-decker')).not.toContain('dimmed');
  });

  test('many relations between two actors are one bundle with a count, which expands on click', async ({ explorer, page }) => {
    const graph = committedGraph();
    const members = graph.edges.filter((e) => [e.source, e.target].sort().join('|') === 'russia|taliban').map((e) => e.id);
    test.skip(members.length < 4, 'the committed graph has no pair with four or more relations');
    await explorer.open();
    const bundle = 'bundle:russia|taliban';
    expect(await explorer.visibleEdgeIds()).toContain(bundle);
    expect(await explorer.edgeMidpoint(members[0]!)).toBeNull();
    await explorer.clickEdge(bundle);
    await expect.poll(() => explorer.visibleEdgeIds()).not.toContain(bundle);
    const drawn = await explorer.visibleEdgeIds();
    for (const m of members) expect(drawn).toContain(m);
    await page.getByRole('button', { name: 'Reset layout' }).click();
    await expect.poll(() => explorer.visibleEdgeIds()).toContain(bundle);
  });
});
