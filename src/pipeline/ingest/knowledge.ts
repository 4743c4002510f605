// Loads what an extractor may use from data/curated: the actor registry and the relation types,
// checked with the same schemas and messages as the build.
import { join } from 'node:path';
import { PATHS } from '../build';
import { MAX_CURATED_BYTES, readTextFile } from '../source-files';
import { actorsFileSchema, checkShape, relationTypesFileSchema } from '../schemas';
import { YamlFile, formatIssue } from '../yaml-file';
import type { Knowledge } from './extractor';

export type KnowledgeResult = { ok: true; knowledge: Knowledge } | { ok: false; errors: string[] };

/** From the texts of the two curated files (paths relative to the root, for messages). */
export function knowledgeFromTexts(actorsText: string, relationTypesText: string): KnowledgeResult {
  const errors: string[] = [];
  const load = <T>(file: string, text: string, schema: Parameters<typeof checkShape<T>>[1]): T | undefined => {
    const parsed = YamlFile.parse(file, text);
    if (!parsed.yaml) {
      errors.push(...parsed.issues.map(formatIssue));
      return undefined;
    }
    const shaped = checkShape(parsed.yaml, schema, parsed.yaml.data ?? []);
    errors.push(...shaped.issues.map(formatIssue));
    return shaped.value;
  };
  const actors = load(PATHS.actors, actorsText, actorsFileSchema);
  const relationTypes = load(PATHS.relationTypes, relationTypesText, relationTypesFileSchema);
  if (!actors || !relationTypes) return { ok: false, errors };
  return { ok: true, knowledge: { actors, relationTypes } };
}

export function loadKnowledge(rootDir: string): KnowledgeResult {
  const errors: string[] = [];
  // Through the build's reader, so ingest refuses the same files with the same messages.
  const read = (path: string): string | undefined => {
    const r = readTextFile(join(rootDir, path), { limit: MAX_CURATED_BYTES, what: 'a curated file', root: rootDir });
    if (r.ok) return r.text;
    errors.push(formatIssue({ file: path, ...(r.line !== undefined ? { line: r.line } : {}), message: r.missing ? 'missing file' : r.message }));
    return undefined;
  };
  const actors = read(PATHS.actors);
  const types = read(PATHS.relationTypes);
  if (actors === undefined || types === undefined) return { ok: false, errors };
  return knowledgeFromTexts(actors, types);
}
