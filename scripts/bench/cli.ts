// npm run bench [-- --sizes S,M,L,XL] [--apps ours,baseline] [--toggles 20] [--searches 4]
//   [--clicks 10] [--frames 60] [--loads N] [--timeout 300] [--skip-build] [--webgl] [--no-docs]
//   [--app-root DIR]  build the explorer from another checkout (e.g. a clean snapshot)
//   [--cpu-throttle N]  every page's CPU N times slower (CDP, as DevTools' "4× slowdown"); such a
//                       run writes its results but never the tables of docs/scale.md and README.md
// Writes bench-results/bench-<date>.json, bench-results/latest.json and latest.md, and the
// table between the markers of docs/scale.md and the key figures between those of README.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, runBench, SIZES, type AppName, type Size } from './harness';
import { formatSummary, formatTable } from './report';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    sizes: { type: 'string', default: 'S,M,L' },
    apps: { type: 'string', default: 'ours,baseline' },
    toggles: { type: 'string', default: '20' },
    searches: { type: 'string', default: '4' },
    clicks: { type: 'string', default: '10' },
    frames: { type: 'string', default: '60' },
    loads: { type: 'string', default: '2' },
    timeout: { type: 'string', default: '300' },
    out: { type: 'string', default: 'bench-results' },
    'app-root': { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    webgl: { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
    'cpu-throttle': { type: 'string', default: '1' },
  },
});

const sizes = values.sizes.split(',').map((s) => s.trim().toUpperCase());
for (const s of sizes) if (!SIZES.includes(s as Size)) throw new Error(`--sizes: unknown size "${s}" (use ${SIZES.join(', ')})`);
const apps = values.apps.split(',').map((a) => a.trim()) as AppName[];
const num = (name: string, v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number`);
  return n;
};

const cpuThrottle = Number(values['cpu-throttle']);
if (!Number.isFinite(cpuThrottle) || cpuThrottle < 1) throw new Error(`--cpu-throttle must be a number ≥ 1 (4 = four times slower), not "${values['cpu-throttle']}"`);

const outDir = join(ROOT, values.out);
const result = await runBench({
  sizes: sizes as Size[],
  apps,
  toggles: Math.max(10, num('toggles', values.toggles)),
  searches: num('searches', values.searches),
  clicks: num('clicks', values.clicks),
  frames: num('frames', values.frames),
  loads: num('loads', values.loads),
  firstDrawTimeoutMs: num('timeout', values.timeout) * 1000,
  outDir,
  appRoot: values['app-root'] ? resolve(values['app-root']) : ROOT,
  skipBuild: values['skip-build'],
  webgl: values.webgl,
  cpuThrottle,
  log: (m) => console.error(m),
  onProgress: (partial) => writeFileSync(join(outDir, 'partial.json'), JSON.stringify(partial, null, 2) + '\n'),
});

const table = formatTable(result);
const stamp = result.date.replace(/[:.]/g, '-');
writeFileSync(join(outDir, `bench-${stamp}.json`), JSON.stringify(result, null, 2) + '\n');
writeFileSync(join(outDir, 'latest.json'), JSON.stringify(result, null, 2) + '\n');
writeFileSync(join(outDir, 'latest.md'), table + '\n');
console.log(table);

/** Replaces what lies between two markers of a committed document (skipped with --no-docs). */
function writeBetween(file: string, begin: string, end: string, text: string): void {
  // The documents hold the unthrottled run; a throttled one is described in prose (docs/scale.md).
  if (values['no-docs'] || cpuThrottle > 1 || !existsSync(file)) return;
  const doc = readFileSync(file, 'utf8');
  const a = doc.indexOf(begin);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) return;
  writeFileSync(file, `${doc.slice(0, a + begin.length)}\n${text}\n${doc.slice(b)}`);
  console.error(`${file.slice(ROOT.length + 1)} updated`);
}

// The documentation shows the latest table; the README its key figures.
writeBetween(join(ROOT, 'docs/scale.md'), '<!-- bench:begin -->', '<!-- bench:end -->', table);
writeBetween(join(ROOT, 'README.md'), '<!-- bench-summary:begin -->', '<!-- bench-summary:end -->', formatSummary(result));
console.error(`written to ${values.out}/latest.json and latest.md`);
