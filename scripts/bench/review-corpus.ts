// What bench:review pastes and where: the ~1,000-word article (made as scripts/bench/ingest.ts
// makes it, from the corpus's own sentences) and the size-M workspace, generated once into
// bench-results/review/M/ and reused while its inputs are unchanged.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { readArticle } from '../../src/pipeline/article';
import { readInputs } from '../../src/pipeline/build';

export const ROOT = resolve(import.meta.dirname, '../..');

export const words = (text: string): number => text.match(/\S+/g)?.length ?? 0;

/** data/sources' body sentences in order, from the start again if need be, until `target` words; dated 2024-10-05. */
export function longArticle(target = 1000): string {
  const pool: string[] = [];
  for (const source of readInputs(ROOT).sources) {
    const read = readArticle(source.name, source.name, source.name, source.text);
    if (read.ok) pool.push(...read.article.sentences.map((s) => s.text.replace(/\s+/g, ' ')).filter((s) => words(s) >= 4));
  }
  if (!pool.length) throw new Error('no sentences in data/sources');
  const chosen: string[] = [];
  for (let i = 0, count = 0; count < target; i++) {
    const s = pool[i % pool.length]!;
    chosen.push(s);
    count += words(s);
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < chosen.length; i += 3) paragraphs.push(chosen.slice(i, i + 3).join(' '));
  return ` date 2024-10-05 ${paragraphs.join('\n\n')}\n`;
}

export interface GraphCounts {
  actors: number;
  relations: number;
  articles: number;
  megabytes: number;
}

export function graphCounts(root: string): GraphCounts {
  const path = join(root, 'data/graph.json');
  const text = readFileSync(path, 'utf8');
  const g = JSON.parse(text) as { nodes: unknown[]; edges: unknown[]; documents: unknown[] };
  return { actors: g.nodes.length, relations: g.edges.length, articles: g.documents.length, megabytes: Math.round(Buffer.byteLength(text) / 1e5) / 10 };
}

const run = (args: string[]): void => {
  try {
    execFileSync(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (err) {
    const stderr = String((err as { stderr?: Buffer }).stderr ?? '').trim();
    throw new Error(`failed: ${args.map((a) => a.replace(`${ROOT}/`, '')).join(' ')}\n${stderr.split('\n').slice(-12).join('\n')}`);
  }
};

/** What the M workspace depends on: the generator, the committed registry and taxonomy, K. */
function stampOf(articles: number): string {
  const hash = createHash('sha256').update(`articles=${articles};seed=1\0`);
  const dir = join(ROOT, 'src/pipeline/generate-corpus');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort().map((f) => join(dir, f));
  for (const file of [...files, join(ROOT, 'data/curated/actors.yaml'), join(ROOT, 'data/curated/relation-types.yaml')]) hash.update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * The size-M project: `articles` generated articles (seed 1), plus the committed registry's actors
 * and the committed relation taxonomy. The synthetic registry alone knows none of the pasted
 * article's actors (the draft then suggests no relation), and the synthetic taxonomy lacks the
 * cues the rule extractor reads; the committed ones are a superset of its type ids.
 */
export function prepareM(dir: string, articles: number, log: (s: string) => void): { root: string; regenerated: boolean } {
  const stampFile = join(dir, 'review.stamp');
  const stamp = stampOf(articles);
  const ready = existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === stamp && existsSync(join(dir, 'data/graph.json'));
  if (ready) return { root: dir, regenerated: false };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`generating ${articles.toLocaleString('en-US')} articles into ${dir.replace(`${ROOT}/`, '')}…`);
  run([join(ROOT, 'src/pipeline/generate-corpus/cli.ts'), '--articles', String(articles), '--seed', '1', '--out-dir', join(dir, 'data')]);
  const actorsPath = join(dir, 'data/curated/actors.yaml');
  const synthetic = parse(readFileSync(actorsPath, 'utf8')) as Array<{ id: string }>;
  const real = parse(readFileSync(join(ROOT, 'data/curated/actors.yaml'), 'utf8')) as Array<{ id: string }>;
  const taken = new Set(synthetic.map((a) => a.id));
  const clash = real.find((a) => taken.has(a.id));
  if (clash) throw new Error(`the synthetic registry already has an actor "${clash.id}"`);
  writeFileSync(actorsPath, `# Synthetic registry (generate-corpus) + data/curated/actors.yaml, for bench:review.\n${stringify([...synthetic, ...real], { lineWidth: 0 })}`);
  writeFileSync(join(dir, 'data/curated/relation-types.yaml'), readFileSync(join(ROOT, 'data/curated/relation-types.yaml')));
  log('building its graph (npm run build:graph -- --root …)…');
  run([join(ROOT, 'src/pipeline/cli.ts'), '--root', dir]);
  writeFileSync(stampFile, `${stamp}\n`);
  return { root: dir, regenerated: true };
}
