// Inputs for the pipeline's fuzz suites: the committed registry and taxonomy, article texts
// (well-formed, noisy, or hostile) and annotation files drawn from what the registry knows, as
// YAML text. The domain's mutations (fuzz-mutations.ts) break them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify, parse } from 'yaml';
import { isoDayArb, PROTOTYPE_NAMES } from '../../domain/__fixtures__/fuzz-arbitraries';
import { CLAIM_STATUSES } from '../../domain/graph-contract';

const ROOT = join(import.meta.dirname, '../../..');
/** The committed curated files, as the build reads them. */
export const CURATED = {
  actors: readFileSync(join(ROOT, 'data/curated/actors.yaml'), 'utf8'),
  relationTypes: readFileSync(join(ROOT, 'data/curated/relation-types.yaml'), 'utf8'),
};

interface ActorFact {
  id: string;
  aliases: string[];
}
const actors = (parse(CURATED.actors) as Array<{ id: string; aliases?: Array<string | { text: string }> }>).map(
  (a): ActorFact => ({ id: a.id, aliases: (a.aliases ?? []).map((x) => (typeof x === 'string' ? x : x.text)) }),
);
const named = actors.filter((a) => a.aliases.length > 0);
export const ACTOR_IDS = actors.map((a) => a.id);
export const TYPE_IDS = (parse(CURATED.relationTypes) as Array<{ id: string }>).map((t) => t.id);

const actorArb = fc.constantFrom(...named);
const aliasOf = (a: ActorFact, k: number): string => a.aliases[k % a.aliases.length]!;
const VERBS = ['met', 'accused', 'recognised', 'hosted', 'supported', 'removed', 'denied reports about', 'talked to'];
const WHEN = ['on Friday', 'last week', 'in 1979', 'since 2003', 'in July', 'on 4 October 2024', ''];
const ABBREVIATIONS = ['Mr.', 'Dr.', 'U.S.', 'Jan.', 'St.', 'J. F.', 'a.m.'];

/** One sentence of an article, unique by its number, with the actors it names. */
const sentenceArb = fc
  .record({ a: actorArb, b: actorArb, ka: fc.nat(), kb: fc.nat(), verb: fc.constantFrom(...VERBS), when: fc.constantFrom(...WHEN), abbr: fc.option(fc.constantFrom(...ABBREVIATIONS), { nil: undefined }) })
  .map((s) => ({ ...s, aliasA: aliasOf(s.a, s.ka), aliasB: aliasOf(s.b, s.kb) }));
export type SentencePlan = typeof sentenceArb extends fc.Arbitrary<infer S> ? S : never;

const sentenceText = (s: SentencePlan, n: number): string =>
  `${s.abbr ? `${s.abbr} ` : ''}${s.aliasA} ${s.verb} ${s.aliasB}${s.when ? ` ${s.when}` : ''}, in talks number ${n}.`;

/** Noise a real source file may carry: Unicode of every plane, control characters, very long lines, CRLF. */
const noiseArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('\r\n', '\u2028', '\u00a0', '\u200b', '\u0000', '\ufeff', '—', '“', '”', '\t', '\u202e'),
  fc.integer({ min: 1000, max: 12_000 }).map((n) => 'word '.repeat(n / 5)),
  fc.integer({ min: 1000, max: 12_000 }).map((n) => 'x'.repeat(n)),
  // Abbreviations the splitter joins across: one long sentence built from many short segments.
  fc.integer({ min: 50, max: 700 }).map((n) => 'Mr. Khan met the U.S. envoy '.repeat(n)),
);

export interface ArticlePlan {
  text: string;
  /** The sentences the text was written from, in order (absent for pure noise). */
  sentences: Array<{ plan: SentencePlan; text: string }>;
}

const headerArb = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(isoDayArb, fc.constantFrom('MOSCOW — ', 'Islamabad, Jan 30, (dpa/GNA) – ', 'KABUL (AP) — ', 'BREAKING: ', '')).map(([d, line]) => `date ${d}\n${line}`) },
  { weight: 1, arbitrary: fc.constantFrom('', 'date 2024-02-30\n', 'date 2024-13-01\n', 'date yesterday\n', 'date\n', '\ufeffdate 2024-07-01\n', '  date 2024-07-01 ', 'Date 2024-07-01\n') },
);

/** A source text: a date line and dateline, sentences about registry actors, and noise between them (kept under 20 kB). */
export const articleArb: fc.Arbitrary<ArticlePlan> = fc
  .record({
    header: headerArb,
    sentences: fc.array(sentenceArb, { minLength: 1, maxLength: 8 }),
    noise: fc.array(fc.tuple(fc.nat(), noiseArb), { maxLength: 3 }),
    breaks: fc.array(fc.constantFrom(' ', '\n', '\n\n', '  '), { minLength: 8, maxLength: 8 }),
  })
  .map(({ header, sentences, noise, breaks }) => {
    const written = sentences.map((plan, n) => ({ plan, text: sentenceText(plan, n + 1) }));
    const parts = written.map((s) => s.text);
    for (const [at, bit] of noise) parts.splice(at % (parts.length + 1), 0, bit);
    const body = parts.map((p, i) => (i ? breaks[i % breaks.length]! : '') + p).join('');
    return { text: (header + body).slice(0, 20_000), sentences: written };
  });

const textArb = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => /\S/.test(s));

/** The fields of one relation about a planned sentence: quote, ends, type and the optional rest. */
const relationArb = (article: ArticlePlan) =>
  fc
    .record({
      sentence: fc.nat(),
      type: fc.constantFrom(...TYPE_IDS),
      whole: fc.boolean(),
      id: fc.option(fc.stringMatching(/^r[0-9]{2}$/), { nil: undefined }),
      when: fc.boolean(),
      status: fc.option(fc.constantFrom(...CLAIM_STATUSES), { nil: undefined }),
      saidBy: fc.option(fc.boolean(), { nil: undefined }),
      note: fc.option(textArb, { nil: undefined }),
      review: fc.option(fc.constantFrom('suggested', 'reviewed', 'rejected'), { nil: undefined }),
      confidence: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    })
    .map((r) => {
      const s = article.sentences[r.sentence % article.sentences.length]!;
      const number = /talks number \d+/.exec(s.text)![0];
      return {
        ...(r.id !== undefined ? { id: r.id } : {}),
        source: s.plan.a.id,
        type: r.type,
        target: s.plan.b.id,
        // The numbered tail makes the quote unique in the text.
        quote: r.whole ? s.text.slice(0, -1) : `${s.plan.aliasA} ${s.plan.verb} ${s.plan.aliasB}${s.plan.when ? ` ${s.plan.when}` : ''}, in ${number}`,
        ...(r.when && s.plan.when ? { when: s.plan.when.replace(/^(on|in) /, '') } : {}),
        ...(r.status !== undefined ? { status: r.status } : {}),
        // The speaker must be named in the evidence: one of the sentence's two actors.
        ...(r.saidBy !== undefined ? { saidBy: r.saidBy ? s.plan.a.id : s.plan.b.id } : {}),
        ...(r.note !== undefined ? { note: r.note } : {}),
        ...(r.review !== undefined ? { review: r.review } : {}),
        ...(r.confidence !== undefined && r.review === 'suggested' ? { confidence: r.confidence } : {}),
      };
    });

/** An annotation as data: relations and mentions that quote the article, and actors it proposes. */
export const annotationArb = (article: ArticlePlan): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .record({
      title: fc.option(textArb, { nil: undefined }),
      relations: fc.array(relationArb(article), { minLength: 1, maxLength: 4 }),
      mentions: fc.array(fc.record({ sentence: fc.nat(), drop: fc.boolean() }), { maxLength: 2 }),
      proposed: fc.array(fc.record({ id: fc.oneof(fc.stringMatching(/^[a-z]{2,8}(-[a-z]{2,6})?$/), fc.constantFrom(...PROTOTYPE_NAMES.map((n) => n.toLowerCase().replace(/_/g, '')))), label: textArb, kind: fc.constantFrom('person', 'state', 'organisation') }), { maxLength: 2 }),
    })
    .map(({ title, relations, mentions, proposed }) => ({
      ...(title !== undefined ? { title } : {}),
      ...(proposed.length ? { actors: proposed.map((a) => ({ ...a, review: 'suggested' })) } : {}),
      ...(mentions.length
        ? {
            mentions: mentions.map(({ sentence, drop }) => {
              const s = article.sentences[sentence % article.sentences.length]!;
              // The alias's own actor, or null to drop the alias match.
              return { actor: drop ? null : s.plan.b.id, quote: s.plan.aliasB, within: s.text.slice(0, -1) };
            }),
          }
        : {}),
      ...(relations.length ? { relations } : {}),
    }));

/** An article and an annotation of it. */
export const projectArb = articleArb.chain((article) => annotationArb(article).map((annotation) => ({ article, annotation })));

/** YAML that a careful hand or a hostile one may write: anchors and aliases, deep nesting, tags, duplicate keys. */
export type YamlDamage =
  | { kind: 'alias-bomb'; levels: number }
  | { kind: 'nest'; depth: number }
  | { kind: 'tag'; tag: string }
  | { kind: 'duplicate-key' }
  | { kind: 'prototype-key'; name: number };

export const yamlDamageArb: fc.Arbitrary<YamlDamage> = fc.oneof(
  fc.record({ kind: fc.constant('alias-bomb' as const), levels: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ kind: fc.constant('nest' as const), depth: fc.integer({ min: 1, max: 5000 }) }),
  fc.record({ kind: fc.constant('tag' as const), tag: fc.constantFrom('!!binary', '!!js/function', '!!set', '!!omap', '!!timestamp', '!custom', '!!int', '!!float') }),
  fc.record({ kind: fc.constant('duplicate-key' as const) }),
  fc.record({ kind: fc.constant('prototype-key' as const), name: fc.nat() }),
);

export function damageYaml(text: string, d: YamlDamage): string {
  switch (d.kind) {
    case 'alias-bomb': {
      let bomb = 'x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
      for (let i = 1; i <= d.levels; i++) bomb += `x${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]\n`;
      return `${bomb}${text}`;
    }
    case 'nest':
      return `${text}\nnote: ${'['.repeat(d.depth)}x${']'.repeat(d.depth)}\n`;
    case 'tag':
      return text.replace(/^(\s*(?:- )?quote: )/m, `$1${d.tag} `);
    case 'duplicate-key':
      return `title: one\ntitle: two\n${text}`;
    case 'prototype-key': {
      const name = PROTOTYPE_NAMES[d.name % PROTOTYPE_NAMES.length]!;
      return `${name}: { polluted: yes }\n${text.replace(/^(\s*- )(source: )/m, `$1${name}: 1\n  $2`)}`;
    }
  }
}

/** Annotation data as the YAML a person would write. */
export const toYaml = (data: unknown): string => stringify(data, { lineWidth: 0 });
