// Nothing lost: a stale write from a second tab, a server that stops mid-review, a tab without the
// access token, undo and redo across saves, and the static build without an API.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { test, expect } from './support/fixtures';
import { startWorkspaceServer, type WorkspaceServer } from './support/workspace-server';

const ARTICLE = '2024-09-06_kyrgyzstan-removes-taliban';
const ARTICLE_TEXT = readFileSync(new URL(`../data/sources/${ARTICLE}.txt`, import.meta.url), 'utf8');
const DIST = process.env.KG_E2E_DIST ?? 'dist-test';

let server: WorkspaceServer;
let draftId: string;

/** The review state of each relation of the pasted article, read from the YAML on disk. */
function reviewStates(): Record<string, string> {
  const dir = join(server.root, 'data/annotations');
  const text = readFileSync(join(dir, `${draftId}.yaml`), 'utf8');
  const relations = (parse(text) as { relations: Array<{ id: string; review?: string }> }).relations;
  return Object.fromEntries(relations.map((r) => [r.id, r.review ?? 'reviewed']));
}

async function openDraft(page: Page, url = server.url) {
  await page.goto(url);
  await page.waitForFunction(() => window.__kgExplorer?.ready === true);
  await page.getByRole('tab', { name: 'Review' }).click();
  const review = page.getByRole('tabpanel', { name: 'Review' });
  await review.getByLabel('Article to review').selectOption(draftId);
  await expect(review.getByText(/^0 of \d+ reviewed$/)).toBeVisible();
  return review;
}

test.describe('review workspace: nothing lost', () => {
  // Each test walks a whole review flow through a real server and two builds of the graph.
  test.setTimeout(90_000);
  test.beforeEach(async ({ request }) => {
    server = await startWorkspaceServer({ dist: DIST, without: [ARTICLE] });
    // The article is pasted through the API, as the paste form does.
    const res = await request.post(`http://127.0.0.1:${server.port}/api/articles`, {
      headers: { 'x-workspace-token': server.token, origin: `http://127.0.0.1:${server.port}` },
      data: { text: ARTICLE_TEXT },
    });
    expect(res.status()).toBe(201);
    draftId = ((await res.json()) as { id: string }).id;
    expect(readdirSync(join(server.root, 'data/annotations'))).toContain(`${draftId}.yaml`);
  });
  test.afterEach(async () => {
    await server.dispose();
  });

  test('a write from a stale tab is refused with the newer version shown, and the edit can be re-applied', async ({ page, context }) => {
    const first = await openDraft(page);
    const other = await context.newPage();
    const second = await openDraft(other);
    const ids = await first.locator('[data-relation]').evaluateAll((els) => els.map((e) => e.getAttribute('data-relation')!));

    await page.bringToFront();
    await page.keyboard.press('a');
    await expect(first.getByText(/^1 of \d+ reviewed$/)).toBeVisible();
    await expect.poll(() => reviewStates()[ids[0]!]).toBe('reviewed');

    await other.bringToFront();
    await second.getByRole('button', { name: `Claim ${ids[2]}` }).click();
    await other.keyboard.press('x');
    const alert = second.getByRole('alert').filter({ hasText: 'Not saved' });
    await expect(alert).toContainText('changed since this page loaded it');
    // The newer version is shown (the first tab's accept) with this tab's kept edit on it; the disk has only the first.
    await expect(second.getByRole('listitem').filter({ has: other.getByRole('button', { name: `Claim ${ids[0]}` }) })).toContainText('reviewed');
    await expect(second.getByText(/^2 of \d+ reviewed$/)).toBeVisible();
    expect(reviewStates()[ids[2]!]).toBe('suggested');

    await alert.getByRole('button', { name: 'Re-apply my edit' }).click();
    await expect(second.getByText(/^2 of \d+ reviewed$/)).toBeVisible();
    // The count showed 2 before the re-apply too (the kept edit): wait for the disk, not the count.
    await expect.poll(() => reviewStates()).toMatchObject({ [ids[0]!]: 'reviewed', [ids[2]!]: 'rejected' });
    await expect(alert).toHaveCount(0);
  });

  test('when the server stops, the page says so, keeps the edits and saves them when it is back', async ({ page }) => {
    const review = await openDraft(page);
    const ids = await review.locator('[data-relation]').evaluateAll((els) => els.map((e) => e.getAttribute('data-relation')!));
    await server.stop();

    await page.keyboard.press('a');
    await expect(review.getByRole('alert')).toContainText('The workspace server does not answer');
    await page.keyboard.press('x');
    await expect(review.getByRole('alert')).toContainText('2 unsaved edits are kept in this browser');
    // Shown as done meanwhile, but nothing is on disk yet.
    await expect(review.getByText(/^2 of \d+ reviewed$/)).toBeVisible();
    expect(reviewStates()[ids[0]!]).toBe('suggested');
    const kept = await page.evaluate(
      () =>
        new Promise<number>((ok) => {
          const open = indexedDB.open('keyval-store');
          open.onsuccess = () => {
            const key = `kg-review-outbox:${sessionStorage.getItem('kg-review-tab')}`;
            const get = open.result.transaction('keyval').objectStore('keyval').get(key);
            get.onsuccess = () => ok((get.result as unknown[] | undefined)?.length ?? 0);
          };
        }),
    );
    expect(kept).toBe(2);

    await server.start();
    await expect(review.getByText('Saved 2 edits kept while the server was away.')).toBeVisible({ timeout: 15_000 });
    expect(reviewStates()).toMatchObject({ [ids[0]!]: 'reviewed', [ids[1]!]: 'rejected' });
  });

  test('undo and redo work across saves; the graph follows without moving the actors', async ({ page, explorer }) => {
    const review = await openDraft(page);
    const ids = await review.locator('[data-relation]').evaluateAll((els) => els.map((e) => e.getAttribute('data-relation')!));
    const mark = (id: string) => page.evaluate((x) => window.__kgExplorer!.reviewMark(x), `${draftId}#${id}`);
    const where = await explorer.nodePosition('kyrgyzstan');
    expect(await mark(ids[0]!)).toBe('suggested');
    // A rejected draft leaves the graph, which changes its shape: the actors stay where they were all the same.
    await page.keyboard.press('x');
    await expect(review.getByText(/^1 of \d+ reviewed$/)).toBeVisible();
    await expect.poll(() => reviewStates()[ids[0]!]).toBe('rejected');
    await expect.poll(() => mark(ids[0]!)).toBeNull();
    await explorer.waitUntilDrawn();
    const now = (await explorer.nodePosition('kyrgyzstan'))!;
    expect(Math.hypot(now.x - where!.x, now.y - where!.y)).toBeLessThan(1);

    await page.keyboard.press('Control+z');
    await expect(review.getByText(`Undone: reject ${ids[0]}`)).toBeVisible();
    await expect(review.getByText(/^0 of \d+ reviewed$/)).toBeVisible();
    expect(reviewStates()[ids[0]!]).toBe('suggested');
    await expect.poll(() => mark(ids[0]!)).toBe('suggested');

    await page.keyboard.press('Control+Shift+z');
    await expect(review.getByText(`Redone: reject ${ids[0]}`)).toBeVisible();
    expect(reviewStates()[ids[0]!]).toBe('rejected');
  });

  test('a tab without the access token can read but not write', async ({ page, request }) => {
    await page.goto(`http://127.0.0.1:${server.port}/`);
    await page.waitForFunction(() => window.__kgExplorer?.ready === true);
    await page.getByRole('tab', { name: 'Review' }).click();
    const review = page.getByRole('tabpanel', { name: 'Review' });
    await expect(review.getByRole('status').filter({ hasText: 'Read-only' })).toContainText('This tab has no access token');
    await review.getByLabel('Article to review').selectOption(draftId);
    await expect(review.getByRole('list', { name: 'Claims of this article' })).toBeVisible();
    await expect(review.getByRole('button', { name: /^Accept/ })).toHaveCount(0);
    await expect(review.getByRole('button', { name: 'Paste an article…' })).toHaveCount(0);

    const res = await request.post(`http://127.0.0.1:${server.port}/api/articles/${draftId}/actions`, {
      headers: { origin: `http://127.0.0.1:${server.port}` },
      data: { base: { version: 'x', registryVersion: 'y' }, action: { kind: 'accept-relation', id: 'd01' } },
    });
    expect(res.status()).toBe(401);
    expect(((await res.json()) as { error: string }).error).toContain('needs the access token');
  });
});

test('the static build has no review tab: nothing to write to', async ({ explorer, page }) => {
  await explorer.open();
  await expect(page.getByRole('tab', { name: 'Details' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Review' })).toHaveCount(0);
});
