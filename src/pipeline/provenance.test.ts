// Provenance of the committed data/graph.json: properties a reader can check by eye against the
// article. "A graph that shows a rumour as a fact, or links an actor to a sentence about someone
// else, is a defect." Each rule is a pure function returning its violations, so the suite both
// runs it on the real data and shows, on a deliberately broken copy, that it can fail.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resolveTimeExpression } from '../domain/dates';
import type { GraphEdge, GraphFile, Sentence } from '../domain/graph-contract';

const ROOT = join(import.meta.dirname, '../..');
const GRAPH = JSON.parse(readFileSync(join(ROOT, 'data/graph.json'), 'utf8')) as GraphFile;

/** The time fields of each annotated relation, by edge id: graph.json alone cannot tell a resolved date from an explicit one. */
interface TimeInput {
  when?: string;
  relativeTo?: string;
  date?: string;
}
type TimeInputs = Map<string, TimeInput>;

function readTimeInputs(): TimeInputs {
  const out: TimeInputs = new Map();
  const dir = join(ROOT, 'data/annotations');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const doc = name.replace(/\.yaml$/, '');
    const data = parse(readFileSync(join(dir, name), 'utf8')) as { relations?: Array<TimeInput & { id?: string }> } | null;
    for (const [i, r] of (data?.relations ?? []).entries()) {
      // Same default id as the pipeline: r + position.
      const id = r.id ?? `r${String(i + 1).padStart(2, '0')}`;
      out.set(`${doc}#${id}`, { when: r.when, relativeTo: r.relativeTo, date: r.date });
    }
  }
  return out;
}
const TIMES = readTimeInputs();

/** Lookups shared by the rules. */
function indexGraph(g: GraphFile) {
  const sentences = new Map(g.sentences.map((s) => [s.id, s]));
  const mentioned = new Map<string, Set<string>>(); // sentence id → actor ids
  for (const n of g.nodes) {
    for (const m of n.mentions) {
      let set = mentioned.get(m.sentenceId);
      if (!set) mentioned.set(m.sentenceId, (set = new Set()));
      set.add(n.id);
    }
  }
  const mentions = (actor: string | undefined, s: Sentence | undefined): boolean => actor !== undefined && s !== undefined && (mentioned.get(s.id)?.has(actor) ?? false);
  const neighbour = (s: Sentence, step: number): Sentence | undefined => sentences.get(`${s.documentId}#s${s.index + step}`);
  const modes = new Map(g.relationTypes.map((t) => [t.id, t.mode]));
  const published = new Map(g.documents.map((d) => [d.id, d.published]));
  return { sentences, mentions, neighbour, modes, published };
}
type Index = ReturnType<typeof indexGraph>;

const short = (e: GraphEdge): string => `${e.id.split('#').at(-1)} ${e.source} -${e.type}-> ${e.target}`;
const evidenceSentences = (ix: Index, e: GraphEdge): Sentence[] => e.evidence.flatMap((ev) => ix.sentences.get(ev.sentenceId) ?? []);

/** A sentence that is one quotation and nothing else: news style attributes it in the sentence before. */
const isBareQuotation = (s: Sentence): boolean => /^“[^“”]*”$/.test(s.text);

// Words that make a claim someone's words. "quoted" is left out: "was quoted by TASS" is the
// article's own statement about a report, and the reporting edge rests on no one's word.
const SPEECH = 'said|says|saying|stated|states|told|tells|pledged|pledges|alleged|alleges|describes|described|called on|calls on|welcomed|welcomes|praised|praises|refuted|refutes|announced|announcements|reported|reports';
const SPEECH_IN_QUOTE = new RegExp(`\\b(?:${SPEECH})\\b`);
/** "X reported Friday that …", "as saying that …": indirect speech introducing the quote (not "on the same day that"). */
const SPEECH_FRAME_BEFORE = new RegExp(`\\b(?:${SPEECH})\\b(?:\\s+[\\p{L}’']+){0,2}\\s+that\\s*$`, 'u');

/** Whether the edge's main quote (the first evidence item) is someone's words rather than the article's. */
function restsOnWords(ix: Index, e: GraphEdge): boolean {
  const ev = e.evidence[0];
  const s = ev && ix.sentences.get(ev.sentenceId);
  if (!ev || !s) return false;
  const before = s.text.slice(0, ev.start - s.start);
  const insideQuotes = (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
  return insideQuotes || /[“”]/.test(ev.quote) || SPEECH_IN_QUOTE.test(ev.quote) || SPEECH_FRAME_BEFORE.test(before);
}

// ---- Mentions -------------------------------------------------------------------------------

function nodesWithoutMentions(g: GraphFile): string[] {
  return g.nodes.filter((n) => n.mentions.length === 0).map((n) => n.id);
}

/** An alias match must be one of the actor's own alias texts; anything else came from an annotation. */
function aliasMentionsNotAliases(g: GraphFile): string[] {
  return g.nodes.flatMap((n) => n.mentions.filter((m) => m.via === 'alias' && (m.text === undefined || !n.aliases.includes(m.text))).map((m) => `${n.id}: "${m.text}" in ${m.sentenceId}`));
}

/** The same words given to two actors: only a plural pronoun ("they" = Kazakhstan and Kyrgyzstan) may mean several. */
function sharedSpans(g: GraphFile): string[] {
  const byspan = new Map<string, string[]>();
  for (const n of g.nodes) for (const m of n.mentions) byspan.set(`${m.sentenceId}:${m.start}:${m.end}:${m.text}`, [...(byspan.get(`${m.sentenceId}:${m.start}:${m.end}:${m.text}`) ?? []), n.id]);
  return [...byspan].filter(([key, ids]) => ids.length > 1 && !/:(?:they|them|their|we|us|our|We|They|Their|Our)$/.test(key)).map(([key, ids]) => `${key} → ${ids.join(', ')}`);
}

// An actor cannot be meant by a sentence that speaks only of years before it existed: this is how
// a capital-city metonym goes wrong ("a pro-Moscow government in Kabul" in 1979 is the Soviet Union
// and the communist government, not the Russian Federation and the Taliban).
const FIRST_YEAR: Record<string, number> = { russia: 1991, taliban: 1994, 'is-k': 2015, 'russian-leadership': 1991 };

function anachronisticMentions(g: GraphFile): string[] {
  const out: string[] = [];
  for (const s of g.sentences) {
    const years = [...s.text.matchAll(/\b(1[6-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
    if (!years.length) continue;
    const latest = Math.max(...years);
    for (const n of g.nodes) {
      const first = FIRST_YEAR[n.id];
      if (first !== undefined && latest < first && n.mentions.some((m) => m.sentenceId === s.id)) out.push(`${n.id} in ${s.id} (years ${years.join(', ')})`);
    }
  }
  return out;
}

// ---- Evidence and speakers --------------------------------------------------------------------

/**
 * Every evidence sentence names the edge's source or target, or the speaker the claim rests on
 * (reported speech: "…,” said Kabulov.). The one exception this data needs is a follow-on
 * quotation that names no one ("“Hopefully, the final decision will be announced soon.”"): its
 * attribution is the sentence before, which must then name the edge's saidBy.
 * Stricter rules do not fit honest coding: requiring both ends in one sentence would reject
 * "A principal decision on this …" ("this" = the Taliban's delisting) and the delegates of named
 * countries at a conference the sentence does not name.
 */
function evidenceAboutSomeoneElse(g: GraphFile): string[] {
  const ix = indexGraph(g);
  const out: string[] = [];
  for (const e of g.edges) {
    for (const s of evidenceSentences(ix, e)) {
      if (ix.mentions(e.source, s) || ix.mentions(e.target, s) || ix.mentions(e.saidBy, s)) continue;
      if (isBareQuotation(s) && ix.mentions(e.saidBy, ix.neighbour(s, -1))) continue;
      out.push(`${short(e)}: ${s.id} names neither end nor the speaker`);
    }
  }
  return out;
}

/**
 * A claim that is not reported as fact, or that rests on someone's words, says whose words.
 * Affiliations are exempt from the second half: they are standing ties the analyst reads off
 * names and titles ("the foreign ministry" in Kabulov's indirect speech is Russia's), not
 * anyone's claim.
 */
function claimsWithoutSpeaker(g: GraphFile): string[] {
  const ix = indexGraph(g);
  return g.edges
    .filter((e) => e.saidBy === undefined && ((e.status ?? 'asserted') !== 'asserted' || (e.type !== 'affiliation' && restsOnWords(ix, e))))
    .map((e) => `${short(e)} (${e.status ?? 'asserted'}): no saidBy`);
}

/** The speaker and the outlet are named in an evidence sentence or the sentence just before or after it. */
function speakersNotNearEvidence(g: GraphFile): string[] {
  const ix = indexGraph(g);
  const out: string[] = [];
  for (const e of g.edges) {
    for (const role of ['saidBy', 'reportedBy'] as const) {
      const actor = e[role];
      if (actor === undefined) continue;
      const near = evidenceSentences(ix, e).some((s) => [ix.neighbour(s, -1), s, ix.neighbour(s, 1)].some((x) => ix.mentions(actor, x)));
      if (!near) out.push(`${short(e)}: ${role} ${actor} is not named at its evidence`);
    }
  }
  return out;
}

/** Words of hope, allegation or the future in the evidence, or an accusation: the claim is not a plain fact. */
function hedgesShownAsFact(g: GraphFile): string[] {
  const out: string[] = [];
  for (const e of g.edges) {
    const status = e.status ?? 'asserted';
    const words = e.evidence.map((ev) => ev.quote).join(' | ');
    if (/\bhope(?:s|d|fully)?\b/i.test(words) && status !== 'hoped') out.push(`${short(e)}: hope in "${words}" but status ${status}`);
    if (/\balleg(?:e|ed|es|ation|ations)\b/i.test(words) && status !== 'alleged') out.push(`${short(e)}: allegation in "${words}" but status ${status}`);
    if (/\bwill\b/.test(words) && status === 'asserted') out.push(`${short(e)}: future ("will") in "${words}" shown as fact`);
    // The taxonomy: an accusation is the accuser's word, not an established fact.
    if (e.type === 'accusation' && status === 'asserted') out.push(`${short(e)}: an accusation shown as fact`);
  }
  return out;
}

// ---- Dates ------------------------------------------------------------------------------------

/**
 * Dates from the article's time words: anchored on the publication date unless a relativeTo was
 * given, equal to what those words resolve to (unless an explicit date overrides), and the words
 * visible in the evidence. Time words that follow a speech verb ("reported Friday", "told
 * reporters Thursday") date the statement, so only a verbal relation may take them: a decision
 * that was reported on Friday was not made on Friday.
 */
function dateProblems(g: GraphFile, times: TimeInputs): string[] {
  const ix = indexGraph(g);
  const out: string[] = [];
  for (const e of g.edges) {
    const input = times.get(e.id) ?? {};
    const published = ix.published.get(e.id.split('#')[0] ?? '');
    const info = e.dateInfo;
    if (input.when === undefined) {
      if (info) out.push(`${short(e)}: dateInfo without \`when\` words`);
      continue;
    }
    if (!info || info.text !== input.when) {
      out.push(`${short(e)}: dateInfo does not keep the words "${input.when}"`);
      continue;
    }
    const anchor = input.relativeTo ?? published;
    if (info.anchor !== anchor) out.push(`${short(e)}: "${info.text}" anchored on ${info.anchor}, expected ${anchor}`);
    if (input.date === undefined && anchor !== undefined) {
      const r = resolveTimeExpression(input.when, anchor);
      if (!r.ok || r.date !== e.date || r.precision !== info.precision) out.push(`${short(e)}: "${input.when}" from ${anchor} is ${r.ok ? r.date : r.error}, edge says ${e.date}`);
    }
    const sentences = evidenceSentences(ix, e);
    const hit = sentences.find((s) => s.text.includes(info.text));
    if (!hit) {
      out.push(`${short(e)}: the time words "${info.text}" are not in its evidence sentences`);
      continue;
    }
    const before = hit.text.slice(0, hit.text.indexOf(info.text));
    if (new RegExp(`\\b(?:${SPEECH})\\b(?:\\s+[\\p{L}’']+){0,2}\\s+$`, 'u').test(before) && ix.modes.get(e.type) !== 'verbal') {
      out.push(`${short(e)}: "${info.text}" dates a statement, but ${e.type} is not a verbal relation`);
    }
  }
  for (const e of g.edges) {
    const status = e.status ?? 'asserted';
    // A decided, planned or hoped-for deed has no date of its own unless the article gives time
    // words for it: the day someone spoke of it is the date of the statement, not of the deed.
    if (e.date !== undefined && status !== 'asserted' && ix.modes.get(e.type) !== 'verbal' && times.get(e.id)?.when === undefined) {
      out.push(`${short(e)}: ${status} deed dated ${e.date} without time words of its own`);
    }
    const published = ix.published.get(e.id.split('#')[0] ?? '');
    const start = e.date?.split('/')[0];
    // A fact the article reports cannot start after it was published (plans and hopes can).
    if (status === 'asserted' && start && start !== '..' && published && start > published) out.push(`${short(e)}: asserted but dated ${e.date}, after publication ${published}`);
  }
  return out;
}

// ---- The suite --------------------------------------------------------------------------------

const clone = (): GraphFile => structuredClone(GRAPH);
/** The relation ids (r05, …) of the violations a rule finds in `broken` but not in the committed graph. */
function newlyFound(rule: (g: GraphFile) => string[], broken: GraphFile): string[] {
  const before = new Set(rule(GRAPH));
  return [...new Set(rule(broken).filter((v) => !before.has(v)).map((v) => v.split(' ')[0] ?? ''))].sort();
}
const edge = (g: GraphFile, id: string): GraphEdge => {
  const e = g.edges.find((x) => x.id.endsWith(`#${id}`));
  if (!e) throw new Error(`no edge ${id} in data/graph.json`);
  return e;
};

describe('data/graph.json provenance', () => {
  it('every node is mentioned, alias mentions use the actor’s aliases, and one span means one actor (except plural pronouns)', () => {
    expect(nodesWithoutMentions(GRAPH)).toEqual([]);
    expect(aliasMentionsNotAliases(GRAPH)).toEqual([]);
    expect(sharedSpans(GRAPH)).toEqual([]);
  });

  it('no actor is linked to a sentence about years before it existed (the 1979 sentence)', () => {
    expect(anachronisticMentions(GRAPH)).toEqual([]);
  });

  it('every evidence sentence names an end of the edge or its speaker', () => {
    expect(evidenceAboutSomeoneElse(GRAPH)).toEqual([]);
  });

  it('claims not reported as fact, and claims that rest on someone’s words, name the speaker', () => {
    expect(claimsWithoutSpeaker(GRAPH)).toEqual([]);
  });

  it('speakers and outlets are named at the evidence', () => {
    expect(speakersNotNearEvidence(GRAPH)).toEqual([]);
  });

  it('hopes, allegations and future steps are not shown as facts', () => {
    expect(hedgesShownAsFact(GRAPH)).toEqual([]);
  });

  it('dates from time words are resolved against the publication date unless relativeTo is given', () => {
    expect(dateProblems(GRAPH, TIMES)).toEqual([]);
  });
});

// The rules above must be able to fail: each broken copy reintroduces a defect found in review.
describe('the provenance rules catch broken data', () => {
  it('Moscow in the 1979 sentence read as Russia', () => {
    const g = clone();
    const soviet = g.nodes.find((n) => n.id === 'soviet-union')!;
    g.nodes.find((n) => n.id === 'russia')!.mentions.push(...soviet.mentions);
    expect(newlyFound(anachronisticMentions, g)).toEqual(['russia']);
  });

  it('an edge whose evidence is a sentence about someone else', () => {
    const g = clone();
    const other = edge(g, 'r67').evidence[1]!; // "The U.S. has never attended …, said Decker"
    edge(g, 'r57').evidence = [other]; // Russia lists the Taliban
    expect(newlyFound(evidenceAboutSomeoneElse, g)).toEqual(['r57']);
  });

  it('a hope shown as a fact, without its speaker', () => {
    const g = clone();
    const e = edge(g, 'r05');
    e.status = 'asserted';
    delete e.saidBy;
    expect(newlyFound(hedgesShownAsFact, g)).toEqual(['r05']);
    expect(newlyFound(claimsWithoutSpeaker, g)).toEqual(['r05']);
    expect(newlyFound(speakersNotNearEvidence, g)).toEqual([]);
  });

  it('reported speech stated in the article’s voice, and a speaker named nowhere near', () => {
    const g = clone();
    delete edge(g, 'r36').saidBy; // Putin stated in July that …
    edge(g, 'r38').saidBy = 'karen-decker';
    expect(newlyFound(claimsWithoutSpeaker, g)).toEqual(['r36']);
    expect(newlyFound(speakersNotNearEvidence, g)).toEqual(['r38']);
  });

  it('a decision dated by the day it was reported, a hope dated by the day it was voiced, and a wrong anchor', () => {
    const g = clone();
    const times: TimeInputs = new Map(TIMES);
    const r01 = edge(g, 'r01');
    r01.date = '2024-10-04';
    r01.dateInfo = { text: 'Friday', precision: 'day', anchor: '2024-10-05' };
    times.set(r01.id, { when: 'Friday' });
    const r50 = edge(g, 'r50'); // "a decade later", relative to 1979
    r50.dateInfo = { ...r50.dateInfo!, anchor: '2024-10-05' };
    expect(newlyFound((x) => dateProblems(x, times), g)).toEqual(['r01', 'r50']);
    expect(dateProblems(g, times)).toContainEqual(expect.stringContaining('r01 russia -delisting-> taliban: "Friday" dates a statement'));
    const hope = edge(g, 'r44'); // Muttaqi's hope for more steps, voiced on Friday
    hope.date = '2024-10-04';
    expect(newlyFound((x) => dateProblems(x, times), g)).toEqual(['r01', 'r44', 'r50']);
  });
});
