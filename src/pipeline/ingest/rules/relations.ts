// Claims of one sentence: trigger phrases of the relation types matched on its tokens, their
// source and target from the phrase's slots or the clause (subject before, object after, passive
// voice turned round, "X's list" as the list's owner), expanded over coordinations ("Kazakhstan
// and Kyrgyzstan"), with status, speaker, reporter and time words.
import type { ClaimStatus } from '../../../domain/graph-contract';
import type { ActorRef, SentenceActors } from './actors';
import { SPEECH_FORMS, answeredSource, infinitiveSubject } from './clauses';
import { SPEECH_ACTS, SPEECH_VERBS, attributionOf, statusFromCues, subjectRef, type Attribution } from './cues';
import { pickTime, type DatedPhrase, type PickedTime } from './dating';
import type { TimeWords } from './time-words';
import { matchTrigger, type CompiledType, type MentionSpan, type TriggerMatch } from './triggers';
import { BE_FORMS, CLAUSE_BREAK, tokenAt } from './tokens';

export interface SentenceClaim {
  source: ActorRef;
  target: ActorRef;
  type: string;
  /** Offsets of the words that carry the claim. */
  start: number;
  end: number;
  status?: ClaimStatus;
  saidBy?: string;
  reportedBy?: string;
  time?: PickedTime;
  confidence: number;
  rule: string;
}

export interface ArticleContext {
  /** Speaker → outlet that relayed them earlier in the article ("X was quoted by TASS"). */
  outletOf: Map<string, string>;
  /** Actor → the actor it belongs to, from affiliations found so far ("Lavrov" → Russia). */
  affiliationOf: Map<string, string>;
  /** Actor → its affiliation in the registry, for what the article leaves unsaid. */
  registryAffiliationOf: ReadonlyMap<string, string>;
  kindOf: ReadonlyMap<string, string>;
  /** Actors of the last few sentences, most recent last. */
  recent: ActorRef[];
}

const LIST_WORDS = new Set(['list', 'lists', 'register', 'registry', 'blacklist']);
const NEGATIONS = new Set([
  'not', 'never', 'no', 'without', 'lack', 'opposed', 'refused', 'refuses', 'refuse', "n't", 'nor', 'against', 'unrecognised',
  'unrecognized', 'despite',
]);
/** Negations that oppose the step they govern: "remains opposed to any step toward recognition of X". */
const OPPOSING = new Set(['opposed', 'refused', 'refuses', 'refuse', 'against']);
/** Undo a trigger only when they govern it directly: "remove sanctions on", not "lift sanctions and recognise". */
const UNDOING = new Set(['remove', 'lift', 'ease', 'easing', 'lifting', 'removing']);
const OBJECT_STOP = /^(?:by|[.;:!?“”"])$/;
const PREPOSITIONS = new Set(['in', 'of', 'from', 'to', 'at', 'on', 'with', 'for', 'by', 'since', 'after', 'before', 'during', 'under', 'over', 'into', 'against', 'about', 'between', 'among', 'through', 'across']);
const STOPWORDS = new Set(['and', 'or', 'but', 'that', 'who', 'which', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'said', 'says']);

export function sentenceClaims(s: SentenceActors, types: readonly CompiledType[], times: readonly TimeWords[], ctx: ArticleContext): SentenceClaim[] {
  const { tokens, refs } = s;
  const ranges = new Map<ActorRef, [number, number]>();
  for (const r of refs) {
    const from = tokenAt(tokens, r.start);
    ranges.set(r, [from, Math.max(from + 1, tokenAt(tokens, r.end))]);
  }
  // Refs from earlier sentences (an implicit forum or country) have no tokens here.
  const range = (r: ActorRef): [number, number] => ranges.get(r) ?? (r.start >= s.start && r.end <= s.end ? [tokenAt(tokens, r.start), tokenAt(tokens, r.end)] : [-1, -1]);
  const spans: Array<MentionSpan & { ref: ActorRef }> = refs.map((r) => ({ from: range(r)[0], to: range(r)[1], ref: r }));
  const refOfSpan = (m: MentionSpan | undefined): ActorRef | undefined => (m ? spans.find((x) => x.from === m.from && x.to === m.to)?.ref : undefined);

  const matches: Array<{ m: TriggerMatch; type: CompiledType }> = [];
  for (const type of types) {
    for (const trigger of type.triggers) for (const m of matchTrigger(trigger, tokens, spans, type.roles)) matches.push({ m, type });
  }
  // Where phrases overlap on their words, the more specific (more words and slots) wins.
  const weight = (m: TriggerMatch): number => m.words.length * 2 + Object.keys(m.slots).length * 3;
  // An affiliation is a standing tie beside the event ("appointed X as its ambassador to Y" is both).
  const kept = matches.filter(({ m, type }) => !matches.some(({ m: o, type: t }) => o !== m && (t.id === 'affiliation') === (type.id === 'affiliation') && weight(o) > weight(m) && o.words.some((w) => m.words.includes(w))));

  const attribution = attributionOf(tokens, refs, range);
  const isSpeechAct = (m: TriggerMatch): boolean => SPEECH_ACTS.has(m.trigger.head) || m.words.some((w) => SPEECH_FORMS.has(tokens[w]!.norm));
  const speechActs = kept.filter(({ m }) => isSpeechAct(m)).map(({ m, type }) => phraseOf(m, type));
  const out: SentenceClaim[] = [];
  const seen = new Set<string>();
  // Speech acts with their source, and each claim's head: "Lavrov praised the Taliban for … fighting IS-K" rests on Lavrov's word.
  const spoken: Array<{ end: number; speaker: string }> = [];
  const headOfClaim = new Map<SentenceClaim, number>();
  for (const { m, type: matchedType } of kept) {
    let type = matchedType;
    const head = m.words[0]!;
    let source = refOfSpan(m.slots.source);
    let target = refOfSpan(m.slots.target);
    const passive = !m.slots.target && isPassive(tokens, head);
    if (m.trigger.passiveOnly && !passive) continue;
    const negation = type.id === 'denial' ? undefined : negated(tokens, head);
    if (negation) {
      // Opposing a cooperative step ("opposed to … recognition of the Taliban") is opposition to its target.
      const opposition = type.polarity === 'cooperation' && OPPOSING.has(negation) ? types.find((t) => t.id === 'opposition') : undefined;
      if (!opposition) continue;
      type = opposition;
    }
    let caller = false;
    const slotAfterHead = (m.slots.source?.from ?? -1) > head;
    if (passive || (!target && slotAfterHead)) {
      // "The Taliban were put on Russia's list": the subject is the target.
      target = passiveSubject(spans, tokens, head, () => subjectRef(tokens, refs, range, head));
      source ??= agentAfter(spans, tokens, m.to);
    } else {
      // An infinitive ("for Moscow to remove …", "will continue to abide by …") has its own subject.
      const infinitive = m.slots.source ? undefined : infinitiveSubject(spans, tokens, refs, range, m.from);
      if (infinitive?.caller) caller = true;
      source ??= infinitive ? infinitive.source : subjectRef(tokens, refs, range, m.from);
      target ??= objectAfter(spans, tokens, m.to, source);
    }
    // "…, saying Kabul must improve …": a subject found before "saying" is not the reported clause's;
    // a verbal claim there with no subject of its own is the speaker's.
    const saying = attribution.sayingAt;
    if (saying !== undefined && m.from > saying && !m.slots.source && (!source || range(source)[0] < saying)) source = type.mode === 'verbal' ? attribution.speaker : undefined;
    // A denial's target is the accuser it answers: "Kabul alleged …, charges officials in Islamabad have refuted".
    target ??= answeredSource(type, matches, tokens, refs, range, spans, head);
    if (LIST_WORDS.has(tokens[m.words.at(-1)!]?.norm ?? '') || /list/.test(m.trigger.pattern)) {
      const owner = listOwner(spans, tokens, m);
      if (owner && owner.actor !== target?.actor) source = owner;
    }
    // A forum or a country left implicit ("delegates from …", "forces withdrew"): the nearest one.
    const afterPreposition = (r: ActorRef): boolean => /^(?:in|from|of|to|into|on)$/.test(tokens[range(r)[0] - 1]?.norm ?? '') && tokens[range(r)[1]]?.norm !== "'s";
    const impliedKinds = m.trigger.impliedTarget ?? type.targetKinds;
    if (!target && source && impliedKinds) target = nearestOfKind(refs, ctx.recent, impliedKinds, source.group ?? [source.actor], tokens[head]!.start, afterPreposition);
    // "remove the Taliban from its list" where "its" was read as the Taliban: the clause's subject. Two
    // names of one actor ("in Russia, are Moscow’s allies") mean the phrase was read across clauses.
    if (source && target && source.actor === target.actor && m.slots.source) source = source.via === 'reference' ? subjectRef(tokens, refs, range, m.from) : undefined;
    if (!source || !target) continue;
    // Heads only for ends the phrase did not place itself.
    if (!m.slots.source || type.id !== 'affiliation') source = headOf(spans, tokens, source);
    if (!m.slots.target || type.id !== 'affiliation') target = headOf(spans, tokens, target);
    const speech = caller || isSpeechAct(m) || SPEECH_VERBS.has(tokens[head]!.norm);
    // A title or a name is the article's own words, whoever speaks later in the sentence.
    const attr: Attribution = type.id === 'affiliation' ? {} : { ...attribution };
    // A call for a step ("called for Moscow to build up relations") announces it.
    const status = m.trigger.status ?? statusFromCues(tokens, m.from, m.to, attr.saidBy !== undefined, m.words) ?? (caller ? 'announced' : undefined);
    // A speech act, or an allegation, announcement or denial with no one else named, rests on its
    // source's word; the word of each member of a coordinated source ("Kazakhstan and Kyrgyzstan’s announcements").
    const ownWord = (speech || status === 'alleged' || status === 'announced' || status === 'denied') && !attr.saidBy;
    if (ownWord) attr.saidBy = source.actor;
    if (attr.saidBy && !attr.reportedBy) {
      const outlet = ctx.outletOf.get(attr.saidBy);
      if (outlet) attr.reportedBy = outlet;
    }
    // "We support …," he told: "we" is the speaker's state or movement; with no speaker, nobody.
    const resolveWe = (r: ActorRef): ActorRef | undefined => {
      if (!r.speakersSide) return r;
      if (!attr.saidBy) return undefined;
      const owner = sideOf(ctx, attr.saidBy);
      return { ...r, actor: owner, kind: ctx.kindOf.get(owner) ?? r.kind };
    };
    const time = pickTime(times, tokens, phraseOf(m, type), type, status, speechActs.filter((p) => p.head !== head));
    const sources = (source.group ? source.group : [source.actor]).flatMap((a) => (a === source!.actor ? (resolveWe(source!) ?? []) : [{ ...source!, actor: a }]));
    const ownTarget = resolveWe(target);
    const targets = target.group && type.id !== 'affiliation' ? target.group.map((a) => ({ ...target!, actor: a })) : ownTarget ? [ownTarget] : [];
    for (const src of sources) {
      for (const tgt of targets) {
        if (src.actor === tgt.actor) continue;
        if (type.sourceKinds && !type.sourceKinds.includes(ctx.kindOf.get(src.actor) ?? src.kind)) continue;
        if (type.targetKinds && !type.targetKinds.includes(ctx.kindOf.get(tgt.actor) ?? tgt.kind)) continue;
        const key = `${src.actor}|${type.id}|${tgt.actor}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const saidBy = ownWord && source.group ? src.actor : attr.saidBy;
        // The quote stays in this sentence: an end taken from an earlier one (an implicit forum) is not quoted.
        const here = (r: ActorRef): boolean => r.start >= s.start && r.end <= s.end;
        // A coordination is quoted whole ("China and the United Arab Emirates have … accepted").
        const members = (r: ActorRef): ActorRef[] => (r.group ? refs.filter((x) => r.group!.includes(x.actor) && x.group === r.group) : []);
        const ends = [src, tgt, ...members(source), ...members(target)].filter(here);
        const start = Math.min(tokens[m.from]!.start, ...ends.map((r) => r.start), time?.start ?? Infinity);
        const end = Math.max(tokens[m.to - 1]!.end, ...ends.map((r) => r.end), time?.end ?? 0);
        let confidence = m.trigger.confidence + (m.slots.source ? 0.1 : 0) + (m.slots.target ? 0.1 : 0);
        if (src.via === 'reference' || tgt.via === 'reference') confidence -= 0.15;
        if (src.via === 'name' || tgt.via === 'name') confidence -= 0.1;
        if (speech) spoken.push({ end: m.to, speaker: src.actor });
        out.push({
          source: src,
          target: tgt,
          type: type.id,
          start,
          end,
          ...(status && status !== 'asserted' ? { status } : {}),
          ...(saidBy && saidBy !== tgt.actor ? { saidBy } : {}),
          ...(attr.reportedBy && attr.reportedBy !== src.actor ? { reportedBy: attr.reportedBy } : {}),
          ...(time ? { time } : {}),
          confidence: Math.max(0.05, Math.min(0.95, confidence)),
          rule: type === matchedType ? `${type.id}: ${m.trigger.pattern}` : `${type.id}: ${negation} … ${m.trigger.pattern}`,
        });
        headOfClaim.set(out.at(-1)!, head);
      }
    }
  }
  for (const c of out) {
    const head = headOfClaim.get(c)!;
    const act = c.saidBy ? undefined : spoken.find((x) => x.end <= head && /^(?:for|of)$/.test(tokens[x.end]?.norm ?? '') && !tokens.slice(x.end, head).some((t) => /^[.;:“”"]$/.test(t.norm)));
    if (act && act.speaker !== c.target.actor) c.saidBy = act.speaker;
  }
  return out;
}

/** Kinds that a speaker's "we" can mean: a state, a bloc, a movement or armed group, an international body. */
const SIDE_KINDS = new Set(['state', 'state-group', 'armed-group', 'movement', 'igo']);

/** The side a speaker's "we" means: up the affiliations (the article's, else the registry's) to the first state or movement. */
export function sideOf(ctx: Pick<ArticleContext, 'affiliationOf' | 'registryAffiliationOf' | 'kindOf'>, speaker: string): string {
  let at = speaker;
  const seen = new Set([speaker]);
  while (!SIDE_KINDS.has(ctx.kindOf.get(at) ?? '')) {
    const up = ctx.affiliationOf.get(at) ?? ctx.registryAffiliationOf.get(at);
    if (up === undefined || seen.has(up)) break;
    seen.add(up);
    at = up;
  }
  return at;
}

/** "opposed to any step toward recognition", "has not recognised": the claim is the opposite. */
function negated(tokens: SentenceActors['tokens'], head: number): string | undefined {
  // "lift its formal recognition": within three words, not across "and" or a comma.
  for (let k = head - 1; k >= Math.max(0, head - 3); k--) {
    const t = tokens[k]!.norm;
    if (t === 'and' || t === ',' || t === 'or') break;
    if (UNDOING.has(t)) return t;
  }
  for (let k = head - 1; k >= Math.max(0, head - 12); k--) {
    const t = tokens[k]!.norm;
    if (/^[.;:,“”"]$/.test(t)) return undefined;
    if (NEGATIONS.has(t)) return t;
  }
  return undefined;
}

/** A past participle after a form of "be": "were put", "has been removed", "is no longer included". */
function isPassive(tokens: SentenceActors['tokens'], head: number): boolean {
  const w = tokens[head]!.norm;
  if (!/(?:ed|en|put|held|met|set|cut|made|taken|given|known|seen)$/.test(w)) return false;
  for (let k = head - 1; k >= Math.max(0, head - 4); k--) {
    const t = tokens[k]!.norm;
    if (BE_FORMS.has(t)) return true;
    // "have been heavily criticized": adverbs stand between the auxiliary and the participle.
    if (!/^(?:no|longer|not|also|already|been|being|never|later|once|[a-z]+ly)$/.test(t)) return false;
  }
  return false;
}

function nearestOfKind(refs: readonly ActorRef[], recent: readonly ActorRef[], kinds: readonly string[], not: readonly string[], at: number, placeOk: (r: ActorRef) => boolean): ActorRef | undefined {
  const ok = (r: ActorRef): boolean => kinds.includes(r.kind) && !not.includes(r.actor) && !r.group?.some((g) => not.includes(g));
  // A country left implicit is a place this sentence names ("regained power in Afghanistan"); a
  // forum may have been named sentences before.
  const places = kinds.includes('state');
  const here = refs.filter((r) => ok(r) && (!places || placeOk(r))).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
  if (here[0]) return { ...here[0], group: undefined } as ActorRef;
  if (places) return undefined;
  for (let k = recent.length - 1; k >= 0; k--) if (ok(recent[k]!)) return recent[k];
  return undefined;
}

/** "The Taliban were put on …": the actor right before the auxiliaries of a passive verb. */
function passiveSubject(spans: ReadonlyArray<MentionSpan & { ref: ActorRef }>, tokens: SentenceActors['tokens'], head: number, afterApposition: () => ActorRef | undefined): ActorRef | undefined {
  let k = head - 1;
  while (k >= 0 && (BE_FORMS.has(tokens[k]!.norm) || /^(?:has|have|had|no|longer|not|also|already|never|later|once|been|to|will|would|could|may|[a-z]+ly)$/.test(tokens[k]!.norm))) k--;
  // "Kabulov, the Russian envoy …, was quoted": the subject stands before the apposition.
  if (tokens[k]?.norm === ',') return afterApposition();
  return spans.find((x) => x.to === k + 1)?.ref;
}

function agentAfter(spans: ReadonlyArray<MentionSpan & { ref: ActorRef }>, tokens: SentenceActors['tokens'], from: number): ActorRef | undefined {
  for (let i = from; i < Math.min(tokens.length, from + 4); i++) {
    if (tokens[i]!.norm === 'by') return spans.find((s) => s.from > i && s.from <= i + 4)?.ref;
  }
  return undefined;
}

/** The first actor of the object phrase after `from`; none once a preposition opens another phrase. */
function objectAfter(spans: ReadonlyArray<MentionSpan & { ref: ActorRef }>, tokens: SentenceActors['tokens'], from: number, source: ActorRef | undefined): ActorRef | undefined {
  for (let i = from; i < Math.min(tokens.length, from + 10); i++) {
    const t = tokens[i]!.norm;
    if (OBJECT_STOP.test(t) || CLAUSE_BREAK.has(t)) return undefined;
    const s = spans.find((x) => x.from === i);
    if (s && s.ref.actor !== source?.actor && tokens[i - 1]?.norm !== '-') return s.ref;
    if (i > from && PREPOSITIONS.has(t)) return undefined;
  }
  return undefined;
}

/**
 * The head of the phrase a mention opens: "Taliban Foreign Minister Amir Khan Muttaqi" is
 * Muttaqi; "a regional Islamic State affiliate known as IS-Khorasan" is IS-Khorasan; "the Taliban
 * government" stays the Taliban.
 */
export function headOf(spans: ReadonlyArray<MentionSpan & { ref: ActorRef }>, tokens: SentenceActors['tokens'], ref: ActorRef): ActorRef {
  const own = spans.find((x) => x.ref === ref);
  if (!own) return ref;
  // "Afghanistan’s Taliban government": the possessed actor.
  if (tokens[own.to]?.norm === "'s") {
    const owned = spans.find((x) => x.from > own.to && x.from <= own.to + 2 && !tokens.slice(own.to + 1, x.from).some((t) => PREPOSITIONS.has(t.norm)));
    if (owned) return owned.ref;
  }
  let i = own.to;
  while (i < Math.min(tokens.length, own.to + 5) && /^[\p{L}'-]+$/u.test(tokens[i]!.norm) && !PREPOSITIONS.has(tokens[i]!.norm) && !STOPWORDS.has(tokens[i]!.norm)) {
    const next = spans.find((x) => x.from === i + 1);
    if (next && (next.ref.kind === 'person' || /^(?:known|called|named)$/.test(tokens[i]!.norm))) return next.ref;
    if (tokens[i]!.norm === 'known' && tokens[i + 1]?.norm === 'as') {
      const named = spans.find((x) => x.from === i + 2);
      if (named) return named.ref;
    }
    i++;
  }
  return ref;
}

/** "Moscow’s list", "the Russian list", "Kazakhstan’s list of banned groups": the list's owner. */
function listOwner(spans: ReadonlyArray<MentionSpan & { ref: ActorRef }>, tokens: SentenceActors['tokens'], m: TriggerMatch): ActorRef | undefined {
  for (let i = m.from; i < Math.min(tokens.length, m.to + 3); i++) {
    if (!LIST_WORDS.has(tokens[i]!.norm)) continue;
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const s = spans.find((x) => x.to === k + 1 || x.to === k);
      if (s && (tokens[s.to]?.norm === "'s" || s.to === i || s.to === i - 1 || tokens[s.to]?.norm === 'terrorist')) return s.ref;
    }
  }
  return undefined;
}

const phraseOf = (m: TriggerMatch, type: CompiledType): DatedPhrase => ({ head: m.words[0]!, from: m.from, to: m.to, mode: type.mode });
