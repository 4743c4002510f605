// Machine drafts (suggested relations, proposed actors) never look like reviewed claims: on the
// canvas, in the legend, the details, the table and the filters; "Reviewed only" hides them.
import { mkdirSync } from 'node:fs';
import { PROPOSED_ACTOR, SUGGESTED_EDGE, SUGGESTED_FROM_PROPOSED, SUGGESTED_IN_BUNDLE, SUGGESTED_RULE, reviewGraph } from '../src/domain/__fixtures__/review-graph';
import { test, expect, committedGraph, smallGraph } from './support/fixtures';
import type { ExplorerPage } from './support/explorer-page';

const GRAPH_PATH = '/graphs/review.json';
const DRAFTS = [SUGGESTED_EDGE, SUGGESTED_IN_BUNDLE, SUGGESTED_FROM_PROPOSED];
/** Russia and the Taliban: three reviewed relations and one draft, drawn as one merged line. */
const BUNDLE = 'bundle:russia|taliban';

function reviewMark(explorer: ExplorerPage, id: string): Promise<string | null> {
  return explorer.page.evaluate((x) => window.__kgExplorer!.reviewMark(x), id);
}

test.describe('review state', () => {
  const graph = reviewGraph(smallGraph());
  const reviewedCount = graph.edges.length - DRAFTS.length;

  test.beforeEach(async ({ explorer }) => {
    await explorer.serveGraph(GRAPH_PATH, graph);
  });

  test('the legend, the canvas, the table and the details keep drafts apart from reviewed claims', async ({ explorer, page }) => {
    await explorer.open(`?graph=${GRAPH_PATH}`);

    const legend = page.getByRole('region', { name: 'Legend' }).getByRole('list', { name: 'Review' });
    await expect(legend).toContainText('reviewed — checked by a person');
    await expect(legend).toContainText('suggested — machine draft, not reviewed');
    await expect(legend).toContainText('proposed actor — not in the registry');

    // The canvas: drafts, the merged line holding one, and the proposed actor are marked; the rest not.
    expect(await reviewMark(explorer, SUGGESTED_EDGE)).toBe('suggested');
    expect(await reviewMark(explorer, SUGGESTED_FROM_PROPOSED)).toBe('suggested');
    expect(await explorer.visibleEdgeIds()).toContain(BUNDLE);
    expect(await reviewMark(explorer, BUNDLE)).toBe('suggested');
    expect(await reviewMark(explorer, PROPOSED_ACTOR)).toBe('proposed');
    expect(await reviewMark(explorer, 'fx-b#r01')).toBe('reviewed');
    expect(await reviewMark(explorer, 'china')).toBe('reviewed');
    // The status dashes stay: a planned draft is still drawn dashed.
    expect(await page.evaluate((id) => window.__kgExplorer!.edgeLine(id), SUGGESTED_FROM_PROPOSED)).toBe('dashed');

    // Honest counts: reviewed, then "+N suggested".
    await expect(page.getByRole('checkbox', { name: /^Recognition step/ })).toHaveAccessibleName('Recognition step 0 +1 suggested');
    await expect(page.getByRole('checkbox', { name: /^Agency/ })).toHaveAccessibleName('Agency 0 +1 proposed');

    // The table: a Review column.
    const draftButton = page.getByRole('button', { name: 'Recognition step: China → Taliban' });
    const draftRow = explorer.tableRows.filter({ has: draftButton });
    await expect(explorer.table.getByRole('columnheader', { name: /^Review/ })).toBeVisible();
    await expect(draftRow.getByRole('cell').nth(5)).toHaveText(/^suggested.*0\.72$/);
    await expect(explorer.tableRows.filter({ hasText: 'Lavrov' }).first().getByRole('cell').nth(5)).toHaveText('reviewed');

    // The details of a draft: the badge with its rule and confidence.
    await draftButton.click();
    await expect(explorer.details.getByText('Relation · Recognition step')).toBeVisible();
    const notice = explorer.details.getByRole('note', { name: 'Review state' });
    await expect(notice).toContainText('Suggested — machine draft, not reviewed');
    await expect(notice).toContainText(`rule: ${SUGGESTED_RULE} · confidence 0.72`);
    await expect(page).toHaveURL(/edge=fx-b%23d01/);
    // Canvas, legend and details in one picture: the sidebar scrolled to the legend's Review part.
    await legend.scrollIntoViewIfNeeded();
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/review-state.png' });

    // A proposed actor says so; a reviewed relation has no notice.
    await explorer.table.getByRole('button', { name: 'Removal from list: National security agencies → Taliban' }).click();
    await expect(explorer.details.getByRole('note', { name: 'Review state' })).toContainText('rule: delisting: … touches on … delisting · confidence 0.58');
    await explorer.details.getByRole('button', { name: 'National security agencies' }).first().click();
    await expect(explorer.detailsHeading).toHaveText('National security agencies');
    await expect(explorer.details.getByRole('note', { name: 'Registry state' })).toContainText('Proposed actor — not in the registry');
    await expect(explorer.details.getByText('1 mention was found by a machine draft and not reviewed.')).toBeVisible();
    await explorer.table.getByRole('button', { name: 'Accusation: Taliban → Pakistan' }).click();
    await expect(explorer.details.getByText('Relation · Accusation')).toBeVisible();
    await expect(explorer.details.getByRole('note')).toHaveCount(0);
  });

  test('"Reviewed only" removes drafts from the table and the canvas, and survives a reload', async ({ explorer, page }) => {
    await explorer.open(`?graph=${GRAPH_PATH}`);
    await expect(explorer.tableRows).toHaveCount(graph.edges.length);
    const reviewedOnly = page.getByRole('checkbox', { name: 'Reviewed only' });
    await expect(reviewedOnly).not.toBeChecked();
    await expect(page.getByText('Hides 3 suggested relations and 1 proposed actor: machine drafts nobody has reviewed yet.')).toBeVisible();

    await reviewedOnly.check();
    await expect(page).toHaveURL(/suggested=hide/);
    const check = async (): Promise<void> => {
      await expect(explorer.tableRows).toHaveCount(reviewedCount);
      await expect(explorer.table.getByText('suggested')).toHaveCount(0);
      // The canvas follows the table within a frame or two: its checks wait for it.
      for (const id of DRAFTS) await expect.poll(() => explorer.visibleEdgeIds()).not.toContain(id);
      // Three relations left between Russia and the Taliban: drawn one by one, the merged line gone.
      await expect.poll(() => explorer.visibleEdgeIds()).not.toContain(BUNDLE);
      await expect.poll(() => explorer.visibleEdgeIds()).toContain('fx-a#r01');
      await expect.poll(() => explorer.visibleNodeIds()).not.toContain(PROPOSED_ACTOR);
      // Counts follow: no "+1" while drafts are hidden.
      await expect(page.getByRole('checkbox', { name: /^Recognition step/ })).toHaveAccessibleName('Recognition step 0');
    };
    await check();
    // China's only relation is a draft: it stays until actors without visible relations are hidden.
    expect(await explorer.visibleNodeIds()).toContain('china');
    await page.getByRole('checkbox', { name: 'Hide actors without visible relations' }).check();
    await expect.poll(() => explorer.visibleNodeIds()).not.toContain('china');
    // The address holds the view (written a frame after the change) before the page reloads.
    await expect(page).toHaveURL(/isolated=hide/);

    await page.reload();
    await explorer.waitUntilDrawn();
    await expect(page.getByRole('checkbox', { name: 'Reviewed only' })).toBeChecked();
    await check();
    await expect.poll(() => explorer.visibleNodeIds()).not.toContain('china');

    await page.getByRole('checkbox', { name: 'Reviewed only' }).uncheck();
    await expect(explorer.tableRows).toHaveCount(graph.edges.length);
    await expect(page).not.toHaveURL(/suggested=hide/);
  });

  test('the committed graph shows no draft marks', async ({ explorer, page }) => {
    const committed = committedGraph();
    await explorer.open();
    await expect(page.getByRole('checkbox', { name: 'Reviewed only' })).not.toBeChecked();
    await expect(page.getByText('Every relation and actor of this graph is reviewed.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Legend' }).getByRole('list', { name: 'Review' })).toHaveCount(0);
    await expect(explorer.table.getByRole('columnheader', { name: /^Review/ })).toHaveCount(0);
    const marks = await page.evaluate(
      (ids) => ids.map((id) => window.__kgExplorer!.reviewMark(id)).filter((m) => m !== 'reviewed'),
      [...committed.nodes.map((n) => n.id), ...committed.edges.map((e) => e.id)],
    );
    expect(marks).toEqual([]);
    for (const row of [0, 1, 2]) {
      await explorer.tableRows.nth(row).getByRole('button').click();
      await expect(explorer.details.getByRole('note')).toHaveCount(0);
    }
    await expect(page.getByText(/Suggested — machine draft|Proposed actor —/)).toHaveCount(0);
    await expect(page.getByText('suggested', { exact: true })).toHaveCount(0);
  });
});
