// npm run bench:ingest [-- --runs 50] [--sizes 250,500,1000] [--seed 1] [--extractor rules] [--write-docs]
// Drafting speed, as ingest drafts one article: readArticle → extract → draftToAnnotation → YAML.
// (a) a ~1,000-word article made of the corpus's own sentences, drafted --runs times after a warm-up
// (median, p95); (b) generated articles, the corpus's sentences recombined by a seeded PRNG, drafted
// in one pass timed at each size (seconds so far, ms per article: flat when growth is linear).
// A benchmark, not a test: it reports the targets, it does not fail on them.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { mulberry32 } from '../../src/domain/random';
import { articleText, readArticle } from '../../src/pipeline/article';
import { readInputs } from '../../src/pipeline/build';
import { machine, timestamp, writeBetweenMarkers } from '../../src/pipeline/eval/docs-section';
import { DEFAULT_EXTRACTOR, EXTRACTORS, findExtractor } from '../../src/pipeline/eval/extractors';
import { draftToAnnotation } from '../../src/pipeline/ingest/draft-annotation';
import type { Extractor, Knowledge } from '../../src/pipeline/ingest/extractor';
import { loadKnowledge } from '../../src/pipeline/ingest/knowledge';
import { ROOT } from './harness';

const TARGET_ONE_MS = 200;
const TARGET_THOUSAND_S = 60;
const WARM_UP = 10;

function options(): { runs: number; sizes: number[]; seed: number; extractor: Extractor; writeDocs: boolean } {
  const usage = `usage: npm run bench:ingest -- [--runs 50] [--sizes 250,500,1000] [--seed 1] [--extractor ${Object.keys(EXTRACTORS).join('|')}] [--write-docs]`;
  const fail = (message: string): never => {
    console.error(`bench:ingest: ${message}\n${usage}`);
    process.exit(2);
  };
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        runs: { type: 'string', default: '50' },
        sizes: { type: 'string', default: '250,500,1000' },
        seed: { type: 'string', default: '1' },
        extractor: { type: 'string', default: DEFAULT_EXTRACTOR },
        'write-docs': { type: 'boolean', default: false },
      },
    }));
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
  const whole = (name: string, s: string): number => {
    const n = Number(s.replace(/[_,]/g, ''));
    return Number.isInteger(n) && n >= 1 ? n : fail(`--${name} must be a positive whole number (got "${s}")`);
  };
  const extractor = findExtractor(values.extractor) ?? fail(`unknown extractor "${values.extractor}"`);
  const sizes = values.sizes.split(',').map((s) => whole('sizes', s.trim()));
  return { runs: whole('runs', values.runs), sizes: [...new Set(sizes)].sort((a, b) => a - b), seed: whole('seed', values.seed), extractor, writeDocs: values['write-docs'] };
}

const words = (text: string): number => text.match(/\S+/g)?.length ?? 0;

/** Body sentences of every article in data/sources, in file order: the material both benchmarks reuse. */
function sentencePool(): string[] {
  const pool: string[] = [];
  for (const source of readInputs(ROOT).sources) {
    const read = readArticle(source.name, source.name, source.name, source.text);
    if (read.ok) pool.push(...read.article.sentences.map((s) => s.text.replace(/\s+/g, ' ')).filter((s) => words(s) >= 4));
  }
  if (!pool.length) {
    console.error('bench:ingest: no sentences in data/sources');
    process.exit(1);
  }
  return pool;
}

/** An article file: the date line, then paragraphs of three sentences. */
function articleFile(published: string, sentences: string[]): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
  return ` date ${published} ${paragraphs.join('\n\n')}\n`;
}

/** The pool's sentences in order (from the start again if need be) until `target` words. */
function longArticle(pool: string[], target: number): string {
  const chosen: string[] = [];
  let count = 0;
  for (let i = 0; count < target; i++) {
    const s = pool[i % pool.length]!;
    chosen.push(s);
    count += words(s);
  }
  return articleFile('2024-10-05', chosen);
}

/** `n` articles of 6–25 sentences drawn from the pool, dated in 2024; the same for a seed. */
function generatedArticles(pool: string[], n: number, seed: number): string[] {
  const random = mulberry32(seed);
  const pick = (k: number): number => Math.floor(random() * k);
  return Array.from({ length: n }, () => {
    const date = `2024-${String(1 + pick(12)).padStart(2, '0')}-${String(1 + pick(28)).padStart(2, '0')}`;
    return articleFile(date, Array.from({ length: 6 + pick(20) }, () => pool[pick(pool.length)]!));
  });
}

/** Drafts one article as ingest would; returns the relations drafted. */
function draftOne(extractor: Extractor, knowledge: Knowledge, id: string, text: string): number {
  const read = readArticle(id, `${id}.txt`, `${id}.txt`, text);
  if (!read.ok) throw new Error(`${id}: ${read.message}`);
  const draft = extractor.extract(articleText(read.article), knowledge);
  stringify(draftToAnnotation(draft));
  return draft.relations.length;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const thousands = (x: number): string => x.toLocaleString('en-US');
const verdict = (ok: boolean): string => (ok ? 'met' : 'not met');

function main(): void {
  const o = options();
  const loadAtStart = loadavg()[0]!;
  const loaded = loadKnowledge(ROOT);
  if (!loaded.ok) {
    console.error(`bench:ingest: ${loaded.errors.join('\n')}`);
    process.exit(1);
  }
  const { knowledge } = loaded;
  const pool = sentencePool();

  // (a) one long article
  const long = longArticle(pool, 1000);
  for (let i = 0; i < WARM_UP; i++) draftOne(o.extractor, knowledge, 'long', long);
  const times: number[] = [];
  let longRelations = 0;
  for (let i = 0; i < o.runs; i++) {
    const t0 = performance.now();
    longRelations = draftOne(o.extractor, knowledge, 'long', long);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 0.5);
  const p95 = percentile(times, 0.95);

  // (b) one pass over the generated articles, timed at each size: the time per article stays flat
  // if drafting grows linearly (no state that builds up from article to article).
  const largest = o.sizes.at(-1)!;
  const texts = generatedArticles(pool, largest, o.seed);
  for (let i = 0; i < Math.min(WARM_UP, texts.length); i++) draftOne(o.extractor, knowledge, `warm-${i}`, texts[i]!);
  const rows: Array<{ size: number; words: number; relations: number; seconds: number; msPerArticle: number }> = [];
  let relations = 0;
  let wordCount = 0;
  const started = performance.now();
  for (let i = 0; i < largest; i++) {
    relations += draftOne(o.extractor, knowledge, `gen-${i}`, texts[i]!);
    wordCount += words(texts[i]!);
    if (o.sizes.includes(i + 1)) {
      const seconds = (performance.now() - started) / 1000;
      rows.push({ size: i + 1, words: wordCount, relations, seconds, msPerArticle: (seconds * 1000) / (i + 1) });
      console.error(`bench:ingest: ${i + 1} articles, ${seconds.toFixed(1)} s`);
    }
  }
  const thousand = rows.find((r) => r.size === 1000);
  const first = rows[0]!;
  const last = rows.at(-1)!;

  const lines = [
    `Measured ${timestamp()} on ${machine()} (1-minute load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end); extractor "${o.extractor.name}". Drafting = read the article (sentences) → extract → annotation YAML. ` +
      `Material: the ${thousands(pool.length)} body sentences of data/sources; generated articles drawn with seed ${o.seed}.`,
    '',
    '| Benchmark | Articles | Words | Relations drafted | Time | Target |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    `| One ${thousands(words(long))}-word article, ${o.runs} runs after ${WARM_UP} warm-up | 1 | ${thousands(words(long))} | ${longRelations} | median ${ms(median)} ms, p95 ${ms(p95)} ms | ≤ ${TARGET_ONE_MS} ms: median ${verdict(median <= TARGET_ONE_MS)}, p95 ${verdict(p95 <= TARGET_ONE_MS)} |`,
    ...rows.map(
      (r) =>
        `| Generated articles, first ${thousands(r.size)} | ${thousands(r.size)} | ${thousands(r.words)} | ${thousands(r.relations)} | ${r.seconds.toFixed(2)} s (${ms(r.msPerArticle)} ms per article) | ${r === thousand ? `≤ ${TARGET_THOUSAND_S} s: ${verdict(r.seconds <= TARGET_THOUSAND_S)}` : ''} |`,
    ),
    '',
    rows.length > 1
      ? `Growth: ms per article at ${thousands(last.size)} ÷ at ${thousands(first.size)} = ${(last.msPerArticle / first.msPerArticle).toFixed(2)} (1.00 is linear).`
      : 'Growth: give several --sizes to compare ms per article.',
  ];
  const table = lines.join('\n');
  console.log(table);
  if (o.writeDocs) {
    const docs = join(ROOT, 'docs/ingest.md');
    if (!writeBetweenMarkers(docs, 'bench-ingest', table)) {
      console.error(`bench:ingest: ${docs} has no <!-- bench-ingest:begin --> … <!-- bench-ingest:end --> markers; nothing written`);
      process.exit(1);
    }
    console.error(`bench:ingest: wrote the table into ${docs}`);
  }
}

main();
