// How each relation type of the taxonomy (data/curated/relation-types.yaml) reads as a verb, so that
// a claim can be said in plain words. The graph contract carries no phrasing, so it lives here,
// keyed by type id; a type missing from this table (an imported graph's) reads generically.
//
// Placeholders: {o} the object, {its} the subject's possessive (its/their), {list} the kind of
// list a listing or removal is about, {is} is/are.

export interface VerbForms {
  /** After "decided to", "plans to", "hopes to": "remove {o} from {its} {list}". */
  base: string;
  /** A reported fact: "removed {o} from {its} {list}". */
  past: string;
  /** After "is accused of": "removing {o} from {its} {list}". */
  gerund: string;
  /** A standing tie reads in the present ("{is} part of {o}"), not as an event. */
  standing?: boolean;
  /** Describes who someone is or where words came from, not an event: not among an actor's key claims. */
  background?: boolean;
}

const forms = (base: string, past: string, gerund: string, extra: Partial<VerbForms> = {}): VerbForms => ({ base, past, gerund, ...extra });

const VERBS = new Map<string, VerbForms>([
  ['delisting', forms('remove {o} from {its} {list}', 'removed {o} from {its} {list}', 'removing {o} from {its} {list}')],
  ['listing', forms('put {o} on {its} {list}', 'put {o} on {its} {list}', 'putting {o} on {its} {list}')],
  ['consultation', forms('hold talks with {o}', 'held talks with {o}', 'holding talks with {o}')],
  ['hosting', forms('host {o}', 'hosted {o}', 'hosting {o}')],
  ['participation', forms('take part in {o}', 'took part in {o}', 'taking part in {o}')],
  ['support', forms('support {o}', 'supported {o}', 'supporting {o}')],
  ['pledge', forms('keep up ties with {o}', 'pledged to keep up ties with {o}', 'pledging to keep up ties with {o}')],
  // Accepting an envoy is a step towards recognition, not recognition itself: never say more.
  ['recognition', forms('take a step towards recognising {o}', 'took a step towards recognising {o}', 'taking a step towards recognising {o}')],
  ['withdrawal', forms('pull out of {o}', 'pulled out of {o}', 'pulling out of {o}')],
  ['opposition', forms('oppose {o}', 'opposed {o}', 'opposing {o}')],
  ['accusation', forms('accuse {o}', 'accused {o}', 'accusing {o}')],
  // The denial's target is the accuser.
  ['denial', forms('deny the charges of {o}', 'denied the charges of {o}', 'denying the charges of {o}')],
  ['appeal', forms('call on {o}', 'called on {o}', 'calling on {o}')],
  ['affiliation', forms('be part of {o}', '{is} part of {o}', 'being part of {o}', { standing: true, background: true })],
  ['reports', forms('quote {o}', 'quoted {o}', 'quoting {o}', { background: true })],
]);

/** Fighting differs by target: armed force in a country, or fighting an armed actor. */
const INTERVENTION_IN_COUNTRY = forms('use armed force in {o}', 'used armed force in {o}', 'using armed force in {o}');
const INTERVENTION_AGAINST_ACTOR = forms('fight {o}', 'fought {o}', 'fighting {o}');

/** A person is affiliated with a state or body; a body is part of it. */
const PERSON_AFFILIATION = forms('be affiliated with {o}', '{is} affiliated with {o}', 'being affiliated with {o}', { standing: true, background: true });

/** The verb forms of a type, or undefined for a type the taxonomy does not have. */
export function verbFormsOf(typeId: string, ends: { sourceKind?: string | undefined; targetKind?: string | undefined } = {}): VerbForms | undefined {
  if (typeId === 'intervention') return ends.targetKind === 'state' ? INTERVENTION_IN_COUNTRY : INTERVENTION_AGAINST_ACTOR;
  if (typeId === 'affiliation' && ends.sourceKind === 'person') return PERSON_AFFILIATION;
  return VERBS.get(typeId);
}

/** The type ids this table phrases (a test checks it covers the taxonomy). */
export function phrasedTypeIds(): string[] {
  return [...VERBS.keys(), 'intervention'];
}

/**
 * What a listing or a removal is about, in the words of its evidence: a list of terrorist
 * organisations, a sanctions list, a list of banned organisations; else just "list".
 */
export function listKind(texts: readonly string[]): string {
  const all = texts.join(' ');
  if (/terror/i.test(all)) return 'list of terrorist organisations';
  if (/sanction/i.test(all)) return 'sanctions list';
  if (/\b(?:ban|banned|outlaw|outlawed|prohibited)\b/i.test(all)) return 'list of banned organisations';
  return 'list';
}
