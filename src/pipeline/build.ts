// The build: sources + registry + taxonomy + annotations → graph.json text. `buildFromInputs` is
// pure (no file access) so tests can feed it strings; `buildGraph` reads a project directory.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_VERSION, validateGraph, type GraphDocument, type GraphEdge, type GraphFile, type GraphNode, type Mention, type RelationType, type Sentence } from '../domain/graph-contract';
import { exceptKey } from '../domain/mentions';
import type { ResolvedAnnotation } from './annotations';
import { buildArticle, type ArticleContext, type ArticleResult, type InputFile } from './build-article';
import { checkBuiltGraph, ignoredFileWarnings } from './build-checks';
import type { ProposedActorInput } from './schemas';
import { loadRegistry, loadRelationTypes, type Registry } from './registry';
import { storyOf } from './story';
import { MAX_ANNOTATION_BYTES, MAX_CURATED_BYTES, MAX_SOURCE_BYTES, readTextFile, type ReadLimits } from './source-files';
import { serializeGraph, serializeSchema } from './writer';
import { YamlFile, formatIssue, type BuildIssue } from './yaml-file';

export const PATHS = {
  sources: 'data/sources',
  annotations: 'data/annotations',
  actors: 'data/curated/actors.yaml',
  relationTypes: 'data/curated/relation-types.yaml',
  graph: 'data/graph.json',
  schema: 'data/graph.schema.json',
} as const;

export type { InputFile } from './build-article';

export interface BuildInputs {
  sources: InputFile[];
  annotations: InputFile[];
  /** undefined: the file does not exist. */
  actors?: string;
  relationTypes?: string;
  /** Files in the input folders the build does not read (paths from the root), to warn about. */
  ignored?: string[];
  /** Input files that could not be read as text (not a regular file, too large, not UTF-8…): each an error. */
  unreadable?: BuildIssue[];
}

export type BuildResult =
  | { ok: true; graph: GraphFile; json: string; schemaJson: string; summary: string; warnings: string[] }
  | { ok: false; errors: string[]; warnings: string[] };

/**
 * Reads the inputs of a project directory (sorted, so that the output does not depend on directory
 * order) through the one reader of input files: every file that is not a bounded regular UTF-8
 * text file inside the project is left out and named in `unreadable`, and the others still read.
 */
export function readInputs(rootDir: string): BuildInputs {
  const ignored: string[] = [];
  const unreadable: BuildIssue[] = [];
  const read = (path: string, limits: Omit<ReadLimits, 'root'>): string | undefined => {
    const r = readTextFile(join(rootDir, path), { ...limits, root: rootDir });
    if (r.ok) return r.text;
    // A missing curated file is the build's own "missing file" error.
    if (!r.missing) unreadable.push({ file: path, ...(r.line !== undefined ? { line: r.line } : {}), message: r.message });
    return undefined;
  };
  const list = (dir: string, ext: string, limits: Omit<ReadLimits, 'root'>): InputFile[] => {
    let names: string[];
    try {
      names = readdirSync(join(rootDir, dir));
    } catch {
      return [];
    }
    // Hidden files (.gitkeep, .DS_Store) are not mistakes worth a warning.
    ignored.push(...names.filter((n) => !n.endsWith(ext) && !n.startsWith('.')).sort(compareText).map((n) => `${dir}/${n}`));
    return names
      .filter((n) => n.endsWith(ext))
      .sort(compareText)
      .flatMap((name) => {
        const text = read(`${dir}/${name}`, limits);
        return text === undefined ? [] : [{ name, text }];
      });
  };
  const curated = { limit: MAX_CURATED_BYTES, what: 'a curated file' };
  return {
    sources: list(PATHS.sources, '.txt', { limit: MAX_SOURCE_BYTES, what: 'a source file' }),
    annotations: list(PATHS.annotations, '.yaml', { limit: MAX_ANNOTATION_BYTES, what: 'an annotation' }),
    actors: read(PATHS.actors, curated),
    relationTypes: read(PATHS.relationTypes, curated),
    ignored,
    unreadable,
  };
}

export function buildGraph(rootDir: string): BuildResult {
  return buildFromInputs(readInputs(rootDir));
}

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function buildFromInputs(inputs: BuildInputs, now: () => number = () => performance.now()): BuildResult {
  return assembleGraph(inputs, buildArticle, now);
}

/** One article's share of the build; the incremental build passes one that caches. */
export type ArticleStep = (source: InputFile, annotation: InputFile | undefined, ctx: ArticleContext) => ArticleResult;

/** The build around the per-article step: registry and taxonomy, merge, nodes, checks, output. */
export function assembleGraph(inputs: BuildInputs, step: ArticleStep, now: () => number): BuildResult {
  const started = now();
  const issues: BuildIssue[] = [...(inputs.unreadable ?? [])];
  const warnings: BuildIssue[] = ignoredFileWarnings(inputs.ignored ?? []);
  const unreadable = new Set((inputs.unreadable ?? []).map((i) => i.file));

  const parseYaml = (file: string, text: string | undefined, what: string): YamlFile | undefined => {
    if (text === undefined) {
      if (!unreadable.has(file)) issues.push({ file, message: `missing file (${what})` });
      return undefined;
    }
    const parsed = YamlFile.parse(file, text);
    issues.push(...parsed.issues);
    return parsed.yaml;
  };

  let registry: Registry | undefined;
  const actorsYaml = parseYaml(PATHS.actors, inputs.actors, 'the actor registry');
  if (actorsYaml) {
    const loaded = guarded(PATHS.actors, () => loadRegistry(actorsYaml));
    issues.push(...loaded.issues);
    registry = loaded.registry;
  }
  let types: RelationType[] | undefined;
  const typesYaml = parseYaml(PATHS.relationTypes, inputs.relationTypes, 'the relation-type taxonomy');
  if (typesYaml) {
    const loaded = guarded(PATHS.relationTypes, () => loadRelationTypes(typesYaml, registry?.actors));
    issues.push(...loaded.issues);
    types = loaded.types;
  }
  const ids = {
    ...(registry ? { actorIds: new Set(registry.actors.keys()) } : {}),
    ...(types ? { typeIds: new Set(types.map((t) => t.id)) } : {}),
  };

  const annotationsById = new Map<string, InputFile>();
  for (const a of inputs.annotations) annotationsById.set(a.name.replace(/\.yaml$/, ''), a);
  const articleCtx: ArticleContext = { ...(registry ? { registry } : {}), ids, dirs: PATHS };

  const resolvedById = new Map<string, ResolvedAnnotation>();
  const documents: GraphDocument[] = [];
  const sentences: Sentence[] = [];
  const edges: GraphEdge[] = [];
  const mentionsByActor = new Map<string, Mention[]>();
  const inRelation = new Set<string>();
  const usedExcepts = new Set<string>();
  const sourceIds = new Set<string>();
  /** Actors proposed by drafts, by id (the first article that proposes an id defines it). */
  const proposed = new Map<string, ProposedActorInput>();

  // Merged in source-name order, so the output does not depend on which articles were cached.
  for (const source of [...inputs.sources].sort((a, b) => compareText(a.name, b.name))) {
    const id = source.name.replace(/\.txt$/, '');
    sourceIds.add(id);
    const annotation = annotationsById.get(id);
    const article = stepGuarded(step, source, annotation, articleCtx);
    issues.push(...article.issues);
    warnings.push(...article.warnings);
    if (article.resolved) resolvedById.set(id, article.resolved);
    if (article.document) documents.push(article.document);
    sentences.push(...article.sentences);
    for (const a of article.proposedActors) {
      if (!proposed.has(a.id)) proposed.set(a.id, a);
    }
    for (const key of article.usedExcepts) usedExcepts.add(key);
    for (const { actorId, mention } of article.mentions) {
      let list = mentionsByActor.get(actorId);
      if (!list) mentionsByActor.set(actorId, (list = []));
      list.push(mention);
    }
    for (const e of article.edges) {
      edges.push(e);
      for (const actor of [e.source, e.target, e.saidBy, e.reportedBy]) if (actor !== undefined) inRelation.add(actor);
    }
  }

  for (const [id, a] of annotationsById) {
    if (!sourceIds.has(id) && !unreadable.has(`${PATHS.sources}/${id}.txt`)) {
      issues.push({ file: `${PATHS.annotations}/${a.name}`, line: 1, message: `no article ${PATHS.sources}/${id}.txt for this annotation` });
    }
  }
  if (registry && issues.length === 0) {
    for (const e of registry.exceptLines) {
      if (!usedExcepts.has(exceptKey(e.alias, e.context))) {
        warnings.push({ file: PATHS.actors, line: e.line, message: `warning: except context "${e.context}" of alias "${e.alias.text}" applied nowhere` });
      }
    }
  }

  const warningLines = warnings.map(formatIssue);
  if (issues.length || !registry || !types) return { ok: false, errors: issues.map(formatIssue), warnings: warningLines };

  // Registry actors, then the actors drafts propose (suggested until someone adds them to the
  // registry); an actor with no mention and no relation is left out.
  const nodes: GraphNode[] = [];
  const candidates = [
    ...[...registry.actors.values()].map((a) => ({ ...a, aliases: a.aliases.map((x) => x.text), draft: undefined })),
    ...[...proposed.values()].filter((a) => !registry.actors.has(a.id)).map((a) => ({ ...a, aliases: a.aliases ?? [], draft: a })),
  ];
  for (const a of candidates) {
    const mentions = mentionsByActor.get(a.id) ?? [];
    if (!mentions.length && !inRelation.has(a.id)) continue;
    nodes.push({
      id: a.id,
      label: a.label,
      kind: a.kind,
      aliases: a.aliases,
      mentions,
      ...(a.role !== undefined ? { role: a.role } : {}),
      ...(a.description !== undefined ? { description: a.description } : {}),
      ...(a.draft
        ? {
            review: 'suggested' as const,
            ...(a.draft.confidence !== undefined ? { confidence: a.draft.confidence } : {}),
            ...(a.draft.rule !== undefined ? { rule: a.draft.rule } : {}),
          }
        : {}),
    });
  }

  const graph: GraphFile = { schemaVersion: SCHEMA_VERSION, documents, sentences, nodes, edges, relationTypes: types };
  const checked = validateGraph(graph, 200);
  if (!checked.ok) {
    return {
      ok: false,
      errors: checked.issues.map((i) => `pipeline bug: the built graph breaks the contract at ${i.path}: ${i.message}`),
      warnings: warningLines,
    };
  }
  const firstYears = new Map([...registry.actors.values()].flatMap((a) => (a.from !== undefined ? [[a.id, a.from] as const] : [])));
  const checks = checkBuiltGraph(graph, { annotations: resolvedById, dirs: PATHS, firstYears });
  warningLines.push(...checks.warnings.map(formatIssue));
  if (checks.errors.length) return { ok: false, errors: checks.errors.map(formatIssue), warnings: warningLines };
  const story = storyOf(graph);
  const claimed = validateGraph(story, 200);
  if (!claimed.ok) {
    return { ok: false, errors: claimed.issues.map((i) => `pipeline bug: the grouped claims break the contract at ${i.path}: ${i.message}`), warnings: warningLines };
  }
  const ms = Math.round(now() - started);
  const summary = `graph: ${documents.length} documents, ${sentences.length} sentences, ${nodes.length} actors, ${story.edges.length} claims from ${edges.length} relations, ${ms} ms`;
  return { ok: true, graph: story, json: serializeGraph(story), schemaJson: serializeSchema(), summary, warnings: warningLines };
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message.split('\n')[0]! : String(err));

/**
 * A file's step that throws (a pipeline bug, or an input no check foresaw) becomes that file's
 * error. The loaders' other fields are optional: absent means "did not load".
 */
function guarded<T extends { issues: BuildIssue[] }>(file: string, load: () => T): T {
  try {
    return load();
  } catch (err) {
    return { issues: [{ file, message: `could not be loaded: ${messageOf(err)}` }] } as T;
  }
}

function stepGuarded(step: ArticleStep, source: InputFile, annotation: InputFile | undefined, ctx: ArticleContext): ArticleResult {
  try {
    return step(source, annotation, ctx);
  } catch (err) {
    const id = source.name.replace(/\.txt$/, '');
    const also = annotation ? ` (with ${ctx.dirs.annotations}/${annotation.name})` : '';
    return {
      id,
      issues: [{ file: `${ctx.dirs.sources}/${source.name}`, message: `could not be built${also}: ${messageOf(err)}` }],
      warnings: [],
      sentences: [],
      mentions: [],
      edges: [],
      proposedActors: [],
      usedExcepts: [],
    };
  }
}
