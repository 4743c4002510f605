// One article's share of the build: its document, sentences, mentions and relations, and the
// problems found in its source and annotation. The result depends only on the two texts and on the
// registry and taxonomy, so the incremental build can cache it per article.
import { deriveTitle } from '../domain/article-metadata';
import type { GraphDocument, GraphEdge, Mention, Sentence } from '../domain/graph-contract';
import { findMentions } from '../domain/mentions';
import { resolveAnnotation, sentenceId, type AnnotationContext, type ResolvedAnnotation } from './annotations';
import { readArticle } from './article';
import type { Registry } from './registry';
import type { ProposedActorInput } from './schemas';
import { YamlFile, type BuildIssue } from './yaml-file';

export interface InputFile {
  /** File name inside its folder (sources, annotations) or path relative to the root (curated files). */
  name: string;
  text: string;
}

export interface ArticleContext {
  /** Undefined when the registry failed to load: no alias mentions then. */
  registry?: Registry;
  ids: AnnotationContext;
  /** Folders relative to the project root, for messages. */
  dirs: { sources: string; annotations: string };
}

export interface ArticleResult {
  id: string;
  issues: BuildIssue[];
  warnings: BuildIssue[];
  /** Undefined when the source could not be read. */
  document?: GraphDocument;
  sentences: Sentence[];
  /** In document order; the build groups them by actor. */
  mentions: Array<{ actorId: string; mention: Mention }>;
  edges: GraphEdge[];
  proposedActors: ProposedActorInput[];
  /** `exceptKey`s of the registry's except contexts that applied here. */
  usedExcepts: string[];
  /** Undefined when there is no annotation or it is not valid YAML. */
  resolved?: ResolvedAnnotation;
}

export function buildArticle(source: InputFile, annotation: InputFile | undefined, ctx: ArticleContext): ArticleResult {
  const id = source.name.replace(/\.txt$/, '');
  const out: ArticleResult = { id, issues: [], warnings: [], sentences: [], mentions: [], edges: [], proposedActors: [], usedExcepts: [] };
  const file = `${ctx.dirs.sources}/${source.name}`;
  const read = readArticle(id, file, source.name, source.text);
  if (!read.ok) {
    out.issues.push({ file, line: read.line, message: read.message });
    return out;
  }
  const article = read.article;

  let resolved: ResolvedAnnotation | undefined;
  if (annotation) {
    const parsed = YamlFile.parse(`${ctx.dirs.annotations}/${annotation.name}`, annotation.text);
    out.issues.push(...parsed.issues);
    if (parsed.yaml) {
      const r = resolveAnnotation(parsed.yaml, article, ctx.ids);
      out.issues.push(...r.issues);
      resolved = out.resolved = r.resolved;
    }
  }

  const firstSentence = article.sentences[0]?.text;
  // The annotation's outlet wins over the one the dateline names.
  const outlet = resolved?.outlet ?? article.outlet;
  out.document = {
    id,
    title: resolved?.title || article.headline || (firstSentence ? deriveTitle(firstSentence) : id),
    published: article.published,
    text: article.text,
    ...(article.place !== undefined ? { place: article.place } : {}),
    sourceFile: article.sourceFile,
    bodyStart: article.bodyStart,
    ...(article.agency !== undefined ? { agency: article.agency } : {}),
    ...(outlet !== undefined ? { outlet } : {}),
    ...(resolved?.url !== undefined ? { url: resolved.url } : {}),
  };
  out.proposedActors.push(...(resolved?.proposedActors ?? []));
  for (const [index, s] of article.sentences.entries()) {
    out.sentences.push({ id: sentenceId(id, index), documentId: id, index, start: s.start, end: s.end, text: s.text });
  }

  if (ctx.registry) {
    const found = findMentions(article.text, article.sentences, ctx.registry.matcher, resolved?.overrides ?? [], article.published);
    out.usedExcepts.push(...found.usedExcepts);
    for (const k of found.idleDrops) {
      out.warnings.push({ file: `${ctx.dirs.annotations}/${id}.yaml`, line: resolved?.overrideLines[k], message: 'warning: this `actor: null` mention removes no alias match' });
    }
    for (const m of found.mentions) {
      out.mentions.push({
        actorId: m.actorId,
        mention: {
          sentenceId: sentenceId(id, m.sentenceIndex),
          start: m.start,
          end: m.end,
          text: article.text.slice(m.start, m.end),
          via: m.via,
          ...(m.suggested ? { review: 'suggested' as const } : {}),
        },
      });
    }
  }
  out.edges.push(...(resolved?.edges ?? []));
  return out;
}
