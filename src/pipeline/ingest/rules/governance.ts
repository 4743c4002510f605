// A movement or armed group that governs a state (in the registry, an armed group or movement whose
// affiliation is a state) is tied to it only where the article says so: "Afghanistan’s ruling
// Taliban", "the Taliban government", "the Taliban, which regained control of Afghanistan in 2021".
// Where it says when they took power, the tie holds from then on ("2021/..").
import type { ArticleText, Knowledge } from '../extractor';
import type { SentenceActors } from './actors';
import type { ActorRef } from './actor-ref';
import { timeFields } from './dating';
import { findTimeWords } from './time-words';
import { tokenAt, type Token } from './tokens';

const GOVERNING_KINDS = new Set(['armed-group', 'movement']);
/** Verbs of taking power ("regained power", "seized control", "return to power"); "took over" is handled apart. */
const TAKE = /^(?:regain|regains|regained|regaining|seize|seizes|seized|seizing|take|takes|took|taken|taking|retake|retook|retaken|return|returns|returned|returning|come|came|coming|rise|rose|risen|grab|grabbed|assume|assumed|gain|gained)$/;
const POWER = /^(?:power|control)$/;
/** Nouns after a movement's name that make it the government: "the Taliban government", "Taliban authorities". */
const RULING_NOUNS = /^(?:government|regime|administration|authorities|rule|rulers)$/;

export interface GovernanceTie {
  source: string;
  target: string;
  start: number;
  end: number;
  when?: string;
  date?: string;
  rule: string;
}

/** Registry actors that govern a state: an armed group or movement whose affiliation is a state. */
export function governingActors(knowledge: Knowledge): Map<string, string> {
  const kindOf = new Map(knowledge.actors.map((a) => [a.id, a.kind]));
  const out = new Map<string, string>();
  for (const a of knowledge.actors) if (a.affiliation && GOVERNING_KINDS.has(a.kind) && kindOf.get(a.affiliation) === 'state') out.set(a.id, a.affiliation);
  return out;
}

/** Token index just past the power phrase starting at `i` ("regained power", "return to power", "taking over"), else -1. */
function powerPhrase(tokens: readonly Token[], i: number): number {
  if (!TAKE.test(tokens[i]!.norm)) return -1;
  if (/^(?:take|takes|took|taken|taking)$/.test(tokens[i]!.norm) && tokens[i + 1]?.norm === 'over') return i + 2;
  for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) if (POWER.test(tokens[k]!.norm)) return k + 1;
  return -1;
}

/** The actor who takes power at token `i`: the subject or possessor before it, else (an opening "Since taking over …,") the subject after the comma. */
function takerOf(tokens: readonly Token[], refs: readonly ActorRef[], at: (r: ActorRef) => number, i: number): ActorRef | undefined {
  const before = refs.filter((r) => at(r) < i && at(r) >= i - 6 && !tokens.slice(at(r), i).some((t) => /^[,;:.“”"]$/.test(t.norm) && t.norm !== ','));
  const subject = before.filter((r) => !/^(?:in|of|from|to|by|on|at|with)$/.test(tokens[at(r) - 1]?.norm ?? '')).at(-1);
  if (subject) return subject;
  const comma = tokens.findIndex((t, k) => k > i && t.norm === ',');
  return comma > 0 ? refs.find((r) => at(r) > comma && at(r) <= comma + 3) : undefined;
}

/**
 * For each governing actor the article ties to its state: the tie, dated where a sentence says
 * when it took power. Absent: the article never says that the actor governs.
 */
export function governanceTies(article: ArticleText, sentences: readonly SentenceActors[], governing: ReadonlyMap<string, string>): Map<string, GovernanceTie> {
  const out = new Map<string, GovernanceTie>();
  if (!governing.size) return out;
  for (const s of sentences) {
    const at = (r: ActorRef): number => tokenAt(s.tokens, r.start);
    const ends = (r: ActorRef): number => tokenAt(s.tokens, r.end);
    for (let i = 0; i < s.tokens.length; i++) {
      const past = powerPhrase(s.tokens, i);
      if (past < 0) continue;
      const taker = takerOf(s.tokens, s.refs, at, i);
      const state = taker && governing.get(taker.actor);
      if (!taker || !state || out.get(taker.actor)?.date) continue;
      // The time words of the taking of power, in its own clause.
      const time = findTimeWords(article.text, s.tokens[past - 1]!.end, s.end, article.published).find((t) => {
        const between = s.tokens.slice(past, tokenAt(s.tokens, t.start)).map((x) => x.norm);
        return between.length <= 10 && !between.some((w) => /^[,;:“”"]$/.test(w));
      });
      const start = Math.min(taker.start, s.tokens[i]!.start);
      const end = Math.max(taker.end, time?.end ?? s.tokens[past - 1]!.end);
      out.set(taker.actor, { source: taker.actor, target: state, start, end, ...timeFields(article, start, time && { ...time, since: true }), rule: 'affiliation: a movement that took power in a state governs it' });
    }
    for (const r of s.refs) {
      const state = governing.get(r.actor);
      if (!state || out.has(r.actor)) continue;
      const k = at(r);
      const next = s.tokens[ends(r)]?.norm ?? '';
      const prev = s.tokens[k - 1]?.norm ?? '';
      // "Afghanistan’s ruling Taliban", "Afghanistan’s Taliban government", "the Taliban-led government".
      const possessedBy = s.refs.some((o) => o.actor === state && ends(o) === k - 1 && prev === "'s") || (s.tokens[k - 2]?.norm === "'s" && prev === 'ruling');
      const ruling = prev === 'ruling' || RULING_NOUNS.test(next) || (next === '-' && s.tokens[ends(r) + 1]?.norm === 'led');
      const inControl = s.tokens.slice(ends(r), ends(r) + 5).some((t, d, w) => t.norm === 'control' && w[d + 1]?.norm === 'of');
      if (!possessedBy && !ruling && !inControl) continue;
      const from = possessedBy ? k - (prev === 'ruling' ? 3 : 2) : prev === 'ruling' ? k - 1 : k;
      const to = RULING_NOUNS.test(next) ? ends(r) + 1 : next === '-' ? ends(r) + 3 : ends(r);
      const start = s.tokens[Math.max(0, from)]!.start;
      const end = Math.max(r.end, s.tokens[to - 1]?.end ?? r.end);
      out.set(r.actor, { source: r.actor, target: state, start, end, rule: 'affiliation: a movement named as its state’s government' });
    }
  }
  return out;
}
