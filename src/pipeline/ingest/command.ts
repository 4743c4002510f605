// The ingest command behind `npm run ingest`: arguments in, an exit code out, every line written
// through `io`, so that tests run it in-process (cli.ts is the process around it).
import { existsSync } from 'node:fs';
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

/** Where the command reads stdin and writes its lines; a process's own by default (cli.ts). */
export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
  stdin(): Buffer;
}

/** Exit 0: all went in; 1: some input was refused (the others went in); 2: a usage error, nothing read or written. */
export function runIngest(argv: string[], io: CommandIo): number {
  let args;
  try {
    args = parse(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`ingest: ${err.message}; nothing written (${USAGE})`);
    return 2;
  }
  const { inputs, problems } = collectInputs(args.paths, io.stdin);
  if ((args.flags.title !== undefined || args.flags.url !== undefined) && inputs.length + problems.length > 1) {
    io.err(`ingest: --title and --url describe one article, but ${inputs.length + problems.length} inputs were given; nothing written`);
    return 2;
  }
  const opened = openProject(args.root, ruleExtractor);
  if (!opened.ok && !existsSync(args.root)) {
    io.err(`ingest: --root ${args.root}: no such folder; nothing written`);
    return 2;
  }
  if (!opened.ok) {
    for (const e of opened.errors) io.err(e);
    io.err('ingest: the registry or the relation types do not load; nothing written');
    return 1;
  }
  for (const w of opened.warnings) io.err(`ingest: ${w}`);

  let failed = problems.length;
  for (const p of problems) io.err(`ingest: ${p.name}: ${p.message}`);
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
      io.err(`ingest: ${input.name}: ${result.message}; nothing written`);
      continue;
    }
    written++;
    const { ingested } = result;
    io.out(ingested.summary);
    for (const w of ingested.warnings) io.err(`  ${w}`);
  }
  if (written) {
    io.out(`${written} article${written === 1 ? '' : 's'} added with draft annotations in data/annotations (every item review: suggested).`);
    io.out('Next: npm run build:graph to rebuild the graph, then npm start to explore it.');
  }
  return failed ? 1 : 0;
}
