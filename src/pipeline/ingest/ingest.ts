// One article in: its source file and a machine-drafted annotation out, written only when the
// project still builds with them. Suggestions that break the build (an extractor bug) are dropped
// one by one with a warning; a problem with the article itself refuses it and writes nothing.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deriveTitle } from '../../domain/article-metadata';
import { articleText, readArticle } from '../article';
import { pathInsideData, writeAtomic } from '../data-files';
import { PATHS, buildFromInputs, readInputs, type BuildInputs, type BuildResult } from '../build';
import type { AnnotationInput } from '../schemas';
import { draftToAnnotation } from './draft-annotation';
import { draftYaml } from './draft-yaml';
import type { ArticleText, Extractor, Knowledge } from './extractor';
import { loadKnowledge } from './knowledge';
import { otherLanguage } from './language';
import { toCandidate, type ArticleFlags, type RawInput } from './read-input';
import { INGEST_ID, bodyKey, uniqueId } from './source-id';

export interface Project {
  root: string;
  extractor: Extractor;
  knowledge: Knowledge;
  /** The build's inputs, with every article written by this call added. */
  inputs: BuildInputs;
  /** Errors the project had before this call: not this call's doing. */
  baseline: Set<string>;
  /** bodyKey → id of every source, to refuse the same text twice. */
  seen: Map<string, string>;
  /** YYYY-MM-DD, for the draft's header. */
  today: string;
  now: () => number;
}

export type OpenResult = { ok: true; project: Project; warnings: string[] } | { ok: false; errors: string[] };

/** `build`: how to build the project as it is (the workspace server passes its incremental build). */
export function openProject(
  root: string,
  extractor: Extractor,
  today = new Date().toISOString().slice(0, 10),
  now = () => performance.now(),
  build: (inputs: BuildInputs) => BuildResult = buildFromInputs,
): OpenResult {
  const knowledge = loadKnowledge(root);
  if (!knowledge.ok) return { ok: false, errors: knowledge.errors };
  const inputs = readInputs(root);
  const built = build(inputs);
  const warnings = built.ok
    ? []
    : [`warning: the project does not build as it is (${built.errors.length} errors, first: ${built.errors[0]}); each draft is checked for its own files only`];
  const seen = new Map<string, string>();
  for (const s of inputs.sources) seen.set(bodyKey(s.text), s.name.replace(/\.txt$/, ''));
  return {
    ok: true,
    project: { root, extractor, knowledge: knowledge.knowledge, inputs, baseline: new Set(built.ok ? [] : built.errors), seen, today, now },
    warnings,
  };
}

export interface Ingested {
  id: string;
  sourcePath: string;
  annotationPath: string;
  annotation: AnnotationInput;
  /** One line per dropped suggestion, then the build's warnings on the new files. */
  warnings: string[];
  summary: string;
}

export type IngestResult = { ok: true; ingested: Ingested } | { ok: false; message: string };

type Section = 'actors' | 'mentions' | 'relations';
const SECTIONS: readonly Section[] = ['actors', 'mentions', 'relations'];

/** `<root>/<rel>`, refused unless it stays inside `<root>/data`. */
function insideData(root: string, rel: string): string {
  const path = pathInsideData(root, rel);
  if (!path) throw new Error(`refusing to write outside ${root}/data: ${rel}`);
  return path;
}

export function ingestOne(raw: RawInput, flags: ArticleFlags, project: Project): IngestResult {
  const started = project.now();
  const prepared = toCandidate(raw, flags);
  if (!prepared.ok) return prepared;
  const candidate = prepared.candidate;

  const key = bodyKey(candidate.text);
  if (!key) return { ok: false, message: 'no text after the date line' };
  const existing = project.seen.get(key);
  if (existing !== undefined) return { ok: false, message: `the same text as ${PATHS.sources}/${existing}.txt is already ingested (id ${existing})` };

  const probe = readArticle('new', candidate.name, candidate.name, candidate.text);
  if (!probe.ok) return { ok: false, message: `line ${probe.line}: ${probe.message}` };
  const first = probe.article.sentences[0];
  if (!first) return { ok: false, message: 'no sentences after the date line' };
  const language = otherLanguage(candidate.text.slice(probe.article.bodyStart));
  if (language) return { ok: false, message: `the text is in ${language}, not English (franc-min); only English articles can be drafted` };

  const names = new Set([...project.inputs.sources.map((s) => s.name), ...project.inputs.annotations.map((a) => a.name)]);
  const taken = (id: string): boolean =>
    names.has(`${id}.txt`) || names.has(`${id}.yaml`) || existsSync(join(project.root, PATHS.sources, `${id}.txt`)) || existsSync(join(project.root, PATHS.annotations, `${id}.yaml`));
  // A headline line above the body (when readArticle finds one) names the article better than its first sentence.
  const headline = (probe.article as { headline?: string }).headline;
  const id = uniqueId(candidate.published, candidate.title ?? headline ?? deriveTitle(first.text), taken);
  if (!INGEST_ID.test(id)) return { ok: false, message: `internal error: unsafe id "${id}"` };
  const sourceRel = `${PATHS.sources}/${id}.txt`;
  const annotationRel = `${PATHS.annotations}/${id}.yaml`;
  const article = { ...probe.article, id, file: sourceRel, sourceFile: `${id}.txt` };

  // The dateline's "(AP)" or "(dpa/GNA)", when readArticle finds one; the flags and the page win.
  const text: ArticleText = articleText(article, candidate.outlet ?? article.outlet);
  const { title, outlet, url } = candidate;
  const meta = { ...(title !== undefined ? { title } : {}), ...(outlet !== undefined ? { outlet } : {}), ...(url !== undefined ? { url } : {}) };
  let annotation: AnnotationInput;
  try {
    annotation = draftToAnnotation(project.extractor.extract(text, project.knowledge), meta);
  } catch (err) {
    return { ok: false, message: `the "${project.extractor.name}" extractor failed: ${err instanceof Error ? err.message : String(err)}` };
  }

  const header = { extractor: project.extractor.name, date: project.today, source: sourceRel };
  const checked = checkDraft(project, id, candidate.text, annotation, (a) => draftYaml(a, header));
  if (!checked.ok) return checked;

  const sourcePath = insideData(project.root, sourceRel);
  const annotationPath = insideData(project.root, annotationRel);
  writeAtomic(sourcePath, candidate.text);
  try {
    writeAtomic(annotationPath, checked.yaml);
  } catch (err) {
    // A source without its draft would look ingested; take it back.
    rmSync(sourcePath, { force: true });
    throw err;
  }
  project.inputs.sources.push({ name: `${id}.txt`, text: candidate.text });
  project.inputs.annotations.push({ name: `${id}.yaml`, text: checked.yaml });
  project.seen.set(key, id);

  const ms = Math.round(project.now() - started);
  return {
    ok: true,
    ingested: { id, sourcePath, annotationPath, annotation: checked.annotation, warnings: checked.warnings, summary: summarise(id, checked.annotation, checked.build, article.sentences.length, ms) },
  };
}

type Checked = { ok: true; annotation: AnnotationInput; yaml: string; warnings: string[]; build: BuildResult } | { ok: false; message: string };

/**
 * Builds the new article with the curated files; drops the suggestions the build rejects until it
 * passes. The build reads articles independently, so the other articles need not be built again
 * for each draft (a batch stays linear in its size, whatever the size of data/).
 */
export function checkDraft(project: Project, id: string, sourceText: string, start: AnnotationInput, serialise: (a: AnnotationInput) => string): Checked {
  const sourceRel = `${PATHS.sources}/${id}.txt`;
  const annotationRel = `${PATHS.annotations}/${id}.yaml`;
  const itemError = new RegExp(`^${annotationRel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: (actors|mentions|relations)\\[(\\d+)\\]`);
  let annotation = start;
  const warnings: string[] = [];
  for (;;) {
    const yaml = serialise(annotation);
    const build = buildFromInputs({
      actors: project.inputs.actors,
      relationTypes: project.inputs.relationTypes,
      sources: [{ name: `${id}.txt`, text: sourceText }],
      annotations: [{ name: `${id}.yaml`, text: yaml }],
    });
    const errors = build.ok ? [] : build.errors.filter((e) => !project.baseline.has(e));
    if (!errors.length) {
      // The build's own warnings on this draft (e.g. provenance of a suggested claim) help its reviewer.
      const ours = build.warnings.filter((w) => w.startsWith(`${annotationRel}:`) || w.startsWith(`${sourceRel}:`));
      return { ok: true, annotation, yaml, warnings: [...warnings, ...ours], build };
    }

    const drop = new Map<Section, Map<number, string>>(SECTIONS.map((s) => [s, new Map()]));
    for (const e of errors) {
      const m = itemError.exec(e);
      if (!m) {
        const where = e.startsWith(`${sourceRel}:`) ? e.slice(sourceRel.length + 1).trim() : e;
        return { ok: false, message: `the project would not build with this article: ${where}` };
      }
      const items = drop.get(m[1] as Section)!;
      const index = Number(m[2]);
      if (!items.has(index)) items.set(index, e.replace(/^[^:]+:\d+: /, ''));
    }
    const next: AnnotationInput = { ...annotation };
    const before = warnings.length;
    for (const section of SECTIONS) {
      const items = drop.get(section)!;
      const list = annotation[section] as Array<Record<string, unknown>> | undefined;
      if (!items.size || !list) continue;
      for (const [index, why] of items) warnings.push(`warning: dropped the suggested ${describe(section, list[index])}: ${why}`);
      const kept = list.filter((_, i) => !items.has(i));
      if (kept.length) (next as Record<string, unknown>)[section] = kept;
      else delete next[section];
    }
    // Every error names an item, so each round drops one at least; this guards the loop all the same.
    if (warnings.length === before) return { ok: false, message: `the project would not build with this article: ${errors[0]}` };
    annotation = next;
  }
}

function describe(section: Section, item: Record<string, unknown> | undefined): string {
  if (!item) return section;
  if (section === 'actors') return `actor ${String(item.id)}`;
  if (section === 'mentions') return `mention "${String(item.quote)}" → ${String(item.actor)}`;
  return `relation ${String(item.id)} (${String(item.source)} ${String(item.type)} ${String(item.target)})`;
}

function summarise(id: string, annotation: AnnotationInput, build: BuildResult, sentences: number, ms: number): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const list = (ids: string[]): string => (ids.length ? `: ${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''}` : '');
  let known = 'known actors not counted (the project does not build)';
  if (build.ok) {
    const inDoc = (sentenceId: string): boolean => sentenceId.startsWith(`${id}#`);
    const edgeActors = new Set(build.graph.edges.filter((e) => e.id.startsWith(`${id}#`)).flatMap((e) => [e.source, e.target]));
    const ids = build.graph.nodes.filter((n) => n.review !== 'suggested' && (n.mentions.some((m) => inDoc(m.sentenceId)) || edgeActors.has(n.id))).map((n) => n.id);
    known = `${plural(ids.length, 'known actor')}${list(ids)}`;
  }
  const proposed = (annotation.actors ?? []).map((a) => a.id);
  const byType = new Map<string, number>();
  for (const r of annotation.relations ?? []) byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
  const types = [...byType].map(([t, n]) => `${t} ${n}`).join(', ');
  const relations = `${plural(annotation.relations?.length ?? 0, 'suggested relation')}${types ? ` (${types})` : ''}`;
  return `${id}: ${plural(sentences, 'sentence')}; ${known}; ${plural(proposed.length, 'new actor')} proposed${list(proposed)}; ${relations}; ${ms} ms`;
}
