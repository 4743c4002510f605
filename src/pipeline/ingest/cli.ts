// `npm run ingest -- <file.txt | page.html | - | folder>… [--date YYYY-MM-DD] [--outlet NAME]
// [--url URL] [--title TEXT] [--root DIR]` — adds articles to data/sources with a machine-drafted
// annotation in data/annotations. Exit 0: all went in; 1: some input was refused (the others went
// in); 2: a usage error, nothing read or written.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestOne, openProject } from './ingest';
import { collectInputs, type ArticleFlags } from './read-input';
import { ruleExtractor } from './rules/index';
import { isDay } from './source-id';

const USAGE = 'usage: npm run ingest -- <file.txt | page.html | - | folder>... [--date YYYY-MM-DD] [--outlet NAME] [--url URL] [--title TEXT] [--root DIR]';

class UsageError extends Error {}

function parse(argv: string[]): { paths: string[]; flags: ArticleFlags; root: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { date: { type: 'string' }, outlet: { type: 'string' }, url: { type: 'string' }, title: { type: 'string' }, root: { type: 'string' } },
    });
  } catch (err) {
    // Node's messages run over several lines; one line with the flag is enough.
    const code = (err as { code?: string }).code;
    const flag = /'([^' ]+)/.exec(err instanceof Error ? err.message : '')?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown flag "${flag}"`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`${flag} needs a value`);
    throw new UsageError(err instanceof Error ? err.message.split('\n')[0]! : String(err));
  }
  const { date, outlet, url, title, root } = parsed.values;
  if (date !== undefined && !isDay(date)) throw new UsageError(`invalid --date "${date}": expected a calendar day as YYYY-MM-DD`);
  for (const [flag, value] of [['--outlet', outlet], ['--url', url], ['--title', title]] as const) {
    if (value !== undefined && !value.trim()) throw new UsageError(`${flag} must not be empty`);
  }
  if (!parsed.positionals.length) throw new UsageError('no input given');
  return {
    paths: parsed.positionals,
    root: resolve(root ?? process.cwd()),
    flags: {
      ...(date !== undefined ? { date } : {}),
      ...(outlet !== undefined ? { outlet } : {}),
      ...(url !== undefined ? { url } : {}),
      ...(title !== undefined ? { title } : {}),
    },
  };
}

function main(argv: string[]): number {
  let args;
  try {
    args = parse(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`ingest: ${err.message}; nothing written (${USAGE})`);
    return 2;
  }
  const { inputs, problems } = collectInputs(args.paths, () => readFileSync(0));
  if ((args.flags.title !== undefined || args.flags.url !== undefined) && inputs.length + problems.length > 1) {
    console.error(`ingest: --title and --url describe one article, but ${inputs.length + problems.length} inputs were given; nothing written`);
    return 2;
  }
  const opened = openProject(args.root, ruleExtractor);
  if (!opened.ok && !existsSync(args.root)) {
    console.error(`ingest: --root ${args.root}: no such folder; nothing written`);
    return 2;
  }
  if (!opened.ok) {
    for (const e of opened.errors) console.error(e);
    console.error('ingest: the registry or the relation types do not load; nothing written');
    return 1;
  }
  for (const w of opened.warnings) console.error(`ingest: ${w}`);

  let failed = problems.length;
  for (const p of problems) console.error(`ingest: ${p.name}: ${p.message}`);
  let written = 0;
  for (const input of inputs) {
    let result: ReturnType<typeof ingestOne>;
    try {
      result = ingestOne(input, args.flags, opened.project);
    } catch (err) {
      // One page the libraries cannot take (a bad --url, a pathological document) fails alone.
      result = { ok: false, message: `could not be read: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` };
    }
    if (!result.ok) {
      failed++;
      console.error(`ingest: ${input.name}: ${result.message}; nothing written`);
      continue;
    }
    written++;
    const { ingested } = result;
    console.log(ingested.summary);
    for (const w of ingested.warnings) console.error(`  ${w}`);
  }
  if (written) {
    console.log(`${written} article${written === 1 ? '' : 's'} added with draft annotations in data/annotations (every item review: suggested).`);
    console.log('Next: npm run build:graph to rebuild the graph, then npm start to explore it.');
  }
  return failed ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  console.error(`ingest: ${err instanceof Error ? err.message : String(err)} (unexpected: a pipeline bug or a failed write; DEBUG=1 prints its stack)`);
  if (process.env.DEBUG) console.error(err);
  process.exitCode = 1;
}
