// Writing into a project's data/ folder, for ingest and the review workspace alike: a path must
// stay inside data/, and a file is replaced atomically.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** `<root>/<rel>` when it stays inside `<root>/data`, else undefined. */
export function pathInsideData(root: string, rel: string): string | undefined {
  const data = resolve(root, 'data');
  const path = resolve(root, rel);
  const r = relative(data, path);
  if (!r || r.startsWith('..') || r.startsWith(sep) || resolve(data, r) !== path) return undefined;
  return path;
}

/** Temp file in the same folder, then rename: a reader sees the old file or the new one, never half. */
export function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${Math.random().toString(36).slice(2)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
