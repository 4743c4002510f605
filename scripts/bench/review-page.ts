// bench:review's side of the page: a probe injected before the app's scripts, and the two timed
// interactions. Start and end are read on the page's own clock (the input's listener, then the
// first animation frame showing the result), so Playwright's round trips are not counted.
import { readFileSync } from 'node:fs';
import type { Locator, Page, Response } from '@playwright/test';

/** Plain JavaScript (not a bundled function): nothing of tsx's output reaches the page. */
export const PROBE = `(() => {
  try { performance.setResourceTimingBufferSize(100000); } catch {}
  const b = { key: null, click: null, pending: null };
  window.__kgReviewBench = b;
  // Capture listeners on window run before the app's (on document, or React's root).
  window.addEventListener('keydown', (e) => { if (e.key === 'a' && !e.repeat) b.key = performance.now(); }, true);
  window.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    if (button && button.textContent.trim() === 'Draft its claims') b.click = performance.now();
  }, true);
  b.watch = (test, timeoutMs) => { b.pending = new Promise((done) => {
    const started = performance.now();
    const tick = () => {
      let hit = false;
      try { hit = test(); } catch {}
      if (hit) return done(performance.now());
      if (performance.now() - started > timeoutMs) return done(null);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }); };
  b.claimsShown = () => document.querySelector('ol[aria-label="Claims of this article"] > li') !== null;
  b.reviewed = (id) => () => window.__kgExplorer?.reviewMark(id) === 'reviewed';
  b.resources = (after) => performance.getEntriesByType('resource').filter((r) => r.startTime >= after)
    .map((r) => ({ path: new URL(r.name).pathname, start: r.startTime, responseStart: r.responseStart, end: r.responseEnd }));
  b.perf = (after) => performance.getEntries().filter((e) => (e.entryType === 'mark' || e.entryType === 'measure') && e.name.startsWith('kg:') && e.startTime >= after)
    .map((e) => ({ name: e.name, start: e.startTime, duration: e.duration }));
  // Resolves after \`n\` frames in a row each came within \`gapMs\` of the previous one (or after maxMs).
  b.calm = (n, gapMs, maxMs) => new Promise((done) => {
    const started = performance.now();
    let last = started, streak = 0;
    const tick = (t) => {
      streak = t - last <= gapMs ? streak + 1 : 0;
      last = t;
      if (streak >= n || t - started > maxMs) return done(streak >= n);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
})();`;

interface Resource {
  path: string;
  start: number;
  responseStart: number;
  end: number;
}

type Bench = {
  key: number | null;
  click: number | null;
  pending: Promise<number | null> | null;
  watch(test: () => boolean, timeoutMs: number): void;
  claimsShown(): boolean;
  reviewed(id: string): () => boolean;
  resources(after: number): Resource[];
  perf(after: number): Array<{ name: string; start: number; duration: number }>;
  calm(n: number, gapMs: number, maxMs: number): Promise<boolean>;
};
declare global {
  interface Window {
    __kgReviewBench: Bench;
  }
}

/** Counts requests in flight, to wait for the page's saves and reloads to finish. */
export function trackRequests(page: Page): () => number {
  let inflight = 0;
  page.on('request', () => (inflight += 1));
  page.on('requestfinished', () => (inflight -= 1));
  page.on('requestfailed', () => (inflight -= 1));
  return () => inflight;
}

/** Busy and total CPU time of the machine so far (Linux); null elsewhere. */
function cpuTimes(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    return { busy: total - fields[3]! - (fields[4] ?? 0), total };
  } catch {
    return null;
  }
}

/** Waits (at most `maxMs`) until the machine's CPUs are ≥ 80 % idle over 300 ms: the page's workers (layout, metrics) and the server have finished. */
async function cpuQuiet(page: Page, maxMs = 30_000): Promise<void> {
  const until = Date.now() + maxMs;
  while (Date.now() < until) {
    const a = cpuTimes();
    await page.waitForTimeout(300);
    const b = cpuTimes();
    if (!a || !b || b.total === a.total || (b.busy - a.busy) / (b.total - a.total) < 0.2) return;
  }
}

/** Waits until no request is in flight for `quietMs`, frames come calmly (the reload has drawn) and the CPUs are idle. */
export async function settle(page: Page, inflight: () => number, quietMs = 400, maxMs = 120_000): Promise<void> {
  const until = Date.now() + maxMs;
  for (let quietSince = Date.now(); Date.now() < until; ) {
    await page.waitForTimeout(50);
    if (inflight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) {
      await page.evaluate(() => window.__kgReviewBench.calm(10, 50, 10_000));
      await cpuQuiet(page);
      if (inflight() === 0) return;
    }
  }
  throw new Error('the page did not settle');
}

export const reviewPanel = (page: Page): Locator => page.getByRole('tabpanel', { name: 'Review' });

export async function openReview(page: Page, url: string, inflight: () => number): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__kgExplorer?.ready === true, null, { timeout: 180_000 });
  const tab = page.getByRole('tab', { name: 'Review' });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await reviewPanel(page).getByRole('button', { name: 'Paste an article…' }).waitFor();
  await settle(page, inflight);
}

export interface PasteSample {
  /** Click on "Draft its claims" → first frame with the claims list's first item. */
  shownMs: number;
  /** POST /api/articles, request start → response end (the server's draft + rebuild, and the upload). */
  postMs: number;
  /** The click → the request leaving (the page's own work before it). */
  beforePostMs: number;
  /** The response → the claims shown (JSON, React render). */
  afterPostMs: number;
  /** The draft alone, as the server's summary gives it. */
  draftMs: number | null;
  articleId: string;
  relations: Array<{ id: string; source: string; target: string }>;
}

const isPost = (path: RegExp) => (r: Response) => r.request().method() === 'POST' && path.test(new URL(r.url()).pathname);

export async function measurePaste(page: Page, text: string): Promise<PasteSample> {
  const review = reviewPanel(page);
  await review.getByRole('button', { name: 'Paste an article…' }).click();
  await review.getByLabel('Article text').fill(text);
  await page.evaluate(() => {
    const b = window.__kgReviewBench;
    b.click = null;
    b.watch(b.claimsShown, 180_000);
  });
  const response = page.waitForResponse(isPost(/^\/api\/articles$/), { timeout: 180_000 });
  await review.getByRole('button', { name: 'Draft its claims' }).click();
  const shown = await page.evaluate(() => window.__kgReviewBench.pending);
  const res = await response;
  if (res.status() !== 201) throw new Error(`the paste was refused (${res.status()}): ${await res.text()}`);
  const body = (await res.json()) as { id: string; summary: string; article: { relations: Array<{ id: string; source: string; target: string; review: string }> } };
  const click = await page.evaluate(() => window.__kgReviewBench.click);
  if (shown === null || click === null) throw new Error('the claims of the pasted article were not shown');
  const post = (await page.evaluate((t) => window.__kgReviewBench.resources(t), click)).find((r) => r.path === '/api/articles');
  if (!post) throw new Error('no resource timing for POST /api/articles');
  const draft = /(\d+) ms$/.exec(body.summary);
  return {
    shownMs: shown - click,
    postMs: post.end - post.start,
    beforePostMs: post.start - click,
    afterPostMs: shown - post.end,
    draftMs: draft ? Number(draft[1]) : null,
    articleId: body.id,
    relations: body.article.relations.filter((r) => r.review === 'suggested').map(({ id, source, target }) => ({ id, source, target })),
  };
}

export interface AcceptSample {
  relation: string;
  /** Keydown 'a' → first frame whose canvas element carries the reviewed mark (the page may paint the decision before the save). */
  totalMs: number;
  /** Keydown → the rebuilt graph's canvas built (the app's kg:layout-done mark of the reload). */
  savedMs: number | null;
  /** POST …/actions, request start → response end. */
  postMs: number;
  /** The server's own figure for it (apply, build, write graph.json), from the response. */
  serverMs: number;
  /** The response → the rebuilt graph's canvas built. */
  reloadMs: number | null;
  /** The response → the reload's request for the graph (the page's handling of the save). */
  beforeGraphMs: number | null;
  /** GET /data/graph.json of that reload, request start → response end. */
  graphFetchMs: number | null;
  /** … of which request start → first byte. */
  graphFirstByteMs: number | null;
  /** Its response end → the new canvas built: parse, check, index, React, Cytoscape. */
  graphToCanvasMs: number | null;
  /** GET /api/articles (the list's refresh, sent alongside). */
  listMs: number | null;
  /** The app's own marks of that reload: graph received → the canvas effect (parse, check, index, React), then the canvas built (Cytoscape, placement). */
  client: { parseMs: number | null; validateMs: number | null; toEffectMs: number; canvasMs: number } | null;
}

/** The suggested claims whose own edge the canvas draws now (at size M, level of detail draws few). */
export async function drawnSuggested(page: Page, articleId: string, ids: string[]): Promise<string[]> {
  const marks = await page.evaluate(([a, list]) => list.map((id) => window.__kgExplorer?.reviewMark(`${a}#${id}`) ?? null), [articleId, ids] as const);
  return ids.filter((_, i) => marks[i] === 'suggested');
}

export async function measureAccept(page: Page, articleId: string, relation: string, inflight: () => number): Promise<AcceptSample> {
  const review = reviewPanel(page);
  await review.getByRole('button', { name: `Claim ${relation}`, exact: true }).click();
  await review.locator(`li[aria-current="true"][data-relation="${relation}"]`).waitFor();
  await settle(page, inflight, 200);
  const edge = `${articleId}#${relation}`;
  await page.evaluate((id) => {
    const b = window.__kgReviewBench;
    b.key = null;
    b.watch(b.reviewed(id), 120_000);
  }, edge);
  const response = page.waitForResponse(isPost(/\/actions$/), { timeout: 120_000 });
  await page.keyboard.press('a');
  const frame = await page.evaluate(() => window.__kgReviewBench.pending);
  const res = await response;
  if (!res.ok()) throw new Error(`accept ${relation} was refused (${res.status()}): ${await res.text()}`);
  const { ms } = (await res.json()) as { ms: number };
  const key = await page.evaluate(() => window.__kgReviewBench.key);
  if (frame === null || key === null) throw new Error(`the canvas never drew ${edge} as reviewed`);
  // The save and the reload may end after the reviewed frame: read their timings once all is done.
  await settle(page, inflight);
  const resources = await page.evaluate((t) => window.__kgReviewBench.resources(t), key);
  const post = resources.find((r) => r.path.endsWith('/actions'));
  if (!post) throw new Error('no resource timing for POST …/actions');
  const graph = resources.find((r) => r.path === '/data/graph.json' && r.start >= post.end);
  const list = resources.find((r) => r.path === '/api/articles' && r.start >= post.end);
  const perf = graph ? await page.evaluate((t) => window.__kgReviewBench.perf(t), graph.start) : [];
  const after = (name: string, t: number) => perf.find((e) => e.name === name && e.start >= t);
  const [effect, laid] = graph ? [after('kg:graph-effect', graph.end), after('kg:layout-done', graph.end)] : [undefined, undefined];
  const client =
    graph && effect && laid
      ? { parseMs: after('kg:parse', graph.start)?.duration ?? null, validateMs: after('kg:validate', graph.start)?.duration ?? null, toEffectMs: effect.start - graph.end, canvasMs: laid.start - effect.start }
      : null;
  return {
    relation,
    totalMs: frame - key,
    savedMs: laid ? laid.start - key : null,
    postMs: post.end - post.start,
    serverMs: ms,
    reloadMs: laid ? laid.start - post.end : null,
    beforeGraphMs: graph ? graph.start - post.end : null,
    graphFetchMs: graph ? graph.end - graph.start : null,
    graphFirstByteMs: graph ? graph.responseStart - graph.start : null,
    graphToCanvasMs: graph && laid ? laid.start - graph.end : null,
    listMs: list ? list.end - list.start : null,
    client,
  };
}
