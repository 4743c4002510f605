// Claims across articles: a claim told by several articles lists each report (outlet, article,
// quotes) with its sourcing; claims that overtake, deny or answer each other lead to one another;
// the relations table counts reports and outlets. On the committed graph.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { outletLabel } from '../src/domain/claims/reports';
import { test, expect, committedGraph } from './support/fixtures';

/** UAE → Taliban, accepts a Taliban ambassador: 4 reports in 3 articles of 3 outlets. */
const UAE_ACCEPTS = '000_13209300025090b4#r64';
/** Russia has listed the Taliban since 2003, superseded by Russia's decision to delist them. */
const RUSSIA_LISTS = '000_13209300025090b4#r57';
const RUSSIA_DELISTS = '000_13209300025090b4#r01';
/** The two claims in plain words, as the details' headings say them. */
const LISTING = 'Russia put the Taliban on its list of terrorist organisations';
const DECISION = 'Russia decided to remove the Taliban from its list of terrorist organisations';
/** The Taliban accuse Pakistan; Pakistan's denial answers them. */
const TALIBAN_ACCUSE = '000_13209300025090b4#r61';
const PAKISTAN_DENIES = '000_13209300025090b4#r62';

// The committed picture changes only on purpose (as in docs-screenshots.spec.ts).
const DIR = process.env.UPDATE_DOCS_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots/docs';

const edgeUrl = (id: string): string => `?edge=${encodeURIComponent(id)}`;

test.describe('claims across articles', () => {
  test('a corroborated claim shows its sourcing and each report, earliest first, with its quotes', async ({ explorer, page, pageProblems }) => {
    const graph = committedGraph();
    const claim = graph.edges.find((e) => e.id === UAE_ACCEPTS)!;
    const seed = graph.documents.find((d) => d.id === claim.reports![0]!.documentId)!;
    await explorer.open(edgeUrl(UAE_ACCEPTS));
    await expect(explorer.detailsHeading).toHaveText('The United Arab Emirates took a step towards recognising the Taliban');

    const sourcing = explorer.details.getByRole('region', { name: 'Sourcing' });
    await expect(sourcing).toContainText('4 reports · 3 articles · 3 outlets · first reported 22 Aug 2024, last 5 Oct 2024');
    // Three independent origins: no single-source warning.
    await expect(sourcing.getByText('Single source')).toHaveCount(0);
    await expect(sourcing.getByRole('button', { name: 'thefrontierpost.com' })).toBeVisible();
    await expect(sourcing.getByRole('button', { name: 'brecorder.com (AFP)' })).toBeVisible();

    await expect(explorer.details.getByRole('heading', { name: /^Reports/ })).toContainText('4');
    const reports = explorer.details.getByRole('list', { name: 'Reports, earliest first' }).locator(':scope > li');
    await expect(reports).toHaveCount(4);
    await expect(reports.locator('.report-outlet')).toHaveText(['thefrontierpost.com', 'brecorder.com (AFP)', 'brecorder.com (AFP)', outletLabel(seed)]);
    await expect(reports.nth(0)).toContainText('22 Aug 2024');
    await expect(reports.nth(0)).toContainText('Taliban appoint their first accredited ambassador');
    // Each report names its own speaker, also where it differs from the claim's.
    await expect(reports.nth(2)).toContainText('Said by Taliban Foreign Ministry');

    // Each report's exact words, marked, and a way to them in the article.
    const afp = reports.nth(1);
    await expect(afp.locator('mark.mark-quote').first()).toHaveText('The United Arab Emirates has accepted the credentials of an ambassador from Afghanistan’s Taliban government');
    // An outlet named in the sourcing leads to its report.
    await sourcing.getByRole('button', { name: 'brecorder.com (AFP)' }).click();
    await expect(reports.nth(1)).toBeFocused();
    await expect(reports.nth(1)).toBeInViewport();

    // The new sections pass axe (scoped to the details, as a11y.spec.ts runs it on the whole page).
    const axe = await new AxeBuilder({ page })
      .include('#tabpanel-details')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .options({ resultTypes: ['violations'] })
      .setLegacyMode()
      .analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await afp.getByRole('button', { name: /Show in article/ }).first().click();
    await expect(page.getByRole('tab', { name: 'Article' })).toHaveAttribute('aria-selected', 'true');
    await expect(explorer.reader.getByRole('heading', { level: 2 })).toHaveText(/^UAE accepts the credentials of the Taliban/);
    expect(pageProblems.console).toEqual([]);
  });

  test('a claim told once keeps its evidence list and is marked single source', async ({ explorer }) => {
    await explorer.open(edgeUrl(TALIBAN_ACCUSE));
    await expect(explorer.detailsHeading).toHaveText('The Taliban accused Pakistan');
    const sourcing = explorer.details.getByRole('region', { name: 'Sourcing' });
    await expect(sourcing).toContainText('1 report · ');
    const badge = sourcing.getByText(/^Single source/);
    await expect(badge).toBeVisible();
    await expect(badge).toHaveAttribute('title', /^Rests on one outlet or agency/);
    await expect(explorer.details.getByRole('heading', { name: /^Evidence/ })).toContainText('1');
    await expect(explorer.details.getByRole('list', { name: 'Reports, earliest first' })).toHaveCount(0);
  });

  test('superseded, denied and answered claims lead to each other', async ({ explorer, page }) => {
    await explorer.open(edgeUrl(RUSSIA_LISTS));
    await expect(explorer.detailsHeading).toHaveText(LISTING);
    const superseded = explorer.details.getByRole('region', { name: 'Superseded by' });
    const delisting = superseded.getByRole('button', { name: /^Russia decided to remove the Taliban/ });
    await expect(delisting).toContainText('decided');
    await delisting.click();
    await expect(explorer.detailsHeading).toHaveText(DECISION);
    await expect(page).toHaveURL(new RegExp(`edge=${encodeURIComponent(RUSSIA_DELISTS)}`));
    // And back: the decision names the listing it overtakes.
    await explorer.details.getByRole('region', { name: 'Supersedes' }).getByRole('button', { name: /^Russia put the Taliban on its list/ }).click();
    await expect(explorer.detailsHeading).toHaveText(LISTING);

    await explorer.open(edgeUrl(TALIBAN_ACCUSE));
    await explorer.details.getByRole('region', { name: 'Denied by' }).getByRole('button', { name: /^Pakistan denied the charges of the Taliban/ }).click();
    await expect(explorer.detailsHeading).toHaveText('Pakistan denied the charges of the Taliban');
    await expect(page).toHaveURL(new RegExp(`edge=${encodeURIComponent(PAKISTAN_DENIES)}`));
    await expect(explorer.details.getByRole('region', { name: 'Denies' }).getByRole('button', { name: /^The Taliban accused Pakistan/ })).toBeVisible();
  });

  test('the relations table counts reports and outlets, and sorts by them', async ({ explorer }) => {
    const graph = committedGraph();
    await explorer.open(edgeUrl(UAE_ACCEPTS));
    const headers = await explorer.table.getByRole('columnheader').allTextContents();
    const col = (label: string): number => headers.findIndex((h) => h.startsWith(label));
    expect(col('Reports')).toBeGreaterThan(0);
    expect(col('Outlets')).toBeGreaterThan(0);

    const row = explorer.table.locator('tbody tr.is-selected');
    await expect(row).toHaveCount(1);
    await expect(row.locator('td').nth(col('Reports'))).toHaveText('4');
    const outlets = row.locator('td').nth(col('Outlets'));
    await expect(outlets).toHaveText('3');
    await expect(outlets).toHaveAttribute('title', /^3 outlets: .*thefrontierpost\.com.*brecorder\.com \(AFP\)/);

    // A claim told once, by one outlet: marked as resting on a single source.
    await explorer.open(edgeUrl(TALIBAN_ACCUSE));
    const single = explorer.table.locator('tbody tr.is-selected td').nth(col('Outlets'));
    await expect(single).toContainText('1 source');
    await expect(single).toHaveAttribute('title', /single source/);

    // Sorting by Reports puts the most reported claim first.
    const most = Math.max(...graph.edges.map((e) => e.reports?.length ?? 1));
    await explorer.table.getByRole('button', { name: 'Reports', exact: true }).click();
    await expect(explorer.table.getByRole('columnheader', { name: /^Reports/ })).toHaveAttribute('aria-sort', 'descending');
    await expect(explorer.tableRows.first().locator('td').nth(col('Reports'))).toHaveText(String(most));
  });

  test.describe('documentation screenshot', () => {
    // Tall enough for the details panel to show the sourcing, the facts and the first reports at once.
    test.use({ viewport: { width: 1440, height: 1500 } });
    test.beforeAll(() => mkdirSync(DIR, { recursive: true }));

    test('the reports of a corroborated claim', async ({ explorer, page }) => {
      await explorer.open(edgeUrl(UAE_ACCEPTS));
      await expect(explorer.details.getByRole('region', { name: 'Sourcing' })).toContainText('4 reports · 3 articles · 3 outlets');
      await expect(explorer.details.getByRole('list', { name: 'Reports, earliest first' }).locator(':scope > li')).toHaveCount(4);
      // The details panel alone, below the tabs (whose selected underline overlaps its top edge).
      const box = (await explorer.details.boundingBox())!;
      await page.screenshot({ path: `${DIR}/claim-reports.png`, clip: { x: box.x, y: box.y + 2, width: box.width, height: box.height - 2 } });
    });
  });
});

