// Who does the act of an infinitive or an answer: "the country will continue to abide by …" (the
// subject of "continue"), "Putin called for Moscow to build up relations" (the caller), "charges
// officials in Islamabad have refuted" (a denial's target is the accuser of the same sentence).
import type { ActorRef } from './actors';
import { SPEECH_ACTS, subjectRef } from './cues';
import { QUOTE_MARKS, inflections, type CompiledType, type MentionSpan, type TriggerMatch } from './triggers';
import type { Token } from './tokens';

type Spans = ReadonlyArray<MentionSpan & { ref: ActorRef }>;
type Range = (r: ActorRef) => [number, number];

const formsOf = (lemmas: readonly string[]): ReadonlySet<string> => new Set(lemmas.flatMap((w) => [...inflections(w)]));

/** Verbs that take an infinitive with their own subject: "will continue to abide", "vowed to remove". */
const CATENATIVE = formsOf([
  'continue', 'want', 'plan', 'intend', 'agree', 'decide', 'vow', 'promise', 'pledge', 'seek', 'try', 'aim', 'hope', 'expect',
  'begin', 'start', 'prepare', 'need', 'wish', 'offer', 'threaten', 'attempt', 'resolve', 'choose', 'manage', 'strive', 'move',
]);
/** "called for Moscow to …", "pushed for Kabul to …": the one who calls is the claim's source and speaker. */
const CALLS = formsOf(['call', 'press', 'push', 'appeal', 'urge']);
/** "allow Moscow to lift …", "urged the West to remove …": the object of these verbs does the infinitive. */
const CAUSATIVES = formsOf(['allow', 'enable', 'permit', 'let', 'force', 'ask', 'urge', 'encourage', 'help', 'invite']);
/** Words of the speech acts, in every inflection: a phrase that holds one rests on its source's word. */
export const SPEECH_FORMS = formsOf([...SPEECH_ACTS]);

/** The token before `at`, skipping quotation marks ("to “build up”"). */
export function tokenBefore(tokens: readonly Token[], at: number): number {
  let k = at - 1;
  while (k >= 0 && QUOTE_MARKS.has(tokens[k]!.norm)) k--;
  return k;
}

export interface InfinitiveSubject {
  source?: ActorRef;
  /** The source called for the act ("called for Moscow to …"): it is also the speaker. */
  caller?: boolean;
}

/**
 * The subject of a phrase that opens with an infinitive ("… to remove the Taliban"): the object of
 * "allow X to", the caller of "called for X to", the "X" of "for X to", the possessor of "X’s decision to", the subject of a
 * verb that takes the infinitive ("the country will continue to"), else the sentence's first actor
 * (a purpose clause: "entered the country to help").
 */
export function infinitiveSubject(spans: Spans, tokens: readonly Token[], refs: readonly ActorRef[], range: Range, from: number): InfinitiveSubject | undefined {
  const to = tokenBefore(tokens, from);
  if (tokens[to]?.norm !== 'to') return undefined;
  const forSpan = spans.find((x) => x.to === to && tokens[x.from - 1]?.norm === 'for');
  const object = spans.find((x) => x.to === to && x.from > 0 && (CAUSATIVES.has(tokens[x.from - 1]!.norm) || (tokens[x.from - 1]!.norm === 'the' && CAUSATIVES.has(tokens[x.from - 2]?.norm ?? ''))));
  if (object) return { source: object.ref };
  if (forSpan) {
    const call = forSpan.from - 2;
    if (CALLS.has(tokens[call]?.norm ?? '')) {
      const caller = subjectRef(tokens, refs, range, call);
      if (caller) return { source: caller, caller: true };
    }
    return { source: forSpan.ref };
  }
  // "Kazakhstan’s decision to exclude …": the possessor of the noun before "to".
  const possessor = spans.find((x) => tokens[x.to]?.norm === "'s" && x.to + 2 === to)?.ref;
  if (possessor) return { source: possessor };
  if (CATENATIVE.has(tokens[to - 1]?.norm ?? '')) return { source: subjectRef(tokens, refs, range, to) };
  return { source: firstSubject(spans, tokens, from) };
}

const PREPOSITIONS = /^(?:in|of|from|to|at|on|with|for|by|since|after|before|during|under|over|into|against|about|between|among|through|across)$/;

function firstSubject(spans: Spans, tokens: readonly Token[], before: number): ActorRef | undefined {
  const first = spans.filter((x) => x.to <= before && tokens[x.to]?.norm !== "'s").sort((a, b) => a.from - b.from)[0];
  return first && !PREPOSITIONS.test(tokens[first.from - 1]?.norm ?? '') ? first.ref : undefined;
}

/**
 * The accuser a denial answers: the subject of the nearest phrase of an answered type before it
 * ("Kabul formally alleged … , charges officials in Islamabad have refuted").
 */
export function answeredSource(
  type: CompiledType,
  matches: ReadonlyArray<{ m: TriggerMatch; type: CompiledType }>,
  tokens: readonly Token[],
  refs: readonly ActorRef[],
  range: Range,
  spans: Spans,
  before: number,
): ActorRef | undefined {
  if (!type.answers?.length) return undefined;
  const answered = matches
    .filter(({ m, type: t }) => type.answers!.includes(t.id) && m.words[0]! < before)
    .sort((a, b) => b.m.words[0]! - a.m.words[0]!)[0];
  if (!answered) return undefined;
  const slot = answered.m.slots.source;
  return (slot && spans.find((x) => x.from === slot.from && x.to === slot.to)?.ref) ?? subjectRef(tokens, refs, range, answered.m.from);
}
