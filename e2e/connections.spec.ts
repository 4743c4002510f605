import type { Locator } from '@playwright/test';
import { test, expect, committedGraph, findEdge } from './support/fixtures';

type Graph = ReturnType<typeof committedGraph>;

/** The first evidence sentence of a relation, as the hop list shows it. */
function evidenceSentence(graph: Graph, edgeId: string): string {
  const edge = graph.edges.find((e) => e.id === edgeId)!;
  return graph.sentences.find((s) => s.id === edge.evidence[0]!.sentenceId)!.text;
}

/**
 * The relations a hop from one actor to the next lists, in the graph's order: those from `from`
 * to `to`, and the other way round when direction is ignored (or the type has no direction).
 */
function hopRelations(graph: Graph, from: string, to: string, mode: 'directed' | 'any'): Graph['edges'] {
  const directed = new Map(graph.relationTypes.map((t) => [t.id, t.directed !== false]));
  return graph.edges.filter(
    (e) => (e.source === from && e.target === to) || (e.source === to && e.target === from && (mode === 'any' || !directed.get(e.type))),
  );
}

/** Checks that a hop lists exactly these relations, each with its type, ends and evidence sentence. */
async function expectHop(hop: Locator, graph: Graph, relations: Graph['edges']): Promise<void> {
  const label = (id: string) => graph.nodes.find((n) => n.id === id)!.label;
  const items = hop.getByRole('listitem');
  await expect(items).toHaveCount(relations.length);
  for (const [i, edge] of relations.entries()) {
    const type = graph.relationTypes.find((t) => t.id === edge.type)!;
    await expect(items.nth(i), edge.id).toContainText(`${type.label} ${label(edge.source)} → ${label(edge.target)}`);
    await expect(items.nth(i).getByRole('blockquote'), edge.id).toHaveText(evidenceSentence(graph, edge.id));
  }
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
    // Hop 1: every claim of the United States about the Taliban (opposition and appeal among
    // them), each with its sentence.
    await expect(hops.nth(0).locator('.hop-ends')).toHaveText(/United States\s*→\s*to\s*Taliban/);
    const first = hopRelations(graph, 'united-states', 'taliban', 'directed');
    expect(first.map((e) => e.id)).toEqual(expect.arrayContaining([opposition, appeal]));
    await expectHop(hops.nth(0), graph, first);
    // Hop 2: what the Taliban did to Pakistan, their accusation among it, shown as alleged;
    // Pakistan's denial runs against the arrows and is left out.
    const second = hopRelations(graph, 'taliban', 'pakistan', 'directed');
    expect(second.map((e) => e.id)).toContain(accusation);
    await expectHop(hops.nth(1), graph, second);
    await expect(hops.nth(1).getByRole('listitem').filter({ hasText: 'Accusation' })).toContainText('alleged');
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
    const eitherWay = hopRelations(graph, 'taliban', 'pakistan', 'any');
    expect(eitherWay.map((e) => e.id)).toContain(denial);
    await expectHop(viaTaliban.locator('ol.hops > li').nth(1), graph, eitherWay);
    await expect(explorer.analyse.getByRole('region', { name: 'Path 2: United States → Moscow Format → Pakistan' })).toBeVisible();
    expect(await explorer.classesOf(denial)).toContain('on-path');

    // A shared link restores the question and its answer (once the address holds it).
    await expect(page).not.toHaveURL(/path-mode=directed/);
    await expect(page).toHaveURL(/path-from=united-states&path-to=pakistan/);
    await page.reload();
    await explorer.waitUntilDrawn();
    expect(await explorer.classesOf(denial)).toContain('on-path');
    await explorer.openAnalyse();
    await expect(explorer.analyse.getByRole('combobox', { name: 'From actor' })).toHaveValue('United States');
    await expect(explorer.analyse.getByRole('region', { name: /^Path 2:/ })).toBeVisible();

    // Choosing a hop's evidence opens the relation.
    await explorer.analyse.getByRole('button', { name: 'Evidence of Denial: Pakistan → Taliban' }).click();
    await expect(explorer.detailsHeading).toHaveText('Pakistan denied the charges of the Taliban');

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
