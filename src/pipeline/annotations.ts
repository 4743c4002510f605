// Turns one article's annotation file into mention overrides and relation edges, checking every
// id, quote and date against the registry, the taxonomy and the article text.
import type { ArticleMetadata } from '../domain/article-metadata';
import { edtfPrecision, resolveTimeExpression } from '../domain/dates';
import { quoteInput } from '../domain/graph-contract-checks';
import { formatPath, type DateInfo, type Evidence, type GraphEdge } from '../domain/graph-contract';
import type { MentionOverride } from '../domain/mentions';
import { splitSpanBySentence, type SentenceSpan } from '../domain/sentences';
import { locateQuote } from './quotes';
import { annotationFileSchema, checkShape, closest, type ProposedActorInput, type RelationInput } from './schemas';
import type { BuildIssue, YamlFile, YamlPath } from './yaml-file';

/** An article read by the build: its dateline metadata (date, place, agency, outlet, headline) and sentences. */
export interface Article extends ArticleMetadata {
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  sourceFile: string;
  text: string;
  sentences: SentenceSpan[];
}

export interface AnnotationContext {
  /** Known actor ids; undefined when the registry failed to load (id checks are skipped then). */
  actorIds?: ReadonlySet<string>;
  typeIds?: ReadonlySet<string>;
}

export interface ResolvedAnnotation {
  title?: string;
  outlet?: string;
  url?: string;
  /** Actors a draft proposes for this article (suggested nodes until added to the registry). */
  proposedActors: ProposedActorInput[];
  overrides: MentionOverride[];
  /** Line of each override, for warnings about overrides that changed nothing. */
  overrideLines: number[];
  edges: GraphEdge[];
  /** Where each edge was written, by edge id: checks on the built graph report `file:line` with it. */
  edgeSources: Map<string, EdgeSource>;
}

export interface EdgeSource {
  file: string;
  /** The relation's field path, e.g. `relations[3]`, and its line. */
  path: string;
  line: number;
  /** Line of each field written (`saidBy`, `also[0]`, …). */
  fieldLines: Record<string, number>;
  /** The field each evidence item came from (`quote`, `also[0]`), in evidence order. */
  evidenceFields: string[];
  /** The time words as written: graph.json alone cannot tell a resolved date from an explicit one. */
  time: { when?: string; relativeTo?: string; date?: string };
}

export const sentenceId = (docId: string, index: number): string => `${docId}#s${index}`;

/** The id of the relation at `index` (0-based) when it has no `id` field: r01, r02, … */
export const defaultRelationId = (index: number): string => `r${String(index + 1).padStart(2, '0')}`;

export function resolveAnnotation(yaml: YamlFile, article: Article, ctx: AnnotationContext): { resolved: ResolvedAnnotation; issues: BuildIssue[] } {
  const resolved: ResolvedAnnotation = { proposedActors: [], overrides: [], overrideLines: [], edges: [], edgeSources: new Map() };
  const shaped = checkShape(yaml, annotationFileSchema, yaml.data ?? {});
  if (!shaped.value) return { resolved, issues: shaped.issues };
  const issues: BuildIssue[] = [];
  const input = shaped.value;
  if (input.title !== undefined) resolved.title = input.title.trim();
  if (input.outlet !== undefined) resolved.outlet = input.outlet.trim();
  if (input.url !== undefined) resolved.url = input.url.trim();

  // `review: rejected` items stay in the file as a record of the reviewer's "no" and are skipped
  // before any check: a rejected item whose actor or quote has since gone must not fail the build.
  const localIds = new Set<string>();
  for (const [i, a] of (input.actors ?? []).entries()) {
    if (a.review === 'rejected') continue;
    if (ctx.actorIds?.has(a.id)) {
      issues.push(yaml.issue(['actors', i, 'id'], `actor id ${quoteInput(String(a.id))} is already in the registry: refer to it instead of proposing it`));
      continue;
    }
    if (localIds.has(a.id)) {
      issues.push(yaml.issue(['actors', i, 'id'], `actor ${quoteInput(String(a.id))} is proposed twice in this file`));
      continue;
    }
    localIds.add(a.id);
    resolved.proposedActors.push(a);
  }
  const checkActor = (path: YamlPath, id: string): void => {
    if (!ctx.actorIds || ctx.actorIds.has(id) || localIds.has(id)) return;
    const hint = closest(id, [...ctx.actorIds, ...localIds]);
    issues.push(yaml.issue(path, `unknown actor id ${quoteInput(String(id))}${hint ? `; did you mean "${hint}"?` : ' (add it to data/curated/actors.yaml)'}`));
  };

  /** Locates a quote; returns its span or records an issue. */
  const locate = (path: YamlPath, quote: string, within: string | undefined): { start: number; end: number } | undefined => {
    const found = locateQuote(article, quote, within);
    if (!found.ok) {
      issues.push(yaml.issue([...path, found.field], found.message));
      return undefined;
    }
    // Headlines, tickers, "Published …" lines and section headings are not sentences: nothing cites them.
    if (splitSpanBySentence(article.sentences, found.start, found.end).length === 0) {
      issues.push(yaml.issue([...path, 'quote'], 'the quote lies outside the article’s sentences (a headline, ticker, dateline or heading line): quote the body'));
      return undefined;
    }
    return found;
  };

  for (const [i, m] of (input.mentions ?? []).entries()) {
    if (m.review === 'rejected') continue;
    const path = ['mentions', i];
    if (m.actor !== null) checkActor([...path, 'actor'], m.actor);
    const span = locate(path, m.quote, m.within);
    if (!span) continue;
    if (splitSpanBySentence(article.sentences, span.start, span.end).length !== 1) {
      issues.push(yaml.issue([...path, 'quote'], 'a mention must lie inside one sentence, but this quote spans a sentence break'));
      continue;
    }
    resolved.overrides.push({ actorId: m.actor, ...span, ...(m.review === 'suggested' ? { suggested: true } : {}) });
    resolved.overrideLines.push(yaml.lineOf(path));
  }

  const seenIds = new Map<string, number>();
  for (const [i, r] of (input.relations ?? []).entries()) {
    const path = ['relations', i];
    // The index still counts rejected relations, so rejecting one renumbers no default id.
    const id = r.id ?? defaultRelationId(i);
    if (r.review === 'rejected') continue;
    const line = yaml.lineOf(r.id !== undefined ? [...path, 'id'] : path);
    const first = seenIds.get(id);
    if (first !== undefined) {
      const implicit = r.id === undefined ? ` (the default id of relation ${i + 1})` : '';
      issues.push(yaml.issue(r.id !== undefined ? [...path, 'id'] : path, `duplicate relation id ${quoteInput(String(id))}${implicit}, first used on line ${first}`, line));
      continue;
    }
    seenIds.set(id, line);
    const evidenceFields: string[] = [];
    const edge = resolveRelation(yaml, article, ctx, path, id, r, locate, checkActor, issues, evidenceFields);
    if (!edge) continue;
    resolved.edges.push(edge);
    const fieldLines: Record<string, number> = {};
    for (const key of Object.keys(r)) fieldLines[key] = yaml.lineOf([...path, key]);
    for (const j of (r.also ?? []).keys()) fieldLines[`also[${j}]`] = yaml.lineOf([...path, 'also', j]);
    const time = { ...(r.when !== undefined ? { when: r.when } : {}), ...(r.relativeTo !== undefined ? { relativeTo: r.relativeTo } : {}), ...(r.date !== undefined ? { date: r.date } : {}) };
    resolved.edgeSources.set(edge.id, { file: yaml.file, path: formatPath(path), line: yaml.lineOf(path), fieldLines, evidenceFields, time });
  }
  return { resolved, issues };
}

function resolveRelation(
  yaml: YamlFile,
  article: Article,
  ctx: AnnotationContext,
  path: YamlPath,
  id: string,
  r: RelationInput,
  locate: (path: YamlPath, quote: string, within: string | undefined) => { start: number; end: number } | undefined,
  checkActor: (path: YamlPath, id: string) => void,
  issues: BuildIssue[],
  evidenceFields: string[],
): GraphEdge | undefined {
  const before = issues.length;
  checkActor([...path, 'source'], r.source);
  checkActor([...path, 'target'], r.target);
  if (r.saidBy !== undefined) checkActor([...path, 'saidBy'], r.saidBy);
  if (r.reportedBy !== undefined) checkActor([...path, 'reportedBy'], r.reportedBy);
  if (ctx.typeIds && !ctx.typeIds.has(r.type)) {
    const hint = closest(r.type, ctx.typeIds);
    issues.push(yaml.issue([...path, 'type'], `unknown relation type id ${quoteInput(String(r.type))}${hint ? `; did you mean "${hint}"?` : ' (add it to data/curated/relation-types.yaml)'}`));
  }

  const evidence: Evidence[] = [];
  const addEvidence = (quotePath: YamlPath, quote: string, within: string | undefined): void => {
    const span = locate(quotePath, quote, within);
    if (!span) return;
    // Evidence lives in sentences: a quote across a sentence break becomes one item per sentence.
    for (const piece of splitSpanBySentence(article.sentences, span.start, span.end)) {
      evidence.push({ sentenceId: sentenceId(article.id, piece.sentenceIndex), quote: article.text.slice(piece.start, piece.end), start: piece.start, end: piece.end });
      evidenceFields.push(quotePath.length > 2 ? formatPath(quotePath.slice(2)) : 'quote');
    }
  };
  addEvidence(path, r.quote, r.within);
  for (const [j, extra] of (r.also ?? []).entries()) {
    if (typeof extra === 'string') addEvidence([...path, 'also', j], extra, undefined);
    else addEvidence([...path, 'also', j], extra.quote, extra.within);
  }

  const dated = resolveDate(yaml, article, path, r, issues);
  if (issues.length > before) return undefined;
  return {
    id: `${article.id}#${id}`,
    source: r.source,
    target: r.target,
    type: r.type,
    evidence,
    ...(dated?.date !== undefined ? { date: dated.date } : {}),
    ...(dated?.dateInfo ? { dateInfo: dated.dateInfo } : {}),
    status: r.status ?? 'asserted',
    ...(r.saidBy !== undefined ? { saidBy: r.saidBy } : {}),
    ...(r.reportedBy !== undefined ? { reportedBy: r.reportedBy } : {}),
    ...(r.note !== undefined ? { note: r.note.trim() } : {}),
    // Rejected relations never get here; an absent review means a person wrote the relation.
    review: r.review === 'suggested' ? 'suggested' : 'reviewed',
    ...(r.confidence !== undefined ? { confidence: r.confidence } : {}),
    ...(r.rule !== undefined ? { rule: r.rule } : {}),
  };
}

/** `date` wins over `when`; `when` is resolved against `relativeTo` or the publication date. */
function resolveDate(
  yaml: YamlFile,
  article: Article,
  path: YamlPath,
  r: RelationInput,
  issues: BuildIssue[],
): { date?: string; dateInfo?: DateInfo } | undefined {
  let anchor = article.published;
  if (r.relativeTo !== undefined) {
    const p = edtfPrecision(r.relativeTo);
    if (p === undefined || p === 'interval') {
      issues.push(yaml.issue([...path, 'relativeTo'], `${quoteInput(String(r.relativeTo))} is not an EDTF day, month or year (e.g. "1979", "2024-10-04")`));
      return undefined;
    }
    if (r.when === undefined) {
      issues.push(yaml.issue([...path, 'relativeTo'], '`relativeTo` needs `when` (the words to resolve against it)'));
      return undefined;
    }
    anchor = r.relativeTo;
  }
  if (r.date !== undefined) {
    const precision = edtfPrecision(r.date);
    if (precision === undefined) {
      issues.push(yaml.issue([...path, 'date'], `${quoteInput(String(r.date))} is not an EDTF date such as 2024-10-04, 2024-07, 2021, 2003/.. or 1979/1989`));
      return undefined;
    }
    return { date: r.date, ...(r.when !== undefined ? { dateInfo: { text: r.when, precision, anchor } } : {}) };
  }
  if (r.when === undefined) return {};
  const resolved = resolveTimeExpression(r.when, anchor);
  if (!resolved.ok) {
    issues.push(yaml.issue([...path, 'when'], resolved.error));
    return undefined;
  }
  return { date: resolved.date, dateInfo: { text: r.when, precision: resolved.precision, anchor } };
}
