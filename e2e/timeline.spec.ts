import { edgeInRange } from '../src/domain/analytics/time';
import { test, expect, committedGraph, findEdge } from './support/fixtures';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The latest day, month or year a relation starts at, in the timeline's words: "Dec 2024" (or "2024"). */
function latestStart(graph: ReturnType<typeof committedGraph>): { year: string; label: string } {
  const starts = graph.edges.map((e) => e.date?.split('/')[0] ?? '').filter((d) => /^\d{4}/.test(d));
  const latest = starts.reduce((a, b) => (b.localeCompare(a) > 0 ? b : a));
  const [year, month] = latest.split('-');
  return { year: year!, label: month ? `${MONTHS[Number(month) - 1]} ${year}` : year! };
}

test.describe('timeline', () => {
  test('runs from 1979 to the latest dated relation; a range hides a known relation and shows it again', async ({ explorer, page }) => {
    const graph = committedGraph();
    const latest = latestStart(graph);
    const soviet = findEdge(graph, 'soviet-army', 'intervention', 'afghanistan'); // 1979
    // Russia's listings of the Taliban: "since 2003" (open-ended), and maybe others dated or not.
    const listings = graph.edges.filter((e) => e.source === 'russia' && e.type === 'listing' && e.target === 'taliban');
    const since2003 = listings.filter((e) => e.date === '2003/..');
    expect(since2003.length).toBeGreaterThan(0);
    const listingRows = explorer.tableRows.filter({ has: page.getByRole('button', { name: 'Placement on list: Russia → Taliban' }) });
    const since2003Rows = listingRows.filter({ hasText: 'since 2003' });
    const sovietRow = explorer.table.getByRole('button', { name: 'Military intervention / fighting: Soviet army → Afghanistan' });
    await explorer.open();
    await expect(explorer.timeline).toContainText('1979');
    await expect(explorer.timeline).toContainText(latest.label);
    await expect(explorer.fromYear).toHaveValue('1979');
    await expect(explorer.toYear).toHaveValue(latest.year);
    await expect(sovietRow).toBeVisible();
    const russiaAt = await explorer.nodePosition('russia');

    await explorer.fromYear.fill('2003');
    await explorer.toYear.fill('2010');
    await expect(explorer.timeline).toContainText('2003 – 2010');
    await expect(sovietRow).toHaveCount(0);
    expect(await explorer.visibleEdgeIds()).not.toContain(soviet);
    // Russia's listing of the Taliban "since 2003" is in the table (on the canvas, in the Russia–Taliban bundle).
    await expect(since2003Rows).toHaveCount(since2003.length);
    await expect(listingRows).toHaveCount(listings.filter((e) => edgeInRange(e, { from: 2003, to: 2010 })).length);
    const expected = graph.edges.filter((e) => edgeInRange(e, { from: 2003, to: 2010 }));
    await expect(explorer.tableRows).toHaveCount(expected.length);
    // Filtering by time never moves the actors that stay.
    expect(await explorer.nodePosition('russia')).toEqual(russiaAt);
    await expect(page).toHaveURL(/years=2003-2010/);

    // "Since 2003" is present in every later year.
    await explorer.fromYear.fill('2015');
    await explorer.toYear.fill('2015');
    await expect(explorer.timeline).toContainText('Only 2015');
    await expect(since2003Rows).toHaveCount(since2003.length);
    await expect(listingRows).toHaveCount(listings.filter((e) => edgeInRange(e, { from: 2015, to: 2015 })).length);
    await expect(sovietRow).toHaveCount(0);

    await explorer.timeline.getByRole('button', { name: 'All years' }).click();
    await expect(sovietRow).toBeVisible();
    await expect(explorer.tableRows).toHaveCount(graph.edges.length);
  });

  test('undated relations are kept or hidden by a toggle, composing with the type filters', async ({ explorer }) => {
    const graph = committedGraph();
    const dated = graph.edges.filter((e) => e.date);
    await explorer.open();
    const undated = explorer.timeline.getByRole('checkbox', { name: /^Undated/ });
    await expect(undated).toHaveAccessibleName(`Undated ${graph.edges.length - dated.length}`);
    await undated.uncheck();
    await expect(explorer.tableRows).toHaveCount(dated.length);
    await explorer.typeFilter('Takes part in forum').uncheck();
    await expect(explorer.tableRows).toHaveCount(dated.filter((e) => e.type !== 'participation').length);
    await undated.check();
    await expect(explorer.tableRows).toHaveCount(graph.edges.filter((e) => e.type !== 'participation').length);
  });

  test('with every relation filtered out, the timeline keeps its years', async ({ explorer, page }) => {
    const graph = committedGraph();
    await explorer.open();
    await expect(explorer.timeline).toContainText('1990');
    for (const polarity of ['Cooperation', 'Conflict', 'Neutral']) await page.getByRole('checkbox', { name: new RegExp(`^${polarity} \\d+$`) }).uncheck();
    await expect(explorer.relationsCount).toHaveText(`0 of ${graph.edges.length}`);
    await expect(explorer.timeline).toContainText('1979');
    await expect(explorer.timeline).toContainText('1990');
    await expect(explorer.timeline).toContainText('2000');
  });

  test('a years= range outside the data is clamped to it, ends in order', async ({ explorer }) => {
    const graph = committedGraph();
    const { year } = latestStart(graph);
    await explorer.open('?years=2040-2030&undated=hide');
    await expect(explorer.fromYear).toHaveValue(year);
    await expect(explorer.toYear).toHaveValue(year);
    await expect(explorer.timeline).toContainText(`Only ${year}`);
    // The graph follows the readout: the relations of the latest year, not an empty range.
    const present = graph.edges.filter((e) => edgeInRange(e, { from: Number(year), to: Number(year) }, { keepUndated: false }));
    expect(present.length).toBeGreaterThan(0);
    await expect(explorer.tableRows).toHaveCount(present.length);
  });

  test('play steps through the years', async ({ explorer }) => {
    await explorer.open('?undated=hide');
    const play = explorer.timeline.getByRole('button', { name: 'Play' });
    await play.click();
    await expect(explorer.timeline.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
    await expect(explorer.fromYear).toHaveValue('1979');
    // The one-year window moves on by itself.
    await expect(explorer.fromYear).toHaveValue('1981', { timeout: 15_000 });
    await explorer.timeline.getByRole('button', { name: 'Pause' }).click();
    const year = Number(await explorer.fromYear.inputValue());
    await expect(explorer.toYear).toHaveValue(String(year));
    const graph = committedGraph();
    const present = graph.edges.filter((e) => edgeInRange(e, { from: year, to: year }, { keepUndated: false }));
    await expect(explorer.tableRows).toHaveCount(present.length);
  });
});
