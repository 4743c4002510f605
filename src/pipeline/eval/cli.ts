// npm run eval:ingest [-- --extractor NAME] [--held-out] [--verbose] [--json FILE] [--write-docs] [--root DIR]
// Scores an extractor's drafts against the reviewed annotations (docs/ingest.md). A measurement:
// exit 0 whether or not the targets are met; 2 on bad arguments; 1 when nothing can be scored.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readInputs } from '../build';
import { machine, timestamp, writeBetweenMarkers } from './docs-section';
import { DEFAULT_EXTRACTOR, EXTRACTORS, findExtractor } from './extractors';
import { formatProblems, formatReport, formatVerbose } from './report';
import { evaluate } from './run';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const USAGE = `Usage: npm run eval:ingest -- [options]
  --extractor NAME  extractor to score (${Object.keys(EXTRACTORS).join(', ')}; default ${DEFAULT_EXTRACTOR})
  --held-out        hide from the extractor the registry actors no other reviewed article uses
  --verbose         list every missed and extra triple and every wrong status, date, saidBy
  --json FILE       write the full result as JSON
  --write-docs      write the tables into docs/ingest.md (section eval, or eval-held-out)
  --root DIR        project directory (default: this checkout)`;

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        extractor: { type: 'string', default: DEFAULT_EXTRACTOR },
        'held-out': { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        json: { type: 'string' },
        'write-docs': { type: 'boolean', default: false },
        root: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (err) {
    console.error(`eval:ingest: ${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const extractor = findExtractor(values.extractor);
  if (!extractor) {
    console.error(`eval:ingest: unknown extractor "${values.extractor}" (known: ${Object.keys(EXTRACTORS).join(', ')})`);
    return 2;
  }
  if (values.json === '') {
    console.error('eval:ingest: --json needs a file name');
    return 2;
  }
  const root = values.root !== undefined ? resolve(values.root) : ROOT;

  const outcome = evaluate(readInputs(root), extractor, { heldOut: values['held-out'] });
  if (!outcome.ok) {
    console.error(`eval:ingest: ${outcome.message}`);
    return 1;
  }
  const result = outcome.result;
  const measured = `${timestamp()} on ${machine()}`;
  for (const line of formatProblems(result)) console.error(line);
  console.log(formatReport(result, { measured }));
  if (values.verbose) console.log(formatVerbose(result));

  if (values.json !== undefined) {
    const file = resolve(values.json);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ measured, ...result }, null, 2)}\n`);
    console.error(`eval:ingest: wrote ${file}`);
  }
  if (values['write-docs']) {
    const section = result.mode === 'held-out' ? 'eval-held-out' : 'eval';
    const docs = join(root, 'docs/ingest.md');
    if (!writeBetweenMarkers(docs, section, formatReport(result, { markdown: true, measured }))) {
      console.error(`eval:ingest: ${docs} has no <!-- ${section}:begin --> … <!-- ${section}:end --> markers; nothing written`);
      return 1;
    }
    console.error(`eval:ingest: wrote the ${section} tables into ${docs}`);
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  console.error(`eval:ingest: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
}
