// The review workspace through the real server (npm start's src/server/cli.ts) on a copy of data/:
// paste an article, accept, reject and edit its drafts, make a relation from selected words, merge
// a proposed actor, and find exactly that in the YAML on disk and, as reviewed, in the graph.
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { parse } from 'yaml';
import type { RelationItem } from '../src/domain/review-api';
import { test, expect } from './support/fixtures';
import { startWorkspaceServer, type WorkspaceServer } from './support/workspace-server';
import { showDetailsPanel } from './support/explorer-page';

const ARTICLE = '2024-09-06_kyrgyzstan-removes-taliban';
const ARTICLE_TEXT = readFileSync(new URL(`../data/sources/${ARTICLE}.txt`, import.meta.url), 'utf8');
const DIST = process.env.KG_E2E_DIST ?? 'dist-test';

/** A relation as the YAML holds it: hand-written ones have no review field. */
type RelationYaml = Omit<RelationItem, 'review'> & { review?: RelationItem['review'] };

function annotationOf(server: WorkspaceServer): { id: string; relations: RelationYaml[]; actors?: Array<{ id: string; label: string }>; mentions?: unknown[] } {
  const dir = join(server.root, 'data/annotations');
  const name = readdirSync(dir).find((n) => n.startsWith('2024-09-06_') && n.endsWith('.yaml'));
  if (!name) throw new Error('the pasted article has no annotation file');
  return { id: name.slice(0, -5), ...(parse(readFileSync(join(dir, name), 'utf8')) as { relations: RelationYaml[] }) };
}

function registryActor(server: WorkspaceServer, id: string): { id: string; label: string; aliases?: Array<string | { text: string }> } | undefined {
  const actors = parse(readFileSync(join(server.root, 'data/curated/actors.yaml'), 'utf8')) as Array<{ id: string; label: string }>;
  return actors.find((a) => a.id === id);
}

/** Selects `words` in the article reader, as a reader would with the mouse. */
async function selectWords(page: Page, words: string): Promise<void> {
  await page.evaluate((w) => {
    const body = document.querySelector('.reader-body')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(w);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + w.length);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return;
    }
    throw new Error(`"${w}" is not in the reader`);
  }, words);
}

/** Pastes the Kyrgyzstan article into the Review tab and waits for its draft. */
async function pasteArticle(review: Locator): Promise<void> {
  await review.getByRole('button', { name: 'Paste an article…' }).click();
  await review.getByLabel('Article text').fill(ARTICLE_TEXT);
  await review.getByRole('button', { name: 'Draft its claims' }).click();
  await expect(review.getByText(/^0 of \d+ reviewed$/)).toBeVisible();
}

async function openReview(page: Page, server: WorkspaceServer) {
  await page.goto(server.url);
  await page.waitForFunction(() => window.__kgExplorer?.ready === true);
  await page.getByRole('tab', { name: 'Review' }).click();
  return page.getByRole('tabpanel', { name: 'Review' });
}

test.describe('review workspace', () => {
  // A whole review session through a real server: a dozen saves, each rebuilding the graph.
  test.setTimeout(90_000);
  let server: WorkspaceServer;
  test.beforeEach(async () => {
    // The registry forgets the court, so the draft proposes it as a new actor.
    server = await startWorkspaceServer({ dist: DIST, without: [ARTICLE], withoutActors: ['pervomaysky-district-court'] });
  });
  test.afterEach(async () => {
    await server.dispose();
  });

  test('paste, accept three, reject one, edit one, add one from a selection, merge an actor: the YAML and the graph hold exactly that', async ({ page, pageProblems }) => {
    const review = await openReview(page, server);
    await expect(page).not.toHaveURL(/token=/);
    await review.getByRole('button', { name: 'Paste an article…' }).click();
    await review.getByLabel('Article text').fill(ARTICLE_TEXT);
    await review.getByRole('button', { name: 'Draft its claims' }).click();

    const queue = review.getByRole('list', { name: 'Claims of this article' });
    const items = queue.getByRole('listitem');
    const progress = review.getByText(/^0 of \d+ reviewed$/);
    await expect(progress).toBeVisible();
    const total = Number(/of (\d+)/.exec((await progress.textContent())!)![1]);
    expect(total).toBeGreaterThanOrEqual(7);
    await expect(items).toHaveCount(total);
    const ids = (await queue.locator('[data-relation]').evaluateAll((els) => els.map((e) => e.getAttribute('data-relation')!))).slice(0, total);

    // Three accepted with the A key, one after the other (the cursor moves on by itself).
    for (let i = 1; i <= 3; i++) {
      await page.keyboard.press('a');
      await expect(review.getByText(`${i} of ${total} reviewed`)).toBeVisible();
    }
    // One rejected with X.
    const rejected = ids[4]!;
    await review.getByRole('button', { name: `Claim ${rejected}` }).click();
    await page.keyboard.press('x');
    await expect(review.getByText(`4 of ${total} reviewed`)).toBeVisible();
    // One edited: its status becomes "decided".
    const edited = ids[3]!;
    await review.getByRole('button', { name: `Claim ${edited}` }).click();
    await page.keyboard.press('e');
    const editor = review.getByRole('form', { name: `Edit relation ${edited}` });
    await editor.getByLabel('Status').selectOption('decided');
    await editor.getByRole('button', { name: 'Save and mark reviewed' }).click();
    await expect(review.getByText(`5 of ${total} reviewed`)).toBeVisible();

    // A new relation from words selected in the article.
    const doc = annotationOf(server).id;
    await page.getByRole('tab', { name: 'Article' }).click();
    const reader = page.getByRole('tabpanel', { name: 'Article' });
    await reader.getByLabel('Document').selectOption(doc);
    // The reader shows the chosen article once it has rendered it; words are selected after that.
    await expect(reader).toContainText('the Taliban is no longer included');
    await selectWords(page, 'the Taliban is no longer included');
    await reader.getByRole('button', { name: 'New relation from this quote' }).click();
    const create = review.getByRole('form', { name: 'New relation' });
    await create.getByRole('combobox', { name: 'Source' }).fill('Kyrgyzstan');
    await page.getByRole('option', { name: /^Kyrgyzstan/ }).first().click();
    await create.getByLabel('Relation').selectOption({ label: 'Removal from list' });
    await create.getByRole('combobox', { name: 'Target' }).fill('Taliban');
    await page.getByRole('option', { name: /^Taliban/ }).first().click();
    await create.getByRole('button', { name: 'Add relation' }).click();
    await expect(review.getByText(`6 of ${total + 1} reviewed`)).toBeVisible();

    // The proposed court merged into the registry's Kyrgyz courts.
    const proposed = review.getByRole('listitem', { name: /^Proposed actor / });
    await expect(proposed).toHaveCount(1);
    const proposedLabel = (await proposed.getAttribute('aria-label'))!.replace('Proposed actor ', '');
    await proposed.getByRole('combobox', { name: /into another actor/ }).fill('Kyrgyz courts');
    await page.getByRole('option', { name: /^Kyrgyz courts/ }).first().click();
    await proposed.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect(review.getByRole('listitem', { name: /^Proposed actor / })).toHaveCount(0);
    // Shown at once; on disk when the last save is done.
    await expect.poll(() => (annotationOf(server).actors ?? []).length, { timeout: 15_000 }).toBe(0);

    // The files on disk hold exactly that.
    const saved = annotationOf(server);
    const byId = new Map(saved.relations.map((r) => [r.id, r]));
    for (const id of ids.slice(0, 3)) expect(byId.get(id)?.review, id).toBe('reviewed');
    expect(byId.get(rejected)?.review).toBe('rejected');
    expect(byId.get(edited)).toMatchObject({ status: 'decided', review: 'reviewed' });
    for (const id of ids.slice(5)) expect(byId.get(id)?.review, id).toBe('suggested');
    const added = saved.relations.filter((r) => !ids.includes(r.id));
    expect(added).toEqual([expect.objectContaining({ source: 'kyrgyzstan', type: 'delisting', target: 'taliban', quote: 'the Taliban is no longer included', review: 'reviewed' })]);
    expect(saved.actors ?? []).toEqual([]);
    expect(JSON.stringify(saved.relations)).not.toContain('pervomaysky');
    const courts = registryActor(server, 'kyrgyz-courts')!;
    expect((courts.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text))).toContain(proposedLabel);

    // The graph shows them as reviewed, the rejected one not at all.
    const graph = JSON.parse(readFileSync(join(server.root, 'data/graph.json'), 'utf8')) as { edges: Array<{ id: string; review?: string }> };
    const edge = (id: string) => graph.edges.find((e) => e.id === `${doc}#${id}`);
    expect(edge(ids[0]!)?.review).toBe('reviewed');
    expect(edge(rejected)).toBeUndefined();
    await expect.poll(() => page.evaluate((id) => window.__kgExplorer!.reviewMark(id), `${doc}#${ids[0]}`)).toBe('reviewed');
    await expect.poll(() => page.evaluate((id) => window.__kgExplorer!.reviewMark(id), `${doc}#${ids[6]}`)).toBe('suggested');

    // A reload keeps everything.
    await page.reload();
    await page.waitForFunction(() => window.__kgExplorer?.ready === true);
    const again = page.getByRole('tabpanel', { name: 'Review' });
    await page.getByRole('tab', { name: 'Review' }).click();
    await again.getByLabel('Article to review').selectOption(doc);
    await expect(again.getByText(`6 of ${total + 1} reviewed`)).toBeVisible();
    expect(pageProblems.csp).toEqual([]);
  });

  test('the graph rebuilt after a save leaves the review panel as the user left it: an actor chosen but not yet merged stays chosen', async ({ page }) => {
    const review = await openReview(page, server);
    await pasteArticle(review);
    const canvases = () => page.evaluate(() => window.__kgExplorer!.canvases);
    // The first canvas, and the one of the graph rebuilt with the pasted article's drafts.
    await expect.poll(canvases).toBe(2);

    const proposed = review.getByRole('listitem', { name: /^Proposed actor / });
    const picker = proposed.getByRole('combobox', { name: /into another actor/ });
    await picker.fill('Kyrgyz courts');
    await page.getByRole('option', { name: /^Kyrgyz courts/ }).first().click();
    await expect(picker).toHaveValue(/^Kyrgyz courts/);

    // Another decision is saved meanwhile; its rebuilt graph replaces the canvas, not the panel.
    await review.getByRole('button', { name: /^Accept/ }).click();
    await expect(review.getByText(/^1 of \d+ reviewed$/)).toBeVisible();
    await expect.poll(canvases).toBe(3);
    await expect(picker).toHaveValue(/^Kyrgyz courts/);
    await expect(proposed.getByRole('button', { name: 'Merge', exact: true })).toBeEnabled();
  });
});

test.describe('review workspace: a claim about an actor nobody proposed', () => {
  test.setTimeout(90_000);
  let server: WorkspaceServer;
  test.beforeEach(async () => {
    // The registry forgets Anadolu: the draft then has no claim of its report.
    server = await startWorkspaceServer({ dist: DIST, without: [ARTICLE], withoutActors: ['anadolu'] });
  });
  test.afterEach(async () => {
    await server.dispose();
  });

  test('an edit names a new actor as its source: the registry gains it, the claim points at it', async ({ page }) => {
    const review = await openReview(page, server);
    await pasteArticle(review);
    // The draft's claim on the sentence "… according to Anadolu" becomes Anadolu's report of it.
    const claim = review.getByRole('list', { name: 'Claims of this article' }).getByRole('listitem').filter({ hasText: /Prosecutor General's Office of Kyrgyzstan\s*Affiliation\s*Kyrgyzstan/ });
    const id = (await claim.getAttribute('data-relation'))!;
    await claim.getByRole('button', { name: `Claim ${id}` }).click();
    await page.keyboard.press('e');
    const editor = review.getByRole('form', { name: `Edit relation ${id}` });
    await editor.getByLabel('Relation').selectOption({ label: 'Reports / quotes' });
    await editor.getByRole('combobox', { name: 'Target' }).fill('Prosecutor General');
    await page.getByRole('option', { name: /^Prosecutor General's Office of Kyrgyzstan/ }).first().click();
    await editor.getByRole('button', { name: 'New actor…' }).first().click();
    const fields = editor.getByRole('group', { name: 'New source actor' });
    await fields.getByLabel('Name').fill('Anadolu');
    await fields.getByLabel('Kind').selectOption('media');
    await editor.getByRole('button', { name: 'Save and mark reviewed' }).click();
    await expect.poll(() => annotationOf(server).relations.find((r) => r.id === id)?.source, { timeout: 15_000 }).toBe('anadolu');
    expect(annotationOf(server).relations.find((r) => r.id === id)).toMatchObject({ type: 'reports', target: 'kyrgyz-prosecutor-general-office', review: 'reviewed' });
    expect(registryActor(server, 'anadolu')).toEqual({ id: 'anadolu', label: 'Anadolu', kind: 'media', aliases: ['Anadolu'] });
    await expect.poll(() => page.evaluate((x) => window.__kgExplorer!.reviewMark(x), 'anadolu')).toBe('reviewed');
  });
});

test.describe('review workspace: a saved page', () => {
  test.setTimeout(90_000);
  let server: WorkspaceServer;
  test.beforeEach(async () => {
    server = await startWorkspaceServer({ dist: DIST });
  });
  test.afterEach(async () => {
    await server.dispose();
  });

  test('an uploaded .html page is reduced to its article and drafted; a broken one is refused with the reason', async ({ page }) => {
    const review = await openReview(page, server);
    await review.getByRole('button', { name: 'Paste an article…' }).click();
    const before = readdirSync(join(server.root, 'data/sources')).length;
    await review.getByLabel('Or a saved article (.txt, .html)').setInputFiles({
      name: 'not-an-article.html',
      mimeType: 'text/html',
      buffer: readFileSync(new URL('../src/pipeline/ingest/__fixtures__/not-an-article.html', import.meta.url)),
    });
    await review.getByRole('button', { name: 'Draft its claims' }).click();
    await expect(review.getByRole('alert')).toBeVisible();
    expect(readdirSync(join(server.root, 'data/sources'))).toHaveLength(before);

    await review.getByLabel('Or a saved article (.txt, .html)').setInputFiles({
      name: 'saved-page.html',
      mimeType: 'text/html',
      buffer: readFileSync(new URL('../src/pipeline/ingest/__fixtures__/saved-page.html', import.meta.url)),
    });
    await review.getByRole('button', { name: 'Draft its claims' }).click();
    await expect(review.getByText(/^0 of \d+ reviewed$/)).toBeVisible();
    expect(readdirSync(join(server.root, 'data/sources'))).toHaveLength(before + 1);
    await expect(review.getByRole('button', { name: 'Paste an article…' })).toHaveAttribute('aria-expanded', 'false');
  });
});

// Pictures of the review mode for docs/review.md: UPDATE_DOCS_SCREENSHOTS=1 writes them to
// docs/screenshots; other runs walk the same flow and keep them in test-results.
const SHOTS = process.env.UPDATE_DOCS_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots/docs';

test.describe('review mode screenshots', () => {
  test.setTimeout(90_000);
  let server: WorkspaceServer;
  test.beforeEach(async () => {
    server = await startWorkspaceServer({ dist: DIST, without: [ARTICLE], withoutActors: ['pervomaysky-district-court'] });
  });
  test.afterEach(async () => {
    await server.dispose();
  });

  test('wide, tablet and phone', async ({ page }) => {
    mkdirSync(SHOTS, { recursive: true });
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    const review = await openReview(page, server);
    await pasteArticle(review);
    await page.keyboard.press('a');
    await expect(review.getByText(/^1 of \d+ reviewed$/)).toBeVisible();
    await expect.poll(() => annotationOf(server).relations.filter((r) => r.review === 'reviewed').length).toBe(1);
    await expect(review.getByRole('list', { name: 'Claims of this article' }).getByText('reviewed', { exact: true })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/review-queue.png` });

    await page.keyboard.press('e');
    await expect(review.getByRole('form', { name: /^Edit relation/ })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/review-edit.png` });
    await page.keyboard.press('Escape');
    await expect(review.getByRole('form', { name: /^Edit relation/ })).toHaveCount(0);

    await page.getByRole('tab', { name: 'Article' }).click();
    const reader = page.getByRole('tabpanel', { name: 'Article' });
    await expect(reader).toContainText('the Taliban is no longer included');
    await selectWords(page, 'the Taliban is no longer included');
    await expect(reader.getByRole('button', { name: 'New relation from this quote' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/review-selection.png` });

    for (const [name, width, height] of [['tablet', 820, 1180], ['phone', 390, 844]] as const) {
      await page.setViewportSize({ width, height });
      await showDetailsPanel(page);
      await page.getByRole('tab', { name: 'Review' }).click();
      await expect(review.getByText(/^1 of \d+ reviewed$/)).toBeVisible();
      // All five tabs in view: none scrolled out of the row.
      for (const tab of ['Details', 'Article', 'Story', 'Analyse', 'Review']) await expect(page.getByRole('tab', { name: tab, exact: true })).toBeInViewport({ ratio: 1 });
      // On a phone, reviewing is done with the sheet expanded over the graph. The sheet's bar stays
      // in view while the current claim scrolls into view below it.
      if (name === 'phone') {
        await expect(page.getByRole('button', { name: 'Expand' })).toBeInViewport();
        await page.getByRole('button', { name: 'Expand' }).click();
      }
      await expect(review.getByRole('button', { name: /^Accept/ })).toBeInViewport();
      await page.screenshot({ path: `${SHOTS}/review-${name}.png`, animations: 'disabled' });
    }
  });
});
