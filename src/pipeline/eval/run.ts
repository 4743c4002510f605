// Runs an extractor over every article that has a reviewed annotation and scores its draft against
// that annotation, both taken through the real build. Pure: build inputs in (see readInputs).
import { stringify } from 'yaml';
import type { GraphFile } from '../../domain/graph-contract';
import { articleText, readArticle } from '../article';
import { PATHS, buildFromInputs, compareText, type BuildInputs, type InputFile } from '../build';
import { draftToAnnotation } from '../ingest/draft-annotation';
import type { Draft, Extractor, Knowledge } from '../ingest/extractor';
import { knowledgeFromTexts } from '../ingest/knowledge';
import { accuracy, addCounts, addTally, f1, recall, scoreArticle, zeroCounts, zeroTally, type ArticleScore, type Counts, type DocView, type Tally } from './metrics';
import { actorNames, docViews, heldOutActors, isReviewedAnnotation, mapProposedActors, nameIndex, renameActors, type NamedActor } from './views';

export type EvalMode = 'registry' | 'held-out';

export interface ArticleResult {
  id: string;
  /** Time the extractor took on this article, ms. */
  ms: number;
  /** Why the prediction counts as empty: the extractor threw, or its draft failed to build. */
  errors: string[];
  /** Registry actors hidden from the extractor (held-out mode), and how many of them this article's gold has. */
  heldOut: string[];
  heldOutInGold: number;
  score: ArticleScore;
}

export interface Totals {
  actors: Counts;
  relations: Counts;
  status: Tally;
  date: Tally;
  bothUndated: number;
  saidBy: Tally;
  failedDrafts: number;
}

export interface Target {
  name: string;
  value: number | null;
  goal: number;
  met: boolean;
}

export interface EvalResult {
  extractor: string;
  mode: EvalMode;
  articles: ArticleResult[];
  /** Reviewed articles left out because their gold annotation does not build. */
  skipped: Array<{ id: string; reason: string }>;
  /** The whole project's build errors, when it failed and articles were built one by one instead. */
  goldErrors: string[];
  totals: Totals;
  byType: Record<string, Counts>;
  targets: Target[];
}

export type EvalOutcome = { ok: true; result: EvalResult } | { ok: false; message: string };

export interface EvalOptions {
  heldOut?: boolean;
  now?: () => number;
}

const TARGETS: Array<{ name: string; goal: number; value: (t: Totals) => number | null }> = [
  { name: 'actors recall', goal: 0.95, value: (t) => recall(t.actors) },
  { name: 'relations F1', goal: 0.7, value: (t) => f1(t.relations) },
  { name: 'status accuracy', goal: 0.8, value: (t) => accuracy(t.status) },
  { name: 'date accuracy', goal: 0.9, value: (t) => accuracy(t.date) },
];

interface Reviewed {
  id: string;
  source: InputFile;
  annotation: InputFile;
}

const EMPTY_VIEW: DocView = { actors: new Set(), claims: [] };
const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export function evaluate(inputs: BuildInputs, extractor: Extractor, options: EvalOptions = {}): EvalOutcome {
  const now = options.now ?? (() => performance.now());
  if (inputs.actors === undefined || inputs.relationTypes === undefined) {
    return { ok: false, message: `missing ${inputs.actors === undefined ? PATHS.actors : PATHS.relationTypes}` };
  }
  const loaded = knowledgeFromTexts(inputs.actors, inputs.relationTypes);
  if (!loaded.ok) return { ok: false, message: loaded.errors.join('\n') };
  const knowledge = loaded.knowledge;

  const annotations = new Map(inputs.annotations.map((a) => [a.name.replace(/\.yaml$/, ''), a]));
  const reviewed: Reviewed[] = [...inputs.sources]
    .sort((a, b) => compareText(a.name, b.name))
    .flatMap((source) => {
      const id = source.name.replace(/\.txt$/, '');
      const annotation = annotations.get(id);
      return annotation && isReviewedAnnotation(annotation.text) ? [{ id, source, annotation }] : [];
    });
  if (!reviewed.length) {
    return { ok: false, message: `no article in ${PATHS.sources} has a reviewed annotation (one with no item marked \`review: suggested\`)` };
  }

  const gold = buildGold(inputs, reviewed);
  const goldActors = new Map([...gold.views].map(([id, v]) => [id, v.actors]));
  // Gold names: the whole registry and every actor of the gold graphs (annotations may add some).
  const names = nameIndex([
    ...knowledge.actors.map((a): NamedActor => ({ id: a.id, names: actorNames(a) })),
    ...gold.graphs.flatMap((g) => g.nodes.map((n): NamedActor => ({ id: n.id, names: [n.label, ...n.aliases] }))),
  ]);
  const undirected = new Set(knowledge.relationTypes.filter((t) => !t.directed).map((t) => t.id));

  // One untimed draft first, so that the first article's time does not include loading the NLP.
  const first = reviewed.find((r) => gold.views.has(r.id));
  const firstRead = first && readArticle(first.id, first.source.name, first.source.name, first.source.text);
  if (firstRead?.ok) {
    try {
      extractor.extract(articleText(firstRead.article), knowledge);
    } catch {
      // reported when the article is scored
    }
  }

  const articles: ArticleResult[] = [];
  for (const r of reviewed) {
    const goldView = gold.views.get(r.id);
    if (!goldView) continue;
    const held = options.heldOut ? heldOutActors(knowledge.actors.map((a) => a.id), goldActors, r.id) : new Set<string>();
    // A kept actor's affiliation to a held-out one is forgotten with it (the registry must still load).
    const kept = knowledge.actors
      .filter((a) => !held.has(a.id))
      .map((a) => {
        if (a.affiliation === undefined || !held.has(a.affiliation)) return a;
        const copy = { ...a };
        delete copy.affiliation;
        return copy;
      });
    const known: Knowledge = held.size ? { ...knowledge, actors: kept } : knowledge;
    const actorsText = held.size ? stringify(known.actors) : inputs.actors;

    const predicted = predict(r, extractor, known, { ...inputs, actors: actorsText }, now);
    let view = EMPTY_VIEW;
    if (predicted.graph) {
      const proposed = predicted.graph.nodes.filter((n) => n.review === 'suggested').map((n): NamedActor => ({ id: n.id, names: [n.label, ...n.aliases] }));
      view = renameActors(docViews(predicted.graph).get(r.id) ?? EMPTY_VIEW, mapProposedActors(proposed, names, goldView.actors));
    }
    articles.push({ id: r.id, ms: predicted.ms, errors: predicted.errors, heldOut: [...held].sort(), heldOutInGold: [...held].filter((a) => goldView.actors.has(a)).length, score: scoreArticle(goldView, view, undirected) });
  }

  const totals: Totals = { actors: zeroCounts(), relations: zeroCounts(), status: zeroTally(), date: zeroTally(), bothUndated: 0, saidBy: zeroTally(), failedDrafts: 0 };
  const byType = Object.create(null) as Record<string, Counts>; // type ids from input: no prototype
  for (const a of articles) {
    const s = a.score;
    addCounts(totals.actors, s.actors);
    addCounts(totals.relations, s.relations);
    addTally(totals.status, s.status);
    addTally(totals.date, s.date);
    addTally(totals.saidBy, s.saidBy);
    totals.bothUndated += s.bothUndated;
    if (a.errors.length) totals.failedDrafts++;
    for (const [type, c] of Object.entries(s.byType)) addCounts((byType[type] ??= zeroCounts()), c);
  }
  const targets = TARGETS.map((t) => {
    const value = t.value(totals);
    return { name: t.name, value, goal: t.goal, met: value !== null && value >= t.goal };
  });
  const mode: EvalMode = options.heldOut ? 'held-out' : 'registry';
  return { ok: true, result: { extractor: extractor.name, mode, articles, skipped: gold.skipped, goldErrors: gold.errors, totals, byType, targets } };
}

/**
 * The gold: the project built as it is. If that build fails (an annotation being edited), each
 * reviewed article is built alone so the others can still be scored.
 */
function buildGold(inputs: BuildInputs, reviewed: Reviewed[]): { views: Map<string, DocView>; graphs: GraphFile[]; errors: string[]; skipped: EvalResult['skipped'] } {
  const whole = buildFromInputs(inputs);
  const ids = new Set(reviewed.map((r) => r.id));
  if (whole.ok) {
    const views = new Map([...docViews(whole.graph)].filter(([id]) => ids.has(id)));
    return { views, graphs: [whole.graph], errors: [], skipped: [] };
  }
  const views = new Map<string, DocView>();
  const graphs: GraphFile[] = [];
  const skipped: EvalResult['skipped'] = [];
  for (const r of reviewed) {
    const alone = buildFromInputs({ ...inputs, sources: [r.source], annotations: [r.annotation] });
    if (!alone.ok) {
      skipped.push({ id: r.id, reason: alone.errors.join('\n') });
      continue;
    }
    graphs.push(alone.graph);
    const view = docViews(alone.graph).get(r.id);
    if (view) views.set(r.id, view);
  }
  return { views, graphs, errors: whole.errors, skipped };
}

/**
 * Drafts one article and builds the draft as its annotation. Only that article is built: the build
 * treats articles independently, and alone the draft cannot borrow another article's proposed actors.
 */
function predict(r: Reviewed, extractor: Extractor, knowledge: Knowledge, inputs: BuildInputs, now: () => number): { graph?: GraphFile; ms: number; errors: string[] } {
  const read = readArticle(r.id, `${PATHS.sources}/${r.source.name}`, r.source.name, r.source.text);
  if (!read.ok) return { ms: 0, errors: [`${PATHS.sources}/${r.source.name}:${read.line}: ${read.message}`] };
  const text = articleText(read.article);
  let draft: Draft;
  const started = now();
  try {
    draft = extractor.extract(text, knowledge);
  } catch (err) {
    return { ms: now() - started, errors: [`extractor "${extractor.name}" failed: ${message(err)}`] };
  }
  const ms = now() - started;
  let annotationText: string;
  try {
    annotationText = stringify(draftToAnnotation(draft));
  } catch (err) {
    return { ms, errors: [`the draft could not be written as YAML: ${message(err)}`] };
  }
  const built = buildFromInputs({ ...inputs, sources: [r.source], annotations: [{ name: r.annotation.name, text: annotationText }] });
  return built.ok ? { graph: built.graph, ms, errors: [] } : { ms, errors: built.errors };
}
