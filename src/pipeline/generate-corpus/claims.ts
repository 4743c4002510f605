// What a synthetic relation claims and on whose word, decided before its sentence is written, the
// way a careful annotator would code the sentence (see "Relations are claims" in the README and the
// provenance rules in src/pipeline/provenance.ts):
// - hoped, announced and denied claims are someone's words: the person quoted, else the subject
//   ("Kozherovia denied that it …" rests on Kozherovia's word);
// - an allegation names who alleges it: a person ("P alleged that …") or the outlet that carries it
//   ("S allegedly …, according to M");
// - a deed that is itself speech ("S praised T", "S called on T", "S accused T") is the subject's
//   word, and an accusation is alleged, not a fact;
// - time words right after "announced" date the announcement, so only a verbal relation takes them
//   as its date; the sentence keeps them, the annotation leaves `when` out.
import type { ClaimStatus } from '../../domain/graph-contract';
import { DATES_BY_STATUS, DATE_WEIGHTS, drawWhen, pick, type RenderedWhen } from './dates';
import type { CorpusPlan } from './plan';
import type { Rng } from './prng';

const STATUS_WEIGHTS: Array<[ClaimStatus, number]> = [
  ['asserted', 62],
  ['decided', 7],
  ['announced', 8],
  ['planned', 5],
  ['hoped', 5],
  ['alleged', 7],
  ['denied', 6],
];

/** Statuses that always rest on someone's words: with no one quoted, the subject's. */
const SUBJECT_SPEAKS: ReadonlySet<ClaimStatus> = new Set(['hoped', 'announced', 'denied']);

export interface Claim {
  /** How the sentence reads. Differs from `status` for accusations: "S accused T" is written plainly and coded as alleged. */
  shown: ClaimStatus;
  /** The annotation's status. */
  status: ClaimStatus;
  /** A person whose words frame the sentence: "P said that …", "“…,” said P", "P alleged that …". */
  speaker?: number;
  /** An outlet named as the source of an allegation: "S allegedly …, according to M". */
  accordingTo?: number;
  saidBy?: number;
  reportedBy?: number;
  /** The time words as annotated, if they date this relation. */
  when?: RenderedWhen;
  /** The time words as written after the verb (" on Friday", " in 2017"), or "". */
  tail: string;
  note?: string;
}

/** A person to quote for a claim between s and t: usually one who speaks for s. */
function speakerFor(plan: CorpusPlan, rng: Rng, s: number, t: number): number | undefined {
  const own = plan.personsOf.get(s);
  const { persons } = plan;
  let p: number | undefined;
  if (own && own.length > 0 && rng.chance(0.7)) p = rng.pick(own);
  else if (persons.length > 0) p = persons[Math.floor(persons.length * rng.next() ** 2)];
  return p === s || p === t ? undefined : p;
}

export function outletFor(plan: CorpusPlan, rng: Rng, s: number, t: number): number | undefined {
  const { media } = plan;
  if (media.length === 0) return undefined;
  const m = media[Math.floor(media.length * rng.next() ** 2)]!;
  return m === s || m === t ? undefined : m;
}

/** Draws the status, time words, speaker and outlet of relation (s, type, t) in an article published on day `published`. */
export function drawClaim(plan: CorpusPlan, rng: Rng, published: number, s: number, t: number, type: number): Claim {
  const wording = plan.wording[type]!;
  let shown: ClaimStatus = wording.assertedOnly ? 'asserted' : pick(rng, STATUS_WEIGHTS);
  const dateKind = pick(rng, DATE_WEIGHTS);
  const drawn = DATES_BY_STATUS[shown].has(dateKind) ? drawWhen(rng, dateKind, published) : undefined;
  const speakerChance = shown === 'alleged' ? 0.6 : shown === 'denied' ? 0.5 : 0.3;
  let speaker = rng.chance(speakerChance) ? speakerFor(plan, rng, s, t) : undefined;
  let reportedBy = rng.chance(speaker !== undefined ? 0.35 : 0.06) ? outletFor(plan, rng, s, t) : undefined;
  let accordingTo: number | undefined;
  if (shown === 'alleged' && speaker === undefined) {
    // Nobody can code an allegation without knowing whose it is: the sentence names a source.
    accordingTo = reportedBy ?? outletFor(plan, rng, s, t) ?? outletFor(plan, rng, s, t);
    reportedBy = undefined;
    if (accordingTo === undefined) speaker = speakerFor(plan, rng, s, t) ?? speakerFor(plan, rng, s, t);
    // A corpus with no one else to allege it (tiny --actors): say it plainly instead.
    if (accordingTo === undefined && speaker === undefined) shown = 'asserted';
  }
  const subjectSpeaks = SUBJECT_SPEAKS.has(shown) || (shown === 'asserted' && wording.speech);
  const saidBy = speaker ?? accordingTo ?? (subjectSpeaks ? s : undefined);
  const status: ClaimStatus = wording.accuses && shown === 'asserted' ? 'alleged' : shown;
  const verbal = plan.types[type]!.mode === 'verbal';
  const when = drawn && (shown !== 'announced' || verbal) ? drawn : undefined;
  const tail = drawn ? (drawn.precision === 'day' ? ` on ${drawn.text}` : ` ${drawn.text}`) : '';

  const label = (i: number | undefined): string => (i === undefined ? 'unnamed sources' : plan.actors[i]!.label);
  let note: string | undefined;
  if (shown === 'alleged') note = `Alleged by ${label(saidBy)}; not confirmed.`;
  else if (status === 'alleged') note = `Accusation by ${label(s)}: the accuser’s word, not an established fact.`;
  else if (status === 'denied') note = `Denied by ${label(saidBy)}; reported as a denial, not as a fact.`;

  return {
    shown,
    status,
    ...(speaker !== undefined ? { speaker } : {}),
    ...(accordingTo !== undefined ? { accordingTo } : {}),
    ...(saidBy !== undefined ? { saidBy } : {}),
    ...(reportedBy !== undefined ? { reportedBy } : {}),
    ...(when ? { when } : {}),
    tail,
    ...(note !== undefined ? { note } : {}),
  };
}
