import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { edgeInRange, type TimeRange } from '../src/domain/analytics/time';
import { DEFAULT_FILTERS } from '../src/domain/filters';
import { buildGraphIndex } from '../src/domain/graph-index';
import { filteredEdges } from '../src/domain/view-visibility';
import { test, expect, committedGraph, findEdge } from './support/fixtures';
import type { ExplorerPage } from './support/explorer-page';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A month's number on the handles (year × 12 + month − 1), as the committed graph is read by the month. */
const month = (y: number, m: number) => y * 12 + m - 1;
const months = (from: [number, number], to: [number, number]): TimeRange => ({ from: month(...from), to: month(...to), unit: 'month' });

/**
 * The last month a relation's date reaches, and the axis's word for it: no finer than that date
 * ("2024" for a relation dated 2024, which runs to December; "Dec 2024" for 17 December).
 */
function latestMonth(graph: ReturnType<typeof committedGraph>): { year: number; month: number; label: string; monthLabel: string } {
  const ends = graph.edges.flatMap((e) => e.date?.split('/') ?? []).filter((d) => /^\d{4}/.test(d));
  // Each end's last day, as text that sorts: "2024" runs to "2024-12-31", "2024-07" to "2024-07-31".
  const lastDay = (d: string) => `${d}${['', '-12-31', '-31', ''][d.split('-').length] ?? ''}`.slice(0, 10);
  const latest = ends.reduce((a, b) => (lastDay(b) > lastDay(a) ? b : a));
  const [year, m] = latest.split('-');
  const monthLabel = `${MONTHS[Number(m ?? 12) - 1]} ${year}`;
  return { year: Number(year), month: Number(m ?? 12), label: m ? monthLabel : year!, monthLabel };
}

/** Opens the explorer with exactly this query: these tests are about the default view itself. */
async function openAsIs(explorer: ExplorerPage, query = ''): Promise<void> {
  await explorer.page.goto(`/${query}`);
  await explorer.waitUntilDrawn();
}

const handles = (explorer: ExplorerPage) => ({
  from: explorer.timeline.getByRole('slider', { name: 'From', exact: true }),
  to: explorer.timeline.getByRole('slider', { name: 'To', exact: true }),
});
/** Serious or critical axe violations inside the timeline. */
async function timelineViolations(explorer: ExplorerPage): Promise<string[]> {
  const results = await new AxeBuilder({ page: explorer.page })
    .include('.timeline')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Keeps every text the readout shows, in order: a frame of Play lasts 0.8 s, too short to catch one by one. */
async function recordReadouts(explorer: ExplorerPage): Promise<void> {
  await explorer.page.evaluate(() => {
    const el = document.querySelector('.timeline-readout')!;
    const seen = [el.textContent ?? ''];
    (window as unknown as { readouts: string[] }).readouts = seen;
    new MutationObserver(() => {
      if (seen.at(-1) !== el.textContent) seen.push(el.textContent ?? '');
    }).observe(el, { subtree: true, childList: true, characterData: true });
  });
}

const readouts = (explorer: ExplorerPage) => explorer.page.evaluate(() => (window as unknown as { readouts: string[] }).readouts);

const readout = (explorer: ExplorerPage) => explorer.timeline.locator('.timeline-readout');
const undatedToggle = (explorer: ExplorerPage) => explorer.timeline.getByRole('checkbox', { name: /^Show \d+ undated$/ });

test.describe('timeline', () => {
  test('runs by the month from 1979 to the latest dated relation; a range hides a known relation and shows it again', async ({ explorer, page }) => {
    const graph = committedGraph();
    const latest = latestMonth(graph);
    const dated = graph.edges.filter((e) => e.date);
    const soviet = findEdge(graph, 'soviet-army', 'intervention', 'afghanistan'); // 1979
    // Russia's listings of the Taliban: "since 2003" (open-ended), and maybe others dated or not.
    const listings = graph.edges.filter((e) => e.source === 'russia' && e.type === 'listing' && e.target === 'taliban');
    const since2003 = listings.filter((e) => e.date === '2003/..');
    expect(since2003.length).toBeGreaterThan(0);
    const listingRows = explorer.tableRows.filter({ has: page.getByRole('button', { name: 'Placement on list: Russia → Taliban' }) });
    const since2003Rows = listingRows.filter({ hasText: 'since 2003' });
    const sovietRow = explorer.table.getByRole('button', { name: 'Military intervention / fighting: Soviet army → Afghanistan' });
    const { from, to } = handles(explorer);
    const inRange = (range: TimeRange) => graph.edges.filter((e) => edgeInRange(e, range, { keepUndated: false }));
    await openAsIs(explorer);
    await expect(explorer.timeline).toContainText('1979');
    await expect(explorer.timeline).toContainText(latest.label);
    await expect(readout(explorer)).toHaveText('All dates');
    await expect(from).toHaveValue(String(month(1979, 1)));
    await expect(from).toHaveAttribute('aria-valuetext', 'Jan 1979');
    await expect(to).toHaveValue(String(month(latest.year, latest.month)));
    await expect(to).toHaveAttribute('aria-valuetext', latest.monthLabel);
    await expect(sovietRow).toBeVisible();
    // Undated relations wait for their toggle: the table lists the dated ones.
    await expect(explorer.tableRows).toHaveCount(dated.length);
    const russiaAt = await explorer.nodePosition('russia');

    await from.fill(String(month(2003, 1)));
    await to.fill(String(month(2010, 12)));
    await expect(readout(explorer)).toHaveText('2003 – 2010');
    await expect(sovietRow).toHaveCount(0);
    expect(await explorer.visibleEdgeIds()).not.toContain(soviet);
    // Russia's listing of the Taliban "since 2003" is in the table (on the canvas, in the Russia–Taliban bundle).
    await expect(since2003Rows).toHaveCount(since2003.length);
    await expect(listingRows).toHaveCount(listings.filter((e) => edgeInRange(e, { from: 2003, to: 2010 }, { keepUndated: false })).length);
    await expect(explorer.tableRows).toHaveCount(inRange({ from: 2003, to: 2010 }).length);
    // Filtering by time never moves the actors that stay.
    expect(await explorer.nodePosition('russia')).toEqual(russiaAt);
    // Whole years are written as they always were.
    await expect(page).toHaveURL(/years=2003-2010/);

    // A month range: in the URL as time=, in the readout in words.
    await to.fill(String(month(2004, 6)));
    await expect(readout(explorer)).toHaveText('Jan 2003 – Jun 2004');
    await expect(page).toHaveURL(/time=2003-01%2F2004-06/);
    await expect(explorer.tableRows).toHaveCount(inRange(months([2003, 1], [2004, 6])).length);

    // "Since 2003" is present in every later year.
    await to.fill(String(month(2015, 12)));
    await from.fill(String(month(2015, 1)));
    await expect(readout(explorer)).toHaveText('Only 2015');
    await expect(since2003Rows).toHaveCount(since2003.length);
    await expect(sovietRow).toHaveCount(0);

    await explorer.timeline.getByRole('button', { name: 'All dates' }).click();
    await expect(readout(explorer)).toHaveText('All dates');
    await expect(sovietRow).toBeVisible();
    await expect(explorer.tableRows).toHaveCount(dated.length);
    // With no range, the button leaves the way (it would only repeat the readout).
    await expect(explorer.timeline.getByRole('button', { name: 'All dates' })).toHaveCount(0);
  });

  test('undated relations are off by default with their count; the toggle shows them and composes with the type filters', async ({ explorer, page }) => {
    const graph = committedGraph();
    const dated = graph.edges.filter((e) => e.date);
    const undated = graph.edges.length - dated.length;
    expect(undated).toBeGreaterThan(0);
    await openAsIs(explorer);
    const toggle = undatedToggle(explorer);
    await expect(toggle).toHaveAccessibleName(`Show ${undated} undated`);
    await expect(toggle).not.toBeChecked();
    await expect(explorer.relationsCount).toHaveText(`${dated.length} of ${graph.edges.length}`);
    await toggle.check();
    await expect(explorer.tableRows).toHaveCount(graph.edges.length);
    await expect(page).toHaveURL(/undated=show/);
    await explorer.typeFilter('Takes part in forum').uncheck();
    await expect(explorer.tableRows).toHaveCount(graph.edges.filter((e) => e.type !== 'participation').length);
    // The count follows the filters: the undated relations of the types shown.
    const undatedShown = graph.edges.filter((e) => !e.date && e.type !== 'participation').length;
    await expect(toggle).toHaveAccessibleName(`Show ${undatedShown} undated`);
    await toggle.uncheck();
    await expect(explorer.tableRows).toHaveCount(dated.filter((e) => e.type !== 'participation').length);
    await expect(page).not.toHaveURL(/undated=/);
  });

  test('a link written before the default changed still opens as it was meant; undated=show shows them', async ({ explorer }) => {
    const graph = committedGraph();
    const dated = graph.edges.filter((e) => e.date);
    await openAsIs(explorer, '?undated=hide');
    await expect(undatedToggle(explorer)).not.toBeChecked();
    await expect(explorer.tableRows).toHaveCount(dated.length);
    await openAsIs(explorer, '?undated=show');
    await expect(undatedToggle(explorer)).toBeChecked();
    await expect(explorer.tableRows).toHaveCount(graph.edges.length);
  });

  test('with every relation filtered out, the timeline keeps its years', async ({ explorer, page }) => {
    const graph = committedGraph();
    await openAsIs(explorer);
    await expect(explorer.timeline).toContainText('1990');
    for (const polarity of ['Cooperation', 'Conflict', 'Neutral']) await page.getByRole('checkbox', { name: new RegExp(`^${polarity} \\d+$`) }).uncheck();
    await expect(explorer.relationsCount).toHaveText(`0 of ${graph.edges.length}`);
    await expect(explorer.timeline).toContainText('1979');
    await expect(explorer.timeline).toContainText('1990');
    await expect(explorer.timeline).toContainText('2000');
    await expect(undatedToggle(explorer)).toHaveAccessibleName('Show 0 undated');
  });

  test('a years= range outside the data is clamped to it, ends in order', async ({ explorer, page }) => {
    const graph = committedGraph();
    const latest = latestMonth(graph);
    const last = String(month(latest.year, latest.month));
    const { from, to } = handles(explorer);
    await openAsIs(explorer, '?years=2040-2030');
    await expect(from).toHaveValue(last);
    await expect(to).toHaveValue(last);
    await expect(readout(explorer)).toHaveText(`Only ${latest.monthLabel}`);
    // The graph follows the readout: the relations of the latest month, not an empty range.
    const present = graph.edges.filter((e) => edgeInRange(e, months([latest.year, latest.month], [latest.year, latest.month]), { keepUndated: false }));
    expect(present.length).toBeGreaterThan(0);
    await expect(explorer.tableRows).toHaveCount(present.length);
    await expect(page).toHaveURL(new RegExp(`time=${latest.year}-${String(latest.month).padStart(2, '0')}(&|$)`));
  });

  test('the handles move by keyboard, a month per arrow and a year per page, and never pass or cover each other', async ({ explorer, page }) => {
    const { from, to } = handles(explorer);
    await openAsIs(explorer, '?years=2003-2010');
    await from.focus();
    await page.keyboard.press('ArrowRight');
    await expect(from).toHaveAttribute('aria-valuetext', 'Feb 2003');
    await expect(readout(explorer)).toHaveText('Feb 2003 – Dec 2010');
    await page.keyboard.press('PageUp');
    await expect(from).toHaveAttribute('aria-valuetext', 'Feb 2004');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(from).toHaveAttribute('aria-valuetext', 'Feb 2002');
    await page.keyboard.press('Home');
    await expect(from).toHaveAttribute('aria-valuetext', 'Jan 1979');
    // End takes From as far as To, no further.
    await page.keyboard.press('End');
    await expect(from).toHaveAttribute('aria-valuetext', 'Dec 2010');
    await expect(readout(explorer)).toHaveText('Only Dec 2010');
    await page.keyboard.press('ArrowRight');
    await expect(from).toHaveAttribute('aria-valuetext', 'Dec 2010');
    await to.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(to).toHaveAttribute('aria-valuetext', 'Dec 2010');
    await page.keyboard.press('PageUp');
    await expect(to).toHaveAttribute('aria-valuetext', 'Dec 2011');
    await expect(readout(explorer)).toHaveText('Dec 2010 – Dec 2011');

    // Dragging From past To stops it at To; the two handles stay side by side, From's on the left.
    await page.keyboard.press('PageDown');
    await expect(readout(explorer)).toHaveText('Only Dec 2010');
    const bars = (await explorer.timeline.locator('.timeline-bars').boundingBox())!;
    const thumb = await explorer.timeline.evaluate((el) => parseFloat(getComputedStyle(el).getPropertyValue('--thumb')));
    const min = Number(await from.getAttribute('min'));
    const n = Number(await from.getAttribute('max')) - min + 1;
    const edgeAt = (p: number) => bars.x + ((p - min) / n) * bars.width;
    // Where December 2010's bar starts and ends: From's handle ends at the one, To's starts at the other.
    const start = edgeAt(month(2010, 12));
    const end = edgeAt(month(2010, 12) + 1);
    const y = bars.y + bars.height / 2;
    const hit = (x: number) => page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.getAttribute('aria-label') ?? null, [x, y]);
    expect(await hit(start - thumb / 2)).toBe('From');
    expect(await hit(end + thumb / 2)).toBe('To');
    await page.mouse.move(start - thumb / 2, y);
    await page.mouse.down();
    await page.mouse.move(end + 60, y, { steps: 5 });
    await page.mouse.up();
    await expect(from).toHaveAttribute('aria-valuetext', 'Dec 2010');
    expect(await hit(start - thumb / 2)).toBe('From');
    expect(await hit(end + thumb / 2)).toBe('To');
    expect(await timelineViolations(explorer)).toEqual([]);
  });

  test('play steps through the chosen range and stops at its end, keeping the range', async ({ explorer, page }) => {
    const graph = committedGraph();
    const { from, to } = handles(explorer);
    const count = (range: TimeRange) => graph.edges.filter((e) => edgeInRange(e, range, { keepUndated: false })).length;
    const play = explorer.timeline.getByRole('button', { name: 'Play' });
    const pause = explorer.timeline.getByRole('button', { name: 'Pause' });
    await openAsIs(explorer, '?time=2024-02/2024-12');
    await expect(readout(explorer)).toHaveText('Feb – Dec 2024');
    await recordReadouts(explorer);
    await play.click();
    await pause.click();
    // Paused on a frame: one month, inside the range; the handles keep the range; the table follows the frame.
    await expect(readout(explorer)).toHaveText(/^Only \w{3} 2024 · paused in Feb – Dec 2024$/);
    const shown = MONTHS.indexOf((await readout(explorer).textContent())!.slice(5, 8)) + 1;
    expect(shown).toBeGreaterThanOrEqual(2);
    await expect(explorer.tableRows).toHaveCount(count(months([2024, shown], [2024, shown])));
    await expect(from).toHaveAttribute('aria-valuetext', 'Feb 2024');
    await expect(to).toHaveAttribute('aria-valuetext', 'Dec 2024');
    expect(await timelineViolations(explorer)).toEqual([]);

    // On from there to the end, where it stops on the chosen range, not on all dates.
    await play.click();
    await expect(pause).toHaveAttribute('aria-pressed', 'true');
    await expect(play).toHaveAttribute('aria-pressed', 'false', { timeout: 15_000 });
    await expect(readout(explorer)).toHaveText('Feb – Dec 2024');
    await expect(explorer.tableRows).toHaveCount(count(months([2024, 2], [2024, 12])));
    await expect(page).toHaveURL(/time=2024-02%2F2024-12/);
    const seen = await readouts(explorer);
    const frames = seen.map((t) => /^Only (\w{3}) 2024 · (?:playing|paused in) Feb – Dec 2024$/.exec(t)?.[1]).filter((m) => m !== undefined);
    expect(frames.filter((m, i) => m !== frames[i - 1])).toEqual(MONTHS.slice(1));
    expect(seen.at(-1)).toBe('Feb – Dec 2024');

    // Stop goes back to the range from a paused frame.
    await play.click();
    await pause.click();
    await expect(readout(explorer)).toHaveText(/· paused in Feb – Dec 2024$/);
    await explorer.timeline.getByRole('button', { name: 'Stop' }).click();
    await expect(readout(explorer)).toHaveText('Feb – Dec 2024');
    await expect(explorer.timeline.getByRole('button', { name: 'Stop' })).toHaveCount(0);
  });

  test('play over all dates steps a year at a time from the earliest', async ({ explorer, page }) => {
    const graph = committedGraph();
    await openAsIs(explorer);
    await recordReadouts(explorer);
    await explorer.timeline.getByRole('button', { name: 'Play' }).click();
    const frames = async () => (await readouts(explorer)).map((t) => /^Only (\d{4}) · playing all dates$/.exec(t)?.[1]).filter((y) => y !== undefined);
    await expect.poll(async () => (await frames()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    await explorer.timeline.getByRole('button', { name: 'Pause' }).click();
    expect((await frames()).slice(0, 3)).toEqual(['1979', '1980', '1981']);
    await expect(readout(explorer)).toHaveText(/^Only \d{4} · paused in all dates$/);
    const year = Number((await readout(explorer).textContent())!.slice(5, 9));
    await expect(explorer.tableRows).toHaveCount(graph.edges.filter((e) => edgeInRange(e, { from: year, to: year }, { keepUndated: false })).length);
    // Moving a handle ends the session with that range.
    await handles(explorer).from.fill(String(month(1990, 3)));
    await expect(readout(explorer)).toHaveText('Mar 1990 – Dec 2024');
    await expect(page).toHaveURL(/time=1990-03%2F2024-12/);
  });

  test("a story's day: the readout runs to that day, the chip leads back, undated claims count from their first report", async ({ explorer }) => {
    const graph = committedGraph();
    const index = buildGraphIndex(graph);
    await openAsIs(explorer, '?asof=2024-10-05');
    await expect(readout(explorer)).toHaveText('1979 – 5 Oct 2024');
    await expect(explorer.timeline.getByText('As of 5 Oct 2024')).toBeVisible();
    await expect(explorer.timeline.getByRole('button', { name: 'All dates' })).toHaveCount(0);
    await expect(undatedToggle(explorer)).toHaveCount(0);
    expect(await timelineViolations(explorer)).toEqual([]);
    const expected = filteredEdges(index, DEFAULT_FILTERS, { range: null, keepUndated: false, asOf: '2024-10-05' }).edges;
    expect([...expected].some((id) => !index.edges.get(id)!.date)).toBe(true);
    await expect(explorer.tableRows).toHaveCount(expected.size);
    await explorer.timeline.getByRole('button', { name: 'Show all' }).click();
    await expect(readout(explorer)).toHaveText('All dates');
  });

  // The picture of docs/analyst-tools.md and docs/explorer.md; written only on purpose.
  test('documentation screenshot', async ({ explorer, page }) => {
    const dir = process.env.UPDATE_DOCS_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots/docs';
    mkdirSync(dir, { recursive: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await openAsIs(explorer, '?time=2021-08/2024-12&isolated=hide');
    await expect(readout(explorer)).toHaveText('Aug 2021 – Dec 2024');
    await page.getByRole('button', { name: 'Fit to view' }).click();
    await page.screenshot({ path: `${dir}/timeline.png` });
    // The strip alone, at the size it is drawn, to look at (never committed).
    await explorer.timeline.screenshot({ path: 'test-results/screenshots/timeline-strip.png' });
  });
});
