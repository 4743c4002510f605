// Provenance rules over a built graph: properties a reader can check by eye against the article.
// "A graph that shows a rumour as a fact, or links an actor to a sentence about someone else, is a
// defect." Each rule is a pure function returning its findings; the build reports them at the
// annotation line (errors on reviewed claims, warnings on suggested ones).
import { unfoldClaims } from '../domain/claims/reports';
import { resolveTimeExpression } from '../domain/dates';
import type { GraphEdge, GraphFile, GraphNode, Mention, ReviewState, Sentence } from '../domain/graph-contract';

export interface EdgeFinding {
  kind: 'edge';
  rule: string;
  review: ReviewState;
  edgeId: string;
  /** The edge's field at fault: `saidBy`, `status`, `evidence[1]`, `when`, `date`, … */
  field: string;
  message: string;
}
export interface MentionFinding {
  kind: 'mention';
  rule: string;
  review: ReviewState;
  nodeId: string;
  mention: Mention;
  message: string;
}
export type ProvenanceFinding = EdgeFinding | MentionFinding;

/** The time fields of a relation as written, by edge id. */
export interface TimeInput {
  when?: string;
  relativeTo?: string;
  date?: string;
}
export type TimeInputs = ReadonlyMap<string, TimeInput>;

/** Year each actor came into being, from the registry's `from` (Russia 1991, the Taliban 1994). */
export type FirstYears = ReadonlyMap<string, number>;

/** Rules apply to each article's relations: a claim told by several articles is checked report by report. */
export function checkProvenance(graph: GraphFile, times: TimeInputs, firstYears: FirstYears = new Map()): ProvenanceFinding[] {
  const g = unfoldClaims(graph);
  return [
    ...unmentionedActors(g),
    ...evidenceAboutSomeoneElse(g),
    ...claimsWithoutSpeaker(g),
    ...speakersNotNearEvidence(g),
    ...hedgesShownAsFact(g),
    ...dateProblems(g, times),
    ...mentionFindings(g, firstYears),
  ];
}

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

const finding = (rule: string, e: GraphEdge, field: string, message: string): EdgeFinding => ({ kind: 'edge', rule, review: e.review ?? 'reviewed', edgeId: e.id, field, message });
const statusOf = (e: GraphEdge): string => e.status ?? 'asserted';
/** The document of an edge: edge ids are `<document id>#<relation id>`. */
export const edgeDocument = (e: GraphEdge): string => e.id.slice(0, e.id.lastIndexOf('#'));


/** A sentence that is one quotation and nothing else: news style attributes it in the sentence before. */
const isBareQuotation = (s: Sentence): boolean => /^“[^“”]*”$/.test(s.text);

// Words that make a claim someone's words. "quoted" is left out: "was quoted by TASS" is the
// article's own statement about a report, and the reporting edge rests on no one's word.
const SPEECH = 'said|says|saying|stated|states|told|tells|pledged|pledges|alleged|alleges|describes|described|called on|calls on|welcomed|welcomes|praised|praises|refuted|refutes|announced|announcements|reported|reports';
const SPEECH_IN_QUOTE = new RegExp(`\\b(?:${SPEECH})\\b`);
/** "X reported Friday that …", "as saying that …": indirect speech introducing the quote (not "on the same day that"). */
const SPEECH_FRAME_BEFORE = new RegExp(`\\b(?:${SPEECH})\\b(?:\\s+[\\p{L}’']+){0,2}\\s+that\\s*$`, 'u');
/** Time words right after a speech verb ("reported Friday", "told reporters Thursday") date the statement. */
const SPEECH_JUST_BEFORE = new RegExp(`\\b(?:${SPEECH})\\b(?:\\s+[\\p{L}’']+){0,2}\\s+$`, 'u');

/** Whether the edge's main quote (the first evidence item) is someone's words rather than the article's. */
function restsOnWords(ix: Index, e: GraphEdge): boolean {
  const ev = e.evidence[0];
  const s = ev && ix.sentences.get(ev.sentenceId);
  if (!ev || !s) return false;
  const before = s.text.slice(0, ev.start - s.start);
  const insideQuotes = (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
  return insideQuotes || /[“”]/.test(ev.quote) || SPEECH_IN_QUOTE.test(ev.quote) || SPEECH_FRAME_BEFORE.test(before);
}

// ---- Actors and evidence ----------------------------------------------------------------------

/** An actor of a claim that no sentence mentions: no reader can find it in the text. */
export function unmentionedActors(g: GraphFile): EdgeFinding[] {
  const unmentioned = new Set(g.nodes.filter((n) => n.mentions.length === 0).map((n) => n.id));
  if (!unmentioned.size) return [];
  const out: EdgeFinding[] = [];
  for (const e of g.edges) {
    for (const role of ['source', 'target', 'saidBy', 'reportedBy'] as const) {
      const actor = e[role];
      if (actor !== undefined && unmentioned.has(actor)) {
        out.push(finding('unmentioned-actor', e, role, `"${actor}" is mentioned in no sentence: give it an alias in data/curated/actors.yaml or a mention in the annotation`));
      }
    }
  }
  return out;
}

/**
 * Every evidence sentence names the edge's source or target, or the speaker the claim rests on
 * (reported speech: "…,” said Kabulov.). The one exception: a follow-on quotation that names no one
 * ("“Hopefully, the final decision will be announced soon.”"), attributed by the sentence before,
 * which must then name the edge's saidBy. Requiring both ends in one sentence would reject honest
 * coding ("A principal decision on this …", where "this" is the Taliban's delisting).
 */
export function evidenceAboutSomeoneElse(g: GraphFile): EdgeFinding[] {
  const ix = indexGraph(g);
  const out: EdgeFinding[] = [];
  for (const e of g.edges) {
    for (const [k, ev] of e.evidence.entries()) {
      const s = ix.sentences.get(ev.sentenceId);
      if (!s || ix.mentions(e.source, s) || ix.mentions(e.target, s) || ix.mentions(e.saidBy, s)) continue;
      if (isBareQuotation(s) && ix.mentions(e.saidBy, ix.neighbour(s, -1))) continue;
      const speaker = e.saidBy !== undefined ? ` nor the speaker ${e.saidBy}` : '';
      out.push(finding('evidence-about-someone-else', e, `evidence[${k}]`, `the evidence sentence names neither ${e.source} nor ${e.target}${speaker}: quote a sentence about them, or add a mention for the words that refer to them`));
    }
  }
  return out;
}

/**
 * A claim that is hoped, alleged, announced or denied, or that rests on someone's words, says
 * whose words. Planned and decided steps may be stated in the article's own voice ("the bill would
 * allow courts to remove …", "the court decided"), so they need a speaker only when quoted.
 * Affiliations are exempt from the second half: standing ties read off names and titles ("the
 * foreign ministry" in Kabulov's indirect speech is Russia's), not anyone's claim.
 */
const NEEDS_SPEAKER = new Set(['hoped', 'alleged', 'announced', 'denied']);

export function claimsWithoutSpeaker(g: GraphFile): EdgeFinding[] {
  const ix = indexGraph(g);
  const out: EdgeFinding[] = [];
  for (const e of g.edges) {
    if (e.saidBy !== undefined) continue;
    if (NEEDS_SPEAKER.has(statusOf(e))) out.push(finding('speaker-missing', e, 'saidBy', `a claim with status ${statusOf(e)} needs \`saidBy\`: whose words is it?`));
    else if (e.type !== 'affiliation' && restsOnWords(ix, e)) {
      out.push(finding('speaker-missing', e, 'saidBy', 'the quote is someone’s words (quotation marks or a speech verb) but `saidBy` is missing'));
    }
  }
  return out;
}

/** The speaker and the outlet are named in an evidence sentence or the sentence just before or after it. */
export function speakersNotNearEvidence(g: GraphFile): EdgeFinding[] {
  const ix = indexGraph(g);
  const out: EdgeFinding[] = [];
  for (const e of g.edges) {
    for (const role of ['saidBy', 'reportedBy'] as const) {
      const actor = e[role];
      if (actor === undefined) continue;
      const near = e.evidence.some((ev) => {
        const s = ix.sentences.get(ev.sentenceId);
        return s !== undefined && [ix.neighbour(s, -1), s, ix.neighbour(s, 1)].some((x) => ix.mentions(actor, x));
      });
      if (!near) out.push(finding('speaker-not-at-evidence', e, role, `${actor} is not named in an evidence sentence or the sentence before or after it`));
    }
  }
  return out;
}

/** Words of hope, allegation or the future in the evidence, or an accusation: the claim is not a plain fact. */
export function hedgesShownAsFact(g: GraphFile): EdgeFinding[] {
  const out: EdgeFinding[] = [];
  for (const e of g.edges) {
    const status = statusOf(e);
    const words = e.evidence.map((ev) => ev.quote).join(' | ');
    const add = (message: string): void => void out.push(finding('hedge-shown-as-fact', e, 'status', message));
    if (/\bhope(?:s|d|fully)?\b/i.test(words) && status !== 'hoped') add(`the evidence speaks of hope but the status is ${status}: use \`status: hoped\``);
    if (/\balleg(?:e|ed|es|ation|ations)\b/i.test(words) && status !== 'alleged') add(`the evidence speaks of an allegation but the status is ${status}: use \`status: alleged\``);
    if (/\bwill\b/.test(words) && status === 'asserted') add('the evidence speaks of the future ("will") but the claim is shown as fact: use planned, announced or hoped');
    // The taxonomy: an accusation is the accuser's word, not an established fact.
    if (e.type === 'accusation' && status === 'asserted') add('an accusation is the accuser’s word, not a fact: use `status: alleged`');
  }
  return out;
}

// ---- Dates ------------------------------------------------------------------------------------

/**
 * Dates from the article's time words: anchored on the publication date unless `relativeTo` is
 * given, equal to what the words resolve to (unless an explicit `date` overrides), and the words
 * visible in the evidence. Time words after a speech verb ("reported Friday") date the statement,
 * so only a verbal relation may take them: a decision reported on Friday was not made on Friday.
 */
export function dateProblems(g: GraphFile, times: TimeInputs): EdgeFinding[] {
  const ix = indexGraph(g);
  const out: EdgeFinding[] = [];
  for (const e of g.edges) {
    const add = (field: string, message: string): void => void out.push(finding('date', e, field, message));
    const input = times.get(e.id) ?? {};
    const info = e.dateInfo;
    const status = statusOf(e);
    if (input.when === undefined) {
      if (info) add('date', 'the date keeps time words (`dateInfo`) that the relation does not give as `when`');
      // A decided, planned or hoped-for deed has no date of its own without time words for it:
      // the day someone spoke of it is the date of the statement, not of the deed.
      if (e.date !== undefined && status !== 'asserted' && ix.modes.get(e.type) !== 'verbal') {
        add('date', `a ${status} deed dated ${e.date} without time words of its own: the day it was spoken of dates the statement, not the deed`);
      }
      continue;
    }
    if (!info || info.text !== input.when) {
      add('when', `the date does not keep the words "${input.when}"`);
      continue;
    }
    const anchor = input.relativeTo ?? ix.published.get(edgeDocument(e));
    if (info.anchor !== anchor) add(input.relativeTo !== undefined ? 'relativeTo' : 'when', `"${info.text}" is anchored on ${info.anchor}, expected ${anchor ?? 'the publication date'}`);
    if (input.date === undefined && anchor !== undefined) {
      const r = resolveTimeExpression(input.when, anchor);
      if (!r.ok || r.date !== e.date || r.precision !== info.precision) add('when', `"${input.when}" from ${anchor} is ${r.ok ? r.date : r.error}, but the edge says ${e.date ?? 'no date'}`);
    }
    // A sentence may open with the words ("In September 2006, …") that a claim cites mid-phrase.
    const words = info.text.toLowerCase();
    const hit = e.evidence.map((ev) => ix.sentences.get(ev.sentenceId)).find((s) => s?.text.toLowerCase().includes(words));
    if (!hit) {
      add('when', `the time words "${info.text}" are not in the evidence sentences: quote the sentence that dates it (with \`also\`)`);
      continue;
    }
    const before = hit.text.slice(0, hit.text.indexOf(info.text));
    if (SPEECH_JUST_BEFORE.test(before) && ix.modes.get(e.type) !== 'verbal') {
      add('when', `"${info.text}" dates a statement (it follows a speech verb), but ${e.type} is not a verbal relation: leave \`when\` out`);
    }
  }
  return out;
}

// ---- Mentions: the words of the text the graph links to each actor ----------------------------

export function mentionFindings(g: GraphFile, firstYears: FirstYears = new Map()): MentionFinding[] {
  return [...aliasMentionsNotAliases(g), ...sharedSpans(g), ...anachronisticMentions(g, firstYears)];
}

/**
 * A mention is suggested if it or its actor is, or if its article is a draft (suggestions and no
 * reviewed claim): nobody has yet read that article's alias matches.
 */
function reviewOf(g: GraphFile): (n: GraphNode, m: Mention) => ReviewState {
  const reviewedDocs = new Set<string>();
  const suggestedDocs = new Set<string>();
  for (const e of g.edges) (e.review === 'suggested' ? suggestedDocs : reviewedDocs).add(edgeDocument(e));
  const docOf = new Map(g.sentences.map((s) => [s.id, s.documentId]));
  for (const n of g.nodes) for (const m of n.mentions) if (m.review === 'suggested') suggestedDocs.add(docOf.get(m.sentenceId) ?? '');
  return (n, m) => {
    const doc = docOf.get(m.sentenceId) ?? '';
    const draft = suggestedDocs.has(doc) && !reviewedDocs.has(doc);
    return m.review === 'suggested' || n.review === 'suggested' || draft ? 'suggested' : 'reviewed';
  };
}

/** An alias match must be one of the actor's own alias texts; anything else came from an annotation. */
export function aliasMentionsNotAliases(g: GraphFile): MentionFinding[] {
  const review = reviewOf(g);
  return g.nodes.flatMap((n) =>
    n.mentions
      .filter((m) => m.via === 'alias' && (m.text === undefined || !n.aliases.includes(m.text)))
      .map((m): MentionFinding => ({ kind: 'mention', rule: 'alias-mention', review: review(n, m), nodeId: n.id, mention: m, message: `"${m.text ?? ''}" is linked to ${n.id} as an alias, but it is none of its aliases` })),
  );
}

const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'we', 'us', 'our', 'We', 'They', 'Their', 'Our']);

/** The same words given to two actors: only a plural pronoun ("they" = Kazakhstan and Kyrgyzstan) may mean several. */
export function sharedSpans(g: GraphFile): MentionFinding[] {
  const review = reviewOf(g);
  const bySpan = new Map<string, Array<{ n: GraphNode; m: Mention }>>();
  for (const n of g.nodes) {
    for (const m of n.mentions) {
      if (m.text !== undefined && PLURAL_PRONOUNS.has(m.text)) continue;
      const key = `${m.sentenceId}:${m.start}:${m.end}`;
      let list = bySpan.get(key);
      if (!list) bySpan.set(key, (list = []));
      list.push({ n, m });
    }
  }
  const out: MentionFinding[] = [];
  for (const list of bySpan.values()) {
    if (list.length < 2) continue;
    // Point at the annotation's mention when there is one: that is where it is fixed.
    const at = list.find((x) => x.m.via === 'annotation') ?? list[0]!;
    const suggested = list.some((x) => review(x.n, x.m) === 'suggested');
    out.push({
      kind: 'mention',
      rule: 'shared-span',
      review: suggested ? 'suggested' : 'reviewed',
      nodeId: at.n.id,
      mention: at.m,
      message: `"${at.m.text ?? ''}" is linked to ${list.map((x) => x.n.id).join(' and ')}: one span means one actor (only a plural pronoun may mean several)`,
    });
  }
  return out;
}

// An actor cannot be meant by a sentence that speaks only of years before it existed: this is how
// a capital-city metonym goes wrong ("a pro-Moscow government in Kabul" in 1979 is the Soviet Union
// and the communist government, not the Russian Federation and the Taliban). Years come from the
// registry's `from`. A sentence can also recall the past in the present ("Russia recalled the
// winter of 1985"), so this is a warning to look at, never an error.
export function anachronisticMentions(g: GraphFile, firstYears: FirstYears): MentionFinding[] {
  const review = reviewOf(g);
  const sentences = new Map(g.sentences.map((s) => [s.id, s]));
  const yearsCache = new Map<string, number[]>();
  const yearsOf = (sentenceId: string): number[] => {
    let years = yearsCache.get(sentenceId);
    if (!years) yearsCache.set(sentenceId, (years = [...(sentences.get(sentenceId)?.text ?? '').matchAll(/\b(1[6-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]))));
    return years;
  };
  const out: MentionFinding[] = [];
  for (const n of g.nodes) {
    const first = firstYears.get(n.id);
    if (first === undefined) continue;
    for (const m of n.mentions) {
      const years = yearsOf(m.sentenceId);
      if (!years.length || Math.max(...years) >= first) continue;
      out.push({
        kind: 'mention',
        rule: 'anachronism',
        review: review(n, m),
        nodeId: n.id,
        mention: m,
        message: `"${m.text ?? ''}" is read as ${n.id}, which did not exist before ${first}, in a sentence about ${years.join(', ')}: add an \`except\` to the alias in data/curated/actors.yaml or a mention in the annotation`,
      });
    }
  }
  return out;
}
