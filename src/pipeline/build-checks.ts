// Checks on the built graph, reported at the line of the input that caused them: the provenance
// rules (errors on reviewed claims, warnings on suggested ones, so a draft still builds and its
// reviewer sees why) and warnings about inputs that build but are probably not what was meant.
import type { GraphEdge, GraphFile, Sentence } from '../domain/graph-contract';
import type { EdgeSource, ResolvedAnnotation } from './annotations';
import { checkProvenance, edgeDocument, type EdgeFinding, type FirstYears, type MentionFinding, type TimeInput } from './provenance';
import type { BuildIssue } from './yaml-file';

export interface CheckContext {
  /** Resolved annotations by document id. */
  annotations: ReadonlyMap<string, ResolvedAnnotation>;
  /** Folders relative to the project root, for messages. */
  dirs: { sources: string; annotations: string };
  /** The registry's `from` years, for the anachronism warning. */
  firstYears?: FirstYears;
}

export interface CheckResult {
  errors: BuildIssue[];
  warnings: BuildIssue[];
}

/** Files in the input folders that the build does not read (`.md` notes, `.yml` annotations). */
export function ignoredFileWarnings(ignored: readonly string[]): BuildIssue[] {
  return ignored.map((file) => {
    const yml = file.match(/^(.*)\.yml$/);
    const hint = yml ? `; rename to ${yml[1]!.split('/').at(-1)}.yaml` : '';
    const reads = file.includes('/annotations/') ? '.yaml annotations' : '.txt sources';
    return { file, message: `warning: ignored: the build reads only ${reads}${hint}` };
  });
}

export function checkBuiltGraph(graph: GraphFile, ctx: CheckContext): CheckResult {
  const where = locator(graph, ctx);
  const errors: BuildIssue[] = [];
  const warnings: BuildIssue[] = [];
  for (const f of checkProvenance(graph, timeInputs(ctx), ctx.firstYears)) {
    const prefix = f.review === 'suggested' ? 'warning (suggested): ' : f.rule === 'anachronism' ? 'warning: ' : '';
    (prefix ? warnings : errors).push(f.kind === 'edge' ? where.edge(f, prefix) : where.mention(f, prefix));
  }
  warnings.push(...repeatedRelations(graph, where), ...emptyArticles(graph, ctx), ...factsDatedAfterArticle(graph, where));
  return { errors: byPlace(errors), warnings: byPlace(warnings) };
}

const byPlace = (issues: BuildIssue[]): BuildIssue[] =>
  issues.map((issue, i) => ({ issue, i })).sort((a, b) => (a.issue.file < b.issue.file ? -1 : a.issue.file > b.issue.file ? 1 : (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.i - b.i)).map((x) => x.issue);

function timeInputs(ctx: CheckContext): Map<string, TimeInput> {
  const out = new Map<string, TimeInput>();
  for (const a of ctx.annotations.values()) for (const [id, src] of a.edgeSources) out.set(id, src.time);
  return out;
}

/** Line (1-based) of a UTF-16 offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

type Locator = ReturnType<typeof locator>;

/** Turns findings on the graph into `file:line: path: message` at the input that caused them. */
function locator(graph: GraphFile, ctx: CheckContext) {
  const docs = new Map(graph.documents.map((d) => [d.id, d]));
  const sentences = new Map<string, Sentence>(graph.sentences.map((s) => [s.id, s]));
  const source = (edgeId: string, doc: string): EdgeSource | undefined => ctx.annotations.get(doc)?.edgeSources.get(edgeId);
  /** The input field of an edge field: evidence items come from `quote` or `also[j]`. */
  const inputField = (src: EdgeSource, field: string): string => {
    const k = field.match(/^evidence\[(\d+)\]$/)?.[1];
    return k !== undefined ? (src.evidenceFields[Number(k)] ?? 'quote') : field;
  };
  /** `prefix` (e.g. "warning: ") goes before the field path, as in the build's other warnings. */
  const edgeAt = (e: GraphEdge, field: string | undefined, message: string, prefix = ''): BuildIssue => {
    const doc = edgeDocument(e);
    const src = source(e.id, doc);
    if (!src) return { file: `${ctx.dirs.annotations}/${doc}.yaml`, message: `${prefix}relation ${e.id}: ${message}` };
    const f = field === undefined ? undefined : inputField(src, field);
    const path = f !== undefined ? `${src.path}.${f}` : src.path;
    return { file: src.file, line: (f !== undefined ? src.fieldLines[f] : undefined) ?? src.line, message: `${prefix}${path}: ${message}` };
  };
  const edges = new Map(graph.edges.map((e) => [e.id, e]));
  return {
    edgeAt,
    source,
    edge: (f: EdgeFinding, prefix: string): BuildIssue => {
      const e = edges.get(f.edgeId);
      return e ? edgeAt(e, f.field, f.message, prefix) : { file: ctx.dirs.annotations, message: `${prefix}relation ${f.edgeId}: ${f.message}` };
    },
    /** At the annotation's mention when it made this one, else at the alias in the source text. */
    mention: (f: MentionFinding, prefix: string): BuildIssue => {
      const m = f.mention;
      const doc = docs.get(sentences.get(m.sentenceId)?.documentId ?? '');
      if (!doc) return { file: ctx.dirs.sources, message: `${prefix}${m.sentenceId}: ${f.message}` };
      const resolved = ctx.annotations.get(doc.id);
      const k = m.via === 'annotation' ? (resolved?.overrides.findIndex((o) => o.actorId === f.nodeId && o.start === m.start && o.end === m.end) ?? -1) : -1;
      if (resolved && k >= 0) return { file: `${ctx.dirs.annotations}/${doc.id}.yaml`, line: resolved.overrideLines[k], message: `${prefix}mentions[${k}]: ${f.message}` };
      return { file: `${ctx.dirs.sources}/${doc.sourceFile ?? `${doc.id}.txt`}`, line: lineAt(doc.text, m.start), message: `${prefix}${f.message}` };
    },
  };
}

/** The same claim under two ids in one article: same ends, type, evidence spans, status and date. */
function repeatedRelations(graph: GraphFile, where: Locator): BuildIssue[] {
  const first = new Map<string, GraphEdge>();
  const out: BuildIssue[] = [];
  for (const e of graph.edges) {
    const spans = e.evidence.map((ev) => `${ev.start}-${ev.end}`).sort().join(',');
    const key = [edgeDocument(e), e.source, e.type, e.target, spans, e.status ?? 'asserted', e.date ?? ''].join('\u0000');
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, e);
      continue;
    }
    const src = where.source(earlier.id, edgeDocument(earlier));
    const at = src ? `${src.path} (line ${src.line})` : earlier.id;
    out.push(where.edgeAt(e, undefined, `repeats ${at} under another id (same source, type, target, evidence, status and date): remove one`, 'warning: '));
  }
  return out;
}

function emptyArticles(graph: GraphFile, ctx: CheckContext): BuildIssue[] {
  const withSentences = new Set(graph.sentences.map((s) => s.documentId));
  return graph.documents
    .filter((d) => !withSentences.has(d.id))
    .map((d) => ({
      file: `${ctx.dirs.sources}/${d.sourceFile ?? `${d.id}.txt`}`,
      ...(d.bodyStart !== undefined ? { line: lineAt(d.text, d.bodyStart) } : {}),
      message: 'warning: the article has no sentences (nothing after the dateline): no claim can quote it',
    }));
}

/** A fact the article reports cannot start after the article was published (plans and hopes can). */
function factsDatedAfterArticle(graph: GraphFile, where: Locator): BuildIssue[] {
  const published = new Map(graph.documents.map((d) => [d.id, d.published]));
  const out: BuildIssue[] = [];
  for (const e of graph.edges) {
    const day = published.get(edgeDocument(e));
    const start = e.date?.split('/')[0];
    if ((e.status ?? 'asserted') !== 'asserted' || !day || !start || start === '..' || start <= day) continue;
    const field = where.source(e.id, edgeDocument(e))?.time.when !== undefined ? 'when' : 'date';
    out.push(where.edgeAt(e, field, `shown as fact but dated ${e.date}, after the article was published (${day}): a plan or a hope needs its status, else check the date`, 'warning: '));
  }
  return out;
}
