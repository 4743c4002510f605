// Every tool of the explorer on a graph large enough for level of detail (the canvas draws a
// bounded projection, the tools work on the whole graph): search, details, filters, reader,
// virtualised table, time range, paths, on the generated graph of support/large-graph.ts.
import { mkdirSync } from 'node:fs';
import { edgeInRange } from '../src/domain/analytics/time';
import { edgeStatus, statusStyle } from '../src/domain/status';
import { DEFAULT_LOD_BUDGET } from '../src/domain/level-of-detail';
import { escapeRegExp } from './support/explorer-page';
import { test, expect } from './support/fixtures';
import { ACTORS, RELATIONS, between, distancesFrom, large, openLarge, quietActor } from './support/large-graph';

test.describe('a large graph (level of detail)', () => {
  test.beforeAll(() => {
    large();
  });

  test('opens whole in the tools while the canvas draws a bounded overview of the most connected actors', async ({ explorer, page, pageProblems }) => {
    const g = large();
    expect(g.graph.nodes).toHaveLength(ACTORS);
    expect(g.graph.edges).toHaveLength(RELATIONS);
    await openLarge(explorer);

    await expect(page.getByText(`${ACTORS} actors`, { exact: true })).toBeVisible();
    await expect(page.getByText(`${RELATIONS} relations`, { exact: true })).toBeVisible();
    await expect(explorer.filterSummary).toHaveText(`Showing ${ACTORS} of ${ACTORS} actors and ${RELATIONS} of ${RELATIONS} relations`);
    await expect(explorer.relationsCount).toHaveText(String(RELATIONS));

    const nodes = await explorer.visibleNodeIds();
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.length).toBeLessThanOrEqual(DEFAULT_LOD_BUDGET.maxNodes);
    // The most connected actors are in the overview, the least connected are not.
    for (const id of g.ranked.slice(0, 20)) expect(nodes).toContain(id);
    expect(nodes).not.toContain(g.ranked.at(-1));
    // Several relations between two drawn actors are drawn as one aggregated edge.
    const edges = await explorer.visibleEdgeIds();
    expect(edges.some((id) => id.startsWith('agg:'))).toBe(true);
    expect(edges.length).toBeLessThan(RELATIONS / 2);
    // The user is told the canvas draws part of the graph, and how much.
    await expect(page.locator('p', { hasText: 'Level of detail:' })).toContainText(`${nodes.length} of ${ACTORS.toLocaleString('en')} actors drawn`);
    // A merged line is never drawn solid (as fact) when one of its claims is hoped for, denied, alleged…
    const aggregates = edges.filter((id) => id.startsWith('agg:'));
    let uncertain = 0;
    for (const id of aggregates) {
      const [a, b] = id.slice(4).split('|') as [string, string];
      const members = g.graph.edges.filter((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
      const weak = members.some((e) => statusStyle(edgeStatus(e)).line !== 'solid');
      const line = await page.evaluate((edgeId) => window.__kgExplorer!.edgeLine(edgeId), id);
      if (weak) uncertain += 1;
      expect(line === 'solid', `${id} drawn ${line}`).toBe(!weak);
    }
    expect(uncertain).toBeGreaterThan(0);
    expect(pageProblems.console).toEqual([]);
  });

  test('search finds an actor the overview leaves out; choosing it shows its details with evidence and draws it', async ({ explorer }) => {
    const g = large();
    const id = quietActor(g);
    const label = g.label.get(id)!;
    await openLarge(explorer);
    expect(await explorer.visibleNodeIds()).not.toContain(id);

    await explorer.search.fill(label);
    const option = explorer.searchResults.getByRole('option', { name: new RegExp(`^${escapeRegExp(label)}\\b`) }).first();
    await expect(option).toBeVisible();
    await option.click();

    await expect(explorer.detailsHeading).toHaveText(label);
    const relations = g.graph.edges.filter((e) => e.source === id || e.target === id);
    await expect(explorer.details.getByRole('heading', { name: /^Relations \d+$/ })).toHaveText(`Relations ${relations.length}`);
    await expect(explorer.details.getByRole('button', { name: /^Evidence: / })).toHaveCount(relations.length);
    // On the canvas: drawn, selected and centred, with the actors its relations lead to.
    await expect.poll(() => explorer.classesOf(id)).toContain('selected');
    const box = (await explorer.page.locator('.graph-canvas').boundingBox())!;
    await expect
      .poll(async () => {
        const p = await explorer.nodePosition(id);
        return p ? Math.hypot(p.x - (box.x + box.width / 2), p.y - (box.y + box.height / 2)) : Infinity;
      })
      .toBeLessThan(2);
    const drawn = await explorer.visibleNodeIds();
    for (const e of relations) expect(drawn).toEqual(expect.arrayContaining([e.source, e.target]));

    // One of its relations, with the sentence it rests on and the quote marked.
    const edge = relations[0]!;
    const type = g.graph.relationTypes.find((t) => t.id === edge.type)!;
    await explorer.details.getByRole('button', { name: `Evidence: ${g.label.get(edge.source)} ${type.label} ${g.label.get(edge.target)}` }).click();
    await expect(explorer.details.getByText(`Relation · ${type.label}`)).toBeVisible();
    await expect(explorer.details.locator('blockquote mark.mark-quote').first()).toHaveText(edge.evidence[0]!.quote);
  });

  test('clicking an actor on the canvas shows its details and draws its neighbours', async ({ explorer }) => {
    const g = large();
    await openLarge(explorer);
    const drawn = new Set(await explorer.visibleNodeIds());
    // A drawn actor of middling rank: not a hub (its details stay short), some neighbours not drawn.
    const candidates = g.ranked.slice(100, DEFAULT_LOD_BUDGET.maxNodes).filter((id) => drawn.has(id) && [...g.neighbours.get(id)!].some((n) => !drawn.has(n)));
    let id: string | null = null;
    // The force layout arrives from its worker after the first draw and moves the actors once.
    await expect.poll(() => explorer.hasRememberedLayout(), { timeout: 15_000 }).toBe(true);
    await expect(async () => {
      id = await explorer.clickableNode(candidates);
      expect(id, 'an actor drawn clear of the others').not.toBeNull();
      await explorer.clickNode(id!);
      await expect(explorer.detailsHeading).toHaveText(g.label.get(id!)!, { timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
    const chosen = id!;
    await expect(explorer.details.getByRole('heading', { name: /^Relations \d+$/ })).toHaveText(`Relations ${g.degree.get(chosen)}`);
    await expect.poll(() => explorer.classesOf(chosen)).toContain('selected');
    const now = await explorer.visibleNodeIds();
    for (const n of g.neighbours.get(chosen)!) expect(now).toContain(n);
    // For the README (UPDATE_DOCS_SCREENSHOTS=1), else kept with the test results to look at.
    const dir = process.env.UPDATE_DOCS_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots/docs';
    mkdirSync(dir, { recursive: true });
    await explorer.page.mouse.move(2, 2);
    await explorer.page.screenshot({ path: `${dir}/large-graph.png` });
  });

  test('the overview settles into its force layout, which is remembered for the graph', async ({ explorer }) => {
    await openLarge(explorer);
    // The fit after the first draw must not cancel the force layout on its way from the worker.
    await expect.poll(() => explorer.hasRememberedLayout(), { timeout: 8_000 }).toBe(true);
  });

  test('hiding a relation type removes its relations from the counts, the table and the canvas', async ({ explorer }) => {
    const g = large();
    const threat = g.graph.relationTypes.find((t) => t.id === 'threat')!;
    const threats = new Set(g.graph.edges.filter((e) => e.type === 'threat').map((e) => e.id));
    const left = RELATIONS - threats.size;
    await openLarge(explorer);
    const filter = explorer.typeFilter(threat.label);
    await expect(filter).toHaveAccessibleName(`${threat.label} ${threats.size}`);
    // Before: some threats are drawn, on their own or in a pair's aggregate.
    const hasThreat = (edgeId: string): boolean => {
      if (!edgeId.startsWith('agg:')) return threats.has(edgeId);
      const [a, b] = edgeId.slice(4).split('|') as [string, string];
      return between(g, a, b).some((e) => threats.has(e.id));
    };
    expect((await explorer.visibleEdgeIds()).some(hasThreat)).toBe(true);

    await filter.uncheck();
    await expect(explorer.relationsCount).toHaveText(`${left} of ${RELATIONS}`);
    await expect(explorer.filterSummary).toContainText(`${left} of ${RELATIONS} relations`);
    expect(await explorer.tableRowCount()).toBe(left);
    await expect(explorer.table.getByRole('button', { name: new RegExp(`^${escapeRegExp(threat.label)}:`) })).toHaveCount(0);
    // On the canvas: no threat drawn; an aggregate stands only for relations still shown.
    await expect.poll(async () => (await explorer.visibleEdgeIds()).filter((e) => !e.startsWith('agg:') && threats.has(e))).toEqual([]);
    for (const edgeId of await explorer.visibleEdgeIds()) {
      if (!edgeId.startsWith('agg:')) continue;
      const [a, b] = edgeId.slice(4).split('|') as [string, string];
      expect(between(g, a, b).filter((e) => !threats.has(e.id)).length, edgeId).toBeGreaterThanOrEqual(2);
    }
    expect((await explorer.visibleNodeIds()).length).toBeLessThanOrEqual(DEFAULT_LOD_BUDGET.maxNodes);

    await filter.check();
    await expect(explorer.relationsCount).toHaveText(String(RELATIONS));
  });

  test('the article reader opens from an evidence sentence and highlights it', async ({ explorer, page }) => {
    const g = large();
    // A relation between two actors the overview leaves out, the only one between them, whose
    // sentence is not at the top of its article.
    const overview = new Set(g.ranked.slice(0, DEFAULT_LOD_BUDGET.maxNodes));
    const sentences = new Map(g.graph.sentences.map((s) => [s.id, s]));
    const edge = g.graph.edges.find(
      (e) => !overview.has(e.source) && !overview.has(e.target) && between(g, e.source, e.target).length === 1 && sentences.get(e.evidence[0]!.sentenceId)!.index >= 3,
    )!;
    const sentence = sentences.get(edge.evidence[0]!.sentenceId)!;
    const doc = g.graph.documents.find((d) => d.id === sentence.documentId)!;
    const type = g.graph.relationTypes.find((t) => t.id === edge.type)!;
    await openLarge(explorer, `&edge=${encodeURIComponent(edge.id)}`);
    await expect(explorer.details.getByText(`Relation · ${type.label}`)).toBeVisible();
    // The relation is drawn and highlighted although neither end is in the overview.
    await expect.poll(() => explorer.classesOf(edge.id)).toContain('selected');

    const card = explorer.details.locator('li.sentence-card').filter({ hasText: sentence.text });
    await expect(card.locator('mark.mark-quote')).toHaveText(edge.evidence[0]!.quote);
    await card.getByRole('button', { name: /Show in article/ }).click();

    await expect(page.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true');
    await expect(explorer.reader.getByRole('heading', { level: 2 })).toHaveText(doc.title);
    const shown = explorer.reader.locator(`[data-sentence="${sentence.id}"]`);
    await expect(shown).toHaveClass(/\bis-support\b/);
    await expect(shown.locator('mark.mark-quote')).toHaveText(edge.evidence[0]!.quote);
    await expect(shown).toBeInViewport();
  });

  test('the relations table is virtualised: few rows in the page, all counted, scrolling reaches the last', async ({ explorer }) => {
    const g = large();
    await openLarge(explorer);
    expect(await explorer.tableRowCount()).toBe(RELATIONS);
    const rendered = await explorer.renderedTableRows.count();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);
    await expect(explorer.renderedTableRows.first()).toHaveAttribute('aria-rowindex', '2');

    // Sorted by source: the last row names the source that sorts last.
    const lastSource = g.graph.edges.map((e) => g.label.get(e.source)!).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)).at(-1)!;
    await explorer.tableScroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    const last = explorer.table.locator(`tbody tr[aria-rowindex="${RELATIONS + 1}"]`);
    await expect(last).toBeInViewport();
    await expect(last.getByRole('cell').first()).toHaveText(lastSource);
    expect(await explorer.renderedTableRows.count()).toBeLessThan(100);
  });

  test('choosing a relation elsewhere scrolls its row of the virtualised table into view', async ({ explorer }) => {
    const g = large();
    // A relation about a third of the way down the table (sorted by source).
    const edge = g.graph.edges.find((e) => g.label.get(e.source)!.toLowerCase().startsWith('m'))!;
    await openLarge(explorer, `&edge=${encodeURIComponent(edge.id)}`);
    await expect(explorer.details.getByText(`Relation · ${g.graph.relationTypes.find((t) => t.id === edge.type)!.label}`)).toBeVisible();
    const row = explorer.table.locator('tbody tr[aria-current="true"]');
    await expect(row.getByRole('cell').first()).toHaveText(g.label.get(edge.source)!);
    // The scroll follows one frame after the selection.
    await expect(row).toBeInViewport({ ratio: 1, timeout: 5_000 });
    const header = (await explorer.table.locator('thead').boundingBox())!;
    expect((await row.boundingBox())!.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
  });

  test('a time range narrows the table and the canvas to the relations of those years', async ({ explorer }) => {
    const g = large();
    const inRange = g.graph.edges.filter((e) => edgeInRange(e, { from: 2010, to: 2012 }));
    const dated = inRange.filter((e) => e.date);
    const outside = new Set(g.graph.edges.filter((e) => !edgeInRange(e, { from: 2010, to: 2012 })).map((e) => e.id));
    await openLarge(explorer);
    expect((await explorer.visibleEdgeIds()).some((id) => outside.has(id))).toBe(true);

    // The handles move by months (year × 12 + month − 1): January 2010 to December 2012.
    await explorer.fromHandle.fill(String(2010 * 12));
    await explorer.toHandle.fill(String(2012 * 12 + 11));
    await expect(explorer.timeline).toContainText('2010 – 2012');
    await expect(explorer.relationsCount).toHaveText(`${inRange.length} of ${RELATIONS}`);
    await expect.poll(async () => (await explorer.visibleEdgeIds()).filter((id) => outside.has(id))).toEqual([]);

    await explorer.timeline.getByRole('checkbox', { name: /^Show \d+ undated$/ }).uncheck();
    await expect(explorer.relationsCount).toHaveText(`${dated.length} of ${RELATIONS}`);
    expect(await explorer.tableRowCount()).toBe(dated.length);
    // Every row listed now carries a date.
    await expect(explorer.renderedTableRows.locator('td.date-cell').filter({ hasText: /^$/ })).toHaveCount(0);
  });

  test('the path tool links two actors the overview leaves out, hop by hop with evidence, and draws the path', async ({ explorer }) => {
    const g = large();
    const from = quietActor(g);
    const dist = distancesFrom(g, from);
    // The quietest actor at least three hops away.
    const to = [...g.ranked].reverse().find((id) => (dist.get(id) ?? 0) >= 3)!;
    const hops = dist.get(to)!;
    await openLarge(explorer);
    const before = await explorer.visibleNodeIds();
    expect(before).not.toContain(from);
    expect(before).not.toContain(to);

    await explorer.openAnalyse();
    await explorer.pickActor('From actor', g.label.get(from)!);
    await explorer.pickActor('To actor', g.label.get(to)!);
    await expect(explorer.analyse.getByRole('combobox', { name: 'From actor', exact: true })).toHaveValue(g.label.get(from)!);
    await expect(explorer.analyse.getByRole('combobox', { name: 'To actor', exact: true })).toHaveValue(g.label.get(to)!);
    await explorer.analyse.getByRole('button', { name: 'Find paths' }).click();

    await expect(explorer.analyse.getByRole('status').filter({ hasText: 'shortest path' })).toHaveText(
      new RegExp(`^(One shortest path|\\d+ shortest paths) of ${hops} hops(; the first \\d+ are listed)?\\.$`),
    );
    const path = explorer.analyse.getByRole('region', { name: /^Path 1: / });
    const names = ((await path.getAttribute('aria-label')) ?? '').replace(/^Path 1: /, '').split(' → ');
    expect(names).toHaveLength(hops + 1);
    expect(names[0]).toBe(g.label.get(from));
    expect(names.at(-1)).toBe(g.label.get(to));
    const byLabel = new Map(g.graph.nodes.map((n) => [n.label, n.id]));
    const ids = names.map((n) => byLabel.get(n)!);
    const items = path.locator('ol.hops > li');
    await expect(items).toHaveCount(hops);
    const sentences = new Map(g.graph.sentences.map((s) => [s.id, s.text]));
    for (let i = 0; i < hops; i++) {
      // Each hop is a real relation between its two actors, shown with a sentence it rests on.
      const links = between(g, ids[i]!, ids[i + 1]!);
      expect(links.length, `${names[i]} – ${names[i + 1]}`).toBeGreaterThan(0);
      const quoted = await items.nth(i).locator('blockquote').first().textContent();
      expect(links.map((e) => sentences.get(e.evidence[0]!.sentenceId))).toContain(quoted);
    }
    // On the canvas: every actor of the path is drawn and marked.
    for (const id of ids) await expect.poll(() => explorer.classesOf(id), id).toContain('on-path');
  });
});
