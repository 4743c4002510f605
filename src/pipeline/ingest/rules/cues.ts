// Status and attribution cues: modality ("will", "hope", "alleged", "decided") gives a claim's
// status; "X said", "according to X", "quoted by Y" give who said it and who reported it.
import type { ClaimStatus } from '../../../domain/graph-contract';
import type { ActorRef } from './actors';
import { AUX, type Token } from './tokens';

const DECIDED = /^(?:decision|decisions|decided|decides|decide|decree|decreed|ruled|resolved|approved|passed)$/;
const HOPED = /^(?:hope|hopes|hoped|hoping|hopefully|wish|wishes|wished)$/;
const ALLEGED = /^(?:alleged|allegedly|alleges|allege|accused|accuses|accuse|claimed|claims|charges|suspected)$/;
const DENIED = /^(?:denied|denies|deny|refuted|refutes|refute|rejected|dismissed)$/;
const ANNOUNCED = /^(?:announced|announces|announcement|announcements|pledged|pledges|promised|promises|vowed|vows|declared)$/;
const PLANNED = /^(?:will|would|could|plan|plans|planned|planning|intend|intends|intended|aims|aim|set|expected|proposed|bill|draft|seeks|seek|prepare|preparing|preparations|going|may|might)$/;

/** Lemmas of triggers that are themselves speech acts: the source is also the speaker. */
export const SPEECH_ACTS = new Set([
  'praise', 'welcome', 'appreciate', 'call', 'urge', 'appeal', 'accuse', 'allege', 'blame', 'deny', 'refute', 'condemn',
  'denounce', 'pledge', 'vow', 'promise', 'demand', 'ask', 'describe', 'say', 'criticize', 'criticise', 'warn', 'express',
  'thank', 'hail', 'commend', 'reject',
]);

/** Words for the people who speak for an actor ("Russian security officials", "Emirati diplomats"). */
const SPEAKER_NOUNS = new Set([
  'officials', 'official', 'diplomats', 'diplomat', 'sources', 'source', 'spokesman', 'spokeswoman', 'spokesperson', 'lawmakers',
  'security', 'top', 'senior', 'government', 'military', 'foreign', 'ministry', 'leaders', 'authorities', 'representatives', 'envoy',
]);

export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'added', 'noted', 'announced', 'declared', 'stressed', 'insisted',
  'pledged', 'claimed', 'wrote', 'posted', 'asserted', 'explained', 'emphasized', 'emphasised', 'underlined', 'warned',
  'vowed', 'promised', 'reported', 'reports', 'confirmed', 'disclosed', 'quoted', 'remarked', 'argued',
]);

/**
 * The claim's status from the words before and at the trigger (this clause and a few words back):
 * denied > hoped > alleged > decided > announced > planned > asserted. With `words` (the trigger's own
 * words), the rest of the phrase is not read: "abide by the decisions … adopted by" is no decision.
 */
export function statusFromCues(tokens: readonly Token[], from: number, to: number, hasSpeaker: boolean, words?: readonly number[]): ClaimStatus | undefined {
  const head = words?.[0] ?? to;
  const own = words ? words.filter((w) => w >= head && w < to).map((w) => tokens[w]!.norm) : [];
  const window = [...tokens.slice(Math.max(0, from - 12), Math.min(head, to)).map((t) => t.norm), ...own];
  const has = (re: RegExp): boolean => window.some((w) => re.test(w));
  if (has(DENIED) && !window.slice(-3).some((w) => DENIED.test(w))) return 'denied';
  if (has(HOPED)) return 'hoped';
  if (has(ALLEGED)) return 'alleged';
  if (has(DECIDED) && !window.includes('would')) return 'decided';
  if (has(ANNOUNCED)) return 'announced';
  if (has(PLANNED)) return hasSpeaker && window.includes('will') ? 'announced' : 'planned';
  return undefined;
}

export interface Attribution {
  saidBy?: string;
  reportedBy?: string;
  /** What the speaker says follows this token: "…, saying Kabul must improve …" (a participle of speech). */
  sayingAt?: number;
  speaker?: ActorRef;
}

/** Participles that report what the main clause's subject says: "Washington remains opposed …, saying Kabul must …". */
const SAYING = new Set(['saying', 'adding', 'noting', 'stressing', 'insisting', 'warning', 'arguing', 'stating']);
const PREPOSITION_BEFORE = /^(?:of|from|in|with|by|to|for|on|at|against|about|between|among|over)$/;

/**
 * Who is speaking in a sentence: "according to X", "X said", "said X", "X told", "X was quoted
 * by Y as saying". Media actors become the reporter, others the speaker.
 */
export function attributionOf(tokens: readonly Token[], refs: readonly ActorRef[], tokenRange: (r: ActorRef) => [number, number]): Attribution {
  const out: Attribution = {};
  const refAt = (i: number): ActorRef | undefined => refs.find((r) => tokenRange(r)[0] <= i && i < tokenRange(r)[1]);
  const assign = (r: ActorRef | undefined): void => {
    if (!r) return;
    if (r.kind === 'media') out.reportedBy ??= r.actor;
    else out.saidBy ??= r.actor;
  };
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (w === 'according' && tokens[i + 1]?.norm === 'to') {
      for (let j = i + 2; j < Math.min(tokens.length, i + 8); j++) {
        const r = refAt(j);
        if (r) {
          assign(r);
          break;
        }
      }
    }
    if (w === 'quoted' && tokens[i + 1]?.norm === 'by') {
      for (let j = i + 2; j < Math.min(tokens.length, i + 8); j++) {
        const r = refAt(j);
        if (r) {
          out.reportedBy ??= r.actor;
          break;
        }
      }
      assign(subjectRef(tokens, refs, tokenRange, i));
    }
    // "…, saying X must …": the sentence's subject says what follows.
    if (SAYING.has(w) && tokens[i - 1]?.norm === ',' && out.saidBy === undefined) {
      const subject = [...refs]
        .filter((r) => tokenRange(r)[1] <= i && r.kind !== 'media')
        .sort((a, b) => tokenRange(a)[0] - tokenRange(b)[0])
        .find((r) => !PREPOSITION_BEFORE.test(tokens[tokenRange(r)[0] - 1]?.norm ?? '') && tokens[tokenRange(r)[1]]?.norm !== "'s");
      if (subject) {
        assign(subject);
        out.sayingAt = i;
        out.speaker = subject;
      }
    }
    if (SPEECH_VERBS.has(w) && w !== 'quoted') {
      // "said Kabulov", "said the Taliban chief diplomat"
      const after = [1, 2, 3, 4].map((k) => refAt(i + k)).find((r) => r && r.kind !== 'media' ? true : r?.kind === 'media');
      // The speaker stands right before the verb ("Lavrov said", "Kabulov, the envoy, said"), not
      // somewhere earlier in the sentence ("…, officials said").
      const candidate = subjectRef(tokens, refs, tokenRange, i);
      const before = candidate && adjacentSubject(tokens, tokenRange(candidate)[1], i) ? candidate : undefined;
      if (before) assign(before);
      else if (after && /^[,”"]$/.test(tokens[i - 1]?.norm ?? '')) assign(after);
    }
  }
  return out;
}

/**
 * The subject of the verb at token `at`: the nearest actor before it, skipping auxiliaries,
 * actors inside an apposition (", the Russian envoy for …,") and objects of prepositions.
 */
export function subjectRef(tokens: readonly Token[], refs: readonly ActorRef[], tokenRange: (r: ActorRef) => [number, number], at: number): ActorRef | undefined {
  let i = at - 1;
  while (i >= 0 && AUX.has(tokens[i]!.norm)) i--;
  // Skip a closing apposition ", … ," back to the word before it, or a relative clause ", which …, …,".
  if (tokens[i]?.norm === ',') {
    let k = i - 1;
    while (k >= 0 && tokens[k]!.norm !== ',' && !/^[.;:“”"]$/.test(tokens[k]!.norm)) k--;
    if (k >= 0 && tokens[k]!.norm === ',' && /^(?:the|a|an|who|which|also|its|his|her|their)$/.test(tokens[k + 1]?.norm ?? '')) i = k - 1;
    else {
      let r = i - 1;
      while (r >= Math.max(0, i - 30) && !/^[.;:“”"]$/.test(tokens[r]!.norm) && !(tokens[r]!.norm === ',' && /^(?:who|which)$/.test(tokens[r + 1]?.norm ?? ''))) r--;
      if (r >= 0 && tokens[r]!.norm === ',' && /^(?:who|which)$/.test(tokens[r + 1]?.norm ?? '')) i = r - 1;
    }
  }
  const candidates = refs
    .filter((r) => tokenRange(r)[1] - 1 <= i)
    .sort((a, b) => tokenRange(b)[1] - tokenRange(a)[1]);
  for (const r of candidates) {
    const [from, to] = tokenRange(r);
    if (i - (to - 1) > 20) return undefined;
    const between = tokens.slice(to, at).map((t) => t.norm);
    if (between.some((w) => /^[;:“”"]$/.test(w)) && !between.every((w) => w === '”' || w === ',' || AUX.has(w))) return undefined;
    // A possessor ("Afghanistan’s foreign ministry") is not the subject.
    if (tokens[to]?.norm === "'s" && to < at - 1) continue;
    const prep = tokens[from - 1]?.norm;
    // "of Kazakhstan", "from Moscow": not the subject, keep looking further left.
    if (prep && /^(?:of|from|in|with|by|to|for|on|at|against|about|between|among|over)$/.test(prep)) continue;
    return r;
  }
  return undefined;
}

/** Whether only auxiliaries, adverbs or one apposition (", the …,") stand between `end` and the verb at `at`. */
function adjacentSubject(tokens: readonly Token[], end: number, at: number): boolean {
  const between = tokens.slice(end, at).map((t) => t.norm);
  // "top Russian security officials vowed": the actor names the people who speak.
  if (between.every((w) => AUX.has(w) || SPEAKER_NOUNS.has(w))) return true;
  return between[0] === ',' && between.at(-1) === ',' && !between.slice(1, -1).some((w) => /^[,;:“”"]$/.test(w));
}
