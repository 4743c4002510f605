// Who each sentence is about: registry aliases (with their except contexts and dated owners),
// names the registry does not know (proposed actors), and simple references ("he", "the group",
// "the ministry") resolved to the nearest compatible actor before them.
import { AliasMatcher, findMentions, type AliasSpec } from '../../../domain/mentions';
import type { ArticleText, Knowledge, ProposedActor } from '../extractor';
import { findNames, proposedId } from './ner';
import type { ActorRef } from './actor-ref';
import { bareBodies, bodyLookup, composedNames, nameIndex, shortFormOf } from './registry-names';
import { tokenize, type Token } from './tokens';

export type { ActorRef } from './actor-ref';

export interface SentenceActors {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  refs: ActorRef[];
}

export interface ArticleActors {
  sentences: SentenceActors[];
  proposed: Map<string, ProposedActor>;
  kindOf: Map<string, string>;
  labelOf: Map<string, string>;
}

/** Descriptions that refer back to an actor of a kind ("the group" → the last armed group). */
const DESCRIPTIONS: ReadonlyArray<[RegExp, (kind: string, label: string) => boolean]> = [
  [/^the (?:[\p{L}-]+ ){0,3}(?:group|movement|militants|insurgents|insurgency|outfit)$/iu, (k) => k === 'armed-group'],
  [/^the (?:[\p{L}-]+ ){0,2}ministry$/iu, (k, l) => k === 'agency' && /ministry/i.test(l)],
  [/^the (?:[\p{L}-]+ ){0,2}court$/iu, (k, l) => /court/i.test(l)],
  [/^the (?:[\p{L}-]+ ){0,2}(?:country|nation)$/iu, (k) => k === 'state'],
  [/^the (?:[\p{L}-]+ ){0,2}(?:conference|meeting|gathering|summit|forum)$/iu, (k) => k === 'forum'],
  [/^the (?:[\p{L}-]+ ){0,2}(?:agency|news agency|outlet)$/iu, (k) => k === 'media'],
  [/^the (?:lower house|upper house|parliament|chamber|legislature)$/i, (k, l) => /house|duma|parliament|council|assembly|senate|chamber/i.test(l)],
];
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her']);
const GROUP_PRONOUNS = new Set(['they', 'them', 'their']);
const THING_PRONOUNS = new Set(['it', 'its']);
/** "We", "our", "us" inside a quotation: the speaker's side, settled once the speaker is known (relations.ts). */
const QUOTED_WE = new Set(['we', 'our', 'us']);

export function aliasSpecs(knowledge: Knowledge): AliasSpec[] {
  return knowledge.actors.flatMap((a) =>
    (a.aliases ?? []).map((raw) =>
      typeof raw === 'string'
        ? { actorId: a.id, text: raw }
        : { actorId: a.id, text: raw.text, ...(raw.except ? { except: raw.except } : {}), ...(raw.during ? { during: raw.during } : {}) },
    ),
  );
}

export function findArticleActors(article: ArticleText, knowledge: Knowledge, matcher = new AliasMatcher(aliasSpecs(knowledge))): ArticleActors {
  const kindOf = new Map(knowledge.actors.map((a) => [a.id, a.kind]));
  const labelOf = new Map(knowledge.actors.map((a) => [a.id, a.label]));
  const found = findMentions(article.text, article.sentences, matcher, [], article.published).mentions;
  const proposed = new Map<string, ProposedActor>();
  const surnames = new Map<string, string>();
  const sentences: SentenceActors[] = [];
  const history: ActorRef[] = [];
  /** The actors of `history`, so looking one up does not cost the article's length so far. */
  const historyActors = new Set<string>();
  const lookup = bodyLookup(knowledge, nameIndex(knowledge));
  const registry = new Set(knowledge.actors.map((a) => a.id));
  // Alias mentions by sentence, in order: one pass, not one pass per sentence.
  const foundIn: Array<typeof found> = article.sentences.map(() => []);
  for (const m of found) foundIn[m.sentenceIndex]?.push(m);

  for (const [index, s] of article.sentences.entries()) {
    const tokens = tokenize(article.text, s.start, s.end);
    const refs: ActorRef[] = foundIn[index]!
      .map((m) => ({ actor: m.actorId, kind: kindOf.get(m.actorId) ?? 'actor', start: m.start, end: m.end, via: 'alias', rule: 'registry alias', confidence: 0.9 }));

    // Registry bodies composed of the registry names here ("Russia's Foreign Ministry"): a name made
    // around those names gives way to them (worked out only when there is such a name).
    const registryRefs = [...refs];
    let bodies: ActorRef[] | null = null;
    for (const n of findNames(article.text, s, tokens, refs)) {
      if (n.absorbs && (bodies ??= composedNames(article.text, tokens, registryRefs, lookup, knowledge)).some((b) => b.start < n.end && n.start < b.end)) continue;
      // A registry name that is only part of this one ("UN" in "UN Security Council") is not the actor meant.
      const inner: string[] = [];
      if (n.absorbs) {
        for (let k = refs.length - 1; k >= 0; k--) {
          if (refs[k]!.start >= n.start && refs[k]!.end <= n.end) inner.push(...refs.splice(k, 1).map((r) => r.actor));
        }
      }
      const known = proposedId(n.label);
      if (registry.has(known)) {
        // The name is a registry actor's own, in words its aliases lack ("the Kazakhstan Supreme Court").
        refs.push({ actor: known, kind: kindOf.get(known) ?? 'actor', start: n.start, end: n.end, via: 'name', rule: 'a name made of a registry actor’s id', confidence: 0.6 });
        continue;
      }
      // "the Prosecutor General's Office" after "… Office of Kyrgyzstan", "General Assembly" for the
      // "UN General Assembly": a short form of one registry name is that actor, not a new one.
      const short = shortFormOf(n.label, knowledge, historyActors);
      if (short) {
        refs.push({ actor: short, kind: kindOf.get(short) ?? 'actor', start: n.start, end: n.end, via: 'reference', rule: 'short form of a registry name', confidence: 0.6 });
        continue;
      }
      const last = n.label.split(' ').at(-1)!;
      const id = (n.kind === 'person' && surnames.get(last)) || proposedId(n.label);
      if (!proposed.has(id)) {
        proposed.set(id, { id, label: n.label, kind: n.kind, confidence: n.confidence, rule: n.rule });
        kindOf.set(id, n.kind);
        labelOf.set(id, n.label);
        if (n.kind === 'person' && n.label.includes(' ')) surnames.set(last, id);
      }
      refs.push({ actor: id, kind: n.kind, start: n.start, end: n.end, via: 'name', rule: n.rule, confidence: n.confidence, ...(inner.length ? { inner: [...new Set(inner)] } : {}) });
    }
    // A proposed person named again by surname alone.
    for (const t of tokens) {
      const id = t.capital ? surnames.get(article.text.slice(t.start, t.end)) : undefined;
      if (id && !refs.some((r) => r.start < t.end && t.start < r.end)) {
        refs.push({ actor: id, kind: 'person', start: t.start, end: t.end, via: 'name', rule: 'surname of a proposed person', confidence: 0.5 });
      }
    }
    refs.push(...composedNames(article.text, tokens, refs, lookup, knowledge));
    refs.sort((a, b) => a.start - b.start);
    markGroups(article.text, refs); // so "they" can mean "Kazakhstan and Kyrgyzstan"
    refs.push(...resolveReferences(article.text, tokens, refs, history, labelOf));
    refs.push(...bareBodies(article.text, tokens, refs, sentences.at(-1)?.refs ?? [], lookup, knowledge));
    refs.sort((a, b) => a.start - b.start);
    markGroups(article.text, refs);
    sentences.push({ index, start: s.start, end: s.end, tokens, refs });
    history.push(...refs);
    for (const r of refs) historyActors.add(r.actor);
  }
  return { sentences, proposed, kindOf, labelOf };
}

/** The nearest actor before `offset` (this sentence first, then earlier ones) that passes `ok`. */
function nearestBefore(offset: number, here: readonly ActorRef[], history: readonly ActorRef[], ok: (r: ActorRef) => boolean): ActorRef | undefined {
  for (let k = here.length - 1; k >= 0; k--) if (here[k]!.end <= offset && ok(here[k]!)) return here[k];
  // Earlier sentences, most recent first, but not too far back.
  for (let k = history.length - 1, seen = 0; k >= 0 && seen < 40; k--, seen++) if (ok(history[k]!)) return history[k];
  return undefined;
}

/** Whether token i stands after an opening quotation mark that has not closed yet. */
function insideQuotation(tokens: readonly Token[], i: number): boolean {
  let open = false;
  for (let k = 0; k < i; k++) {
    const w = tokens[k]!.norm;
    if (w === '“') open = true;
    else if (w === '”') open = false;
    else if (w === '"') open = !open;
  }
  return open;
}

function resolveReferences(text: string, tokens: readonly Token[], refs: readonly ActorRef[], history: readonly ActorRef[], labelOf: ReadonlyMap<string, string>): ActorRef[] {
  const out: ActorRef[] = [];
  const sorted = [...refs].sort((a, b) => a.start - b.start);
  const taken = (start: number, end: number): boolean => refs.some((r) => r.start < end && start < r.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let hit: ActorRef | undefined;
    let end = t.end;
    let rule = '';
    let speakersSide: true | undefined;
    if (PERSON_PRONOUNS.has(t.norm)) {
      hit = nearestBefore(t.start, sorted, history, (r) => r.kind === 'person');
      rule = 'pronoun → nearest person';
    } else if (GROUP_PRONOUNS.has(t.norm)) {
      hit = nearestBefore(t.start, sorted, history, (r) => r.kind !== 'person' && r.kind !== 'forum');
      rule = 'pronoun → nearest group';
    } else if (QUOTED_WE.has(t.norm) && insideQuotation(tokens, i)) {
      // A stand-in until the claim's speaker is known: the person the sentence names, else the nearest one.
      hit = sorted.find((r) => r.kind === 'person' && r.start > t.end) ?? nearestBefore(t.start, sorted, history, (r) => r.kind === 'person');
      rule = 'first person in a quotation → the speaker’s side';
      speakersSide = true;
    } else if (THING_PRONOUNS.has(t.norm)) {
      hit = nearestBefore(t.start, sorted, history, (r) => r.kind !== 'person');
      rule = 'pronoun → nearest actor';
    } else if (t.norm === 'the') {
      for (const n of [5, 4, 3, 2]) {
        const last = tokens[i + n - 1];
        if (!last) continue;
        const phrase = text.slice(t.start, last.end);
        const d = DESCRIPTIONS.find(([re]) => re.test(phrase));
        if (!d) continue;
        hit = nearestBefore(t.start, sorted, history, (r) => d[1](r.kind, labelOf.get(r.actor) ?? ''));
        end = last.end;
        rule = `"${phrase.toLowerCase()}" → nearest match`;
        break;
      }
    }
    if (!hit || taken(t.start, end)) continue;
    out.push({ actor: hit.actor, kind: hit.kind, start: t.start, end, via: 'reference', rule, confidence: 0.4, ...(hit.group && GROUP_PRONOUNS.has(t.norm) ? { group: hit.group } : {}), ...(speakersSide ? { speakersSide } : {}) });
  }
  return out;
}

/** Marks coordinations: "A and B", "A, B, and C" (commas, "and", "or" and possessives between). */
function markGroups(text: string, refs: ActorRef[]): void {
  let run: ActorRef[] = [];
  // ", the" may separate list items ("Al-Qaeda, the Eastern Turkistan Islamic Movement, … and the
  // Hizb ut-Tahrir movement") or open an apposition ("Kabulov, the Russian envoy"): it joins a run
  // only when the run ends in "and" or "or".
  let provisional: number[] = [];
  let closed = false;
  const flush = (): void => {
    const parts = closed || !provisional.length ? [run] : splitAt(run, provisional);
    for (const part of parts) {
      if (part.length < 2) continue;
      const ids = [...new Set(part.map((r) => r.actor))];
      for (const r of part) r.group = ids;
    }
    run = [];
    provisional = [];
    closed = false;
  };
  for (const r of refs) {
    const prev = run.at(-1);
    // People are listed with people, states with states: "Afghanistan, and Amir Khan Muttaqi" ends an apposition.
    const sameSort = prev && (prev.kind === 'person') === (r.kind === 'person');
    const between = prev ? text.slice(prev.end, r.start) : '';
    if (prev && sameSort && /^(?:\s*(?:’s|'s))?\s*(?:,\s*(?:(?:and|or)(?:\s+the)?)?|(?:and|or)(?:\s+the)?)\s*$/.test(between) && between.trim() !== '') {
      if (/\b(?:and|or)\b/.test(between)) closed = true;
      run.push(r);
    } else if (prev && sameSort && r.kind !== 'person' && /^\s*,\s*the\s+$/i.test(between)) {
      provisional.push(run.length);
      run.push(r);
    } else {
      flush();
      run = [r];
    }
  }
  flush();
}

/** The run cut before each of the given indices. */
function splitAt<T>(run: readonly T[], cuts: readonly number[]): T[][] {
  const out: T[][] = [];
  let from = 0;
  for (const c of cuts) {
    out.push(run.slice(from, c));
    from = c;
  }
  out.push(run.slice(from));
  return out;
}
