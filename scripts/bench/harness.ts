// The scale benchmark: generates graph files of each size, serves the explorer's production
// build and the baseline page, and measures both in headless Chromium through Playwright.
// `npm run bench` (scripts/bench/cli.ts) prints and writes the results; the smoke test
// (e2e/bench-smoke.spec.ts) runs it on size S with few repetitions.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { buildSync } from 'esbuild';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/chromium-path';
import type { BenchProbe } from './probe';
import { serveStatic } from './server';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SIZES = ['S', 'M', 'L', 'XL'] as const;
export type Size = (typeof SIZES)[number];
export type AppName = 'ours' | 'baseline';

export interface BenchOptions {
  sizes: Size[];
  apps: AppName[];
  /** Filter toggles per app and size (median and p95 over these). */
  toggles: number;
  /** Search words typed (each one keystroke per character). */
  searches: number;
  clicks: number;
  frames: number;
  /** Navigations to first draw (median reported). */
  loads: number;
  /** Give up on a first draw after this long. */
  firstDrawTimeoutMs: number;
  outDir: string;
  /** Where the explorer is built from (default: this checkout). */
  appRoot: string;
  /** Skip the production builds (reuse the last ones). */
  skipBuild: boolean;
  /** Cytoscape's WebGL renderer in the explorer (?renderer=webgl), measured as a third column. */
  webgl: boolean;
  /**
   * Slows every page's main thread down this many times (CDP Emulation.setCPUThrottlingRate, as
   * DevTools' "4× slowdown"): the slow-machine case. 1 (or absent): no throttling.
   */
  cpuThrottle?: number;
  log(message: string): void;
  /** Called after each page is measured, with the results so far (for partial output). */
  onProgress?(partial: BenchResult): void;
}

export interface Stat {
  median: number;
  p95: number;
  n: number;
  /** Every sample, in the order taken (which toggle or click was slow). */
  samples: number[];
}

export interface AppResult {
  error?: string;
  firstDrawMs?: number;
  fetchMs?: number;
  parseMs?: number;
  validateMs?: number;
  bytes?: number;
  heapMB?: number;
  filterToggleMs?: Stat;
  searchKeystrokeMs?: Stat;
  /** The search box's text changed with no code of the page run: the browser's frame alone (the floor under a keystroke). */
  searchBoxFrameMs?: Stat;
  nodeClickMs?: Stat;
  /** Node click until the new details are in the page (before their frame): the click's own work. */
  nodeClickCommitMs?: Stat;
  /** Node click until the canvas has drawn the node as selected (explorer only). */
  nodeHighlightMs?: Stat;
  panFrameMs?: Stat;
  zoomFrameMs?: Stat;
  /** Main-thread tasks over 50 ms after the first draw: the longest, and how many over 500 ms. */
  longestTaskAfterDrawMs?: number;
  tasksOver500AfterDraw?: number;
}

export interface SizeResult {
  size: Size;
  nodes: number;
  edges: number;
  fileMB: number;
  apps: Partial<Record<AppName | 'webgl', AppResult>>;
}

export interface BenchResult {
  date: string;
  /** loadavg: the 1-minute load average at the start and the end (the machine may be shared). */
  machine: { cpus: number; cpuModel: string; chromium: string; node: string; loadavg: number[] };
  options: Omit<BenchOptions, 'log' | 'onProgress' | 'outDir' | 'sizes' | 'apps' | 'appRoot'>;
  sizes: SizeResult[];
}

export const METRICS: Array<keyof AppResult> = [
  'firstDrawMs',
  'fetchMs',
  'parseMs',
  'heapMB',
  'filterToggleMs',
  'searchKeystrokeMs',
  'searchBoxFrameMs',
  'nodeClickMs',
  'panFrameMs',
  'zoomFrameMs',
  'longestTaskAfterDrawMs',
];

export function stat(samples: number[]): Stat {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? NaN;
  // The median of an even count is the mean of the middle two (of two loads, not the faster one).
  const mid = s.length / 2;
  const median = s.length % 2 === 0 ? ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2 : at(0.5);
  return { median: round(median), p95: round(at(0.95)), n: s.length, samples: samples.map(round) };
}

const round = (x: number): number => Math.round(x * 10) / 10;

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line?.split(':')[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
}

/** The graph file of a size, generated once (deterministic for the seed) into outDir/data. */
export function graphFile(size: Size, outDir: string, log: (m: string) => void): string {
  const file = join(outDir, 'data', `${size}.json`);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    log(`generating ${size} → ${file}`);
    execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/pipeline/generate-corpus/cli.ts'), '--size', size, '--seed', '1', '--compact', '--out', file], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  return file;
}

async function buildApps(outDir: string, appRoot: string, log: (m: string) => void): Promise<void> {
  log(`building the explorer (from ${appRoot}) and the baseline page (production builds)…`);
  // BENCH_MINIFY=0 keeps function names readable in CPU profiles (scripts/bench/profile.ts).
  const minify = process.env.BENCH_MINIFY === '0' ? { minify: false } : {};
  // The benchmark reads the explorer's timings through its test handle (VITE_TEST_API=1 builds only).
  process.env.VITE_TEST_API = '1';
  await build({ root: appRoot, configFile: join(appRoot, 'vite.config.ts'), logLevel: 'warn', build: { outDir: join(outDir, 'app-dist'), emptyOutDir: true, sourcemap: false, ...minify } });
  await build({
    configFile: false,
    root: join(ROOT, 'scripts/bench/baseline'),
    base: '/baseline/',
    logLevel: 'warn',
    build: { outDir: join(outDir, 'baseline-dist'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  });
}

function probeScript(): string {
  const out = buildSync({ entryPoints: [join(ROOT, 'scripts/bench/probe.ts')], bundle: true, format: 'iife', write: false, target: 'es2022' });
  return out.outputFiles[0]!.text;
}

type Probe = BenchProbe;
/** One interaction (or one batch of keystrokes) that takes longer than this is reported as a failure. */
const CALL_TIMEOUT_MS = 120_000;
/** Longer under CPU throttling (set by runBench for the run). */
let callTimeoutMs = CALL_TIMEOUT_MS;
/** Calls a probe method in the page; arguments must be JSON. */
function call<K extends keyof Probe>(page: Page, method: K, ...args: Parameters<Probe[K]>): Promise<Awaited<ReturnType<Probe[K]>>> {
  return withTimeout(
    page.evaluate(([m, a]) => (window as unknown as { __kgBench: Record<string, (...x: unknown[]) => unknown> }).__kgBench[m]!(...a), [method, args] as const),
    callTimeoutMs,
    method,
  ) as Promise<Awaited<ReturnType<Probe[K]>>>;
}

/** Search words: prefixes of labels spread through the file, so that every query has hits. */
function searchWords(file: string, count: number): string[] {
  const graph = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Array<{ label: string }> };
  const words: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const node = graph.nodes[Math.floor(((i + 0.5) / count) * graph.nodes.length)];
    const word = node?.label.split(/\s+/).find((w) => w.length >= 4) ?? node?.label ?? 'a';
    words.push(word.slice(0, 4).toLowerCase());
  }
  return words;
}

/** Rejects after `ms`: a page whose main thread is blocked can hold Playwright's own timeouts up. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function measureApp(browser: Browser, url: string, fileName: string, words: string[], o: BenchOptions, marksSelection: boolean): Promise<AppResult> {
  const result: AppResult = {};
  const probe = probeScript();
  const throttle = o.cpuThrottle ?? 1;
  const pageErrors: string[] = [];
  const open = async () => {
    // A fresh context per load: nothing cached, no positions remembered from the last load.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript({ content: probe });
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    // Before the navigation, so that loading and the first draw are slowed down too.
    if (throttle > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
    return { context, page };
  };
  let { context, page } = await open();
  try {
    // First draw: cold navigations, median. The last one stays for the interactions.
    const draws: number[] = [];
    for (let i = 0; i < o.loads; i += 1) {
      if (i > 0) {
        await withTimeout(context.close(), 20_000, 'closing the page').catch(() => undefined);
        ({ context, page } = await open());
      }
      await page.goto(url, { waitUntil: 'commit' });
      await withTimeout(
        page.waitForFunction(() => (window as { __kgExplorer?: { ready?: boolean } }).__kgExplorer?.ready === true, undefined, {
          timeout: o.firstDrawTimeoutMs,
          polling: 50,
        }),
        o.firstDrawTimeoutMs + 5000,
        'first draw',
      );
      draws.push(await page.evaluate(() => (window as unknown as { __kgExplorer: { readyAt: number } }).__kgExplorer.readyAt));
    }
    result.firstDrawMs = stat(draws).median;
    const readyAt = draws[draws.length - 1]!;
    const fetched = await call(page, 'fetchTiming', fileName);
    if (fetched) {
      result.fetchMs = round(fetched.fetchMs);
      result.bytes = fetched.bytes;
    }
    const measures = await call(page, 'measures');
    if (measures['kg:parse'] !== undefined) result.parseMs = round(measures['kg:parse']);
    if (measures['kg:validate'] !== undefined) result.validateMs = round(measures['kg:validate']);
    // Let the deferred work after the first frame (table, inspector) settle before measuring.
    await page.waitForFunction(() => document.getElementById('details-title') !== null, undefined, { timeout: o.firstDrawTimeoutMs });
    await call(page, 'nextFrame');
    // Interactions are timed once the page has settled (its own work after the first draw is
    // over: no long task for a second, at most 20 s); that work is the "longest task after draw".
    await call(page, 'settled', 1000, 20_000);

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    result.heapMB = round(heap.usedSize / 1e6);

    const types = await call(page, 'typeCount');
    const toggles: number[] = [];
    for (let i = 0; i < o.toggles; i += 1) {
      // Off and on again, on a different type each pair: both directions count. A real click, timed
      // in the page from its press to the paint of the redrawn canvas (see probe.ts).
      const at = await call(page, 'armToggle', Math.floor(i / 2) % Math.max(1, types));
      await page.mouse.click(at.x, at.y);
      const ms = await call(page, 'toggleAfterClick');
      if (ms === null) throw new Error('a relation-type toggle was not drawn within 10 s');
      toggles.push(ms);
    }
    result.filterToggleMs = stat(toggles);

    const keys: number[] = [];
    const floor: number[] = [];
    for (const w of words) {
      floor.push(...(await call(page, 'searchBoxFrames', w)));
      keys.push(...(await call(page, 'typeSearch', w)));
    }
    result.searchKeystrokeMs = stat(keys);
    result.searchBoxFrameMs = stat(floor);

    const clicks: number[] = [];
    const commits: number[] = [];
    const highlights: number[] = [];
    const targets = await call(page, 'clickTargets', o.clicks * 3);
    for (const t of targets) {
      if (clicks.length >= o.clicks) break;
      const before = await call(page, 'detailsTitle');
      if (before === t.label) continue;
      await call(page, 'armDetails');
      await page.mouse.click(t.x, t.y);
      const after = await call(page, 'detailsAfterClick');
      if (after) {
        clicks.push(after.ms);
        commits.push(after.commitMs);
      }
      // Also waits for the canvas to settle before the next click.
      const drawn = marksSelection && after ? await call(page, 'highlightAfterClick', after.title) : await call(page, 'nextFrame');
      if (marksSelection && drawn !== null) highlights.push(drawn);
    }
    if (clicks.length) result.nodeClickMs = stat(clicks);
    if (commits.length) result.nodeClickCommitMs = stat(commits);
    if (highlights.length) result.nodeHighlightMs = stat(highlights);

    await page.mouse.move(5, 5);
    result.panFrameMs = stat((await call(page, 'frames', 'pan', o.frames)).slice(1));
    result.zoomFrameMs = stat((await call(page, 'frames', 'zoom', o.frames)).slice(1));

    const tasks = await call(page, 'longTasksAfter', readyAt);
    result.longestTaskAfterDrawMs = round(Math.max(0, ...tasks.map((t) => t.duration)));
    result.tasksOver500AfterDraw = tasks.filter((t) => t.duration > 500).length;
  } catch (error) {
    result.error = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  }
  if (pageErrors.length) result.error = `${result.error ? `${result.error}; ` : ''}page error: ${pageErrors[0]}`;
  await withTimeout(context.close(), 20_000, 'closing the page').catch(() => undefined);
  return result;
}

export async function runBench(o: BenchOptions): Promise<BenchResult> {
  const throttle = o.cpuThrottle ?? 1;
  if (!Number.isFinite(throttle) || throttle < 1) throw new Error(`cpuThrottle must be a number ≥ 1 (4 = four times slower), not ${throttle}`);
  callTimeoutMs = CALL_TIMEOUT_MS * throttle;
  mkdirSync(o.outDir, { recursive: true });
  const files = new Map(o.sizes.map((s) => [s, graphFile(s, o.outDir, o.log)]));
  if (!o.skipBuild || !existsSync(join(o.outDir, 'app-dist/index.html'))) await buildApps(o.outDir, o.appRoot, o.log);
  const server = await serveStatic({
    '/baseline/': join(o.outDir, 'baseline-dist'),
    '/bench-data/': join(o.outDir, 'data'),
    '/': join(o.outDir, 'app-dist'),
  });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync', '--enable-unsafe-swiftshader'],
  });
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpuModel(), chromium: browser.version(), node: process.version, loadavg: [round(loadavg()[0]!)] },
    options: { toggles: o.toggles, searches: o.searches, clicks: o.clicks, frames: o.frames, loads: o.loads, firstDrawTimeoutMs: o.firstDrawTimeoutMs, skipBuild: o.skipBuild, webgl: o.webgl, cpuThrottle: throttle },
    sizes: [],
  };
  try {
    for (const size of o.sizes) {
      const file = files.get(size)!;
      const head = JSON.parse(readFileSync(file, 'utf8')) as { nodes: unknown[]; edges: unknown[] };
      const entry: SizeResult = { size, nodes: head.nodes.length, edges: head.edges.length, fileMB: round(statSync(file).size / 1e6), apps: {} };
      const words = searchWords(file, o.searches);
      const graphUrl = `/bench-data/${size}.json`;
      const runs: Array<[AppName | 'webgl', string]> = [];
      if (o.apps.includes('ours')) runs.push(['ours', `${server.url}/?graph=${graphUrl}`]);
      if (o.webgl) runs.push(['webgl', `${server.url}/?graph=${graphUrl}&renderer=webgl`]);
      if (o.apps.includes('baseline')) runs.push(['baseline', `${server.url}/baseline/?graph=${graphUrl}`]);
      for (const [app, url] of runs) {
        o.log(`${size}: measuring ${app}…`);
        const started = performance.now();
        entry.apps[app] = await measureApp(browser, url, `${size}.json`, words, o, app !== 'baseline');
        o.onProgress?.({ ...result, sizes: [...result.sizes, entry] });
        o.log(`${size}: ${app} done in ${((performance.now() - started) / 1000).toFixed(1)} s${entry.apps[app]!.error ? ` (error: ${entry.apps[app]!.error})` : ''}`);
      }
      result.sizes.push(entry);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  result.machine.loadavg.push(round(loadavg()[0]!));
  return result;
}
