// The files a review workspace reads and writes, by article id: every path stays inside data/,
// every write is atomic, and every text has a version (a hash) that a write must be based on.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PATHS } from '../build';
import { pathInsideData, writeAtomic } from '../data-files';

/** An article id as it may appear in a URL: a source file's name without `.txt`. */
const ARTICLE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/;

export const versionOf = (text: string | undefined): string =>
  text === undefined ? 'none' : createHash('sha256').update(text).digest('hex').slice(0, 16);

export class WorkspaceFiles {
  constructor(readonly root: string) {}

  /** `<root>/<rel>` when it stays inside data/, else undefined. */
  inside(rel: string): string | undefined {
    return pathInsideData(this.root, rel);
  }

  /** The ids of the articles in data/sources, sorted. */
  articleIds(): string[] {
    let names: string[];
    try {
      names = readdirSync(join(this.root, PATHS.sources));
    } catch {
      return [];
    }
    return names.filter((n) => n.endsWith('.txt') && !n.startsWith('.')).map((n) => n.slice(0, -4)).sort();
  }

  /** Whether `id` names an article of data/sources (checked against the listing, never built into a path first). */
  isArticle(id: string): boolean {
    return ARTICLE_ID.test(id) && this.articleIds().includes(id);
  }

  annotationRel = (id: string): string => `${PATHS.annotations}/${id}.yaml`;
  sourceRel = (id: string): string => `${PATHS.sources}/${id}.txt`;

  read(rel: string): string | undefined {
    const path = this.inside(rel);
    if (!path) return undefined;
    try {
      if (!statSync(path).isFile()) return undefined;
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  }

  write(rel: string, text: string): void {
    const path = this.inside(rel);
    if (!path) throw new Error(`refusing to write outside data/: ${rel}`);
    writeAtomic(path, text);
  }
}
