import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLAIM_STATUSES } from '../../domain/graph-contract';
import { buildGraph } from '../build';
import { annotationYaml, writeArticles, type ArticlesStats } from './generate-articles';
import { planCorpus } from './plan';
import { BUILTIN_RELATION_TYPES, loadRelationTypes } from './relation-types';
import { renderDocument } from './render';

interface Annotation {
  title: string;
  relations: Array<{
    id: string;
    source: string;
    type: string;
    target: string;
    quote: string;
    also?: string[];
    when?: string;
    date?: string;
    status?: string;
    saidBy?: string;
    reportedBy?: string;
  }>;
}

const count = (text: string, quote: string): number => {
  let n = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) n += 1;
  return n;
};

describe('articles mode', () => {
  let dir: string;
  let stats: ArticlesStats;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gen-corpus-articles-'));
    stats = writeArticles(planCorpus({ seed: 3, articles: 60, types: BUILTIN_RELATION_TYPES }), dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one source and one annotation per article, plus the curated registry and taxonomy', () => {
    expect(stats.articles).toBe(60);
    expect(stats.dropped).toBe(0);
    const stems = (sub: string, ext: string): string[] =>
      readdirSync(join(dir, sub))
        .filter((f) => f.endsWith(ext))
        .map((f) => f.slice(0, -ext.length))
        .sort();
    expect(stems('sources', '.txt')).toHaveLength(60);
    expect(stems('annotations', '.yaml')).toEqual(stems('sources', '.txt'));
    expect(readdirSync(join(dir, 'curated')).sort()).toEqual(['actors.yaml', 'relation-types.yaml']);
  });

  it('gives quotes that occur exactly once in their article, and parseable YAML that refers to known ids', () => {
    const actors = parse(readFileSync(join(dir, 'curated', 'actors.yaml'), 'utf8')) as Array<{ id: string; label: string; aliases: string[] }>;
    const types = parse(readFileSync(join(dir, 'curated', 'relation-types.yaml'), 'utf8')) as Array<{ id: string }>;
    const actorIds = new Set(actors.map((a) => a.id));
    expect(actorIds.size).toBe(actors.length);
    for (const a of actors) expect(a.aliases).toContain(a.label);
    const typeIds = new Set(types.map((t) => t.id));
    const statuses = new Set<string>();
    let relations = 0;
    let withWhen = 0;
    for (const file of readdirSync(join(dir, 'annotations'))) {
      const ann = parse(readFileSync(join(dir, 'annotations', file), 'utf8')) as Annotation;
      const text = readFileSync(join(dir, 'sources', file.replace(/\.yaml$/, '.txt')), 'utf8');
      expect(ann.title.length).toBeGreaterThan(0);
      for (const r of ann.relations) {
        relations += 1;
        expect(count(text, r.quote), `${file} ${r.id}: ${r.quote}`).toBe(1);
        for (const q of r.also ?? []) expect(count(text, q), `${file} ${r.id}: ${q}`).toBe(1);
        for (const id of [r.source, r.target, r.saidBy, r.reportedBy]) if (id !== undefined) expect(actorIds).toContain(id);
        expect(typeIds).toContain(r.type);
        if (r.status !== undefined) expect(CLAIM_STATUSES).toContain(r.status);
        statuses.add(r.status ?? 'asserted');
        if (r.when) {
          withWhen += 1;
          expect(text).toContain(r.when);
        }
        if (r.date) expect(r.date).toMatch(/^\d{4}(\/\d{4})?$/);
      }
    }
    expect(relations).toBe(stats.relations);
    expect(withWhen).toBeGreaterThan(relations / 3);
    expect(statuses.size).toBeGreaterThanOrEqual(6);
  });

  it('writes texts in the seed format, with the dateline outside the first sentence', () => {
    for (const file of readdirSync(join(dir, 'sources')).slice(0, 20)) {
      const text = readFileSync(join(dir, 'sources', file), 'utf8');
      expect(text).toMatch(/^ date \d{4}-\d{2}-\d{2} [A-Z]+ — [A-Z“]/);
      expect(text).toMatch(/\.\n\n[A-Z“]/);
      expect(text.endsWith('.\n')).toBe(true);
    }
  });

  it('uses time words such as weekdays, "last week", "in 2017" and "since 2003"', () => {
    const whens = readdirSync(join(dir, 'annotations')).flatMap((file) =>
      (parse(readFileSync(join(dir, 'annotations', file), 'utf8')) as Annotation).relations.flatMap((r) => (r.when ? [r.when] : [])),
    );
    expect(whens.some((w) => /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(w))).toBe(true);
    expect(whens).toContain('last week');
    expect(whens.some((w) => /^in \d{4}$/.test(w))).toBe(true);
    expect(whens.some((w) => /^since \d{4}$/.test(w))).toBe(true);
  });

  it('renders the same annotation for the same seed', () => {
    const a = planCorpus({ seed: 9, articles: 5, types: BUILTIN_RELATION_TYPES });
    const b = planCorpus({ seed: 9, articles: 5, types: BUILTIN_RELATION_TYPES });
    expect(annotationYaml(a, renderDocument(a, 4))).toBe(annotationYaml(b, renderDocument(b, 4)));
  });
});

describe('articles mode through the real build', () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });
  const build = (opts: Parameters<typeof planCorpus>[0]) => {
    const root = mkdtempSync(join(tmpdir(), 'gen-corpus-build-'));
    roots.push(root);
    const plan = planCorpus(opts);
    writeArticles(plan, join(root, 'data'));
    return { plan, root, result: buildGraph(root) };
  };
  // The curated taxonomy when it is valid (as `npm run gen:corpus` uses it), else the built-in one.
  const curated = loadRelationTypes({ defaultFile: fileURLToPath(new URL('../../../data/curated/relation-types.yaml', import.meta.url)) }).types;

  it.each([
    ['built-in types, seed 3', { seed: 3, articles: 80, types: BUILTIN_RELATION_TYPES }],
    ['curated types, seed 1', { seed: 1, articles: 80, types: curated }],
    ['curated types, few actors', { seed: 5, articles: 30, actors: 6, types: curated }],
  ])('passes every provenance rule, with no warnings (%s)', (_, opts) => {
    const { result } = build(opts);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('codes claims as an annotator would: speakers for words, accusations alleged, statement dates only on verbal types', () => {
    const { plan, result } = build({ seed: 4, articles: 120, types: curated });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const modes = new Map(plan.types.map((t) => [t.id, t.mode]));
    const sentences = new Map(result.graph.sentences.map((s) => [s.id, s.text]));
    let ownWords = 0;
    for (const e of result.graph.edges) {
      const status = e.status ?? 'asserted';
      if (['hoped', 'announced', 'denied', 'alleged'].includes(status)) expect(e.saidBy, e.id).toBeDefined();
      if (e.type === 'accusation') expect(status, e.id).not.toBe('asserted');
      if (e.saidBy === e.source) ownWords += 1;
      const sentence = sentences.get(e.evidence[0]!.sentenceId) ?? '';
      // "S announced last week that it would withdraw": the time words date the announcement.
      if (modes.get(e.type) !== 'verbal' && /\bannounced (?!that\b)[\w ]+? that\b/.test(sentence)) expect(e.dateInfo, e.id).toBeUndefined();
    }
    // "S praised T", "S denied that it …": the subject is the speaker when no one else is quoted.
    expect(ownWords).toBeGreaterThan(result.graph.edges.length / 10);
    expect(result.graph.edges.some((e) => e.status === 'alleged' && e.type !== 'accusation' && e.saidBy !== undefined && e.reportedBy === undefined && plan.actors.find((a) => a.id === e.saidBy)?.kind === 'media')).toBe(true);
  });
});
