// `npm run ingest -- <file.txt | page.html | - | folder>… [--date YYYY-MM-DD] [--outlet NAME]
// [--url URL] [--title TEXT] [--root DIR]` — adds articles to data/sources with a machine-drafted
// annotation in data/annotations. Exit 0: all went in; 1: some input was refused (the others went
// in); 2: a usage error, nothing read or written.
import { readFileSync } from 'node:fs';
import { runIngest } from './command';

try {
  process.exitCode = runIngest(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l), stdin: () => readFileSync(0) });
} catch (err) {
  console.error(`ingest: ${err instanceof Error ? err.message : String(err)} (unexpected: a pipeline bug or a failed write; DEBUG=1 prints its stack)`);
  if (process.env.DEBUG) console.error(err);
  process.exitCode = 1;
}
