// npm run bench:article-scaling [-- --sizes 1,2,4,8] [--runs 3] [--shape articles,prose,line] [--extract]
// How one article's cost grows with its length: readArticle (metadata, noise, sentences), the
// build's per-article step (buildArticle: sentences, alias mentions) and, with --extract, ingest's
// extraction (the rule extractor: minutes at 8 MB; ingest refuses sources over 5 MiB anyway).
// Articles of 1, 2, 4 and 8 MB start with one real source; then "articles" repeats the bodies of
// data/sources as they are (headings and stamps split the citable text), "prose" their sentences
// three to a paragraph (one citable range) and "line" the same all on one line (where sentence
// splitting must window). Linear growth costs ~2× per doubling; the table prints each ratio. A
// benchmark, not a test: it fails on nothing. Best of --runs runs after a warm-up: on a shared
// machine the fastest run is the one least slowed by others.
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { articleText, readArticle } from '../../src/pipeline/article';
import { buildArticle, type ArticleContext } from '../../src/pipeline/build-article';
import { PATHS, readInputs } from '../../src/pipeline/build';
import { loadKnowledge } from '../../src/pipeline/ingest/knowledge';
import { ruleExtractor } from '../../src/pipeline/ingest/rules/index';
import { loadRegistry, loadRelationTypes } from '../../src/pipeline/registry';
import { YamlFile } from '../../src/pipeline/yaml-file';
import { ROOT } from './harness';

type Shape = 'articles' | 'prose' | 'line';
const SHAPES: readonly Shape[] = ['articles', 'prose', 'line'];
const MB = 1024 * 1024;

function options(): { sizes: number[]; runs: number; shapes: Shape[]; extract: boolean } {
  const usage = 'usage: npm run bench:article-scaling -- [--sizes 1,2,4,8] [--runs 3] [--shape articles,prose,line] [--extract]';
  const fail = (message: string): never => {
    console.error(`bench:article-scaling: ${message}\n${usage}`);
    process.exit(2);
  };
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        sizes: { type: 'string', default: '1,2,4,8' },
        runs: { type: 'string', default: '3' },
        shape: { type: 'string', default: 'articles,prose,line' },
        extract: { type: 'boolean', default: false },
      },
    }));
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
  const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
  if (sizes.some((s) => !(s > 0))) fail(`--sizes must be positive numbers of MB (got "${values.sizes}")`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive whole number (got "${values.runs}")`);
  const shapes = values.shape.split(',').map((s) => s.trim());
  const bad = shapes.find((s) => !SHAPES.includes(s as Shape));
  if (bad !== undefined) fail(`unknown --shape "${bad}" (expected ${SHAPES.join(' or ')})`);
  return { sizes, runs, shapes: shapes as Shape[], extract: values.extract };
}

/** The first source whole (date line, dateline, body), then more text of data/sources until `bytes`. */
function articleOf(bytes: number, shape: Shape): string {
  const sources = readInputs(ROOT).sources;
  const bodies: string[] = [];
  const sentences: string[] = [];
  for (const s of sources) {
    const read = readArticle(s.name, s.name, s.name, s.text);
    if (!read.ok) continue;
    bodies.push(s.text.slice(read.article.bodyStart).trim());
    sentences.push(...read.article.sentences.map((x) => x.text.replace(/\s+/g, ' ')));
  }
  if (!sources.length || !sentences.length) {
    console.error('bench:article-scaling: no readable articles in data/sources');
    process.exit(1);
  }
  // "articles": the bodies as they are (their headings and stamps split the citable text);
  // "prose" and "line": their sentences only, three to a paragraph, or all on one line.
  const pieces = shape === 'articles' ? bodies : [];
  if (shape !== 'articles') for (let i = 0; i < sentences.length; i += 3) pieces.push(sentences.slice(i, i + 3).join(' '));
  const separator = shape === 'line' ? ' ' : '\n\n';
  const head = shape === 'line' ? sources[0]!.text.replace(/\s*\n\s*/g, ' ').trimEnd() : sources[0]!.text.trimEnd();
  const parts = [head];
  let size = Buffer.byteLength(head);
  for (let i = 0; size < bytes; i++) {
    const piece = pieces[i % pieces.length]!;
    parts.push(piece);
    size += Buffer.byteLength(piece) + separator.length;
  }
  return `${parts.join(separator)}\n`;
}

function articleContext(): ArticleContext {
  const inputs = readInputs(ROOT);
  const actors = YamlFile.parse(PATHS.actors, inputs.actors ?? '').yaml;
  const types = YamlFile.parse(PATHS.relationTypes, inputs.relationTypes ?? '').yaml;
  if (!actors || !types) {
    console.error('bench:article-scaling: data/curated does not load');
    process.exit(1);
  }
  const registry = loadRegistry(actors).registry;
  const typeIds = new Set((loadRelationTypes(types).types ?? []).map((t) => t.id));
  return { ...(registry ? { registry, ids: { actorIds: new Set(registry.actors.keys()), typeIds } } : { ids: { typeIds } }), dirs: PATHS };
}

/** Garbage of the previous run collected first when node runs with --expose-gc (the npm script does). */
const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => {});

function time(runs: number, f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return Math.min(...times) / 1000;
}

interface Row {
  shape: Shape;
  mb: number;
  sentences: number;
  longest: number;
  read: number;
  build: number;
  extract?: number;
}

function main(): void {
  const o = options();
  const ctx = articleContext();
  const loaded = loadKnowledge(ROOT);
  if (!loaded.ok) {
    console.error(`bench:article-scaling: ${loaded.errors.join('\n')}`);
    process.exit(1);
  }
  // Warm-up on a small article, so the first size does not pay for compiling.
  const warm = articleOf(64 * 1024, 'prose');
  const warmRead = readArticle('warm', 'warm.txt', 'warm.txt', warm);
  buildArticle({ name: 'warm.txt', text: warm }, undefined, ctx);
  if (o.extract && warmRead.ok) ruleExtractor.extract(articleText(warmRead.article), loaded.knowledge);

  const rows: Row[] = [];
  for (const shape of o.shapes) {
    for (const mb of o.sizes) {
      const text = articleOf(mb * MB, shape);
      let read: ReturnType<typeof readArticle> | undefined;
      const readS = time(o.runs, () => (read = readArticle('bench', 'bench.txt', 'bench.txt', text)));
      if (!read?.ok) {
        console.error(`bench:article-scaling: the ${mb} MB article does not read: ${read?.message}`);
        process.exit(1);
      }
      const article = read.article;
      const buildS = time(o.runs, () => buildArticle({ name: 'bench.txt', text }, undefined, ctx));
      const row: Row = { shape, mb, sentences: article.sentences.length, longest: Math.max(...article.sentences.map((s) => s.end - s.start)), read: readS, build: buildS };
      if (o.extract) row.extract = time(o.runs, () => ruleExtractor.extract(articleText(article), loaded.knowledge));
      rows.push(row);
      const extract = row.extract !== undefined ? `, extract ${row.extract.toFixed(2)} s` : '';
      console.error(`bench:article-scaling: ${shape} ${mb} MB: read ${readS.toFixed(2)} s, build ${buildS.toFixed(2)} s${extract}`);
    }
  }

  const ratio = (row: Row, key: 'read' | 'build' | 'extract'): string => {
    const prev = rows[rows.indexOf(row) - 1];
    const now = row[key];
    const before = prev?.shape === row.shape ? prev[key] : undefined;
    if (now === undefined) return '–';
    const base = now.toFixed(3);
    return before !== undefined && before > 0 ? `${base} (×${(now / before).toFixed(2)} for ×${(row.mb / prev!.mb).toFixed(1)})` : base;
  };
  const lines = [
    `Article scaling: best of ${o.runs} run${o.runs === 1 ? '' : 's'}, seconds (ratio to the previous size); 1-minute load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`,
    '',
    `| Shape | Size | Sentences | Longest sentence | readArticle | buildArticle${o.extract ? ' | rule extractor' : ''} |`,
    `| --- | ---: | ---: | ---: | ---: | ---:${o.extract ? ' | ---:' : ''} |`,
    ...rows.map(
      (r) =>
        `| ${r.shape} | ${r.mb} MB | ${r.sentences.toLocaleString('en-US')} | ${r.longest.toLocaleString('en-US')} | ${ratio(r, 'read')} | ${ratio(r, 'build')}${o.extract ? ` | ${ratio(r, 'extract')}` : ''} |`,
    ),
  ];
  console.log(lines.join('\n'));
}

main();
