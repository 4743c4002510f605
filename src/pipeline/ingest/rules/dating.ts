// When a claim happened, from the article's time words: the words nearest its trigger in its own
// clause, the words of the speech verb that reports it ("…,” he told the conference Friday"), an
// open interval after "since", and for a statement with no time words of its own the day the
// article's statements were made.
import type { ClaimStatus } from '../../../domain/graph-contract';
import { resolveTimeExpression } from '../../../domain/dates';
import type { ArticleText } from '../extractor';
import { SPEECH_VERBS } from './cues';
import type { TimeWords } from './time-words';
import { tokenAt, type Token } from './tokens';
import type { CompiledType } from './triggers';

/** Time words picked for a claim; `since` when they open an interval ("since they regained power … in 2021"). */
export interface PickedTime extends TimeWords {
  since?: boolean;
  /** The claim held until then ("…, which was toppled … in 2001"). */
  until?: boolean;
}

const SUBORDINATORS = new Set([';', 'despite', 'while', 'although', 'though', 'after', 'before', 'when', 'until', 'because', '“', '”']);
const QUOTES = new Set(['“', '”', '"']);

/** Whether a speech verb stands just before token `k` ("told the conference Friday", "said in Astana on Thursday"). */
function afterSpeechVerb(tokens: readonly Token[], k: number): boolean {
  return [1, 2, 3].some((d) => SPEECH_VERBS.has(tokens[k - d]?.norm ?? ''));
}

/** Indices in [lo, hi) that are not inside a quotation opening and closing within [from, to) (“allies in the fight”). */
function unquoted(tokens: readonly Token[], from: number, to: number, lo: number, hi: number): string[] {
  const quoted = new Set<number>();
  for (let i = from; i < to; i++) {
    if (tokens[i]!.norm !== '“') continue;
    let close = i + 1;
    while (close < to && tokens[close]!.norm !== '”') close++;
    if (close >= to) break;
    for (let k = i; k <= close; k++) quoted.add(k);
    i = close;
  }
  const out: string[] = [];
  for (let k = lo; k < hi; k++) if (!quoted.has(k)) out.push(tokens[k]!.norm);
  return out;
}

/** A phrase that may carry a date: its first word, its span and its type's mode. */
export interface DatedPhrase {
  head: number;
  from: number;
  to: number;
  mode: 'verbal' | 'material';
}

/** Verbs that end a government or a body; told of the partner in a relative clause, they close the claim's interval. */
const ENDINGS = new Set(['toppled', 'ousted', 'overthrown', 'deposed', 'dissolved', 'disbanded', 'collapsed', 'fell', 'abolished']);

/**
 * "recognise the previous Taliban government, which was toppled by the US-led invasion in 2001": the
 * partner ended then, so the claim held until then. The clause must run from the comma to the time words.
 */
function endsPartner(between: readonly string[], stops: ReadonlySet<string>): boolean {
  const comma = between.indexOf(',');
  if (comma < 0 || !/^(?:which|who)$/.test(between[comma + 1] ?? '')) return false;
  let v = comma + 2;
  while (/^(?:was|were|had|been|later|eventually|then)$/.test(between[v] ?? '')) v++;
  return ENDINGS.has(between[v] ?? '') && !between.some((w, i) => i !== comma && stops.has(w));
}

/** Whether time words at token `k` can date the phrase, and if so whether they open or close an interval. */
function datable(tokens: readonly Token[], k: number, p: DatedPhrase): { since: boolean; until?: boolean } | undefined {
  const speech = afterSpeechVerb(tokens, k);
  if (speech && p.mode === 'material') return undefined;
  // Time words in another clause (after a comma, or in a "since …"/"despite …" clause) date something else.
  const [lo, hi] = k < p.from ? [k, p.from] : [p.to, k];
  const between = unquoted(tokens, Math.min(k, p.from), Math.max(k + 1, p.to), lo, hi);
  // "courted relations with the Taliban since the group seized power after … in 2021": the start of an interval.
  const since = k > p.from && between[0] === 'since' && !between.some((w) => w === ';' || QUOTES.has(w));
  // Before the trigger, words in the subject's apposition still date it ("Muttaqi, in his address to
  // Friday’s gathering, welcomed"); after it, a comma ends the clause.
  const stops = k < p.from ? SUBORDINATORS : new Set([...SUBORDINATORS, ',']);
  // A statement's partner described in a relative clause ("talks with Muttaqi, who led his delegation
  // at Friday’s event"; "hosted Haqqani, who met … in June"): the clause's time is the meeting's.
  const relative = p.mode === 'verbal' && k > p.to ? between.findIndex((w, i) => w === ',' && /^(?:who|which)$/.test(between[i + 1] ?? '')) : -1;
  const clause = relative >= 0 ? [...between.slice(0, relative), ...between.slice(relative + 1)] : between;
  if (k > p.to && !since && endsPartner(between, stops)) return { since: false, until: true };
  // The day of a saying dates what was said: after it ("…,” he told the conference Friday") across
  // everything, before it across a quotation but not into another clause ("said on Tuesday it would
  // expand ties …, days after a delegation visited Tashkent": the visit came before).
  const ending = !speech ? clause : k < p.from ? clause.filter((w) => !QUOTES.has(w)) : [];
  if (!since && ending.some((w) => stops.has(w))) return undefined;
  return { since };
}

/**
 * "regained power … three years ago after the United States and NATO forces withdrew": an event
 * told in an "after"/"following" clause right behind a year led straight to the main one, so it
 * shares that year (a day or a month would claim more than the text says).
 */
function yearBefore(tokens: readonly Token[], t: TimeWords, p: DatedPhrase): boolean {
  const end = tokenAt(tokens, t.end);
  if (end > p.from || !/^(?:after|following)$/.test(tokens[end]?.norm ?? '')) return false;
  if (tokens.slice(end + 1, p.from).some((x) => SUBORDINATORS.has(x.norm) || x.norm === ',')) return false;
  if (t.date) return /^\d{4}$/.test(t.date);
  const r = resolveTimeExpression(t.text, '2000-01-01'); // for its precision only
  return r.ok && r.precision === 'year';
}

/**
 * The time words nearest the trigger. Planned and hoped claims stay undated (the words date the
 * statement, not the hoped-for step); words attached to a speech verb date only verbal claims, and
 * date them across the quotation they report. Words that a speech act of the sentence stands nearer
 * to date that act ("in his address to Friday’s gathering, welcomed … announcements that they will remove").
 */
export function pickTime(
  times: readonly TimeWords[],
  tokens: readonly Token[],
  phrase: DatedPhrase,
  type: CompiledType,
  status: ClaimStatus | undefined,
  speechActs: readonly DatedPhrase[],
): PickedTime | undefined {
  if (status === 'planned' || status === 'hoped' || type.id === 'affiliation') return undefined;
  const at = tokens[phrase.head]!.start;
  let best: PickedTime | undefined;
  let bestDistance = Infinity;
  for (const t of times) {
    const k = tokenAt(tokens, t.start);
    const ok = datable(tokens, k, phrase) ?? (yearBefore(tokens, t, phrase) ? { since: false } : undefined);
    if (!ok) continue;
    if (speechActs.some((o) => Math.abs(o.head - k) < Math.abs(phrase.head - k) && datable(tokens, k, o))) continue;
    const d = Math.abs(t.start - at);
    if (d < bestDistance) {
      best = ok.since ? { ...t, since: true } : ok.until ? { ...t, until: true } : t;
      bestDistance = d;
    }
  }
  return best;
}

/** `when` and `date` of a claim from its time words; "since they regained power … three years ago" is an open interval. */
export function timeFields(article: ArticleText, claimStart: number, t: PickedTime | undefined): { when?: string; date?: string } {
  if (!t) return {};
  const point = (): string | undefined => {
    const r = t.date ?? resolveTimeExpression(t.text, article.published);
    return typeof r === 'string' ? r : r.ok ? r.date : undefined;
  };
  if (t.until) {
    const end = point()?.split('/').at(-1);
    return end && end !== '..' ? { when: t.text, date: `../${end}` } : { when: t.text };
  }
  const before = article.text.slice(Math.max(claimStart, t.start - 60), t.start);
  const opensInterval = t.since || (/\bsince\b/i.test(before) && !/^since\b/i.test(t.text));
  if (!opensInterval) return t.date ? { date: t.date, when: t.text } : { when: t.text };
  const start = point()?.split('/')[0];
  return start ? { when: t.text, date: `${start}/..` } : { when: t.text };
}

/** The day the article's statements were made, and whether the article names it. */
export interface StatementDay {
  date: string;
  named: boolean;
}

/**
 * The day the article's statements were made: the first day named next to a speech verb ("Russia
 * reported Friday", "Putin said in Astana on Thursday"), else the publication date. A statement
 * with no time words of its own is dated by it.
 */
export function statementDay(article: ArticleText, sentences: ReadonlyArray<{ tokens: readonly Token[] }>, timesOf: ReadonlyArray<readonly TimeWords[]>): StatementDay {
  for (const [i, s] of sentences.entries()) {
    for (const t of timesOf[i] ?? []) {
      if (!afterSpeechVerb(s.tokens, tokenAt(s.tokens, t.start))) continue;
      const r = t.date ? { ok: true as const, date: t.date } : resolveTimeExpression(t.text, article.published);
      if (r.ok && /^\d{4}-\d\d-\d\d$/.test(r.date)) return { date: r.date, named: true };
    }
  }
  return { date: article.published, named: false };
}

/** Nouns for the occasion a statement was made at: "said in his inaugural speech", "told the conference". */
const OCCASIONS = new Set(['speech', 'address', 'remarks', 'conference', 'meeting', 'briefing', 'interview', 'summit', 'session', 'forum', 'gathering']);

/** Whether a speech verb of the sentence names the occasion it was said at, within a few words after it. */
export function statedOnOccasion(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => SPEECH_VERBS.has(t.norm) && tokens.slice(i + 1, i + 6).some((x) => OCCASIONS.has(x.norm)));
}
