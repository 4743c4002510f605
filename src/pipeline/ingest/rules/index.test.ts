// The draft as a whole, on every corpus article: exact quotes (with `within` when a quote recurs),
// each inside one sentence, rules and confidences on every item, proposed actors with their
// mentions, registry affiliations, names that contain another actor's name; and the draft, written
// as ingest writes it, builds through the real build.
import { unfoldClaims } from '../../../domain/claims/reports';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '../../../domain/graph-contract';
import { PATHS, buildFromInputs } from '../../build';
import { draftToAnnotation } from '../draft-annotation';
import type { ArticleText, Draft } from '../extractor';
import { CORPUS_IDS, KNOWLEDGE, ROOT, readSource, sourceText } from './__fixtures__/corpus';
import { ruleExtractor } from './index';

const read = (id: string, text: string): ArticleText => readSource(id, text);
/** Every corpus article and its draft, made once for the file. */
const CORPUS = CORPUS_IDS.map((id) => {
  const article = read(id, sourceText(id));
  return { id, article, draft: ruleExtractor.extract(article, KNOWLEDGE) };
});
const seed = CORPUS[0]!;

/** Where the build will find a quote: once in the body, or once inside its once-found `within`. */
function locate(a: ArticleText, quote: string, within?: string): { start: number; end: number } {
  const body = a.text.slice(a.bodyStart);
  const once = (text: string, needle: string): number => {
    const first = text.indexOf(needle);
    expect(first, `“${needle}” not found`).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(needle, first + 1), `“${needle}” found twice`).toBe(-1);
    return first;
  };
  const base = within === undefined ? 0 : once(body, within);
  const at = base + once(within === undefined ? body : within, quote);
  return { start: a.bodyStart + at, end: a.bodyStart + at + quote.length };
}
const inOneSentence = (a: ArticleText, span: { start: number; end: number }): boolean => a.sentences.some((s) => s.start <= span.start && span.end <= s.end);
const triples = (d: Draft): string[] => d.relations.map((r) => `${r.source} ${r.type} ${r.target}`);

describe.each(CORPUS)('the draft of $id', ({ article, draft }) => {
  const types = new Map(KNOWLEDGE.relationTypes.map((t) => [t.id, t]));
  const known = new Set([...KNOWLEDGE.actors.map((a) => a.id), ...draft.actors.map((a) => a.id)]);

  it('quotes every relation verbatim, once in the article or once inside its `within`', () => {
    expect(draft.relations.length).toBeGreaterThan(0);
    for (const r of draft.relations) {
      const span = locate(article, r.quote, r.within);
      expect(article.text.slice(span.start, span.end)).toBe(r.quote);
    }
  });

  it('gives every relation a known type, two different known actors, a rule and a confidence in 0..1', () => {
    for (const r of draft.relations) {
      expect(types.has(r.type), r.type).toBe(true);
      expect(known.has(r.source) && known.has(r.target), `${r.source} → ${r.target}`).toBe(true);
      expect(r.source).not.toBe(r.target);
      expect(r.rule.trim()).not.toBe('');
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      if (r.status !== undefined) expect(CLAIM_STATUSES).toContain(r.status);
      for (const who of [r.saidBy, r.reportedBy]) if (who !== undefined) expect(known.has(who), who).toBe(true);
      if (r.reportedBy !== undefined) expect(KNOWLEDGE.actors.find((a) => a.id === r.reportedBy)?.kind).toBe('media');
    }
  });

  it('keeps the time words of a claim inside its quote', () => {
    for (const r of draft.relations) if (r.when !== undefined) expect(r.quote.toLowerCase(), r.rule).toContain(r.when.toLowerCase());
  });

  it('quotes every mention verbatim inside one sentence, with a rule and a confidence, for a known actor', () => {
    for (const m of draft.mentions) {
      expect(inOneSentence(article, locate(article, m.quote, m.within)), m.quote).toBe(true);
      expect(known.has(m.actor)).toBe(true);
      expect(m.rule.trim()).not.toBe('');
      expect(m.confidence >= 0 && m.confidence <= 1).toBe(true);
    }
  });

  it('proposes only actors it mentions, with a kebab-case id the registry does not use', () => {
    const registry = new Set(KNOWLEDGE.actors.map((a) => a.id));
    for (const p of draft.actors) {
      expect(p.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(registry.has(p.id)).toBe(false);
      expect(draft.mentions.some((m) => m.actor === p.id), p.id).toBe(true);
      expect(p.confidence >= 0 && p.confidence <= 1 && p.rule.trim() !== '').toBe(true);
    }
  });

  it('builds without errors when written as ingest writes it, every claim a suggestion', () => {
    const annotation = stringify(draftToAnnotation(draft));
    const built = buildFromInputs({
      sources: [{ name: `${article.id}.txt`, text: article.text }],
      annotations: [{ name: `${article.id}.yaml`, text: annotation }],
      actors: readFileSync(join(ROOT, PATHS.actors), 'utf8'),
      relationTypes: readFileSync(join(ROOT, PATHS.relationTypes), 'utf8'),
    });
    expect(built.ok ? [] : built.errors).toEqual([]);
    if (!built.ok) return;
    expect(unfoldClaims(built.graph).edges).toHaveLength(draft.relations.length);
    for (const e of unfoldClaims(built.graph).edges) expect(e.review).toBe('suggested');
    for (const p of draft.actors) expect(built.graph.nodes.find((n) => n.id === p.id)?.review).toBe('suggested');
  });
});

describe('quotes lie inside one sentence', () => {
  it.each(CORPUS)('in the draft of $id', ({ article, draft }) => {
    for (const r of draft.relations) expect(inOneSentence(article, locate(article, r.quote, r.within)), r.quote).toBe(true);
  });

  it('even where an end comes from an earlier sentence: “delegates from countries such as China, …” to the Moscow Format', () => {
    const delegates = seed.draft.relations.filter((r) => r.type === 'participation' && r.target === 'moscow-format' && r.rule.includes('delegates from'));
    expect(delegates.length).toBeGreaterThan(0);
    for (const r of delegates) expect(r.quote).not.toContain('Moscow Format platform.');
  });
});

describe('the seed’s draft', () => {
  it('gives Russia removing the Taliban from its list as decided, from the first sentence', () => {
    const c = seed.draft.relations.find((r) => r.source === 'russia' && r.type === 'delisting' && r.target === 'taliban' && r.status === 'decided');
    expect(c?.quote).toContain('remove Afghanistan’s ruling Taliban from Moscow’s list');
    expect(inOneSentence(seed.article, locate(seed.article, c!.quote))).toBe(true);
  });

  it('adds `within` to a mention whose words recur: “they” in “announcements that they will remove”', () => {
    const they = seed.draft.mentions.filter((m) => m.quote === 'they');
    expect(they.length).toBeGreaterThan(0);
    for (const m of they) expect(m.within).toContain('they will remove');
  });

  it('mentions the references it used: “The former Afghan insurgent group” is the Taliban', () => {
    expect(seed.draft.mentions).toContainEqual(expect.objectContaining({ actor: 'taliban', quote: 'The former Afghan insurgent group' }));
  });

  it('states the registry’s affiliation where the article names the title: “President Vladimir Putin”', () => {
    const c = seed.draft.relations.find((r) => r.source === 'vladimir-putin' && r.type === 'affiliation' && r.target === 'russia');
    expect(c).toMatchObject({ quote: 'President Vladimir Putin', rule: expect.stringMatching(/registry’s affiliation/) });
  });

  it('does not make the U.S. mission “for Afghanistan” part of Afghanistan, though its name contains “Afghanistan”', () => {
    expect(triples(seed.draft)).toContain('us-mission-doha affiliation united-states');
    expect(triples(seed.draft)).not.toContain('us-mission-doha affiliation afghanistan');
  });

  it('is the same draft when made again', () => {
    expect(ruleExtractor.extract(seed.article, KNOWLEDGE)).toEqual(seed.draft);
  });
});

describe('affiliations from names', () => {
  const of = (id: string) => CORPUS.find((c) => c.id === id)!.draft;

  it('reads a body whose name contains a state’s name as belonging to it: “Supreme Court of Kazakhstan”, “Foreign Ministry of Kazakhstan”', () => {
    const d = of('2023-12-29_kazakhstan-removes-taliban');
    for (const [source, quote] of [['kazakhstan-supreme-court', 'Supreme Court of Kazakhstan'], ['kazakhstan-foreign-ministry', 'Foreign Ministry of Kazakhstan']]) {
      expect(d.relations).toContainEqual(expect.objectContaining({ source, type: 'affiliation', target: 'kazakhstan', quote, rule: 'affiliation: a name that contains another actor’s name' }));
    }
  });

  it('states the registry’s affiliation of a body named in the text: “State Duma”, “Federation Council”', () => {
    const d = of('2024-12-17_lawmakers-pass-bill-taliban');
    expect(triples(d)).toEqual(expect.arrayContaining(['state-duma affiliation russia', 'federation-council affiliation russia', 'kremlin affiliation russia']));
  });
});

describe('a body named around a registry name (made-up article)', () => {
  const text =
    ' date 2025-03-03 ASTANA — The Supreme Court of Uzbekistan banned the group on Monday. ' +
    'The UN Human Rights Council discussed the ban, and delegates of the Kabul Process met on Tuesday. ' +
    'The Moscow Times reported that the Kazakhstan Supreme Court agreed, and Russia’s Foreign Ministry said nothing.\n';
  const draft = ruleExtractor.extract(read('made-up-around', text), KNOWLEDGE);
  const ids = draft.actors.map((a) => a.id);
  const affiliationsOf = (id: string): string[] => draft.relations.filter((r) => r.source === id && r.type === 'affiliation').map((r) => r.target);

  it('proposes the body, not the registry actor inside its name, and affiliates it with that actor', () => {
    expect(ids).toEqual(expect.arrayContaining(['supreme-court-of-uzbekistan', 'un-human-rights-council']));
    expect(affiliationsOf('supreme-court-of-uzbekistan')).toEqual(['uzbekistan']);
    expect(affiliationsOf('un-human-rights-council')).toEqual(['united-nations']);
  });

  it('gives a forum or a newspaper named after a place no affiliation with it', () => {
    expect(draft.actors).toContainEqual(expect.objectContaining({ id: 'kabul-process', kind: 'forum' }));
    expect(affiliationsOf('kabul-process')).toEqual([]);
    expect(ids).toContain('moscow-times');
    expect(affiliationsOf('moscow-times')).toEqual([]);
  });

  it('never proposes a registry actor again: its id in other words, or a body the registry composes', () => {
    expect(ids).not.toContain('kazakhstan-supreme-court');
    expect(ids.filter((id) => id.includes('foreign-ministry'))).toEqual([]);
    expect(draft.mentions.map((m) => m.actor)).toEqual(expect.arrayContaining(['kazakhstan-supreme-court']));
  });
});

describe('a name the registry does not know', () => {
  const text = ' date 2024-10-05 MOSCOW — Kazakh Foreign Minister Jane Doeville met Lavrov in Moscow on Friday. Jane Doeville, the Kazakhstan envoy to Russia, said ties were good.\n';
  const article = read('made-up', text);
  const draft = ruleExtractor.extract(article, KNOWLEDGE);

  it('is proposed as a person with the affiliation its title gives', () => {
    expect(draft.actors).toEqual([expect.objectContaining({ id: 'jane-doeville', label: 'Jane Doeville', kind: 'person', affiliation: 'kazakhstan' })]);
    expect(draft.actors[0]!.role).toContain('Foreign Minister');
    expect(draft.relations).toContainEqual(expect.objectContaining({ source: 'jane-doeville', type: 'affiliation', target: 'kazakhstan', quote: 'Kazakh Foreign Minister Jane Doeville' }));
  });

  it('takes its affiliation from any state’s demonym in the registry: Uzbek, Indian, Iranian, Pakistani', () => {
    for (const [demonym, state] of [['Uzbek', 'uzbekistan'], ['Indian', 'india'], ['Iranian', 'iran'], ['Pakistani', 'pakistan']] as const) {
      const d = ruleExtractor.extract(read(`made-up-${state}`, ` date 2025-01-14 TASHKENT — ${demonym} Foreign Minister Jane Doeville held talks with Lavrov on Tuesday.\n`), KNOWLEDGE);
      expect(d.actors, demonym).toEqual([expect.objectContaining({ id: 'jane-doeville', affiliation: state })]);
    }
  });

  it('is mentioned at each occurrence, each made unique with `within`', () => {
    const mentions = draft.mentions.filter((m) => m.actor === 'jane-doeville');
    expect(mentions).toHaveLength(2);
    for (const m of mentions) expect(inOneSentence(article, locate(article, m.quote, m.within))).toBe(true);
  });

  it('builds as a suggested node of its own', () => {
    const built = buildFromInputs({
      sources: [{ name: 'made-up.txt', text }],
      annotations: [{ name: 'made-up.yaml', text: stringify(draftToAnnotation(draft)) }],
      actors: readFileSync(join(ROOT, PATHS.actors), 'utf8'),
      relationTypes: readFileSync(join(ROOT, PATHS.relationTypes), 'utf8'),
    });
    expect(built.ok ? [] : built.errors).toEqual([]);
    if (built.ok) expect(built.graph.nodes.find((n) => n.id === 'jane-doeville')).toMatchObject({ label: 'Jane Doeville', kind: 'person', review: 'suggested' });
  });
});
