// The skeleton of a synthetic corpus: actors, and which relation (source, type, target) goes into
// which document. Degrees follow a power law by preferential attachment: an endpoint is usually
// drawn from the list of all relation ends so far, so actors that already have many relations get
// more. Everything else (wording, statuses, dates) is rendered per document from its own seeded
// stream, so a document can be re-rendered on demand without holding the corpus in memory.
import type { RelationType } from '../../domain/graph-contract';
import { generateActors, type ActorKind, type SyntheticActor } from './actors';
import { wordingFor, type Constraint, type TypeWording } from './phrases';
import { Rng, hashSeed, mixSeed } from './prng';

export class CorpusOptionsError extends Error {}

export interface PlanOptions {
  seed: string | number;
  /** Default: a third of the relations. */
  actors?: number;
  /** Graph mode: total number of relations (documents follow from it). */
  relations?: number;
  /** Articles mode: number of documents (relations follow from it). */
  articles?: number;
  types: readonly RelationType[];
}

export interface CorpusPlan {
  seed: number;
  actors: SyntheticActor[];
  types: RelationType[];
  wording: TypeWording[];
  relSource: Int32Array;
  relTarget: Int32Array;
  relType: Int32Array;
  /** Relations of document d are docStart[d] .. docStart[d + 1] - 1. */
  docStart: Int32Array;
  persons: number[];
  media: number[];
  /** Actors with a capital (states), for datelines. */
  states: number[];
  /** Persons by the actor their role serves: the natural speakers for that actor. */
  personsOf: Map<number, number[]>;
}

/** Chance that an endpoint is drawn from the relation ends so far rather than uniformly. */
const ATTACHMENT = 0.85;
/** Chance that an endpoint is the document's focus actor (the source of its first relation). */
const FOCUS = 0.35;
/** Relations per document: 2–10, mostly 4–6. */
const DOC_SIZE_WEIGHTS = [1, 2, 3, 3, 3, 2, 2, 1, 1];
const GATHERINGS: ReadonlySet<ActorKind> = new Set(['forum', 'event-series']);
/** Who keeps terrorist and sanctions lists. */
const LISTERS: ReadonlySet<ActorKind> = new Set(['state', 'government', 'igo', 'agency']);
const PARTICIPANTS: ReadonlySet<ActorKind> = new Set(['state', 'government', 'igo', 'armed-group', 'agency', 'person']);
/** Bodies that belong to a state. */
const BODIES: ReadonlySet<ActorKind> = new Set(['government', 'military', 'agency', 'media']);
/** Who attacks, deploys, seizes or withdraws. */
const FORCES: ReadonlySet<ActorKind> = new Set(['state', 'government', 'armed-group', 'military']);

export function allows(constraint: Constraint, s: ActorKind, t: ActorKind): boolean {
  switch (constraint) {
    case 'hosting':
      return (s === 'state' || s === 'government') && GATHERINGS.has(t);
    case 'participation':
      return PARTICIPANTS.has(s) && GATHERINGS.has(t);
    case 'affiliation':
      return (
        (s === 'person' && t !== 'person' && !GATHERINGS.has(t)) ||
        (BODIES.has(s) && t === 'state') ||
        ((s === 'state' || s === 'government') && t === 'igo')
      );
    case 'reports':
      return s === 'media' && t !== 'media' && !GATHERINGS.has(t);
    case 'membership':
      return ((t === 'igo' || t === 'forum') && (s === 'state' || s === 'government' || s === 'agency')) || (t === 'armed-group' && s === 'person');
    case 'role':
      return s === 'person' && t !== 'person' && !GATHERINGS.has(t);
    case 'listing':
      return LISTERS.has(s) && t === 'armed-group';
    case 'recognition':
      return (s === 'state' || s === 'government' || s === 'igo') && (t === 'state' || t === 'government' || t === 'armed-group');
    case 'force':
      return FORCES.has(s) && !GATHERINGS.has(t) && t !== 'media';
    default:
      return !GATHERINGS.has(s) && !GATHERINGS.has(t);
  }
}

function checkOptions(opts: PlanOptions): void {
  const whole = (name: string, value: number | undefined, min: number): void => {
    if (value !== undefined && (!Number.isInteger(value) || value < min)) {
      throw new CorpusOptionsError(`--${name} must be a whole number of at least ${min} (got ${value})`);
    }
  };
  whole('actors', opts.actors, 2);
  whole('relations', opts.relations, 1);
  whole('articles', opts.articles, 1);
  if ((opts.relations === undefined) === (opts.articles === undefined)) {
    throw new CorpusOptionsError('give either a number of relations or a number of articles');
  }
  if (opts.types.length === 0) throw new CorpusOptionsError('the relation taxonomy is empty');
}

export function planCorpus(opts: PlanOptions): CorpusPlan {
  checkOptions(opts);
  const seed = hashSeed(opts.seed);
  const types = [...opts.types];
  const wording = wordingFor(types);

  const sizeRng = new Rng(mixSeed(seed, 3));
  const drawSize = (): number => 2 + sizeRng.weighted(DOC_SIZE_WEIGHTS);
  const sizes: number[] = [];
  if (opts.articles !== undefined) {
    for (let d = 0; d < opts.articles; d += 1) sizes.push(drawSize());
  } else {
    for (let left = opts.relations ?? 0; left > 0; ) {
      const size = Math.min(left, drawSize());
      sizes.push(size);
      left -= size;
    }
  }
  const total = sizes.reduce((a, b) => a + b, 0);
  const actorCount = opts.actors ?? Math.max(2, Math.round(total / 3));
  if (actorCount > 2 * total) {
    throw new CorpusOptionsError(`--actors (${actorCount}) can be at most twice the number of relations (${total}): every actor takes part in a relation`);
  }
  const docStart = new Int32Array(sizes.length + 1);
  for (const [d, size] of sizes.entries()) docStart[d + 1] = docStart[d]! + size;

  const actors = generateActors(new Rng(mixSeed(seed, 2)), actorCount);
  const n = actors.length;
  const kinds = actors.map((a) => a.kind);

  const rng = new Rng(mixSeed(seed, 1));
  // Mildly skewed type frequencies, in a seeded order, so every type stays common enough to appear.
  const typeWeight = new Array<number>(types.length);
  for (const [rank, t] of rng.shuffled(types.map((_, i) => i)).entries()) typeWeight[t] = 1 / Math.sqrt(rank + 1);

  const relSource = new Int32Array(total);
  const relTarget = new Int32Array(total);
  const relType = new Int32Array(total);
  const ends = new Int32Array(2 * total);
  let endsLen = 0;
  let introduced = 0;
  let focus = -1;

  const attach = (): number => (endsLen > 0 && rng.next() < ATTACHMENT ? ends[rng.int(endsLen)]! : rng.int(introduced));
  const partner = (): number => (focus >= 0 && rng.next() < FOCUS ? focus : attach());

  /** A type and orientation that fit the two actors' kinds, or undefined. */
  const fit = (a: number, b: number): [number, number, number] | undefined => {
    const candidates: Array<[number, number, number]> = [];
    const weights: number[] = [];
    for (let t = 0; t < types.length; t += 1) {
      const c = wording[t]!.constraint;
      if (allows(c, kinds[a]!, kinds[b]!)) {
        candidates.push([a, b, t]);
        weights.push(typeWeight[t]!);
      }
      if (allows(c, kinds[b]!, kinds[a]!)) {
        candidates.push([b, a, t]);
        weights.push(typeWeight[t]!);
      }
    }
    return candidates.length ? candidates[rng.weighted(weights)] : undefined;
  };

  for (let d = 0; d < sizes.length; d += 1) {
    focus = -1;
    for (let i = docStart[d]!; i < docStart[d + 1]!; i += 1) {
      // Introduce actors at an even pace, so that every actor ends up with at least one relation.
      const due = Math.min(n, Math.max(2, Math.ceil(((i + 1) * n) / total)));
      const fresh = due - introduced;
      let chosen: [number, number, number] | undefined;
      let a = -1;
      let b = -1;
      for (let attempt = 0; attempt < 8 && !chosen; attempt += 1) {
        if (fresh >= 2) {
          a = introduced;
          b = introduced + 1;
        } else if (fresh === 1) {
          a = introduced;
          b = introduced > 0 ? partner() : a;
        } else {
          a = partner();
          b = attach();
        }
        if (a === b) b = (a + 1 + rng.int(introduced - 1)) % introduced;
        chosen = fit(a, b);
      }
      // Kinds that fit no type in this taxonomy: take any type rather than skip the actor.
      chosen ??= [a, b, rng.weighted(typeWeight)];
      const [s, t, type] = chosen;
      introduced += Math.max(0, fresh);
      relSource[i] = s;
      relTarget[i] = t;
      relType[i] = type;
      ends[endsLen++] = s;
      ends[endsLen++] = t;
      if (focus < 0) focus = s;
    }
  }
  coverAllTypes(types, wording, kinds, relSource, relTarget, relType);

  const persons: number[] = [];
  const media: number[] = [];
  const states: number[] = [];
  const personsOf = new Map<number, number[]>();
  for (const actor of actors) {
    if (actor.kind === 'person') persons.push(actor.index);
    if (actor.kind === 'media') media.push(actor.index);
    if (actor.capital) states.push(actor.index);
    if (actor.role) {
      const list = personsOf.get(actor.role.of) ?? [];
      list.push(actor.index);
      personsOf.set(actor.role.of, list);
    }
  }
  return { seed, actors, types, wording, relSource, relTarget, relType, docStart, persons, media, states, personsOf };
}

/** Retypes a few relations so that every type of the taxonomy occurs at least once (when possible). */
function coverAllTypes(
  types: readonly RelationType[],
  wording: readonly TypeWording[],
  kinds: readonly ActorKind[],
  relSource: Int32Array,
  relTarget: Int32Array,
  relType: Int32Array,
): void {
  const count = new Array<number>(types.length).fill(0);
  for (const t of relType) count[t] = (count[t] ?? 0) + 1;
  for (let missing = 0; missing < types.length; missing += 1) {
    if (count[missing] !== 0) continue;
    const c = wording[missing]!.constraint;
    for (let i = 0; i < relType.length; i += 1) {
      const old = relType[i]!;
      if (count[old]! < 2) continue;
      const s = relSource[i]!;
      const t = relTarget[i]!;
      const straight = allows(c, kinds[s]!, kinds[t]!);
      if (!straight && !allows(c, kinds[t]!, kinds[s]!)) continue;
      if (!straight) {
        relSource[i] = t;
        relTarget[i] = s;
      }
      relType[i] = missing;
      count[old]! -= 1;
      count[missing] = 1;
      break;
    }
  }
}
