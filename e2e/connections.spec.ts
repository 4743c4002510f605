import { test, expect, committedGraph, findEdge } from './support/fixtures';

/** The first evidence sentence of a relation, as the hop list shows it. */
function evidenceSentence(edgeId: string): string {
  const graph = committedGraph();
  const edge = graph.edges.find((e) => e.id === edgeId)!;
  return graph.sentences.find((s) => s.id === edge.evidence[0]!.sentenceId)!.text;
}

test.describe('connections: how is A connected to B?', () => {
  test('United States to Pakistan along the arrows, hop by hop with types and evidence, highlighted on the graph', async ({ explorer, page }) => {
    const graph = committedGraph();
    const opposition = findEdge(graph, 'united-states', 'opposition', 'taliban');
    const appeal = findEdge(graph, 'united-states', 'appeal', 'taliban');
    const accusation = findEdge(graph, 'taliban', 'accusation', 'pakistan');
    const denial = findEdge(graph, 'pakistan', 'denial', 'taliban');
    await explorer.open();
    await explorer.openAnalyse();
    await explorer.pickActor('From actor', 'United States');
    await explorer.pickActor('To actor', 'Pakistan');
    await explorer.analyse.getByRole('radio', { name: 'Follow the arrows' }).check();
    await explorer.analyse.getByRole('button', { name: 'Find paths' }).click();

    await expect(explorer.analyse.getByRole('status').filter({ hasText: 'shortest path' })).toHaveText('One shortest path of 2 hops.');
    const path = explorer.analyse.getByRole('region', { name: 'Path 1: United States → Taliban → Pakistan' });
    const hops = path.locator('ol.hops > li');
    await expect(hops).toHaveCount(2);
    // Hop 1: both claims of the United States about the Taliban, each with its sentence.
    await expect(hops.nth(0).locator('.hop-ends')).toHaveText(/United States\s*→\s*to\s*Taliban/);
    await expect(hops.nth(0)).toContainText('Opposition / rejection');
    await expect(hops.nth(0)).toContainText('Request / appeal');
    await expect(hops.nth(0).locator('blockquote').first()).toHaveText(evidenceSentence(opposition));
    // Hop 2: the Taliban's accusation of Pakistan; Pakistan's denial runs against the arrows.
    await expect(hops.nth(1)).toContainText('Accusation');
    await expect(hops.nth(1)).toContainText('alleged');
    await expect(hops.nth(1).locator('blockquote')).toHaveText(evidenceSentence(accusation));
    await expect(hops.nth(1)).not.toContainText('Denial');

    // On the canvas: the path stands out, the rest is dimmed.
    for (const id of ['united-states', 'taliban', 'pakistan', opposition, appeal, accusation]) expect(await explorer.classesOf(id), id).toContain('on-path');
    expect(await explorer.classesOf(denial)).not.toContain('on-path');
    expect(await explorer.classesOf('russia')).toContain('dimmed');
    await expect(page).toHaveURL(/path-from=united-states&path-to=pakistan&path-mode=directed/);

    // Ignoring direction, Pakistan's denial joins the second hop and a path through the Moscow Format appears.
    await explorer.analyse.getByRole('radio', { name: 'Any direction' }).check();
    await expect(explorer.analyse.getByRole('status').filter({ hasText: 'shortest path' })).toHaveText('2 shortest paths of 2 hops.');
    const viaTaliban = explorer.analyse.getByRole('region', { name: 'Path 1: United States → Taliban → Pakistan' });
    await expect(viaTaliban.locator('ol.hops > li').nth(1)).toContainText('Denial');
    await expect(explorer.analyse.getByRole('region', { name: 'Path 2: United States → Moscow Format → Pakistan' })).toBeVisible();
    expect(await explorer.classesOf(denial)).toContain('on-path');

    // A shared link restores the question and its answer.
    await page.reload();
    await explorer.waitUntilDrawn();
    expect(await explorer.classesOf(denial)).toContain('on-path');
    await explorer.openAnalyse();
    await expect(explorer.analyse.getByRole('combobox', { name: 'From actor' })).toHaveValue('United States');
    await expect(explorer.analyse.getByRole('region', { name: /^Path 2:/ })).toBeVisible();

    // Choosing a hop's evidence opens the relation.
    await explorer.analyse.getByRole('button', { name: 'Evidence of Denial: Pakistan → Taliban' }).click();
    await expect(explorer.detailsHeading).toHaveText('Denial');

    await page.getByRole('button', { name: 'Clear the path' }).click();
    expect(await explorer.classesOf('taliban')).not.toContain('on-path');
  });

  test('says clearly when there is no path, and why', async ({ explorer, page }) => {
    await explorer.open('?path-from=pakistan&path-to=united-states&path-mode=directed&panel=analyse');
    await expect(explorer.analyse.getByRole('status').filter({ hasText: 'No path' })).toHaveText(
      'No path follows the direction of the relations from Pakistan to United States; ignoring direction, there is one.',
    );
    await expect(page.getByText('Path: Pakistan → United States · no path shown')).toBeVisible();

    // Karen Decker's only relation is an affiliation: hide that type and she is cut off.
    await explorer.open('?path-from=karen-decker&path-to=islamic-state&hide-type=affiliation&panel=analyse');
    await expect(explorer.analyse.getByRole('status').filter({ hasText: 'No path' })).toHaveText(
      'No path links Karen Decker and Islamic State over the relations shown; one exists through relations that are hidden by the current filters.',
    );
    await explorer.typeFilter('Affiliation').check();
    await expect(explorer.analyse.getByRole('status').filter({ hasText: 'shortest path' })).toBeVisible();
  });
});
