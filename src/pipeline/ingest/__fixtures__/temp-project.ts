// A throw-away project for the ingest tests: a copy of the real data/curated and the seed source.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPO = join(import.meta.dirname, '../../../..');
export const SEED = '000_13209300025090b4';
export const FIXTURES = import.meta.dirname;

const made: string[] = [];

export function tempProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
  made.push(root);
  cpSync(join(REPO, 'data/curated'), join(root, 'data/curated'), { recursive: true });
  mkdirSync(join(root, 'data/sources'), { recursive: true });
  mkdirSync(join(root, 'data/annotations'), { recursive: true });
  copyFileSync(join(REPO, 'data/sources', `${SEED}.txt`), join(root, 'data/sources', `${SEED}.txt`));
  return root;
}

export function removeTempProjects(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
