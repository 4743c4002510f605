// Synthetic actors: made-up but plausible names built from seeded syllables and word lists, so
// that no real person or organization is implied. Every surface string is unique across the
// registry, so alias matching in the pipeline can never be ambiguous.
import type { Rng } from './prng';
import { templateWords } from './phrases';

export const ACTOR_KINDS = [
  'state',
  'government',
  'armed-group',
  'igo',
  'forum',
  'event-series',
  'media',
  'person',
  'military',
  'agency',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface SyntheticActor {
  index: number;
  id: string;
  label: string;
  kind: ActorKind;
  /** All surface strings, the label first. */
  aliases: string[];
  /** A shorter surface used for later mentions in an article: acronym, surname or capital. */
  short?: string;
  /** Persons only: title and the actor they serve. */
  role?: { title: string; of: number };
  description: string;
  pronoun: 'it' | 'he' | 'she';
  /** States only: the capital, also an alias (used as metonym, "Marovo said…"), and the dateline. */
  capital?: string;
}

// The first actors get the highest degrees (preferential attachment), so they are the kinds
// that are hubs in real news: states, organizations, armed groups.
const OPENING: ActorKind[] = ['state', 'igo', 'state', 'armed-group', 'person', 'government', 'forum', 'media', 'military', 'agency', 'event-series', 'person'];
const HUB_WEIGHTS: Array<[ActorKind, number]> = [['state', 35], ['igo', 12], ['armed-group', 15], ['person', 18], ['government', 12], ['military', 4], ['agency', 4]];
const TAIL_WEIGHTS: Array<[ActorKind, number]> = [['person', 36], ['state', 7], ['government', 12], ['armed-group', 10], ['igo', 5], ['forum', 3], ['event-series', 2], ['media', 7], ['military', 8], ['agency', 10]];

// Single consonants listed several times: clusters stay occasional, names stay pronounceable.
const SINGLE = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'y', 'h'];
const ONSETS = [...SINGLE, ...SINGLE, ...SINGLE, 'br', 'dr', 'gr', 'kr', 'tr', 'st', 'sh', 'kh', 'zh', 'ch'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'k', 'm', 'sh', 't', 'v', 'z', 'nd', 'rk'];
const STATE_SUFFIXES: Array<[string, string]> = [['ia', 'ian'], ['a', 'an'], ['istan', 'i'], ['ovia', 'ovian'], ['ora', 'oran']];

const MALE = ['Amir', 'Daniel', 'Farid', 'Ivan', 'Karim', 'Luca', 'Marek', 'Omar', 'Pavel', 'Rashid', 'Tomas', 'Yusuf', 'Andres', 'Bashir', 'Emil', 'Hamid', 'Jonas', 'Kenji', 'Malik', 'Ravi', 'Samir', 'Viktor', 'Idris', 'Arman'];
const FEMALE = ['Amina', 'Elena', 'Farah', 'Ingrid', 'Layla', 'Maria', 'Nadia', 'Olga', 'Priya', 'Rania', 'Sofia', 'Tamara', 'Yasmin', 'Zara', 'Leila', 'Anya', 'Hana', 'Irina', 'Mira', 'Noor', 'Selin', 'Dalia'];

const GOVERNMENT = ['Foreign Ministry', 'Interior Ministry', 'Defence Ministry', 'Finance Ministry', 'Cabinet', 'Presidential Administration', 'Security Council', 'Justice Ministry', 'Energy Ministry'];
const MILITARY = ['Army', 'Air Force', 'Navy', 'Border Guard', 'Republican Guard', 'Special Forces'];
const AGENCY = ['Intelligence Service', 'Customs Agency', 'Counter-Narcotics Agency', 'Central Bank', 'Election Commission', 'Atomic Energy Agency', 'Migration Service'];
const ARMED: Array<(w: string) => string> = [(w) => `${w} Liberation Front`, (w) => `${w} Brigades`, (w) => `${w} Movement`, (w) => `Army of ${w}`, (w) => `${w} Resistance`, (w) => `${w} Popular Front`, (w) => `Sons of ${w}`];
const IGO: Array<(w: string) => string> = [(w) => `${w} Cooperation Organization`, (w) => `Union of ${w} States`, (w) => `${w} Economic Community`, (w) => `${w} Development Bank`, (w) => `${w} Treaty Organization`];
const FORUM: Array<(w: string) => string> = [(w) => `${w} Format`, (w) => `${w} Dialogue`, (w) => `${w} Process`, (w) => `${w} Contact Group`];
const EVENTS: Array<(w: string) => string> = [(w) => `${w} Security Conference`, (w) => `${w} Economic Forum`, (w) => `${w} Summit`];
const MEDIA: Array<(w: string) => string> = [(w) => `${w} News Agency`, (w) => `${w} Herald`, (w) => `${w} Television`, (w) => `${w} Daily`, (w) => `${w} Radio`];

const STATE_TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'special envoy', 'ambassador', 'deputy foreign minister'];
const GROUP_TITLES = ['leader', 'spokesperson', 'chief negotiator', 'military commander'];
const ORG_TITLES = ['Secretary-General', 'spokesperson', 'envoy', 'deputy head'];
const BODY_TITLES = ['head', 'spokesperson', 'deputy head'];

const KIND_LABEL: Record<ActorKind, string> = {
  state: 'state',
  government: 'government body',
  'armed-group': 'armed group',
  igo: 'intergovernmental organization',
  forum: 'diplomatic forum',
  'event-series': 'recurring conference',
  media: 'news outlet',
  person: 'person',
  military: 'military force',
  agency: 'state agency',
};

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function acronym(label: string): string {
  return label
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w.charAt(0))
    .join('');
}

/** Index skewed towards the start of a list (the prominent states get most ministries, envoys…). */
function skewedIndex(rng: Rng, length: number): number {
  return Math.min(length - 1, Math.floor(length * rng.next() ** 2));
}

function pickWeighted<T>(rng: Rng, table: ReadonlyArray<[T, number]>): T {
  return table[rng.weighted(table.map(([, w]) => w))]![0];
}

class Names {
  /** Lower-cased surface strings and words already taken. */
  private readonly taken = new Set<string>();

  constructor(private readonly rng: Rng) {
    for (const w of templateWords()) this.taken.add(w);
    for (const w of [...MALE, ...FEMALE, ...GOVERNMENT, ...MILITARY, ...AGENCY].flatMap((n) => n.split(/[\s-]+/))) this.taken.add(w.toLowerCase());
    for (const w of ['officials', 'analysts', 'diplomats', 'the', 'state', 'front', 'union', 'army', 'sons', 'news', 'radio', 'daily', 'herald', 'summit', 'format', 'dialogue', 'process']) this.taken.add(w);
  }

  isFree(surface: string): boolean {
    return !this.taken.has(surface.toLowerCase());
  }

  claim(surface: string): void {
    this.taken.add(surface.toLowerCase());
  }

  /** A fresh capitalized word of two or three syllables, never used before. */
  word(allowLong = true): string {
    for (;;) {
      const syllables = allowLong && this.rng.chance(0.2) ? 3 : 2;
      let w = '';
      for (let i = 0; i < syllables; i += 1) {
        w += this.rng.pick(ONSETS) + this.rng.pick(VOWELS) + (i === syllables - 1 || this.rng.chance(0.2) ? this.rng.pick(CODAS) : '');
      }
      if (w.length < 4 || this.taken.has(w)) continue;
      this.taken.add(w);
      return capitalize(w);
    }
  }

  /** A unique label produced by `make`; retries with fresh inputs until one is free. */
  unique(make: () => string): string {
    for (let attempt = 0; ; attempt += 1) {
      const label = make();
      if (this.isFree(label)) {
        this.claim(label);
        return label;
      }
      if (attempt > 50) throw new Error(`could not find a free name (last tried "${label}")`);
    }
  }
}

interface StateInfo {
  index: number;
  demonym: string;
}

/** Kinds for `count` actors: a fixed opening (every kind present), hub-heavy kinds first, then a mix. */
export function actorKinds(rng: Rng, count: number): ActorKind[] {
  const hubZone = Math.max(OPENING.length, Math.floor(count * 0.02));
  const kinds: ActorKind[] = [];
  for (let i = 0; i < count; i += 1) {
    const opening = OPENING[i];
    if (opening) kinds.push(opening);
    else kinds.push(pickWeighted(rng, i < hubZone ? HUB_WEIGHTS : TAIL_WEIGHTS));
  }
  return kinds;
}

export function generateActors(rng: Rng, count: number): SyntheticActor[] {
  const kinds = actorKinds(rng, count);
  const names = new Names(rng);
  const actors: Array<SyntheticActor | undefined> = new Array(count);
  const states: StateInfo[] = [];
  const usedIds = new Set<string>();

  const make = (index: number, label: string, kind: ActorKind, extra: Partial<SyntheticActor> = {}): void => {
    let id = slug(label);
    for (let n = 2; usedIds.has(id); n += 1) id = `${slug(label)}-${n}`;
    usedIds.add(id);
    const aliases = [label];
    let short: string | undefined;
    // Capitals and surnames are fresh words (already unique); acronyms may clash and are then left out.
    if (extra.capital) aliases.push(extra.capital);
    if (extra.short && extra.short.length >= 2 && (kind === 'person' || names.isFree(extra.short))) {
      names.claim(extra.short);
      aliases.push(extra.short);
      short = extra.short;
    }
    short ??= extra.capital;
    actors[index] = {
      index,
      id,
      label,
      kind,
      aliases,
      description: extra.description ?? `Synthetic ${KIND_LABEL[kind]}.`,
      pronoun: extra.pronoun ?? 'it',
      ...(short ? { short } : {}),
      ...(extra.capital ? { capital: extra.capital } : {}),
    };
  };

  // States first: the other kinds borrow their demonyms.
  for (const [index, kind] of kinds.entries()) {
    if (kind !== 'state') continue;
    let label = '';
    let demonym = '';
    while (!label) {
      const [suffix, demonymSuffix] = rng.pick(STATE_SUFFIXES);
      const stem = names.word(false).replace(/[aeiou]+$/, '');
      if (names.isFree(`${stem}${suffix}`) && names.isFree(`${stem}${demonymSuffix}`)) {
        label = `${stem}${suffix}`;
        demonym = `${stem}${demonymSuffix}`;
      }
    }
    names.claim(label);
    names.claim(demonym);
    const capital = names.word();
    states.push({ index, demonym });
    make(index, label, kind, { capital, description: `Synthetic state; capital ${capital}.` });
  }
  const demonym = (): string => {
    if (states.length === 0) return `${names.word()}ian`;
    return states[skewedIndex(rng, states.length)]!.demonym;
  };
  const wordOrDemonym = (): string => (rng.chance(0.3) && states.length > 0 ? demonym() : names.word());

  const persons: number[] = [];
  for (const [index, kind] of kinds.entries()) {
    switch (kind) {
      case 'state':
        break;
      case 'government':
        make(index, names.unique(() => `${demonym()} ${rng.pick(GOVERNMENT)}`), kind);
        break;
      case 'military':
        make(index, names.unique(() => `${demonym()} ${rng.pick(MILITARY)}`), kind);
        break;
      case 'agency': {
        const label = names.unique(() => `${demonym()} ${rng.pick(AGENCY)}`);
        make(index, label, kind, rng.chance(0.4) ? { short: acronym(label) } : {});
        break;
      }
      case 'armed-group': {
        const label = names.unique(() => rng.pick(ARMED)(wordOrDemonym()));
        make(index, label, kind, rng.chance(0.6) ? { short: acronym(label) } : {});
        break;
      }
      case 'igo': {
        const label = names.unique(() => rng.pick(IGO)(names.word()));
        make(index, label, kind, rng.chance(0.7) ? { short: acronym(label) } : {});
        break;
      }
      case 'forum':
        make(index, names.unique(() => rng.pick(FORUM)(names.word())), kind);
        break;
      case 'event-series':
        make(index, names.unique(() => rng.pick(EVENTS)(names.word())), kind);
        break;
      case 'media': {
        const label = names.unique(() => rng.pick(MEDIA)(names.word()));
        make(index, label, kind, label.endsWith('News Agency') ? { short: acronym(label) } : {});
        break;
      }
      case 'person': {
        const female = rng.chance(0.4);
        const family = names.word();
        const label = names.unique(() => `${rng.pick(female ? FEMALE : MALE)} ${family}`);
        make(index, label, kind, { short: family, pronoun: female ? 'she' : 'he' });
        persons.push(index);
        break;
      }
    }
  }
  const done = actors as SyntheticActor[];

  // Roles point at other actors, so they are assigned once everyone exists.
  const byKind = (wanted: readonly ActorKind[]): number[] => done.filter((a) => wanted.includes(a.kind)).map((a) => a.index);
  const pools: Array<[number[], string[], number]> = [
    [byKind(['state']), STATE_TITLES, 70],
    [byKind(['armed-group']), GROUP_TITLES, 15],
    [byKind(['igo']), ORG_TITLES, 8],
    [byKind(['government', 'agency', 'military']), BODY_TITLES, 7],
  ];
  const available = pools.filter(([pool]) => pool.length > 0);
  for (const index of persons) {
    if (available.length === 0) break;
    const [pool, titles] = available[rng.weighted(available.map(([, , w]) => w))]!;
    const of = pool[skewedIndex(rng, pool.length)]!;
    const title = rng.pick(titles);
    const person = done[index]!;
    person.role = { title, of };
    person.description = `Synthetic person; ${title} of ${done[of]!.label}.`;
  }
  return done;
}

export function roleText(actors: readonly SyntheticActor[], actor: SyntheticActor): string | undefined {
  if (!actor.role) return undefined;
  return `${actor.role.title} of ${actors[actor.role.of]!.label}`;
}
