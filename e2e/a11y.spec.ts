import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, committedGraph, findEdge } from './support/fixtures';
import { startWorkspaceServer } from './support/workspace-server';

// One axe pass over the explorer on the committed graph (about 3,200 elements, three quarters of
// them the 181-row relations table) took 6–14 s on the 2-core test machine with the defaults,
// not in axe's rules (2.5 s) but in moving results around: @axe-core/playwright runs axe per
// frame, returns the partial results (3.6 MB, every passing node) through Playwright, and
// aggregates them in a second, blank page. The page has no frames, so legacy mode (one axe.run in
// the page; frames would still be checked, cross-origin ones reported as untested) finds the
// same violations in about 2.5 s; and only violations are read, so only they are aggregated
// (every rule still runs on every element).
// axe's label-in-name rule (WCAG 2.5.3) is experimental, so off by default: it is switched on here.
async function seriousViolations(page: Page, within?: string) {
  let axe = new AxeBuilder({ page }).options({
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    rules: { 'label-content-name-mismatch': { enabled: true } },
    resultTypes: ['violations'],
  });
  if (within) axe = axe.include(within);
  const results = await axe.setLegacyMode().analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * WCAG 2.5.3 (label in name), checked by hand as well: every control named by aria-label or
 * aria-labelledby has a name that contains the words it shows (case, punctuation and symbols
 * aside), so that "click Evidence" finds the button that says Evidence.
 */
function labelNotInName(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const words = (t: string): string => t.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const shown = (el: Element): string => {
      if (el.classList.contains('visually-hidden')) return '';
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') return '';
      let text = '';
      for (const child of el.childNodes) text += child instanceof Element ? shown(child) : child.nodeType === Node.TEXT_NODE ? ` ${child.textContent} ` : '';
      return text;
    };
    const controls = 'button, a[href], summary, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="option"], [role="checkbox"], [role="radio"], [role="switch"]';
    const out: string[] = [];
    for (const el of document.querySelectorAll(controls)) {
      const labelledBy = el.getAttribute('aria-labelledby');
      const name = labelledBy ? labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : el.getAttribute('aria-label');
      if (name === null || el.getClientRects().length === 0) continue;
      const text = words(shown(el));
      if (text && !words(name).includes(text)) out.push(`${el.tagName.toLowerCase()} named "${name}" shows "${text}"`);
    }
    return out;
  });
}

/** Both checks at once: no serious or critical axe violation, and every shown label in its control's name. */
async function problems(page: Page, within?: string): Promise<string[]> {
  return [...(await seriousViolations(page, within)), ...(await labelNotInName(page))];
}

test.describe('accessibility (axe)', () => {
  // Two or three axe passes, each a few seconds while the other worker runs: 30 s is too tight.
  test.slow();
  test('the default view, a selection and the reader have no serious or critical violations', async ({ explorer, page }) => {
    const graph = committedGraph();
    await explorer.open();
    expect(await problems(page)).toEqual([]);

    await explorer.clickNode('taliban');
    await expect(explorer.detailsHeading).toHaveText('Taliban');
    await explorer.search.fill('Wash');
    await expect(explorer.searchResults).toBeVisible();
    expect(await problems(page)).toEqual([]);

    await explorer.search.fill('');
    await explorer.open(`?edge=${encodeURIComponent(findEdge(graph, 'taliban', 'accusation', 'pakistan'))}&panel=reader`);
    await expect(explorer.reader.locator('.sentence.is-support').first()).toBeVisible();
    expect(await problems(page)).toEqual([]);
  });

  test('the analyst tools (toolbar menus, timeline, Analyse tab with a path and a focus, group legend) have no serious or critical violations', async ({ explorer, page }) => {
    await explorer.open('?path-from=united-states&path-to=pakistan&focus=taliban&depth=2&years=2003-2024&colour=community&size=pagerank&panel=analyse&node=taliban');
    await explorer.waitForAnalytics();
    await expect(explorer.analyse.getByRole('region', { name: /^Path 1:/ })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Groups' })).toBeVisible();
    await explorer.toolbar.getByRole('button', { name: 'Export', exact: true }).click();
    expect(await problems(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await explorer.toolbar.getByRole('button', { name: 'Layout', exact: true }).click();
    await page.getByRole('tab', { name: 'Details' }).click();
    await explorer.details.getByRole('button', { name: 'Codes and metrics' }).click();
    await expect(explorer.details.getByRole('table', { name: /^Importance of this actor/ })).toBeVisible();
    expect(await problems(page)).toEqual([]);
  });

  test('an import refusal and an imported GEXF graph have no serious or critical violations', async ({ explorer, page }) => {
    await explorer.open();
    await explorer.importFile({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "nodes": ') });
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await problems(page)).toEqual([]);
    await explorer.importFile('src/domain/formats/__fixtures__/les-miserables.gexf');
    await explorer.waitUntilDrawn();
    await expect(page.getByText('77 actors', { exact: true })).toBeVisible();
    expect(await problems(page)).toEqual([]);
  });

  test('the loading error has no serious or critical violations', async ({ explorer, page }) => {
    await explorer.serveGraph('/graphs/broken.json', 'nope');
    await page.goto('/?graph=/graphs/broken.json');
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await problems(page)).toEqual([]);
  });

  test('the details of a relation, its row in the table, the Story tab and the keyboard cursor have none either', async ({ explorer, page }) => {
    const graph = committedGraph();
    await explorer.open(`?edge=${encodeURIComponent(findEdge(graph, 'taliban', 'accusation', 'pakistan'))}`);
    await expect(explorer.details.getByText(/Relation · /)).toBeVisible();
    await expect(explorer.table.locator('tr[aria-current="true"]')).toBeVisible();
    expect(await problems(page)).toEqual([]);

    // The canvas focused with its cursor on an actor, and what the live region says.
    await page.getByRole('application', { name: /^Graph of / }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('#graph-cursor-status')).toContainText(' — ');
    expect(await problems(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Story' }).click();
    await expect(explorer.story.getByRole('heading', { level: 2 })).toBeVisible();
    expect(await problems(page)).toEqual([]);
  });

  test('the import progress card has no serious or critical violations', async ({ explorer, page }) => {
    // Big enough that parsing lasts seconds: the card is checked while it shows, then cancelled.
    const path = test.info().outputPath('many.gexf');
    const nodes = 40_000;
    const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph defaultedgetype="undirected">\n<nodes>\n'];
    for (let i = 0; i < nodes; i++) parts.push(`<node id="n${i}" label="Actor ${i}"/>\n`);
    parts.push('</nodes>\n<edges>\n');
    for (let i = 0; i < nodes * 3; i++) parts.push(`<edge id="e${i}" source="n${i % nodes}" target="n${(i * 7 + 1) % nodes}"/>\n`);
    parts.push('</edges>\n</graph>\n</gexf>\n');
    writeFileSync(path, parts.join(''));
    await explorer.open();
    await explorer.importFile(path);
    const card = page.getByRole('region', { name: /^Opening / });
    await expect(card.getByRole('button', { name: 'Cancel' })).toBeVisible();
    expect(await problems(page, '.import-progress')).toEqual([]);
    await card.getByRole('button', { name: 'Cancel' }).click();
    await expect(card).toHaveCount(0);
  });

  test('the Review tab, served by the workspace server, has none either', async ({ page }) => {
    const server = await startWorkspaceServer({ dist: process.env.KG_E2E_DIST ?? 'dist-test' });
    try {
      await page.goto(server.url);
      await page.waitForFunction(() => window.__kgExplorer?.ready === true);
      await page.getByRole('tab', { name: 'Review' }).click();
      const review = page.getByRole('tabpanel', { name: 'Review' });
      const picker = review.getByRole('combobox', { name: 'Article to review' });
      await picker.selectOption({ index: 1 });
      await expect(review.getByRole('list', { name: 'Claims of this article' }).getByRole('listitem').first()).toBeVisible();
      expect(await problems(page)).toEqual([]);
    } finally {
      await server.dispose();
    }
  });
});

test.describe('accessibility (axe) on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test.slow();
  test('the details, filters and table sheets have no serious or critical violations', async ({ explorer, page }) => {
    const panels = page.getByRole('navigation', { name: 'Panels' });
    // A link to a selection opens its details in a sheet at peek height.
    await explorer.open('?node=taliban');
    const details = page.locator('#sheet-details');
    await expect(details).toBeVisible();
    await expect(explorer.detailsHeading).toHaveText('Taliban');
    expect(await problems(page)).toEqual([]);

    await panels.getByRole('button', { name: 'Filters' }).tap();
    await expect(page.locator('#sheet-filters')).toBeVisible();
    expect(await problems(page)).toEqual([]);

    await panels.getByRole('button', { name: 'Relations' }).tap();
    await expect(page.locator('#sheet-table')).toBeVisible();
    await expect(explorer.tableRows.first()).toBeVisible();
    expect(await problems(page)).toEqual([]);
  });
});
