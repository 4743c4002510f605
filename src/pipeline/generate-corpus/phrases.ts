// How each relation type reads in a synthetic sentence. Types are matched by id keywords first
// (delisting, hosting, membership…), then by PLOVER type, so that a curated taxonomy with its own
// ids still gets sensible wording; anything else falls back to wording built from its label.
import type { RelationType } from '../../domain/graph-contract';

/** Verb phrases with "{T}" where the target goes; the subject always comes first. */
export interface Phrase {
  past: string;
  base: string;
  /** Headline form: "imposes sanctions on {T}". */
  pres: string;
  /** Noun phrase for a follow-up sentence: "sanctions on {T}". */
  noun: string;
}

/** Which actor kinds a type can join; forums and summits are only hosted or joined. */
export type Constraint =
  | 'default'
  | 'hosting'
  | 'participation'
  | 'membership'
  | 'affiliation'
  | 'role'
  | 'listing'
  | 'force'
  | 'recognition'
  | 'reports';

const p = (past: string, base: string, pres: string, noun: string): Phrase => ({ past, base, pres, noun });

const BY_KEY: Record<string, Phrase[]> = {
  delist: [
    p('removed {T} from its list of terrorist organizations', 'remove {T} from its list of terrorist organizations', 'removes {T} from terrorist list', 'removal of {T} from the terrorist list'),
    p('took {T} off its sanctions list', 'take {T} off its sanctions list', 'takes {T} off sanctions list', 'decision to take {T} off the sanctions list'),
  ],
  designate: [
    p('added {T} to its list of terrorist organizations', 'add {T} to its list of terrorist organizations', 'lists {T} as terrorist organization', 'listing of {T} as a terrorist organization'),
    p('designated {T} as a terrorist organization', 'designate {T} as a terrorist organization', 'designates {T} as terrorist group', 'designation of {T}'),
  ],
  host: [
    p('hosted a meeting of {T}', 'host a meeting of {T}', 'hosts meeting of {T}', 'meeting of {T}'),
    p('hosted the latest round of {T}', 'host the next round of {T}', 'hosts new round of {T}', 'latest round of {T}'),
  ],
  member: [
    p('joined {T}', 'join {T}', 'joins {T}', 'accession to {T}'),
    p('became a full member of {T}', 'become a full member of {T}', 'becomes full member of {T}', 'full membership of {T}'),
  ],
  participate: [
    p('took part in {T}', 'take part in {T}', 'joins {T}', 'participation in {T}'),
    p('sent a delegation to {T}', 'send a delegation to {T}', 'sends delegation to {T}', 'delegation to {T}'),
  ],
  pledge: [
    p('pledged to develop ties with {T}', 'pledge to develop ties with {T}', 'pledges closer ties with {T}', 'pledge of closer ties with {T}'),
    p('vowed to keep up the dialogue with {T}', 'vow to keep up the dialogue with {T}', 'vows continued dialogue with {T}', 'commitment to dialogue with {T}'),
  ],
  recognize: [
    p('granted diplomatic recognition to {T}', 'grant diplomatic recognition to {T}', 'recognizes {T}', 'recognition of {T}'),
    p('accepted an ambassador appointed by {T}', 'accept an ambassador appointed by {T}', 'accepts envoy of {T}', 'accreditation of the envoy of {T}'),
  ],
  withdraw: [
    p('withdrew its troops from {T}', 'withdraw its troops from {T}', 'withdraws troops from {T}', 'withdrawal from {T}'),
    p('pulled its forces out of {T}', 'pull its forces out of {T}', 'pulls forces out of {T}', 'pull-out from {T}'),
  ],
  deny: [
    p('rejected accusations made by {T}', 'reject accusations made by {T}', 'rejects accusations by {T}', 'rebuttal of {T}'),
    p('dismissed claims by {T} as baseless', 'dismiss claims by {T} as baseless', 'dismisses claims by {T}', 'response to {T}'),
  ],
  affiliation: [
    p('was affiliated with {T}', 'become affiliated with {T}', 'is affiliated with {T}', 'affiliation with {T}'),
    p('was formally attached to {T}', 'be formally attached to {T}', 'is attached to {T}', 'ties to {T}'),
  ],
  reports: [
    p('published an interview with {T}', 'publish an interview with {T}', 'publishes interview with {T}', 'interview with {T}'),
    p('quoted remarks by {T}', 'quote remarks by {T}', 'quotes {T}', 'report on remarks by {T}'),
  ],
  role: [
    p('was appointed to represent {T}', 'represent {T}', 'is named to represent {T}', 'appointment to represent {T}'),
    p('took up a senior post with {T}', 'take up a senior post with {T}', 'takes senior post with {T}', 'new post with {T}'),
  ],
  AGREE: [
    p('signed an agreement with {T}', 'sign an agreement with {T}', 'signs agreement with {T}', 'agreement with {T}'),
    p('reached a deal with {T}', 'reach a deal with {T}', 'reaches deal with {T}', 'deal with {T}'),
  ],
  CONSULT: [
    p('held talks with {T}', 'hold talks with {T}', 'holds talks with {T}', 'talks with {T}'),
    p('met a delegation from {T}', 'meet a delegation from {T}', 'meets delegation from {T}', 'meeting with {T}'),
  ],
  SUPPORT: [
    p('voiced support for {T}', 'voice support for {T}', 'backs {T}', 'support for {T}'),
    p('praised {T} for its efforts', 'praise {T} for its efforts', 'praises {T}', 'praise for {T}'),
  ],
  CONCEDE: [
    p('eased restrictions on {T}', 'ease restrictions on {T}', 'eases restrictions on {T}', 'easing of restrictions on {T}'),
    p('made concessions to {T}', 'make concessions to {T}', 'makes concessions to {T}', 'concessions to {T}'),
  ],
  COOPERATE: [
    p('expanded trade ties with {T}', 'expand trade ties with {T}', 'expands trade ties with {T}', 'trade ties with {T}'),
    p('shared intelligence with {T}', 'share intelligence with {T}', 'shares intelligence with {T}', 'intelligence sharing with {T}'),
  ],
  AID: [
    p('sent humanitarian aid to {T}', 'send humanitarian aid to {T}', 'sends aid to {T}', 'aid to {T}'),
    p('delivered food supplies to {T}', 'deliver food supplies to {T}', 'delivers food to {T}', 'food deliveries to {T}'),
  ],
  RETREAT: [
    p('withdrew troops from areas held by {T}', 'withdraw troops from areas held by {T}', 'withdraws troops from areas held by {T}', 'withdrawal from areas held by {T}'),
    p('released detained members of {T}', 'release detained members of {T}', 'releases members of {T}', 'release of members of {T}'),
  ],
  REQUEST: [
    p('called on {T} to release detained aid workers', 'call on {T} to release detained aid workers', 'calls on {T} to free aid workers', 'appeal to {T}'),
    p('asked {T} to return to negotiations', 'ask {T} to return to negotiations', 'asks {T} to resume talks', 'request to {T}'),
  ],
  ACCUSE: [
    p('accused {T} of violating the ceasefire', 'accuse {T} of violating the ceasefire', 'accuses {T} of ceasefire violations', 'accusations against {T}'),
    p('blamed {T} for the border clashes', 'blame {T} for the border clashes', 'blames {T} for border clashes', 'charges against {T}'),
  ],
  REJECT: [
    p('rejected a proposal from {T}', 'reject a proposal from {T}', 'rejects proposal from {T}', 'rejection of the proposal from {T}'),
    p('turned down an offer from {T}', 'turn down an offer from {T}', 'turns down offer from {T}', 'refusal of the offer from {T}'),
  ],
  THREATEN: [
    p('threatened {T} with retaliation', 'threaten {T} with retaliation', 'threatens {T} with retaliation', 'warning to {T}'),
    p('warned {T} of serious consequences', 'warn {T} of serious consequences', 'warns {T}', 'threats against {T}'),
  ],
  PROTEST: [
    p('lodged a formal protest with {T}', 'lodge a formal protest with {T}', 'protests to {T}', 'protest to {T}'),
    p('condemned the policies of {T}', 'condemn the policies of {T}', 'condemns {T}', 'condemnation of {T}'),
  ],
  SANCTION: [
    p('imposed sanctions on {T}', 'impose sanctions on {T}', 'imposes sanctions on {T}', 'sanctions on {T}'),
    p('froze assets linked to {T}', 'freeze assets linked to {T}', 'freezes assets of {T}', 'asset freeze against {T}'),
  ],
  MOBILIZE: [
    p('deployed troops near positions held by {T}', 'deploy troops near positions held by {T}', 'deploys troops near {T}', 'deployment against {T}'),
    p('placed forces on alert against {T}', 'place forces on alert against {T}', 'puts forces on alert against {T}', 'alert against {T}'),
  ],
  COERCE: [
    p('seized property belonging to {T}', 'seize property belonging to {T}', 'seizes property of {T}', 'seizure of property of {T}'),
    p('arrested members of {T}', 'arrest members of {T}', 'arrests members of {T}', 'arrests of members of {T}'),
  ],
  ASSAULT: [
    p('attacked positions held by {T}', 'attack positions held by {T}', 'attacks positions of {T}', 'attack on {T}'),
    p('shelled areas controlled by {T}', 'shell areas controlled by {T}', 'shells areas held by {T}', 'shelling of areas held by {T}'),
  ],
  NEUTRAL: [
    p('established ties with {T}', 'establish ties with {T}', 'establishes ties with {T}', 'ties with {T}'),
    p('opened a liaison office with {T}', 'open a liaison office with {T}', 'opens liaison office with {T}', 'liaison office with {T}'),
  ],
};

/** Id word stems (matched at the start of an id or after a hyphen), tried in order. */
const ID_KEYS: Array<[RegExp, string]> = [
  [/(^|-)(de-?list|unlist|remov)/, 'delist'],
  [/(^|-)(list|designat|blacklist|proscri|terror)/, 'designate'],
  [/(^|-)host/, 'host'],
  [/(^|-)(participat|attend)/, 'participate'],
  [/(^|-)pledge/, 'pledge'],
  [/(^|-)recogni/, 'recognize'],
  [/(^|-)withdraw/, 'withdraw'],
  [/(^|-)(denial|deny|refut)/, 'deny'],
  [/(^|-)affiliat/, 'affiliation'],
  [/(^|-)(member|join|part-of)/, 'member'],
  [/(^|-)(role|envoy|represent|employ|works-for|head-of)/, 'role'],
  [/(^|-)(report|quote)/, 'reports'],
];

function keyFor(type: RelationType): string {
  const id = type.id.toLowerCase();
  for (const [pattern, key] of ID_KEYS) if (pattern.test(id)) return key;
  const plover = type.plover.trim().toUpperCase();
  if (plover && BY_KEY[plover]) return plover;
  if (!plover) return 'NEUTRAL';
  return `label:${type.id}`;
}

const CONSTRAINTS: Record<string, Constraint> = {
  host: 'hosting',
  participate: 'participation',
  member: 'membership',
  affiliation: 'affiliation',
  role: 'role',
  delist: 'listing',
  designate: 'listing',
  reports: 'reports',
  recognize: 'recognition',
  withdraw: 'force',
  ASSAULT: 'force',
  MOBILIZE: 'force',
  RETREAT: 'force',
  COERCE: 'force',
};

/** Types that read oddly as hopes or denials ("denied that it rejected accusations"). */
const ASSERTED_ONLY = new Set(['deny', 'reports']);

/** Wording whose deed is the subject's own words ("praised", "called on", "accused", "warned"). */
const SPEECH = new Set(['pledge', 'deny', 'SUPPORT', 'REQUEST', 'ACCUSE', 'THREATEN', 'PROTEST']);

function fromLabel(label: string): Phrase {
  const what = label.toLowerCase();
  return p(
    `took part in ${what} involving {T}`,
    `take part in ${what} involving {T}`,
    `in ${what} with {T}`,
    `${what} involving {T}`,
  );
}

export interface TypeWording {
  phrases: Phrase[];
  constraint: Constraint;
  /** Only plain assertions, no decided/hoped/denied variants. */
  assertedOnly: boolean;
  /** The deed is said: "S praised T" rests on S's word. */
  speech: boolean;
  /** An accusation: the accuser's word, coded as alleged (the type `accusation` or PLOVER ACCUSE). */
  accuses: boolean;
}

/**
 * Wording for every type. Types that land on the same wording group (two CONSULT types, say)
 * get different variants, so that their sentences stay distinguishable.
 */
export function wordingFor(types: readonly RelationType[]): TypeWording[] {
  const used = new Map<string, number>();
  return types.map((type) => {
    const key = keyFor(type);
    const group = BY_KEY[key];
    const nth = used.get(key) ?? 0;
    used.set(key, nth + 1);
    const constraint = CONSTRAINTS[key] ?? 'default';
    const assertedOnly = ASSERTED_ONLY.has(key);
    const accuses = key === 'ACCUSE' || type.id === 'accusation';
    const phrases = !group ? undefined : nth === 0 ? group : group[nth] ? [group[nth]] : undefined;
    // Wording from the label ("took part in … involving {T}") is no one's words.
    const speech = accuses || (phrases !== undefined && SPEECH.has(key));
    return { phrases: phrases ?? [fromLabel(type.label)], constraint, assertedOnly, speech, accuses };
  });
}

/** Every word the templates use, so that generated names never collide with them. */
export function templateWords(): Set<string> {
  const words = new Set<string>();
  for (const group of Object.values(BY_KEY)) {
    for (const phrase of group) {
      for (const text of [phrase.past, phrase.base, phrase.pres, phrase.noun]) {
        for (const w of text.split(/[^A-Za-z]+/)) if (w) words.add(w.toLowerCase());
      }
    }
  }
  return words;
}
