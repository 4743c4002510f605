// The Story tab: Russia and the Taliban across the nine committed articles, from the 2003 listing
// to the State Duma's bill of December 2024. A step selects its claim and shows the graph as it
// stood that day; "Show all" brings every claim back.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { storySteps } from '../src/domain/claims/story';
import { stepDateLabel, storySummary } from '../src/domain/claims/story-text';
import { buildGraphIndex } from '../src/domain/graph-index';
import { happenedBy } from '../src/domain/view-visibility';
import { test, expect, committedGraph } from './support/fixtures';
import { showDetailsPanel } from './support/explorer-page';

// The committed picture changes only on purpose (as in docs-screenshots.spec.ts).
const DOCS = process.env.UPDATE_DOCS_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots/docs';
const SHOTS = 'test-results/screenshots';

/** Serious or critical axe violations inside the Story tab and the timeline (a11y.spec.ts covers the rest). */
async function storyViolations(page: import('@playwright/test').Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('#tabpanel-story')
    .include('.timeline')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function russiaTaliban() {
  const graph = committedGraph();
  const index = buildGraphIndex(graph);
  const steps = storySteps(index, 'russia', 'taliban');
  const decision = steps.findIndex((s) => s.edge.source === 'russia' && s.edge.type === 'delisting' && s.edge.status === 'decided');
  return { graph, index, steps, decision };
}

test.describe('story view', () => {
  test('Russia with the Taliban: steps in order with their outlets; a step replays the graph as of its day, "Show all" brings it back', async ({ explorer, page, pageProblems }) => {
    const { graph, index, steps, decision } = russiaTaliban();
    expect(decision).toBeGreaterThan(0);
    await explorer.open();
    await expect(explorer.tableRows).toHaveCount(graph.edges.length);
    const drawnBefore = (await explorer.visibleEdgeIds()).length;

    await explorer.search.fill('Russia');
    await explorer.searchResults.getByRole('option', { name: /^Russia/ }).first().click();
    await expect(explorer.detailsHeading).toHaveText('Russia');
    await page.getByRole('tab', { name: 'Story' }).click();
    await expect(page.getByRole('tab', { name: 'Story' })).toHaveAttribute('aria-selected', 'true');
    await expect(explorer.story.getByRole('heading', { level: 2 })).toHaveText(/^Story: Russia · \d+ claims/);

    await explorer.pickActor('With actor', 'Taliban');
    await expect(explorer.story.getByRole('heading', { level: 2 })).toHaveText(`Story: Russia – Taliban · ${storySummary(steps)}`);
    await expect(explorer.story.getByRole('heading', { level: 2 })).toHaveText('Story: Russia – Taliban · 19 claims, 2003 – Dec 2024');

    // In the order they happened, each with its date and outlets, beginning with the 2003 listing.
    const items = explorer.storySteps;
    await expect(items).toHaveCount(steps.length);
    await expect(items.locator('.story-date')).toHaveText(steps.map(stepDateLabel));
    await expect(items.locator('.story-outlets')).toHaveText(steps.map((s) => `Reported by ${s.outlets.join(', ')}`));
    await expect(items.first()).toContainText('since 2003');
    await expect(items.first()).toContainText('Russia Placement on list Taliban');
    await expect(items.first().locator('.story-quote')).toHaveText(steps[0]!.quote.quote);
    await expect(items.first().getByRole('button', { name: /^Superseded by step \d+/ })).toBeVisible();
    await expect(items.last()).toContainText('17 Dec 2024');
    await expect(items.last()).toContainText('kyma.com (AP), themoscowtimes.com');
    const days = steps.map((s) => s.day);
    expect(days).toEqual([...days].sort());

    // The decision of October 2024: selected, the graph as it stood on 5 Oct 2024.
    const step = items.nth(decision).getByRole('button', { name: /^reported 5 Oct 2024 Russia Removal from list Taliban/ });
    await expect(items.nth(decision)).toContainText('decided');
    await expect(items.nth(decision)).toContainText('voanews.com');
    await step.click();
    await expect(step).toHaveAttribute('aria-current', 'step');
    await expect(page.getByRole('tab', { name: 'Story' })).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(/story-with=taliban/);
    await expect(page).toHaveURL(new RegExp(`edge=${encodeURIComponent(steps[decision]!.edge.id)}.*asof=2024-10-05|asof=2024-10-05.*edge=${encodeURIComponent(steps[decision]!.edge.id)}`));
    await expect(explorer.timeline.getByText('As of 5 Oct 2024')).toBeVisible();
    await expect(explorer.story.getByText(/^Russia – Taliban · step \d+ of 19 · graph as of 5 Oct 2024$/)).toBeVisible();
    const asOfCount = graph.edges.filter((e) => happenedBy(index, e.id, '2024-10-05')).length;
    expect(asOfCount).toBeLessThan(graph.edges.length);
    await expect(explorer.tableRows).toHaveCount(asOfCount);
    await expect.poll(async () => (await explorer.visibleEdgeIds()).length).toBeLessThan(drawnBefore);
    const drawnAsOf = (await explorer.visibleEdgeIds()).length;
    // The selected claim's bundle is spread: the December bill is not drawn yet, the decision is.
    expect(await explorer.visibleEdgeIds()).toContain(steps[decision]!.edge.id);
    expect(await explorer.visibleEdgeIds()).not.toContain(steps[steps.length - 1]!.edge.id);
    // The selection is the claim: the Details tab shows it, and the story is there on return.
    await page.getByRole('tab', { name: 'Details' }).click();
    await expect(explorer.detailsHeading).toHaveText('Russia decided to remove the Taliban from its list of terrorist organisations');
    await page.getByRole('tab', { name: 'Story' }).click();
    await expect(step).toHaveAttribute('aria-current', 'step');
    // Later steps are marked as not yet happened on that day.
    await expect(items.last()).toHaveClass(/is-later/);
    await expect(items.first()).not.toHaveClass(/is-later/);

    // Next, previous, and the arrow keys on the list.
    await explorer.story.getByRole('button', { name: 'Next step' }).click();
    await expect(items.nth(decision + 1).locator('.story-step-button')).toHaveAttribute('aria-current', 'step');
    await explorer.story.getByRole('button', { name: 'Previous step' }).click();
    await expect(step).toHaveAttribute('aria-current', 'step');
    await step.focus();
    await page.keyboard.press('ArrowLeft');
    const before = items.nth(decision - 1).locator('.story-step-button');
    await expect(before).toHaveAttribute('aria-current', 'step');
    await expect(before).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(step).toHaveAttribute('aria-current', 'step');
    await expect(step).toBeFocused();

    // Show all: every claim again, the selection kept.
    await explorer.story.getByRole('button', { name: 'Show all', exact: true }).click();
    await expect(explorer.timeline.getByText(/^As of/)).toHaveCount(0);
    await expect(explorer.tableRows).toHaveCount(graph.edges.length);
    // (The selected claim's bundle is drawn spread now, so the canvas has more lines than at the start.)
    await expect.poll(async () => (await explorer.visibleEdgeIds()).length).toBeGreaterThan(drawnAsOf);
    expect(await explorer.visibleEdgeIds()).toContain(steps[steps.length - 1]!.edge.id);
    await expect(page).not.toHaveURL(/asof=/);
    await expect(step).toHaveAttribute('aria-current', 'step');

    // The timeline's own "Show all" leaves the story's day too.
    await items.first().locator('.story-step-button').click();
    await expect(explorer.timeline.getByText('As of 2003', { exact: true })).toBeVisible();
    await expect(explorer.tableRows).toHaveCount(graph.edges.filter((e) => happenedBy(index, e.id, '2003-01-01')).length);
    await explorer.timeline.getByRole('button', { name: 'Show all' }).click();
    await expect(explorer.timeline.getByText(/^As of/)).toHaveCount(0);
    await expect(explorer.tableRows).toHaveCount(graph.edges.length);
    expect(pageProblems.console).toEqual([]);
  });

  test('a shared link opens the story and its day; without a selection the longest stories are offered', async ({ explorer, page }) => {
    const { steps, decision } = russiaTaliban();
    await explorer.open(`?edge=${encodeURIComponent(steps[decision]!.edge.id)}&panel=story&story-with=taliban&asof=2024-10-05`);
    await expect(explorer.story.getByRole('heading', { level: 2 })).toHaveText(/^Story: Russia – Taliban · 19 claims/);
    await expect(explorer.storySteps.nth(decision).locator('.story-step-button')).toHaveAttribute('aria-current', 'step');
    await expect(explorer.timeline.getByText('As of 5 Oct 2024')).toBeVisible();
    expect(await storyViolations(page)).toEqual([]);

    await explorer.open('?panel=story');
    await expect(explorer.story.getByRole('heading', { level: 2 })).toHaveText('Story');
    expect(await storyViolations(page)).toEqual([]);
    const starts = explorer.story.getByRole('list', { name: 'Longest stories' }).getByRole('button');
    await expect(starts).toHaveCount(3);
    await starts.filter({ hasText: 'Russia – Taliban' }).click();
    await expect(page.getByRole('tab', { name: 'Story' })).toHaveAttribute('aria-selected', 'true');
    await expect(explorer.story.getByRole('heading', { level: 2 })).toHaveText('Story: Russia – Taliban · 19 claims, 2003 – Dec 2024');
    await expect(explorer.storySteps.first()).toContainText('since 2003');

    // Without the members, only Russia's own claims with the Taliban.
    await explorer.story.getByRole('checkbox', { name: /^Include members/ }).uncheck();
    await expect(explorer.story.getByRole('heading', { level: 2 })).toHaveText(/^Story: Russia – Taliban · \d+ claims/);
    const own = storySteps(buildGraphIndex(committedGraph()), 'russia', 'taliban', { members: false });
    await expect(explorer.storySteps).toHaveCount(own.length);
  });

  test('screenshots: wide, tablet and phone', async ({ explorer, page }) => {
    const { steps, decision } = russiaTaliban();
    mkdirSync(DOCS, { recursive: true });
    mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await explorer.open('?node=russia&panel=story&story-with=taliban');
    await explorer.storySteps.nth(decision).locator('.story-step-button').click();
    await expect(explorer.timeline.getByText('As of 5 Oct 2024')).toBeVisible();
    await page.getByRole('button', { name: 'Fit to view' }).click();
    await page.screenshot({ path: `${DOCS}/story-view.png` });
    await explorer.story.evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/story-wide-top.png` });
    await explorer.story.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.screenshot({ path: `${SHOTS}/story-wide-end.png` });
    await explorer.open('?panel=story');
    await expect(explorer.story.getByRole('list', { name: 'Longest stories' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/story-start.png` });
    await explorer.open('?node=russia&panel=story&story-with=taliban');
    await explorer.storySteps.nth(decision).locator('.story-step-button').click();
    expect(steps.length).toBe(19);

    for (const [name, width, height] of [['tablet', 834, 1112], ['phone', 390, 844]] as const) {
      await page.setViewportSize({ width, height });
      await showDetailsPanel(page);
      await expect(explorer.storySteps.nth(decision).locator('.story-step-button')).toHaveAttribute('aria-current', 'step');
      await page.screenshot({ path: `${SHOTS}/story-${name}.png` });
      // The tab itself, whatever the page around it does at this width.
      await explorer.story.screenshot({ path: `${SHOTS}/story-${name}-panel.png` });
    }
  });
});
