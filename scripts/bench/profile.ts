// npm run bench -- … finds what is slow; this finds why. Profiles one interaction of the explorer
// on a generated file with the V8 CPU profiler and prints the functions with the most self time.
//   npx tsx scripts/bench/profile.ts --size S --action search|toggle|click|pan|zoom|load|settle [--callers NAME]
// (--callers: where one function's time came from, and what it spent it on.)
// It profiles the build in bench-results/app-dist: make it readable first with
//   VITE_TEST_API=1 npx vite build --minify false --outDir bench-results/app-dist
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { buildSync } from 'esbuild';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/chromium-path';
import { graphFile, ROOT } from './harness';
import { serveStatic } from './server';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { size: { type: 'string', default: 'S' }, action: { type: 'string', default: 'search' }, out: { type: 'string', default: 'bench-results' }, top: { type: 'string', default: '25' }, callers: { type: 'string' } },
});
const outDir = resolve(ROOT, values.out);
graphFile(values.size as 'S', outDir, console.error);
const server = await serveStatic({ '/bench-data/': join(outDir, 'data'), '/': join(outDir, 'app-dist') });
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'] });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const probe = buildSync({ entryPoints: [join(ROOT, 'scripts/bench/probe.ts')], bundle: true, format: 'iife', write: false }).outputFiles[0]!.text;
  await context.addInitScript({ content: probe });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  if (values.action === 'load') await cdp.send('Profiler.start');
  await page.goto(`${server.url}/?graph=/bench-data/${values.size}.json`);
  await page.waitForFunction(() => (window as { __kgExplorer?: { ready?: boolean } }).__kgExplorer?.ready === true, undefined, { timeout: 600_000 });
  await page.waitForFunction(() => document.getElementById('details-title') !== null);
  type P = { [k: string]: (...a: unknown[]) => Promise<unknown> };
  // Interactions are profiled once the page has settled, as the benchmark times them.
  if (values.action !== 'load' && values.action !== 'settle') await page.evaluate(() => (window as unknown as { __kgBench: P }).__kgBench.settled!(1000, 20_000));
  // A click after another one is the common case (the first also dims everything): start from a selection.
  const targets = values.action === 'click' ? ((await page.evaluate(() => (window as unknown as { __kgBench: P }).__kgBench.clickTargets!(4))) as Array<{ x: number; y: number }>) : [];
  if (targets[0]) {
    await page.mouse.click(targets[0].x, targets[0].y);
    await page.evaluate(() => (window as unknown as { __kgBench: P }).__kgBench.nextFrame!());
  }
  if (values.action !== 'load') await cdp.send('Profiler.start');
  // What runs after the first draw without any input: workers' results arriving, deferred panels.
  if (values.action === 'settle') await page.waitForTimeout(8000);
  if (values.action === 'search') await page.evaluate(() => (window as unknown as { __kgBench: P }).__kgBench.typeSearch!('term'));
  if (values.action === 'toggle') for (let i = 0; i < 4; i += 1) await page.evaluate((i) => (window as unknown as { __kgBench: P }).__kgBench.toggleType!(i), i >> 1);
  if (values.action === 'pan' || values.action === 'zoom') await page.evaluate((k) => (window as unknown as { __kgBench: P }).__kgBench.frames!(k, 40), values.action);
  if (values.action === 'click') {
    for (const p of targets.slice(1)) {
      await page.mouse.click(p.x, p.y);
      await page.evaluate(() => (window as unknown as { __kgBench: P }).__kgBench.nextFrame!());
    }
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Array<{ id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number } }>; samples: number[]; timeDeltas: number[] } };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFn = new Map<string, number>();
  for (const n of profile.nodes) {
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    byFn.set(key, (byFn.get(key) ?? 0) + (self.get(n.id) ?? 0));
  }
  const total = [...byFn.values()].reduce((a, b) => a + b, 0);
  console.log(`total ${(total / 1000).toFixed(0)} ms; self time:`);
  for (const [k, v] of [...byFn.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) console.log(`${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`);
  // Inclusive time: a function's own samples and its callees', counted once under recursion.
  const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
  const keyOf = (n: (typeof profile.nodes)[number]) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  const inclusive = new Map<string, number>();
  const walk = (id: number, onStack: Set<string>): number => {
    const n = nodeById.get(id)!;
    let sum = self.get(id) ?? 0;
    const key = keyOf(n);
    const fresh = !onStack.has(key);
    if (fresh) onStack.add(key);
    for (const c of n.children ?? []) sum += walk(c, onStack);
    if (fresh) {
      onStack.delete(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + sum);
    }
    return sum;
  };
  walk(profile.nodes[0]!.id, new Set());
  console.log('inclusive time:');
  for (const [k, v] of [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top) * 2)) console.log(`${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`);
  // --callers name: which callers a function's time came through (its time under each caller).
  if (values.callers) {
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const under = (id: number): number => (self.get(id) ?? 0) + (nodeById.get(id)!.children ?? []).reduce((a, c) => a + under(c), 0);
    const byCaller = new Map<string, number>();
    for (const n of profile.nodes) {
      if (n.callFrame.functionName !== values.callers) continue;
      const p = parent.get(n.id);
      const caller = p === undefined ? '(root)' : keyOf(nodeById.get(p)!);
      byCaller.set(caller, (byCaller.get(caller) ?? 0) + under(n.id));
    }
    console.log(`callers of ${values.callers}:`);
    for (const [k, v] of [...byCaller.entries()].sort((a, b) => b[1] - a[1])) console.log(`${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`);
    const byCallee = new Map<string, number>();
    for (const n of profile.nodes) {
      if (n.callFrame.functionName !== values.callers) continue;
      byCallee.set('(self)', (byCallee.get('(self)') ?? 0) + (self.get(n.id) ?? 0));
      for (const c of n.children ?? []) byCallee.set(keyOf(nodeById.get(c)!), (byCallee.get(keyOf(nodeById.get(c)!)) ?? 0) + under(c));
    }
    console.log(`callees of ${values.callers}:`);
    for (const [k, v] of [...byCallee.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`);
  }
} finally {
  await browser.close();
  await server.close();
}
