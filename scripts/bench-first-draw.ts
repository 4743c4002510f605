// First-draw benchmark: how long from navigation until the seed graph is drawn
// (window.__kgExplorer.ready), over several cold navigations (a fresh browser context each
// time, so nothing is cached). Serves the production build (run `vite build` first; the npm
// script does) with `vite preview`, drives Chromium with Playwright.
//   npm run bench:first-draw            # 15 runs
//   RUNS=30 npm run bench:first-draw
//   npx tsx scripts/bench-first-draw.ts --dist /tmp/before,dist-test [--runs 15] [--cpu-throttle 4]
// With several builds (--dist a,b), navigations alternate between them (a, b, a, b, …), so that
// a busy moment of a shared machine weighs on both alike; each build gets its own figures and
// the ratio of the medians to the first one.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium-path';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    dist: { type: 'string', default: 'dist-test' },
    runs: { type: 'string', default: process.env.RUNS ?? '15' },
    'cpu-throttle': { type: 'string', default: '1' },
    out: { type: 'string', default: 'bench-results/first-draw.json' },
  },
});
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs (or RUNS) must be a positive whole number, not "${values.runs}"`);
const THROTTLE = Number(values['cpu-throttle']);
if (!Number.isFinite(THROTTLE) || THROTTLE < 1) throw new Error(`--cpu-throttle must be a number ≥ 1 (4 = four times slower), not "${values['cpu-throttle']}"`);
const BUDGET_MS = 1000;
const dists = values.dist.split(',').map((d) => d.trim()).filter(Boolean);

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

const servers: PreviewServer[] = [];
const urls: string[] = [];
for (const dist of dists) {
  const server = await preview({ build: { outDir: resolve(dist) }, preview: { host: '127.0.0.1', port: 4199, strictPort: false }, logLevel: 'error' });
  servers.push(server);
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`vite preview did not report a URL for ${dist}`);
  urls.push(url);
}
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

const samples: number[][] = dists.map(() => []);
try {
  // One warm-up navigation per build: the first page of a new browser process pays for its start-up.
  for (let run = -1; run < RUNS; run += 1) {
    for (let d = 0; d < dists.length; d += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      if (THROTTLE > 1) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
      }
      await page.goto(urls[d]!, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__kgExplorer?.ready === true, undefined, { timeout: 20_000 * THROTTLE });
      // readyAt is performance.now() at the first drawn frame: ms since the navigation started.
      const readyAt = await page.evaluate(() => window.__kgExplorer!.readyAt!);
      if (run >= 0) samples[d]!.push(readyAt);
      await context.close();
    }
  }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}

const results = dists.map((dist, d) => {
  const mine = samples[d]!;
  const sorted = [...mine].sort((a, b) => a - b);
  return {
    dist,
    runs: mine.length,
    medianMs: Math.round(percentile(sorted, 50)),
    p95Ms: Math.round(percentile(sorted, 95)),
    minMs: Math.round(sorted[0]!),
    maxMs: Math.round(sorted[sorted.length - 1]!),
    samplesMs: mine.map((s) => Math.round(s)),
  };
});
const result = { ...results[0]!, budgetMs: BUDGET_MS, cpuThrottle: THROTTLE, ...(results.length > 1 ? { builds: results } : {}) };
mkdirSync(resolve(values.out, '..'), { recursive: true });
writeFileSync(values.out, JSON.stringify(result, null, 2) + '\n');
for (const r of results) {
  const ratio = r === results[0] ? '' : `; ${(r.medianMs / results[0]!.medianMs).toFixed(2)}× ${results[0]!.dist}`;
  console.log(
    `${r.dist}: first draw of the seed graph over ${r.runs} cold navigations${THROTTLE > 1 ? ` (CPU ${THROTTLE}× slower)` : ''}: median ${r.medianMs} ms, p95 ${r.p95Ms} ms (min ${r.minMs}, max ${r.maxMs}; budget ${BUDGET_MS} ms${ratio})`,
  );
}
console.log(`written to ${values.out}`);
if (THROTTLE === 1 && results.some((r) => r.medianMs > BUDGET_MS)) process.exitCode = 1;
