// Loads what an extractor may use from data/curated: the actor registry and the relation types,
// checked with the same schemas and messages as the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATHS } from '../build';
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
  const read = (path: string): string | undefined => {
    try {
      return readFileSync(join(rootDir, path), 'utf8');
    } catch {
      return undefined;
    }
  };
  const actors = read(PATHS.actors);
  const types = read(PATHS.relationTypes);
  if (actors === undefined || types === undefined) {
    return { ok: false, errors: [`${actors === undefined ? PATHS.actors : PATHS.relationTypes}: missing file`] };
  }
  return knowledgeFromTexts(actors, types);
}
