// Trigger phrases from data/curated/relation-types.yaml, compiled once and matched on tokens.
// A phrase is words in order ("remove {target} from … list"): each word matches its inflections
// (compromise conjugates it), "a|b" is a choice, "…" a gap of up to six words, {source} and
// {target} a stretch that holds an actor mention, {role} a title ("foreign minister"). A phrase
// may name the kinds its unsaid object means (`impliedTarget`: "we do not participate" → a forum).
import nlp from 'compromise';
import type { ClaimStatus } from '../../../domain/graph-contract';
import type { RelationTypeInput } from '../../schemas';
import { AUX, type Token } from './tokens';

type Element =
  | { kind: 'word'; forms: ReadonlySet<string> }
  | { kind: 'gap' }
  | { kind: 'slot'; role: 'source' | 'target' }
  | { kind: 'role' };

export interface Trigger {
  type: string;
  pattern: string;
  elements: Element[];
  status?: ClaimStatus;
  confidence: number;
  /** The first word's forms, the lemma used for speech-act and status cues. */
  head: string;
  /** A verb-only variant of a phrase, used only in the passive voice. */
  passiveOnly?: boolean;
  /** Kinds of the actor an unsaid object means ("we do not participate": a forum). */
  impliedTarget?: readonly string[];
}

export interface CompiledType {
  id: string;
  mode: 'verbal' | 'material';
  polarity?: string;
  directed: boolean;
  /** Types whose claims a claim of this type answers (a denial answers an accusation): its target is their source. */
  answers?: readonly string[];
  sourceKinds?: readonly string[];
  targetKinds?: readonly string[];
  triggers: Trigger[];
  roles: ReadonlySet<string>;
}

const GAP = 6;
const TITLE_ADJECTIVES = new Set([
  'foreign', 'presidential', 'acting', 'special', 'prime', 'interior', 'senior', 'top', 'former', 'new', 'first', 'assistant',
  'deputy', 'chief', 'state', 'defence', 'defense', 'security', 'national', 'supreme', 'general', 'high-ranking', 'vice',
  'permanent', 'de', 'facto', 'lower', 'upper', 'district', 'regional', 'federal', 'religious', 'affairs', 'justice',
]);
/** Words that cannot stand between a slot's start and its actor: the actor would be in another phrase. */
const LEAD_IN_STOP = new Set([
  'under', 'in', 'at', 'of', 'from', 'to', 'with', 'by', 'for', 'on', 'and', 'or', 'that', 'who', 'which', 'after',
  'before', 'since', 'during', 'against', 'into', 'over', 'between', 'than', 'but', 'while', 'when',
]);
const SLOT = 9;
/** Quotation marks: scare quotes inside a phrase ("to “build up” relations") do not break it. */
export const QUOTE_MARKS = new Set(['“', '”', '"', '‘']);
/** People who speak or act for an actor: "officials in Islamabad" is Pakistan acting. */
export const SPEAKER_HEADS = new Set([
  'officials', 'official', 'diplomats', 'diplomat', 'sources', 'authorities', 'spokesman', 'spokeswoman', 'spokesperson',
  'leaders', 'representatives', 'lawmakers', 'ministers', 'envoys',
]);
/** Where a slot's lead-in may cross a comma: "to several nations, including Pakistan", "countries, such as China". */
function listIntroduced(tokens: readonly Token[], comma: number): boolean {
  const next = tokens[comma + 1]?.norm;
  return next === 'including' || next === 'notably' || next === 'especially' || next === 'particularly' || (next === 'such' && tokens[comma + 2]?.norm === 'as');
}
/** Whether the words before a mention may lead into a slot: articles, adjectives, a list's head. */
function leadInOk(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!.norm;
    if (t === ',' && listIntroduced(tokens, k)) continue;
    // "officials in Islamabad", "diplomats from Moscow": the people who speak for the actor.
    if ((t === 'in' || t === 'from') && k === to - 1 && SPEAKER_HEADS.has(tokens[k - 1]?.norm ?? '')) continue;
    if (/^[.;:!?,“”"]$/.test(t) || LEAD_IN_STOP.has(t) || AUX.has(t)) return false;
  }
  return true;
}
const formsCache = new Map<string, Set<string>>();

/** A word and its inflections: "remove" → remove, removes, removed, removing. */
export function inflections(word: string): ReadonlySet<string> {
  const cached = formsCache.get(word);
  if (cached) return cached;
  const forms = new Set([word]);
  if (/^[a-z]+$/.test(word) && word.length > 2) {
    const doc = nlp(word);
    doc.tag('Verb');
    const c = doc.verbs().conjugate()[0] as Record<string, string> | undefined;
    for (const k of ['PastTense', 'PresentTense', 'Gerund', 'Participle']) {
      const f = c?.[k];
      if (f && !f.includes(' ')) forms.add(f.toLowerCase());
    }
    forms.add(word.endsWith('s') || word.endsWith('x') || word.endsWith('ch') ? `${word}es` : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`);
    // British and American spellings: recognise/recognize, labelled/labeled.
    for (const f of [...forms]) {
      if (f.includes('ise')) forms.add(f.replace('ise', 'ize'));
      if (f.includes('ize')) forms.add(f.replace('ize', 'ise'));
      if (/[aeiou]led$|[aeiou]ling$/.test(f)) forms.add(f.replace(/l(ed|ing)$/, 'll$1'));
    }
  }
  formsCache.set(word, forms);
  return forms;
}

function compileWord(word: string): Element {
  const forms = new Set<string>();
  for (const alt of word.toLowerCase().replace(/’/g, "'").split('|')) {
    if (alt.startsWith('=')) forms.add(alt.slice(1));
    else for (const f of inflections(alt)) forms.add(f);
  }
  return { kind: 'word', forms };
}

export function compilePattern(pattern: string): Element[] {
  return pattern
    .replace(/(\S)'s\b/g, "$1 's")
    .split(/\s+/)
    .filter(Boolean)
    .map((w): Element => {
      if (w === '…' || w === '...') return { kind: 'gap' };
      if (w === '{source}' || w === '{target}') return { kind: 'slot', role: w === '{source}' ? 'source' : 'target' };
      if (w === '{role}') return { kind: 'role' };
      return compileWord(w);
    });
}

export function compileTypes(types: readonly RelationTypeInput[]): CompiledType[] {
  return types.map((t) => ({
    id: t.id,
    mode: t.mode,
    polarity: t.polarity,
    directed: t.directed,
    ...(t.answers ? { answers: t.answers } : {}),
    ...(t.sourceKinds ? { sourceKinds: t.sourceKinds } : {}),
    ...(t.targetKinds ? { targetKinds: t.targetKinds } : {}),
    roles: new Set((t.roles ?? []).map((r) => r.toLowerCase())),
    triggers: (t.triggers ?? []).flatMap((raw) => {
      const spec = typeof raw === 'string' ? { pattern: raw } : raw;
      const elements = compilePattern(spec.pattern);
      const first = spec.pattern.split(/\s+/).find((w) => !/^[{….]/.test(w)) ?? '';
      const trigger: Trigger = {
        type: t.id,
        pattern: spec.pattern,
        elements,
        ...(spec.status ? { status: spec.status } : {}),
        ...(spec.impliedTarget ? { impliedTarget: spec.impliedTarget } : {}),
        confidence: spec.confidence ?? 0.6,
        head: first.replace(/^=/, '').split('|')[0]!.toLowerCase(),
      };
      // "accuse {target}" also reads "… was accused by X": the verb alone, kept only when passive.
      const [a, b] = elements;
      if (a?.kind === 'word' && b?.kind === 'slot' && b.role === 'target') {
        return [trigger, { ...trigger, elements: [a, ...elements.slice(2)], pattern: `${spec.pattern} (passive)`, passiveOnly: true }];
      }
      return [trigger];
    }),
  }));
}

/** Token ranges [from, to) of the actor mentions in a sentence. */
export interface MentionSpan {
  from: number;
  to: number;
}

export interface TriggerMatch {
  trigger: Trigger;
  /** Token range of the whole match. */
  from: number;
  to: number;
  slots: Partial<Record<'source' | 'target', MentionSpan>>;
  /** Token ranges of the matched words (not gaps or slots): the trigger words themselves. */
  words: number[];
}

/** Every match of `trigger` in the tokens (leftmost-shortest at each start, one per start). */
export function matchTrigger(
  trigger: Trigger,
  tokens: readonly Token[],
  mentions: readonly MentionSpan[],
  roles: ReadonlySet<string>,
): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const els = trigger.elements;
  // Cheap rejection: every literal word of the phrase must occur in the sentence.
  for (const el of els) if (el.kind === 'word' && !tokens.some((t) => el.forms.has(t.norm))) return out;
  const first = els[0];
  const byLength = [...mentions].sort((a, b) => a.from - b.from || b.to - a.to);
  const step = (e: number, i: number, slots: TriggerMatch['slots'], words: number[]): { end: number; slots: TriggerMatch['slots']; words: number[] } | undefined => {
    if (i < 0) return undefined;
    if (e === els.length) return { end: i, slots, words };
    const el = els[e]!;
    if (el.kind === 'word') {
      // Scare quotes between the words of a phrase: "called for Moscow to “build up” relations".
      let k = i;
      if (e > 0 && els[e - 1]!.kind === 'word') while (k < Math.min(tokens.length, i + 2) && QUOTE_MARKS.has(tokens[k]!.norm)) k++;
      const t = tokens[k];
      return t && el.forms.has(t.norm) ? step(e + 1, k + 1, slots, [...words, k]) : undefined;
    }
    if (el.kind === 'gap') {
      for (let n = 0; n <= GAP && i + n <= tokens.length; n++) {
        if (n > 0 && /^[.;:!?]$/.test(tokens[i + n - 1]!.norm)) break;
        // "to discuss Afghanistan, with Lavrov": a comma before a preposition starts another phrase.
        if (n > 0 && tokens[i + n - 1]!.norm === ',' && /^(?:with|to|of|in|on|for|from|at)$/.test(tokens[i + n]?.norm ?? '')) continue;
        const r = step(e + 1, i + n, slots, words);
        if (r) return r;
      }
      return undefined;
    }
    if (el.kind === 'role') {
      // A title: role words, capitalised words and the adjectives of titles ("acting foreign minister").
      for (let n = 1; n <= 5 && i + n <= tokens.length; n++) {
        const t = tokens[i + n - 1]!;
        if (!(roles.has(t.norm) || TITLE_ADJECTIVES.has(t.norm) || (t.capital && /^\p{L}/u.test(t.norm)) || t.norm === '-')) break;
        if (!roles.has(t.norm)) continue;
        const r = step(e + 1, i + n, slots, [...words, ...Array.from({ length: n }, (_, k) => i + k)]);
        if (r) return r;
      }
      return undefined;
    }
    // A slot: a few words (articles, adjectives, a possessive) up to and including a mention.
    // A leading slot starts at its mention, so a match never begins on unrelated words. Where two
    // mentions start together ("Afghanistan’s foreign ministry", "Afghanistan"), the longer is tried first.
    for (const m of byLength) {
      if (m.from < i || m.from > i + (e === 0 ? 0 : SLOT)) continue;
      if (!leadInOk(tokens, i, m.from)) continue;
      // "pro-Moscow", "U.S.-backed": a modifier, not the actor of the phrase.
      if (tokens[m.from - 1]?.norm === '-') continue;
      const r = step(e + 1, m.to, { ...slots, [el.role]: m }, words) ?? step(e + 1, afterApposition(tokens, m.to), { ...slots, [el.role]: m }, words);
      if (r) return r;
    }
    return undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (first?.kind === 'word' && !first.forms.has(tokens[i]!.norm)) continue;
    if (first?.kind === 'slot' && !mentions.some((m) => m.from === i)) continue;
    const r = step(0, i, {}, []);
    if (r && r.words.length) out.push({ trigger, from: i, to: r.end, slots: r.slots, words: r.words });
  }
  return out;
}

/** "the Islamic Emirate, commonly known as the Taliban, from …": the index after a short apposition. */
function afterApposition(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.norm !== ',') return -1;
  for (let k = at + 1; k < Math.min(tokens.length, at + 9); k++) {
    if (/^[.;:“”"]$/.test(tokens[k]!.norm)) return -1;
    if (tokens[k]!.norm === ',') return k + 1;
  }
  return -1;
}
