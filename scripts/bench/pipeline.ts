// npm run bench:pipeline [-- --articles 100,1000,5000] [--runs 1]
// Times `npm run build:graph` over generated corpora of several sizes (articles mode of the
// corpus generator), to check that it finishes in seconds and grows linearly. Corpora are
// generated once into bench-results/pipeline/<K>/; results go to bench-results/pipeline.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './harness';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { articles: { type: 'string', default: '100,1000,5000' }, runs: { type: 'string', default: '1' }, 'no-docs': { type: 'boolean', default: false } },
});
const sizes = values.articles.split(',').map((s) => Number(s.trim()));
const runs = Math.max(1, Number(values.runs));
const outDir = join(ROOT, 'bench-results/pipeline');
const node = (args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }).toString();

interface Row {
  articles: number;
  relations: number;
  seconds: number;
  msPerArticle: number;
}
const rows: Row[] = [];
// Start-up of Node + tsx, paid by every run whatever the size: measured to report it apart.
const t0 = performance.now();
node(['-e', '0']);
const startup = (performance.now() - t0) / 1000;

for (const k of sizes) {
  const root = join(outDir, String(k));
  if (!existsSync(join(root, 'data/sources')) || readdirSync(join(root, 'data/sources')).length < k) {
    mkdirSync(root, { recursive: true });
    console.error(`generating ${k} articles…`);
    node([join(ROOT, 'src/pipeline/generate-corpus/cli.ts'), '--articles', String(k), '--seed', '1', '--out-dir', join(root, 'data')]);
  }
  const times: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    const started = performance.now();
    node([join(ROOT, 'src/pipeline/cli.ts'), '--root', root]);
    times.push((performance.now() - started) / 1000);
  }
  const seconds = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  const graph = JSON.parse(
    execFileSync(process.execPath, ['-e', `const g=require(${JSON.stringify(join(root, 'data/graph.json'))});console.log(JSON.stringify({e:g.edges.length}))`]).toString(),
  ) as { e: number };
  rows.push({ articles: k, relations: graph.e, seconds: Math.round(seconds * 100) / 100, msPerArticle: Math.round(((seconds - startup) * 1000 * 10) / k) / 10 });
  console.error(`${k} articles: ${seconds.toFixed(2)} s`);
}

const table = [
  `build:graph over generated corpora (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; Node + tsx start-up ${startup.toFixed(2)} s included in the times, excluded per article):`,
  '',
  '| Articles | Relations | Time (s) | ms per article |',
  '| --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.articles.toLocaleString('en-US')} | ${r.relations.toLocaleString('en-US')} | ${r.seconds} | ${r.msPerArticle} |`),
].join('\n');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(ROOT, 'bench-results/pipeline.json'), JSON.stringify({ date: new Date().toISOString(), startupSeconds: startup, rows }, null, 2) + '\n');
console.log(table);

// The documentation shows the latest table between these markers.
const docs = join(ROOT, 'docs/scale.md');
const BEGIN = '<!-- pipeline:begin -->';
const END = '<!-- pipeline:end -->';
if (existsSync(docs) && !values['no-docs']) {
  const text = readFileSync(docs, 'utf8');
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(END);
  if (a >= 0 && b > a) writeFileSync(docs, `${text.slice(0, a + BEGIN.length)}\n${table}\n${text.slice(b)}`);
}
