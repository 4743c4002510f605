// Test helpers for the review actions: copies of the real project files, a line diff, and a build
// of the project with some texts swapped for edited ones.
//
// draft-seed.yaml is what `npm run ingest` wrote for the seed article (data/sources/000_…txt) in a
// copy of the project whose registry lacked Zamir Kabulov, Amir Khan Muttaqi, Karen Decker and
// TASS, so that the draft proposes the three people: the ingest writer's format, kept as written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildFromInputs, readInputs, type BuildResult } from '../../build';
import { applyReviewAction, type ApplyResult } from '../apply-action';
import type { ReviewAction } from '../../../domain/review-actions';
import { YamlText } from '../yaml-text';

export const REPO = join(import.meta.dirname, '../../../..');
export const SEED = '000_13209300025090b4';
export const PUTIN = '2024-07-04_putin-taliban-allies';

export const annotationText = (id: string): string => readFileSync(join(REPO, 'data/annotations', `${id}.yaml`), 'utf8');
export const actorsText = (): string => readFileSync(join(REPO, 'data/curated/actors.yaml'), 'utf8');
/** The build tests' mini project annotation: flow-style mentions, relations without ids. */
export const miniText = (): string => readFileSync(join(REPO, 'src/pipeline/__fixtures__/mini/data/annotations', `${SEED}.yaml`), 'utf8');
export const draftText = (): string => readFileSync(join(import.meta.dirname, 'draft-seed.yaml'), 'utf8');

export function registryIds(actors: string): Set<string> {
  return new Set((parse(actors) as Array<{ id: string }>).map((a) => a.id));
}

/** The real registry without these actors (as the draft's ingest saw it). */
export function registryWithout(actors: string, ids: string[]): string {
  const parsed = YamlText.parse(actors);
  if ('error' in parsed) throw new Error(parsed.error);
  const root = parsed.doc.contents as Parameters<YamlText['removeItem']>[0];
  root.items.forEach((item, i) => {
    if (ids.includes(String((item as { get(k: string): unknown }).get('id')))) parsed.removeItem(root, i);
  });
  return parsed.result();
}

/** Applies `action`, failing the test with the refusal message if it is refused. */
export function applyOk(files: { annotation: string; actors: string }, action: ReviewAction, ids = registryIds(files.actors)): Extract<ApplyResult, { ok: true }> {
  const result = applyReviewAction(files, action, { registryIds: ids });
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result;
}

export interface LineDiff {
  /** [1-based line in the old text, line]. */
  removed: Array<[number, string]>;
  /** [1-based line in the new text, line]. */
  added: Array<[number, string]>;
}

/** A line diff by longest common subsequence, as git would show it for these small edits. */
export function lineDiff(before: string, after: string): LineDiff {
  const a = before.split('\n');
  const b = after.split('\n');
  // Common head and tail first: the table is then only as large as the changed middle.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const table = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) table[i]![j] = x[i] === y[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  }
  const diff: LineDiff = { removed: [], added: [] };
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) [i, j] = [i + 1, j + 1];
    else if (j < y.length && (i === x.length || table[i]![j + 1]! >= table[i + 1]![j]!)) diff.added.push([head + 1 + j, y[j++]!]);
    else diff.removed.push([head + 1 + i, x[i++]!]);
  }
  return diff;
}

/** Comment lines of a YAML text (whole-line and trailing), to check that none was lost. */
export function comments(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    const at = line.search(/(^|\s)#/);
    return at >= 0 ? [line.slice(at).trim()] : [];
  });
}

/** The real project, with some annotation texts (by article id) and the registry replaced. */
export function buildWith(replace: { annotations?: Record<string, string>; actors?: string; only?: string[] }): BuildResult {
  const inputs = readInputs(REPO);
  const keep = (name: string): boolean => !replace.only || replace.only.includes(name.replace(/\.(txt|yaml)$/, ''));
  inputs.sources = inputs.sources.filter((s) => keep(s.name));
  inputs.annotations = inputs.annotations.filter((a) => keep(a.name)).map((a) => ({ ...a, text: replace.annotations?.[a.name.replace(/\.yaml$/, '')] ?? a.text }));
  if (replace.actors !== undefined) inputs.actors = replace.actors;
  return buildFromInputs(inputs);
}

export function builtOk(result: BuildResult): Extract<BuildResult, { ok: true }> {
  if (!result.ok) throw new Error(`the build failed:\n${result.errors.join('\n')}`);
  return result;
}
