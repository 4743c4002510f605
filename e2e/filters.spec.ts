import { test, expect, committedGraph } from './support/fixtures';

test.describe('filters', () => {
  test('switching a relation type off changes the graph and the table, and moves no node', async ({ explorer }) => {
    const graph = committedGraph();
    const affiliation = graph.relationTypes.find((t) => t.id === 'affiliation')!;
    const count = graph.edges.filter((e) => e.type === 'affiliation').length;
    // Undated relations shown (hidden by default), so that each type has relations to switch off.
    await explorer.open('?undated=show');
    const before = await explorer.nodePosition('russia');
    const filter = explorer.typeFilter(affiliation.label);
    await expect(filter).toHaveAccessibleName(`${affiliation.label} ${count}`);

    await filter.uncheck();
    await expect(explorer.tableRows).toHaveCount(graph.edges.length - count);
    await expect(explorer.table.getByRole('button', { name: new RegExp(`^${affiliation.label}:`) })).toHaveCount(0);
    const drawn = await explorer.visibleEdgeIds();
    for (const e of graph.edges.filter((x) => x.type === 'affiliation')) expect(drawn).not.toContain(e.id);
    expect(await explorer.nodePosition('russia')).toEqual(before);

    await filter.check();
    await expect(explorer.tableRows).toHaveCount(graph.edges.length);
  });

  test('"only" shows a single type; "all" brings every type back', async ({ explorer, page }) => {
    const graph = committedGraph();
    const accusations = graph.edges.filter((e) => e.type === 'accusation');
    // Undated relations shown (hidden by default), so that each type has relations to switch off.
    await explorer.open('?undated=show');
    await explorer.typeFilter('Accusation').hover();
    await page.getByRole('button', { name: 'Show only Accusation' }).click();
    await expect(explorer.tableRows).toHaveCount(accusations.length);
    for (const t of graph.relationTypes) {
      if (t.id === 'accusation') await expect(explorer.typeFilter(t.label)).toBeChecked();
      else await expect(explorer.typeFilter(t.label)).not.toBeChecked();
    }
    expect((await explorer.visibleEdgeIds()).sort()).toEqual(accusations.map((e) => e.id).sort());

    // Hide actors left without a visible relation.
    await page.getByRole('checkbox', { name: 'Hide actors without visible relations' }).check();
    const ends = new Set(accusations.flatMap((e) => [e.source, e.target]));
    expect((await explorer.visibleNodeIds()).sort()).toEqual([...ends].sort());

    await page.getByRole('button', { name: 'Show all relation types' }).click();
    await expect(explorer.tableRows).toHaveCount(graph.edges.length);
  });

  test('polarity and actor kinds filter the relations and the actors', async ({ explorer, page }) => {
    const graph = committedGraph();
    const conflictTypes = new Set(graph.relationTypes.filter((t) => t.polarity === 'conflict').map((t) => t.id));
    const persons = graph.nodes.filter((n) => n.kind === 'person').map((n) => n.id);
    // Undated relations shown (hidden by default), so that each type has relations to switch off.
    await explorer.open('?undated=show');

    await page.getByRole('checkbox', { name: /^Conflict \d+$/ }).uncheck();
    await expect(explorer.tableRows).toHaveCount(graph.edges.filter((e) => !conflictTypes.has(e.type)).length);

    await page.getByRole('checkbox', { name: /^Person \d+$/ }).uncheck();
    const nodes = await explorer.visibleNodeIds();
    for (const p of persons) expect(nodes).not.toContain(p);
    // No row has a person as source or target (a person may still be named as the speaker).
    await expect(explorer.tableRows.filter({ has: page.getByRole('cell', { name: 'Sergey Lavrov', exact: true }) })).toHaveCount(0);
  });
});
