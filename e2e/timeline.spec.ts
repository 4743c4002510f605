import { edgeInRange } from '../src/domain/analytics/time';
import { test, expect, committedGraph, findEdge } from './support/fixtures';

test.describe('timeline', () => {
  test('runs from 1979 to October 2024; a range hides a known relation and shows it again', async ({ explorer, page }) => {
    const graph = committedGraph();
    const soviet = findEdge(graph, 'soviet-army', 'intervention', 'afghanistan'); // 1979
    findEdge(graph, 'russia', 'listing', 'taliban'); // since 2003: the row below exists
    const listingRow = explorer.table.getByRole('button', { name: 'Placement on list: Russia → Taliban' });
    const sovietRow = explorer.table.getByRole('button', { name: 'Military intervention / fighting: Soviet army → Afghanistan' });
    await explorer.open();
    await expect(explorer.timeline).toContainText('1979');
    await expect(explorer.timeline).toContainText('Oct 2024');
    await expect(explorer.fromYear).toHaveValue('1979');
    await expect(explorer.toYear).toHaveValue('2024');
    await expect(sovietRow).toBeVisible();
    const russiaAt = await explorer.nodePosition('russia');

    await explorer.fromYear.fill('2003');
    await explorer.toYear.fill('2010');
    await expect(explorer.timeline).toContainText('2003 – 2010');
    await expect(sovietRow).toHaveCount(0);
    expect(await explorer.visibleEdgeIds()).not.toContain(soviet);
    // Russia's listing of the Taliban "since 2003" is in the table (on the canvas, in the Russia–Taliban bundle).
    await expect(listingRow).toBeVisible();
    const expected = graph.edges.filter((e) => edgeInRange(e, { from: 2003, to: 2010 }));
    await expect(explorer.tableRows).toHaveCount(expected.length);
    // Filtering by time never moves the actors that stay.
    expect(await explorer.nodePosition('russia')).toEqual(russiaAt);
    await expect(page).toHaveURL(/years=2003-2010/);

    // "Since 2003" is present in every later year.
    await explorer.fromYear.fill('2015');
    await explorer.toYear.fill('2015');
    await expect(explorer.timeline).toContainText('Only 2015');
    await expect(listingRow).toBeVisible();
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
    await explorer.open();
    await expect(explorer.timeline).toContainText('1990');
    for (const polarity of ['Cooperation', 'Conflict', 'Neutral']) await page.getByRole('checkbox', { name: new RegExp(`^${polarity} \\d+$`) }).uncheck();
    await expect(explorer.relationsCount).toHaveText('0 of 67');
    await expect(explorer.timeline).toContainText('1979');
    await expect(explorer.timeline).toContainText('1990');
    await expect(explorer.timeline).toContainText('2000');
  });

  test('a years= range outside the data is clamped to it, ends in order', async ({ explorer }) => {
    const graph = committedGraph();
    await explorer.open('?years=2040-2030&undated=hide');
    await expect(explorer.fromYear).toHaveValue('2024');
    await expect(explorer.toYear).toHaveValue('2024');
    await expect(explorer.timeline).toContainText('Only 2024');
    // The graph follows the readout: the relations of 2024, not an empty range.
    const present = graph.edges.filter((e) => edgeInRange(e, { from: 2024, to: 2024 }, { keepUndated: false }));
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
