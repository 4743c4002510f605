// npm run gen:corpus -- --size S|M|L|XL | --relations M [--actors N] [--seed S] [--out file.json] [--compact]
// npm run gen:corpus -- --articles K --out-dir DIR [--actors N] [--seed S]
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeArticles } from './generate-articles';
import { GraphSections, writeGraphFile } from './generate-graph';
import { CorpusOptionsError, planCorpus } from './plan';
import { RelationTypesError, loadRelationTypes } from './relation-types';

/** Size presets: relations, and actors ≈ relations / 3 (every actor takes part in a relation). */
export const PRESETS: Record<string, { relations: number; actors: number }> = {
  S: { relations: 1_000, actors: 333 },
  M: { relations: 10_000, actors: 3_333 },
  L: { relations: 50_000, actors: 16_667 },
  XL: { relations: 200_000, actors: 66_667 },
};

const USAGE = `Synthetic corpus generator (made-up actors, deterministic for a seed).

Graph mode (writes a graph.json following src/domain/graph-contract.ts):
  npm run gen:corpus -- --size S|M|L|XL [--seed 1] [--out /tmp/graph.json] [--compact]
  npm run gen:corpus -- --relations 5000 [--actors 1667] [--seed 1] [--out …]
    presets: S 1,000 relations / 333 actors; M 10,000 / 3,333; L 50,000 / 16,667; XL 200,000 / 66,667
    --compact   one-line JSON instead of the pipeline's 2-space indentation (about a third smaller)

Articles mode (writes pipeline input: sources/, curated/, annotations/):
  npm run gen:corpus -- --articles 100 --out-dir /tmp/corpus-100/data [--actors N] [--seed 1]
    then: npm run build:graph -- --root /tmp/corpus-100   (the pipeline reads ROOT/data/…)

Relation types: --types FILE, else data/curated/relation-types.yaml when valid, else a built-in list
(--builtin-types forces the built-in list).`;

class UsageError extends Error {}

function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive whole number (got "${value}")`);
  return n;
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const fmt = (n: number): string => n.toLocaleString('en-US');

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      size: { type: 'string' },
      actors: { type: 'string' },
      relations: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      compact: { type: 'boolean', default: false },
      articles: { type: 'string' },
      'out-dir': { type: 'string' },
      types: { type: 'string' },
      'builtin-types': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const articles = count('articles', values.articles);
  let relations = count('relations', values.relations);
  let actors = count('actors', values.actors);
  if (values.size !== undefined) {
    const preset = PRESETS[values.size.toUpperCase()];
    if (!preset) throw new UsageError(`--size must be one of ${Object.keys(PRESETS).join(', ')} (got "${values.size}")`);
    relations ??= preset.relations;
    actors ??= preset.actors;
  }
  if (articles !== undefined && relations !== undefined) throw new UsageError('give --articles or --relations/--size, not both');
  if (articles === undefined && relations === undefined) throw new UsageError(`nothing to generate\n\n${USAGE}`);
  if (articles !== undefined && !values['out-dir']) throw new UsageError('--articles needs --out-dir DIR');

  const loaded = values['builtin-types']
    ? loadRelationTypes({})
    : loadRelationTypes({
        ...(values.types ? { explicitFile: values.types } : {}),
        defaultFile: fileURLToPath(new URL('../../../data/curated/relation-types.yaml', import.meta.url)),
      });
  if (loaded.warning) console.error(`warning: ${loaded.warning}`);

  const started = performance.now();
  const plan = planCorpus({
    seed: values.seed,
    types: loaded.types,
    ...(actors !== undefined ? { actors } : {}),
    ...(articles !== undefined ? { articles } : { relations: relations! }),
  });
  const planned = performance.now();
  console.log(`relation types: ${loaded.origin} (${loaded.types.length}); seed ${values.seed}; ${fmt(plan.actors.length)} actors planned in ${secs(planned - started)}`);

  if (articles !== undefined) {
    const dir = values['out-dir']!;
    const stats = writeArticles(plan, dir);
    console.log(
      `wrote ${dir}: ${fmt(stats.articles)} articles, ${fmt(stats.relations)} annotated relations, ${fmt(plan.actors.length)} actors; ${mb(stats.bytes)} in ${secs(performance.now() - started)}`,
    );
    if (stats.dropped) console.error(`warning: ${stats.dropped} planned relations had no unique quote and were left out`);
    return;
  }

  const out = values.out ?? join(tmpdir(), `synthetic-graph-${relations}-seed${values.seed}.json`);
  const sections = new GraphSections(plan);
  const bytes = writeGraphFile(out, sections, values.compact);
  const s = sections.stats;
  console.log(
    `wrote ${out}: ${fmt(s.nodes)} nodes, ${fmt(s.edges)} edges, ${fmt(s.documents)} documents, ${fmt(s.sentences)} sentences, ${fmt(s.mentions)} mentions; ${mb(bytes)} in ${secs(performance.now() - started)}`,
  );
  if (s.dropped) console.error(`warning: ${s.dropped} planned relations had no unique quote and were left out`);
}

try {
  main(process.argv.slice(2));
} catch (err) {
  const known = err instanceof UsageError || err instanceof CorpusOptionsError || err instanceof RelationTypesError;
  const parseError = err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS');
  const message = err instanceof Error ? err.message : String(err);
  console.error(`gen:corpus: ${message}${parseError ? ' (see --help)' : ''}`);
  if (!known && !parseError) console.error('(unexpected error; please report it)');
  process.exitCode = 1;
}
