// Keeps the scale benchmark working: runs the harness on size S with few repetitions and checks
// that it produced every figure for the explorer and the baseline. Not a timing test: the
// figures are only required to exist and be plausible numbers.
import { test, expect } from '@playwright/test';
import { join } from 'node:path';
import { METRICS, ROOT, runBench, type AppResult } from '../scripts/bench/harness';
import { formatTable } from '../scripts/bench/report';

test('the benchmark harness measures every figure on size S', async () => {
  test.setTimeout(300_000);
  const result = await runBench({
    sizes: ['S'],
    apps: ['ours', 'baseline'],
    toggles: 10,
    searches: 1,
    clicks: 2,
    frames: 12,
    loads: 1,
    firstDrawTimeoutMs: 60_000,
    outDir: join(ROOT, 'bench-results/smoke'),
    appRoot: ROOT,
    skipBuild: false,
    webgl: false,
    log: () => {},
  });
  const size = result.sizes[0]!;
  expect(size.size).toBe('S');
  for (const app of ['ours', 'baseline'] as const) {
    const r: AppResult = size.apps[app]!;
    expect(r.error, `${app}: ${r.error}`).toBeUndefined();
    for (const metric of METRICS) {
      const v = r[metric];
      expect(v, `${app}.${metric}`).toBeDefined();
      const n = typeof v === 'object' ? v.median : v;
      expect(Number.isFinite(n) && (n as number) >= 0, `${app}.${metric} = ${JSON.stringify(v)}`).toBe(true);
    }
    expect(r.filterToggleMs!.n).toBeGreaterThanOrEqual(10);
    // The details are in the page before the frame that shows them: click by click, never later.
    const clicks = r.nodeClickMs!.samples;
    const commits = r.nodeClickCommitMs!.samples;
    expect(commits).toHaveLength(clicks.length);
    commits.forEach((c, i) => expect(c, `${app} click ${i}`).toBeGreaterThan(0));
    commits.forEach((c, i) => expect(c, `${app} click ${i}`).toBeLessThanOrEqual(clicks[i]!));
  }
  expect(size.apps.ours!.parseMs).toBeDefined();
  expect(size.apps.ours!.validateMs).toBeDefined();
  const table = formatTable(result);
  expect(table).toContain('| First draw (ms) |');
  expect(table).toContain('×');
});
