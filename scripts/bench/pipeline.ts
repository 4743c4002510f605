// npm run bench:pipeline [-- --articles 100,1000,5000] [--runs 1] [--no-docs]
// Times `npm run build:graph` over generated corpora of several sizes (articles mode of the
// corpus generator), to check that it finishes in seconds and grows linearly. Corpora are
// generated once into bench-results/pipeline/<K>/ and again whenever the generator or the
// taxonomy changes; results go to bench-results/pipeline.json.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './harness';

const USAGE = `npm run bench:pipeline [-- --articles 100,1000,5000] [--runs 1] [--no-docs]
  --articles K,…  corpus sizes in articles (generated with seed 1 into bench-results/pipeline/<K>/)
  --runs N        builds per size; the median is reported
  --no-docs       leave the table in docs/scale.md as it is`;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    articles: { type: 'string', default: '100,1000,5000' },
    runs: { type: 'string', default: '1' },
    'no-docs': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const sizes = values.articles.split(',').map((s) => Number(s.trim()));
if (sizes.some((k) => !Number.isInteger(k) || k < 1)) {
  console.error(`bench:pipeline: --articles must be whole numbers separated by commas (got "${values.articles}")\n\n${USAGE}`);
  process.exit(2);
}
const runs = Math.max(1, Number(values.runs));
const outDir = join(ROOT, 'bench-results/pipeline');
const node = (args: string[]): string => {
  try {
    return execFileSync(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 }).toString();
  } catch (err) {
    const stderr = String((err as { stderr?: Buffer }).stderr ?? '').trim().split('\n');
    const shown = stderr.length > 12 ? [...stderr.slice(0, 10), '…', stderr.at(-1)!] : stderr;
    console.error(`bench:pipeline: failed: ${args.map((a) => a.replace(ROOT + '/', '')).join(' ')}\n${shown.join('\n')}`);
    process.exit(1);
  }
};

/** What a generated corpus depends on: the generator's code and the taxonomy it reads. */
function generatorStamp(): string {
  const hash = createHash('sha256');
  const dir = join(ROOT, 'src/pipeline/generate-corpus');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort().map((f) => join(dir, f));
  for (const file of [...files, join(ROOT, 'data/curated/relation-types.yaml')]) hash.update(existsSync(file) ? readFileSync(file) : '').update('\0');
  return hash.digest('hex').slice(0, 16);
}
const stamp = generatorStamp();

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
  const stampFile = join(root, 'generator.stamp');
  const sources = join(root, 'data/sources');
  const current = existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === stamp && existsSync(sources) && readdirSync(sources).length === k;
  if (!current) {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    console.error(`generating ${k} articles…`);
    node([join(ROOT, 'src/pipeline/generate-corpus/cli.ts'), '--articles', String(k), '--seed', '1', '--out-dir', join(root, 'data')]);
    writeFileSync(stampFile, `${stamp}\n`);
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
