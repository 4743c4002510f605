// Evidence first: a relation's details open with the claim in plain words (who said it, who
// relayed it, when), then the exact words, then the sourcing; codes and ids wait behind a
// disclosure, and a note's reference to another relation is that claim, never "(r61)". An actor's
// details open with who it is and its key claims. On the committed graph.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, committedGraph } from './support/fixtures';

const RUSSIA_DECIDES = '000_13209300025090b4#r01';
const TALIBAN_ACCUSE = '000_13209300025090b4#r61';
const PAKISTAN_DENIES = '000_13209300025090b4#r62';
const DECISION = 'Russia decided to remove the Taliban from its list of terrorist organisations';

// The committed picture changes only on purpose (as in docs-screenshots.spec.ts).
const DIR = process.env.UPDATE_DOCS_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots/docs';

/** Serious or critical axe violations inside the details panel (as claims.spec.ts scopes it). */
async function detailsViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('#tabpanel-details')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

test.describe('evidence first', () => {
  test('a relation chosen in the table opens with its claim in plain words, then the quote, then the sourcing; codes wait behind a disclosure', async ({
    explorer,
    page,
    pageProblems,
  }) => {
    const graph = committedGraph();
    const decision = graph.edges.find((e) => e.id === RUSSIA_DECIDES)!;
    await explorer.open();
    await explorer.tableRows.filter({ hasText: 'decided' }).getByRole('button', { name: 'Removal from list: Russia → Taliban', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`edge=${encodeURIComponent(RUSSIA_DECIDES)}`));

    // First the claim, as a sentence whose verb carries the status, with speaker, relay and day.
    await expect(explorer.detailsHeading).toHaveText(DECISION);
    const attribution = explorer.detailsHeading.locator('xpath=following-sibling::p[1]');
    await expect(attribution).toHaveText(/^said by\s*Zamir Kabulov\s*·\s*, reported by\s*TASS\s*·\s*, published 5 Oct 2024$/);
    await expect(explorer.details.locator('.eyebrow')).toHaveText('Relation · Removal from list');

    // Then the exact words with their speaker; then the sourcing; the codes last.
    const headings = await explorer.details.getByRole('heading').allTextContents();
    const at = (text: string): number => headings.findIndex((h) => h.startsWith(text));
    expect(headings[0]).toBe(DECISION);
    expect(at('Evidence')).toBe(1);
    expect(at('Sourcing')).toBeGreaterThan(at('Evidence'));
    expect(at('Codes and metrics')).toBe(headings.length - 1);
    const evidence = explorer.details.getByRole('region', { name: /^Evidence/ });
    await expect(evidence.getByText(/^Said by/)).toHaveText('Said by Zamir Kabulov, via TASS');
    await expect(evidence.locator('mark.mark-quote').first()).toHaveText(decision.evidence[0]!.quote);
    await expect(evidence.getByRole('button', { name: /Show in article/ }).first()).toBeVisible();
    await expect(explorer.details.getByRole('region', { name: 'Sourcing' })).toContainText('1 report · voanews.com · reported 5 Oct 2024');

    // Type codes, ids and raw fields only once asked for.
    const toggle = explorer.details.getByRole('button', { name: 'Codes and metrics' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(explorer.details).not.toContainText('CAMEO 081');
    await expect(explorer.details).not.toContainText(RUSSIA_DECIDES);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const codes = explorer.details.getByRole('region', { name: 'Codes and metrics' });
    await expect(codes).toContainText('PLOVER CONCEDE · CAMEO 081');
    await expect(codes.getByText(RUSSIA_DECIDES, { exact: true })).toBeVisible();
    expect(await detailsViolations(page)).toEqual([]);
    await toggle.click();
    await expect(explorer.details).not.toContainText('CAMEO 081');
    expect(pageProblems.console).toEqual([]);
  });

  test('a note names the claim it refers to in plain words, never its id, and leads to it', async ({ explorer, page }) => {
    const graph = committedGraph();
    expect(graph.edges.find((e) => e.id === PAKISTAN_DENIES)!.note).toContain('(r61)');
    await explorer.open();
    await explorer.table.getByRole('button', { name: 'Denial: Pakistan → Taliban', exact: true }).click();
    await expect(explorer.detailsHeading).toHaveText('Pakistan denied the charges of the Taliban');
    const note = explorer.details.locator('.claim-note');
    await expect(note).toHaveText("Note Pakistani officials refute the Taliban's charges (The Taliban accused Pakistan) as unfounded; date not given.");
    await expect(explorer.details).not.toContainText(/\(r\d+\)/);
    await note.getByRole('button', { name: 'The Taliban accused Pakistan' }).click();
    await expect(explorer.detailsHeading).toHaveText('The Taliban accused Pakistan');
    await expect(page).toHaveURL(new RegExp(`edge=${encodeURIComponent(TALIBAN_ACCUSE)}`));
    // A rumour never reads as fact: the accusation's status is said next to it.
    await expect(explorer.details.locator('.claim-status-line .status')).toHaveText('alleged');
  });

  test('an actor opens with who it is and its key claims, each with its quote; metrics behind the disclosure', async ({ explorer, page }) => {
    await explorer.open();
    await explorer.search.fill('Kabulov');
    await explorer.search.press('Enter');
    await expect(explorer.detailsHeading).toHaveText('Zamir Kabulov');
    await expect(explorer.details.locator('.actor-summary')).toHaveText('Zamir Kabulov is a person, Russian presidential envoy for Afghanistan, affiliated with Russia.');

    await explorer.details.getByRole('button', { name: 'Russia', exact: true }).first().click();
    await expect(explorer.detailsHeading).toHaveText('Russia');
    await expect(explorer.details.locator('.actor-summary')).toHaveText('Russia is a state.');
    const keyClaims = explorer.details.getByRole('region', { name: 'Key claims' }).getByRole('listitem');
    await expect(keyClaims).toHaveCount(3);
    await expect(keyClaims.first().getByRole('button').first()).toContainText('Russia put the Taliban on its list of terrorist organisations');
    await expect(keyClaims.first().locator('blockquote')).toHaveText(/^“.+”$/);

    // The importance table waits behind the disclosure, which stays open for the next actor.
    const importance = explorer.details.getByRole('table', { name: /^Importance of this actor/ });
    await expect(importance).toHaveCount(0);
    await explorer.details.getByRole('button', { name: 'Codes and metrics' }).click();
    await expect(importance).toBeVisible();
    await keyClaims.first().getByRole('button').first().click();
    await expect(explorer.detailsHeading).toHaveText(/^Russia put the Taliban on its list/);
    await explorer.details.getByRole('button', { name: 'Taliban', exact: true }).first().click();
    await expect(explorer.detailsHeading).toHaveText('Taliban');
    await expect(importance).toBeVisible();
    expect(await detailsViolations(page)).toEqual([]);
  });

  test.describe('documentation screenshot', () => {
    test.use({ viewport: { width: 1440, height: 1000 } });
    test.beforeAll(() => mkdirSync(DIR, { recursive: true }));

    test('a relation, evidence first', async ({ explorer, page }) => {
      await explorer.open(`?edge=${encodeURIComponent(RUSSIA_DECIDES)}`);
      await expect(explorer.detailsHeading).toHaveText(DECISION);
      await expect(explorer.details.getByRole('region', { name: 'Sourcing' })).toBeVisible();
      // The details panel alone, below the tabs (whose selected underline overlaps its top edge).
      const box = (await explorer.details.boundingBox())!;
      await page.screenshot({ path: `${DIR}/evidence-first.png`, clip: { x: box.x, y: box.y + 2, width: box.width, height: box.height - 2 } });
    });
  });
});
