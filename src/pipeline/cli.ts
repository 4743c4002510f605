// `npm run build:graph` — builds data/graph.json and data/graph.schema.json from data/.
//   --check      build and compare with the committed files; write nothing, exit 1 if they differ
//   --root DIR   project directory (default: the current directory)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PATHS, buildGraph } from './build';
import { writeIfChanged } from './writer';

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function main(argv: string[]): number {
  let root = process.cwd();
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') check = true;
    else if (arg === '--root' && argv[i + 1] !== undefined) root = resolve(argv[++i]!);
    else {
      console.error(`build:graph: unknown argument "${arg}" (usage: build:graph [--check] [--root DIR])`);
      return 2;
    }
  }

  const result = buildGraph(root);
  for (const w of result.warnings) console.error(w);
  if (!result.ok) {
    for (const e of result.errors) console.error(e);
    console.error(`build:graph: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}; nothing written`);
    return 1;
  }
  const outputs: Array<[string, string]> = [
    [join(root, PATHS.graph), result.json],
    [join(root, PATHS.schema), result.schemaJson],
  ];
  if (check) {
    const stale = outputs.filter(([path, text]) => readOptional(path) !== text).map(([path]) => path);
    if (stale.length) {
      console.error(`build:graph: out of date: ${stale.join(', ')} (run npm run build:graph)`);
      return 1;
    }
    console.log(`${result.summary} (up to date)`);
    return 0;
  }
  for (const [path, text] of outputs) writeIfChanged(path, text, readOptional);
  console.log(result.summary);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  // Input problems are reported above as file:line messages, each file's own exceptions included;
  // reaching here is a pipeline bug or a failed write (whose message names the path).
  console.error(`build:graph: ${err instanceof Error ? err.message : String(err)} (unexpected: a pipeline bug or a failed write; DEBUG=1 prints its stack)`);
  if (process.env.DEBUG) console.error(err);
  process.exitCode = 1;
}
