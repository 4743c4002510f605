// Provenance of the committed data/graph.json through the rules of ./provenance (which the build
// also runs): the real data passes, and each rule fails on a deliberately broken copy.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { GraphEdge, GraphFile } from '../domain/graph-contract';
import { loadRegistry } from './registry';
import { YamlFile } from './yaml-file';
import {
  aliasMentionsNotAliases,
  anachronisticMentions,
  checkProvenance,
  claimsWithoutSpeaker,
  dateProblems,
  evidenceAboutSomeoneElse,
  hedgesShownAsFact,
  sharedSpans,
  speakersNotNearEvidence,
  unmentionedActors,
  type ProvenanceFinding,
  type TimeInput,
} from './provenance';
import { unfoldClaims } from '../domain/claims/reports';

const ROOT = join(import.meta.dirname, '../..');
// The rules check each article's relations, so claims told by several articles are unfolded into them.
const GRAPH = unfoldClaims(JSON.parse(readFileSync(join(ROOT, 'data/graph.json'), 'utf8')) as GraphFile);

/** The time fields of each annotated relation, by edge id: graph.json alone cannot tell a resolved date from an explicit one. */
function readTimeInputs(): Map<string, TimeInput> {
  const out = new Map<string, TimeInput>();
  const dir = join(ROOT, 'data/annotations');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const doc = name.replace(/\.yaml$/, '');
    const data = parse(readFileSync(join(dir, name), 'utf8')) as { relations?: Array<TimeInput & { id?: string }> } | null;
    for (const [i, r] of (data?.relations ?? []).entries()) {
      // Same default id as the pipeline: r + position.
      const id = r.id ?? `r${String(i + 1).padStart(2, '0')}`;
      // Unquoted years read as numbers in YAML; the pipeline takes them as text.
      const text = (v: unknown): string | undefined => (v === undefined ? undefined : String(v));
      out.set(`${doc}#${id}`, { when: text(r.when), relativeTo: text(r.relativeTo), date: text(r.date) });
    }
  }
  return out;
}
const TIMES = readTimeInputs();

// ---- The suite --------------------------------------------------------------------------------

const clone = (): GraphFile => structuredClone(GRAPH);
/** The relation id (r05) or, for a mention, the actor of a finding. */
const label = (f: ProvenanceFinding): string => (f.kind === 'edge' ? (f.edgeId.split('#').at(-1) ?? '') : f.nodeId);
const key = (f: ProvenanceFinding): string => `${label(f)} ${f.kind === 'edge' ? f.field : `${f.mention.sentenceId}:${f.mention.start}`} ${f.message}`;
/** The labels of the findings a rule makes in `broken` but not in the committed graph. */
function newlyFound(rule: (g: GraphFile) => ProvenanceFinding[], broken: GraphFile): string[] {
  const before = new Set(rule(GRAPH).map(key));
  return [...new Set(rule(broken).filter((f) => !before.has(key(f))).map(label))].sort();
}
const edge = (g: GraphFile, id: string): GraphEdge => {
  const e = g.edges.find((x) => x.id.endsWith(`#${id}`));
  if (!e) throw new Error(`no edge ${id} in data/graph.json`);
  return e;
};

/** The registry's `from` years, as the build passes them. */
const FIRST_YEARS: ReadonlyMap<string, number> = (() => {
  const parsed = YamlFile.parse('data/curated/actors.yaml', readFileSync(new URL('../../data/curated/actors.yaml', import.meta.url), 'utf8'));
  const registry = parsed.yaml && loadRegistry(parsed.yaml).registry;
  return new Map([...(registry?.actors.values() ?? [])].flatMap((a) => (a.from !== undefined ? [[a.id, a.from] as const] : [])));
})();

describe('data/graph.json provenance', () => {
  it('passes every rule', () => {
    expect(checkProvenance(GRAPH, TIMES).map((f) => `${label(f)} ${f.rule}: ${f.message}`)).toEqual([]);
  });

  it('every actor of a claim is mentioned, alias mentions use the actor’s aliases, and one span means one actor (except plural pronouns)', () => {
    expect(GRAPH.nodes.filter((n) => n.mentions.length === 0).map((n) => n.id)).toEqual([]);
    expect(unmentionedActors(GRAPH)).toEqual([]);
    expect(aliasMentionsNotAliases(GRAPH)).toEqual([]);
    expect(sharedSpans(GRAPH)).toEqual([]);
  });

  it('no actor is linked to a sentence about years before it existed (the 1979 sentence)', () => {
    expect(anachronisticMentions(GRAPH, FIRST_YEARS)).toEqual([]);
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
    expect(newlyFound((x) => anachronisticMentions(x, FIRST_YEARS), g)).toEqual(['russia']);
    // The same words now mean two actors.
    expect(sharedSpans(g).map((f) => f.message)).toContainEqual(expect.stringMatching(/linked to (russia and soviet-union|soviet-union and russia)/));
  });

  it('an alias match that is not one of the actor’s aliases', () => {
    const g = clone();
    const russia = g.nodes.find((n) => n.id === 'russia')!;
    russia.aliases = russia.aliases.filter((a) => a !== 'Moscow');
    expect(newlyFound(aliasMentionsNotAliases, g)).toEqual(['russia']);
  });

  it('an actor of a claim that no sentence mentions', () => {
    const g = clone();
    g.nodes.find((n) => n.id === 'tass')!.mentions = [];
    const found = unmentionedActors(g);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.field === 'reportedBy' || f.field === 'source' || f.field === 'target')).toBe(true);
  });

  it('an edge whose evidence is a sentence about someone else', () => {
    const g = clone();
    const other = edge(g, 'r67').evidence[1]!; // "The U.S. has never attended …, said Decker"
    edge(g, 'r57').evidence = [other]; // Russia lists the Taliban
    expect(newlyFound(evidenceAboutSomeoneElse, g)).toEqual(['r57']);
    expect(evidenceAboutSomeoneElse(g).find((f) => f.edgeId.endsWith('#r57'))?.field).toBe('evidence[0]');
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
    const times = new Map(TIMES);
    const r01 = edge(g, 'r01');
    r01.date = '2024-10-04';
    r01.dateInfo = { text: 'Friday', precision: 'day', anchor: '2024-10-05' };
    times.set(r01.id, { when: 'Friday' });
    const r50 = edge(g, 'r50'); // "a decade later", relative to 1979
    r50.dateInfo = { ...r50.dateInfo!, anchor: '2024-10-05' };
    expect(newlyFound((x) => dateProblems(x, times), g)).toEqual(['r01', 'r50']);
    expect(dateProblems(g, times)).toContainEqual(expect.objectContaining({ edgeId: r01.id, field: 'when', message: expect.stringContaining('"Friday" dates a statement') }));
    const hope = edge(g, 'r44'); // Muttaqi's hope for more steps, voiced on Friday
    hope.date = '2024-10-04';
    expect(newlyFound((x) => dateProblems(x, times), g)).toEqual(['r01', 'r44', 'r50']);
  });

  it('marks findings on suggested edges as suggested, so the build only warns', () => {
    const g = clone();
    const e = edge(g, 'r05');
    e.status = 'asserted';
    e.review = 'suggested';
    const found = hedgesShownAsFact(g).filter((f) => f.edgeId === e.id);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.review === 'suggested')).toBe(true);
  });
});
