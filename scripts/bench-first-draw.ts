// First-draw benchmark: how long from navigation until the seed graph is drawn
// (window.__kgExplorer.ready), over several cold navigations (a fresh browser context each
// time, so nothing is cached). Serves the production build (run `vite build` first; the npm
// script does) with `vite preview`, drives Chromium with Playwright.
//   npm run bench:first-draw            # 15 runs
//   RUNS=30 npm run bench:first-draw
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium-path';

const RUNS = Number(process.env.RUNS ?? 15);
const BUDGET_MS = 1000;

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

const server = await preview({ build: { outDir: 'dist-test' }, preview: { host: '127.0.0.1', port: 4199, strictPort: false }, logLevel: 'error' });
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('vite preview did not report a URL');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

const samples: number[] = [];
try {
  // One warm-up navigation: the first page of a new browser process pays for its start-up.
  for (let run = -1; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__kgExplorer?.ready === true, undefined, { timeout: 20_000 });
    // readyAt is performance.now() at the first drawn frame: ms since the navigation started.
    const readyAt = await page.evaluate(() => window.__kgExplorer!.readyAt!);
    if (run >= 0) samples.push(readyAt);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const sorted = [...samples].sort((a, b) => a - b);
const result = {
  runs: samples.length,
  medianMs: Math.round(percentile(sorted, 50)),
  p95Ms: Math.round(percentile(sorted, 95)),
  minMs: Math.round(sorted[0]!),
  maxMs: Math.round(sorted[sorted.length - 1]!),
  budgetMs: BUDGET_MS,
  samplesMs: samples.map((s) => Math.round(s)),
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/first-draw.json', JSON.stringify(result, null, 2) + '\n');
console.log(`first draw of the seed graph over ${result.runs} cold navigations: median ${result.medianMs} ms, p95 ${result.p95Ms} ms (min ${result.minMs}, max ${result.maxMs}; budget ${BUDGET_MS} ms)`);
console.log('written to bench-results/first-draw.json');
if (result.medianMs > BUDGET_MS) process.exitCode = 1;
