// The review workspace over one project folder: list and read articles, ingest a pasted one, apply
// a reviewer's action or restore earlier texts (undo/redo). A write happens only when it was based
// on the current versions and the project still builds with it; then graph.json is rebuilt, reading
// again only the article that changed.
import { PATHS, compareText, readInputs, type BuildResult } from '../build';
import { createIncrementalBuild } from '../incremental-build';
import { articleText, readArticle } from '../article';
import { ingestOne, openProject } from '../ingest/ingest';
import { loadKnowledge } from '../ingest/knowledge';
import type { Extractor } from '../ingest/extractor';
import { loadRegistry } from '../registry';
import { applyReviewAction } from '../review/apply-action';
import { candidatesFor } from '../review/actor-candidates';
import { reviewItems } from '../review/review-queue';
import { YamlFile } from '../yaml-file';
import type { ArticleSummary, ArticleView, FileChange, SavedReview } from '../../domain/review-api';
import type { ReviewAction } from '../../domain/review-actions';
import { WorkspaceFiles, versionOf } from './files';

export type Failure = { ok: false; status: 400 | 404 | 409 | 422; message: string; errors?: string[] };

export type Saved = { ok: true } & SavedReview;

export interface PastedArticle {
  text: string;
  html?: boolean;
  date?: string;
  outlet?: string;
  title?: string;
  url?: string;
}

export class Workspace {
  readonly files: WorkspaceFiles;
  private readonly incremental = createIncrementalBuild();
  /** An article came in since graph.json was written. */
  private stale = false;
  /** Titles and dates from the last build that passed; the counts of each annotation by its text. */
  private docs: Map<string, { title: string; published: string; outlet?: string }> | null = null;
  private counted = new Map<string, { text: string; items: ReturnType<typeof reviewItems> }>();
  /** The registry's actors, parsed again only when actors.yaml changed (a large registry takes a while). */
  private registryMemo: { text: string; actors: Array<{ id: string; label: string; aliases: string[] }> } | null = null;

  constructor(
    root: string,
    private readonly extractor: Extractor,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.files = new WorkspaceFiles(root);
  }

  /**
   * Drafts one known article and throws the draft away: the NLP library and the rules compile on
   * their first use (about 0.8 s), which should not fall on the reviewer's first paste.
   */
  warmUp(): void {
    try {
      const knowledge = loadKnowledge(this.files.root);
      const first = this.files.articleIds()[0];
      const text = first !== undefined ? this.files.read(this.files.sourceRel(first)) : undefined;
      if (!knowledge.ok || first === undefined || text === undefined) return;
      const read = readArticle(first, this.files.sourceRel(first), `${first}.txt`, text);
      if (read.ok) this.extractor.extract(articleText(read.article), knowledge.knowledge);
    } catch {
      // A warm-up only: the paste reports any real problem.
    }
  }

  registryVersion(): string {
    return versionOf(this.files.read(PATHS.actors));
  }

  /** Builds the project as it is on disk and writes graph.json when it changed (not for reads: `write` false). */
  rebuild(write = true): { result: BuildResult; reread: string[] } {
    const built = this.incremental.build(readInputs(this.files.root));
    this.remember(built.result);
    if (write && built.result.ok && this.files.read(PATHS.graph) !== built.result.json) this.files.write(PATHS.graph, built.result.json);
    return built;
  }

  /** graph.json as the files are now: rebuilt first if an article came in since. */
  freshGraph(): void {
    if (!this.stale) return;
    this.stale = false;
    this.rebuild();
  }

  private remember(result: BuildResult): void {
    if (result.ok) this.docs = new Map(result.graph.documents.map((d) => [d.id, { title: d.title, published: d.published, ...(d.outlet !== undefined ? { outlet: d.outlet } : {}) }]));
  }

  private itemsOf(id: string): ReturnType<typeof reviewItems> {
    const text = this.files.read(this.files.annotationRel(id)) ?? '';
    const known = this.counted.get(id);
    if (known?.text === text) return known.items;
    const items = reviewItems(text);
    this.counted.set(id, { text, items });
    return items;
  }

  /** Cheap enough to ask after every save: no build, and each annotation parsed again only when it changed. */
  listArticles(): ArticleSummary[] {
    this.freshGraph();
    if (!this.docs) this.rebuild(false);
    const docs = this.docs ?? new Map();
    return this.files.articleIds().map((id) => {
      const doc = docs.get(id);
      const items = this.itemsOf(id);
      return {
        id,
        title: doc?.title ?? id,
        published: doc?.published ?? '',
        ...(doc?.outlet !== undefined ? { outlet: doc.outlet } : {}),
        ...items.counts.relations,
        proposedActors: items.actors.filter((a) => a.review !== 'rejected').length,
      };
    });
  }

  articleView(id: string): ArticleView {
    const annotation = this.files.read(this.files.annotationRel(id)) ?? '';
    const items = reviewItems(annotation);
    const registry = this.registryActors();
    return {
      id,
      version: versionOf(annotation),
      registryVersion: this.registryVersion(),
      relations: items.relations,
      mentions: items.mentions,
      counts: items.counts,
      actors: items.actors.map((a) => ({ ...a, candidates: candidatesFor(a, registry) })),
    };
  }

  article(id: string): { ok: true; article: ArticleView } | Failure {
    if (!this.files.isArticle(id)) return { ok: false, status: 404, message: `no article "${id}" in ${PATHS.sources}` };
    return { ok: true, article: this.articleView(id) };
  }

  ingest(pasted: PastedArticle): { ok: true; id: string; summary: string; warnings: string[]; article: ArticleView } | Failure {
    const opened = openProject(this.files.root, this.extractor, new Date().toISOString().slice(0, 10), this.now, (inputs) => this.incremental.build(inputs).result);
    if (!opened.ok) return { ok: false, status: 422, message: 'the registry or the relation types do not load', errors: opened.errors };
    const bytes = new TextEncoder().encode(pasted.text);
    const flags = {
      ...(pasted.date ? { date: pasted.date } : {}),
      ...(pasted.outlet?.trim() ? { outlet: pasted.outlet.trim() } : {}),
      ...(pasted.title?.trim() ? { title: pasted.title.trim() } : {}),
      ...(pasted.url?.trim() ? { url: pasted.url.trim() } : {}),
    };
    let result: ReturnType<typeof ingestOne>;
    try {
      result = ingestOne({ name: 'pasted article', bytes, html: pasted.html ?? false }, flags, opened.project);
    } catch (err) {
      result = { ok: false, message: `could not be read: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` };
    }
    if (!result.ok) return { ok: false, status: 422, message: result.message };
    // The suggestions go back first; graph.json is rebuilt when it is next asked for.
    this.stale = true;
    const { id, summary, warnings } = result.ingested;
    return { ok: true, id, summary, warnings, article: this.articleView(id) };
  }

  /** Applies one review action, based on the versions the browser last saw. */
  apply(id: string, base: { version: string; registryVersion: string }, action: ReviewAction): Saved | Failure {
    const started = this.now();
    const current = this.current(id, base);
    if (!current.ok) return current;
    const applied = applyReviewAction({ annotation: current.annotation, actors: current.actors }, action, { registryIds: new Set(this.registryActors().map((a) => a.id)) });
    if (!applied.ok) return { ok: false, status: 422, message: applied.message };
    return this.save(id, current, { annotation: applied.annotation, actors: applied.actors }, started);
  }

  /** Puts back texts an earlier response returned (undo and redo), based on the current versions. */
  restore(id: string, base: { version: string; registryVersion: string }, texts: { annotation?: string; actors?: string }): Saved | Failure {
    const started = this.now();
    const current = this.current(id, base);
    if (!current.ok) return current;
    return this.save(id, current, { annotation: texts.annotation ?? current.annotation, actors: texts.actors ?? current.actors }, started);
  }

  private current(id: string, base: { version: string; registryVersion: string }) {
    if (!this.files.isArticle(id)) return { ok: false as const, status: 404 as const, message: `no article "${id}" in ${PATHS.sources}` };
    const annotation = this.files.read(this.files.annotationRel(id)) ?? '';
    const actors = this.files.read(PATHS.actors) ?? '';
    const stale: string[] = [];
    if (versionOf(annotation) !== base.version) stale.push(this.files.annotationRel(id));
    if (versionOf(actors) !== base.registryVersion) stale.push(PATHS.actors);
    if (stale.length) {
      return {
        ok: false as const,
        status: 409 as const,
        message: `${stale.join(' and ')} changed since this page loaded it (saved from another tab or by another person); nothing was written`,
      };
    }
    return { ok: true as const, annotation, actors };
  }

  private save(id: string, current: { annotation: string; actors: string }, next: { annotation: string; actors: string }, started: number): Saved | Failure {
    const inputs = readInputs(this.files.root);
    const annotationName = `${id}.yaml`;
    inputs.annotations = [...inputs.annotations.filter((a) => a.name !== annotationName), { name: annotationName, text: next.annotation }].sort((a, b) => compareText(a.name, b.name));
    inputs.actors = next.actors;
    const built = this.incremental.build(inputs);
    if (!built.result.ok) {
      return { ok: false, status: 422, message: `the project would not build with this change; nothing was written: ${built.result.errors[0]}`, errors: built.result.errors };
    }
    this.remember(built.result);
    const changes: FileChange[] = [];
    const change = (file: FileChange['file'], before: string, after: string): void => {
      if (before !== after) changes.push({ file, before, after, beforeVersion: versionOf(before), afterVersion: versionOf(after) });
    };
    change('actors', current.actors, next.actors);
    change('annotation', current.annotation, next.annotation);
    // The registry first: an annotation that names a new actor must not land without it. If the
    // second write fails, the first is taken back, so the files never disagree.
    if (next.actors !== current.actors) this.files.write(PATHS.actors, next.actors);
    try {
      if (next.annotation !== current.annotation) this.files.write(this.files.annotationRel(id), next.annotation);
    } catch (error) {
      if (next.actors !== current.actors) this.files.write(PATHS.actors, current.actors);
      throw error;
    }
    if (this.files.read(PATHS.graph) !== built.result.json) this.files.write(PATHS.graph, built.result.json);
    this.stale = false;
    return { ok: true, article: this.articleView(id), changes, reread: built.reread, ms: Math.round(this.now() - started) };
  }

  private registryActors(): Array<{ id: string; label: string; aliases: string[] }> {
    const text = this.files.read(PATHS.actors) ?? '';
    if (this.registryMemo?.text === text) return this.registryMemo.actors;
    const parsed = YamlFile.parse(PATHS.actors, text);
    const loaded = parsed.yaml ? loadRegistry(parsed.yaml) : undefined;
    const actors = [...(loaded?.registry?.actors.values() ?? [])].map((a) => ({ id: a.id, label: a.label, aliases: a.aliases.map((x) => x.text) }));
    this.registryMemo = { text, actors };
    return actors;
  }
}
