// Renders one synthetic news article from the corpus plan: text in the seed's format
// (" date YYYY-MM-DD PLACE — " then paragraphs separated by blank lines), its sentences, every
// actor mention with exact offsets, and each relation with its evidence quote, status, speaker and
// time words. A document is a pure function of (plan, index), so it can be rendered again later.
import type { ClaimStatus } from '../../domain/graph-contract';
import type { SyntheticActor } from './actors';
import type { CorpusPlan } from './plan';
import type { Phrase } from './phrases';
import { Rng, mixSeed } from './prng';

export type Precision = 'day' | 'week' | 'month' | 'year' | 'decade' | 'interval';

export interface RenderedMention {
  actor: number;
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export interface RenderedEvidence {
  sentence: number;
  start: number;
  end: number;
  quote: string;
}

export interface RenderedWhen {
  /** The article's words, e.g. "Friday", "last week", "since 2003". */
  text: string;
  /** EDTF. */
  date: string;
  precision: Precision;
  /** Words a date parser may not know ("three years ago"): the annotation states the date too. */
  explicit: boolean;
}

export interface RenderedRelation {
  localId: string;
  source: number;
  target: number;
  type: number;
  status: ClaimStatus;
  saidBy?: number;
  reportedBy?: number;
  note?: string;
  when?: RenderedWhen;
  evidence: RenderedEvidence[];
}

export interface RenderedDoc {
  index: number;
  id: string;
  title: string;
  published: string;
  place: string;
  text: string;
  bodyStart: number;
  sentences: Array<{ start: number; end: number }>;
  /** In text order. */
  mentions: RenderedMention[];
  relations: RenderedRelation[];
  /** Relations left out because no rendering gave them a unique quote (expected: none). */
  dropped: number;
}

const STATUS_WEIGHTS: Array<[ClaimStatus, number]> = [
  ['asserted', 62],
  ['decided', 7],
  ['announced', 8],
  ['planned', 5],
  ['hoped', 5],
  ['alleged', 7],
  ['denied', 6],
];

type DateKind = 'weekday' | 'last-week' | 'month' | 'year' | 'since' | 'years-ago' | 'decade' | 'between' | 'none';
const DATE_WEIGHTS: Array<[DateKind, number]> = [
  ['weekday', 26],
  ['last-week', 8],
  ['month', 10],
  ['year', 14],
  ['since', 7],
  ['years-ago', 5],
  ['decade', 4],
  ['between', 3],
  ['none', 23],
];
const DATES_BY_STATUS: Record<ClaimStatus, ReadonlySet<DateKind>> = {
  asserted: new Set(['weekday', 'last-week', 'month', 'year', 'since', 'years-ago', 'decade', 'between']),
  alleged: new Set(['weekday', 'last-week', 'month', 'year', 'years-ago', 'decade', 'between']),
  decided: new Set(['weekday', 'last-week', 'month', 'year', 'years-ago']),
  announced: new Set(['weekday', 'last-week', 'month', 'year', 'years-ago']),
  planned: new Set(),
  hoped: new Set(),
  denied: new Set(),
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1981, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2024, 11, 31) / DAY_MS;
const EARLIEST_YEAR = 1979;
const MAX_ATTEMPTS = 6;

function pick<T>(rng: Rng, table: ReadonlyArray<[T, number]>): T {
  return table[rng.weighted(table.map(([, w]) => w))]![0];
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function docId(index: number): string {
  return `syn-${String(index + 1).padStart(6, '0')}`;
}

/** Resolves a kind of time expression against the publication day into words, EDTF and precision. */
function drawWhen(rng: Rng, kind: DateKind, published: number): RenderedWhen | undefined {
  const pub = new Date(published * DAY_MS);
  const year = pub.getUTCFullYear();
  const yearBefore = (): number => rng.range(EARLIEST_YEAR, year - 1);
  switch (kind) {
    case 'none':
      return undefined;
    case 'weekday': {
      const day = published - rng.range(1, 6);
      return { text: WEEKDAYS[new Date(day * DAY_MS).getUTCDay()]!, date: isoDay(day), precision: 'day', explicit: false };
    }
    case 'last-week': {
      const monday = published - ((pub.getUTCDay() + 6) % 7) - 7;
      return { text: 'last week', date: `${isoDay(monday)}/${isoDay(monday + 6)}`, precision: 'week', explicit: false };
    }
    case 'month': {
      const back = rng.range(1, 11);
      const m0 = pub.getUTCMonth() - back;
      const y = m0 < 0 ? year - 1 : year;
      const m = (m0 + 12) % 12;
      return { text: `in ${MONTHS[m]}`, date: `${y}-${pad2(m + 1)}`, precision: 'month', explicit: false };
    }
    case 'year': {
      const y = yearBefore();
      return { text: `in ${y}`, date: String(y), precision: 'year', explicit: false };
    }
    case 'since': {
      const y = yearBefore();
      return { text: `since ${y}`, date: `${y}/..`, precision: 'interval', explicit: false };
    }
    case 'years-ago': {
      const n = rng.range(2, 10);
      if (year - n < EARLIEST_YEAR) return drawWhen(rng, 'year', published);
      return { text: `${NUMBERS[n]} years ago`, date: String(year - n), precision: 'year', explicit: true };
    }
    case 'decade': {
      const lastDecade = Math.floor(year / 10) * 10 - 10;
      if (lastDecade < 1980) return drawWhen(rng, 'year', published);
      const decade = 1980 + 10 * rng.int((lastDecade - 1980) / 10 + 1);
      return { text: `in the ${decade}s`, date: `${decade}/${decade + 9}`, precision: 'decade', explicit: false };
    }
    case 'between': {
      if (year - 2 < EARLIEST_YEAR) return drawWhen(rng, 'year', published);
      const from = rng.range(EARLIEST_YEAR, year - 2);
      const to = rng.range(from + 1, year - 1);
      return { text: `between ${from} and ${to}`, date: `${from}/${to}`, precision: 'interval', explicit: true };
    }
  }
}

/** Accumulates the article text and records sentences and mentions with their offsets. */
class DocBuilder {
  private readonly parts: string[] = [];
  len = 0;
  readonly sentences: Array<{ start: number; end: number }> = [];
  readonly mentions: RenderedMention[] = [];
  private readonly seen = new Set<number>();
  private inParagraph = false;
  private sentenceStart = -1;

  constructor(
    private readonly actors: readonly SyntheticActor[],
    private readonly rng: Rng,
  ) {}

  text(s: string): void {
    this.parts.push(s);
    this.len += s.length;
  }

  paragraph(): void {
    if (this.sentences.length > 0) this.text('\n\n');
    this.inParagraph = false;
  }

  begin(): void {
    if (this.inParagraph) this.text(' ');
    this.inParagraph = true;
    this.sentenceStart = this.len;
  }

  end(): void {
    this.sentences.push({ start: this.sentenceStart, end: this.len });
  }

  mentioned(actor: number): boolean {
    return this.seen.has(actor);
  }

  /** Writes an actor's name: the label on first mention, then often its short form. */
  actor(index: number, surface?: string): void {
    const a = this.actors[index]!;
    let text = surface ?? a.label;
    if (!surface && this.seen.has(index) && a.short && this.rng.chance(0.6)) text = a.short;
    this.seen.add(index);
    this.mentions.push({ actor: index, sentence: this.sentences.length, start: this.len, end: this.len + text.length, text });
    this.text(text);
  }

  /** A person's name, introduced with their role on first mention ("Amir Tovask, the envoy of Veloria"). */
  person(index: number, comma: boolean): void {
    const first = !this.seen.has(index);
    this.actor(index);
    const role = this.actors[index]!.role;
    if (first && role && this.rng.chance(0.6)) {
      this.text(`, the ${role.title} of `);
      this.actor(role.of, this.actors[role.of]!.label);
      if (comma) this.text(',');
    }
  }

  verb(phrase: string, target: number): void {
    const at = phrase.indexOf('{T}');
    this.text(phrase.slice(0, at));
    this.actor(target);
    this.text(phrase.slice(at + 3));
  }

  build(): string {
    return `${this.parts.join('')}\n`;
  }
}

interface Draft {
  relation: Omit<RenderedRelation, 'evidence'>;
  spans: Array<{ sentence: number; start: number; end: number }>;
}

function renderAttempt(plan: CorpusPlan, index: number, attempt: number): { doc: RenderedDoc; drafts: Draft[] } {
  const rng = new Rng(mixSeed(plan.seed, 0xd0c, index, attempt));
  const { actors, persons, media } = plan;
  const first = plan.docStart[index]!;
  const last = plan.docStart[index + 1]!;
  const published = FIRST_DAY + rng.int(LAST_DAY - FIRST_DAY + 1);
  const publishedIso = isoDay(published);

  // Dateline: the capital of a state in the lead relation, else of any state.
  const lead = [plan.relSource[first]!, plan.relTarget[first]!].map((i) => actors[i]!).find((a) => a.capital);
  const states = plan.states;
  const datelineState = lead ?? (states.length ? actors[states[rng.int(Math.min(states.length, 50))]!] : undefined);
  const place = (datelineState?.capital ?? 'GENEVA').toUpperCase();

  const b = new DocBuilder(actors, rng);
  b.text(` date ${publishedIso} ${place} — `);
  const bodyStart = b.len;
  const drafts: Draft[] = [];
  const units: Array<() => void> = [];

  const pronoun = (i: number): string => actors[i]!.pronoun;
  const speakerFor = (s: number, t: number): number | undefined => {
    const own = plan.personsOf.get(s);
    let p: number | undefined;
    if (own && own.length > 0 && rng.chance(0.7)) p = rng.pick(own);
    else if (persons.length > 0) p = persons[Math.floor(persons.length * rng.next() ** 2)];
    return p === s || p === t ? undefined : p;
  };
  const outletFor = (s: number, t: number): number | undefined => {
    if (media.length === 0) return undefined;
    const m = media[Math.floor(media.length * rng.next() ** 2)]!;
    return m === s || m === t ? undefined : m;
  };

  for (let r = first; r < last; r += 1) {
    const s = plan.relSource[r]!;
    const t = plan.relTarget[r]!;
    const type = plan.relType[r]!;
    const phrases = plan.wording[type]!.phrases;
    const phrase: Phrase = rng.pick(phrases);
    const status = plan.wording[type]!.assertedOnly ? 'asserted' : pick(rng, STATUS_WEIGHTS);
    const dateKind = pick(rng, DATE_WEIGHTS);
    const when = DATES_BY_STATUS[status].has(dateKind) ? drawWhen(rng, dateKind, published) : undefined;
    const speakerChance = status === 'alleged' ? 0.6 : status === 'denied' ? 0.5 : 0.3;
    const saidBy = rng.chance(speakerChance) ? speakerFor(s, t) : undefined;
    const reportedBy = rng.chance(saidBy !== undefined ? 0.35 : 0.06) ? outletFor(s, t) : undefined;
    const form = rng.int(4);
    const restate = status === 'asserted' && rng.chance(0.12);
    const draft: Draft = {
      relation: {
        localId: `r${pad2(r - first + 1)}`,
        source: s,
        target: t,
        type,
        status,
        ...(saidBy !== undefined ? { saidBy } : {}),
        ...(reportedBy !== undefined ? { reportedBy } : {}),
        ...(when ? { when } : {}),
      },
      spans: [],
    };
    const who = saidBy !== undefined ? actors[saidBy]!.label : 'unnamed sources';
    if (status === 'alleged') draft.relation.note = `Alleged by ${who}; not confirmed.`;
    if (status === 'denied') draft.relation.note = `Denied by ${saidBy !== undefined ? who : actors[s]!.label}; reported as a denial, not as a fact.`;
    drafts.push(draft);
    const tail = when ? (when.precision === 'day' ? ` on ${when.text}` : ` ${when.text}`) : '';

    const clause = (): void => {
      b.actor(s);
      switch (status) {
        case 'asserted':
          b.text(' ');
          b.verb(phrase.past, t);
          b.text(tail);
          break;
        case 'decided':
          b.text(tail ? ` decided${tail} to ` : ' has decided to ');
          b.verb(phrase.base, t);
          break;
        case 'announced':
          b.text(` announced${tail} that ${pronoun(s)} would `);
          b.verb(phrase.base, t);
          break;
        case 'planned':
          b.text(' plans to ');
          b.verb(phrase.base, t);
          break;
        case 'hoped':
          b.text(' hopes to ');
          b.verb(phrase.base, t);
          break;
        case 'alleged':
          b.text(' allegedly ');
          b.verb(phrase.past, t);
          b.text(tail);
          break;
        case 'denied':
          b.text(` denied that ${pronoun(s)} `);
          b.verb(phrase.past, t);
          break;
      }
    };
    const quoted = (fn: () => void): void => {
      const start = b.len;
      fn();
      draft.spans.push({ sentence: b.sentences.length, start, end: b.len });
    };

    units.push(() => {
      b.begin();
      if (saidBy === undefined) {
        quoted(clause);
        if (reportedBy !== undefined) {
          b.text(', according to ');
          b.actor(reportedBy);
        }
      } else if (status === 'alleged' || status === 'denied') {
        // The speaker's own verb carries the status: "P alleged that S …", "P denied that S …".
        quoted(() => {
          b.person(saidBy, true);
          b.text(status === 'alleged' ? ' alleged that ' : ' denied that ');
          b.actor(s);
          b.text(' ');
          b.verb(phrase.past, t);
          if (status === 'alleged') b.text(tail);
        });
        if (reportedBy !== undefined) {
          b.text(', ');
          b.actor(reportedBy);
          b.text(' reported');
        }
      } else if (reportedBy !== undefined && form < 2) {
        b.person(saidBy, true);
        b.text(' was quoted by ');
        b.actor(reportedBy);
        b.text(' as saying that ');
        quoted(clause);
      } else if (reportedBy !== undefined) {
        b.text('“');
        quoted(clause);
        b.text(',” ');
        b.person(saidBy, false);
        b.text(' told ');
        b.actor(reportedBy);
      } else if (form === 0) {
        b.person(saidBy, true);
        b.text(' said that ');
        quoted(clause);
      } else {
        b.text('“');
        quoted(clause);
        b.text(',” said ');
        b.person(saidBy, false);
      }
      b.text('.');
      b.end();
    });

    if (restate) {
      const polarity = plan.types[type]!.polarity;
      units.push(() => {
        b.begin();
        quoted(() => {
          b.actor(s);
          b.text(polarity === 'conflict' ? ' defended the ' : polarity === 'cooperation' ? ' welcomed the ' : ' confirmed the ');
          b.verb(phrase.noun, t);
        });
        b.text('.');
        b.end();
      });
    }
  }

  // Context sentences that make no claim, placed after the lead.
  const fillerCount = 1 + rng.int(3);
  const docActors = (): number[] => [...new Set(b.mentions.map((m) => m.actor))];
  const fillers: Array<() => void> = [
    () => {
      const withCapital = docActors().filter((i) => actors[i]!.capital);
      if (withCapital.length === 0) return fillers[2]!();
      b.text('Officials in ');
      const i = rng.pick(withCapital);
      b.actor(i, actors[i]!.capital);
      b.text(' did not respond to requests for comment.');
    },
    () => {
      const others = docActors().filter((i) => actors[i]!.kind !== 'person');
      if (others.length === 0) return fillers[3]!();
      b.actor(rng.pick(others));
      b.text(' has not commented publicly on the matter.');
    },
    () => b.text('Analysts said the move could reshape the balance of power in the region.'),
    () => b.text('The announcement came amid rising tensions in the region.'),
    () => b.text('Diplomats said further meetings were expected in the coming weeks.'),
    () => {
      const people = docActors().filter((i) => actors[i]!.kind === 'person');
      if (people.length === 0) return fillers[4]!();
      b.actor(rng.pick(people));
      b.text(' declined to give further details.');
    },
  ];
  for (let k = 0; k < fillerCount; k += 1) {
    const filler = rng.pick(fillers);
    units.splice(1 + rng.int(units.length), 0, () => {
      b.begin();
      filler();
      b.end();
    });
  }

  // The lead stands alone, as in news copy; later paragraphs hold one or two sentences.
  for (const [k, unit] of units.entries()) {
    if (k <= 1 || rng.chance(0.6)) b.paragraph();
    unit();
  }

  const text = b.build();
  const head = drafts[0]!.relation;
  const doc: RenderedDoc = {
    index,
    id: docId(index),
    title: headline(plan, head, rng.pick(plan.wording[head.type]!.phrases)),
    published: publishedIso,
    place,
    text,
    bodyStart,
    sentences: b.sentences,
    mentions: b.mentions,
    relations: [],
    dropped: 0,
  };
  return { doc, drafts };
}

function headline(plan: CorpusPlan, r: Omit<RenderedRelation, 'evidence'>, phrase: Phrase): string {
  const s = plan.actors[r.source]!.label;
  const fill = (pattern: string): string => pattern.replace('{T}', plan.actors[r.target]!.label);
  switch (r.status) {
    case 'asserted':
      return `${s} ${fill(phrase.pres)}`;
    case 'decided':
      return `${s} decides to ${fill(phrase.base)}`;
    case 'announced':
      return `${s} announces it will ${fill(phrase.base)}`;
    case 'planned':
      return `${s} plans to ${fill(phrase.base)}`;
    case 'hoped':
      return `${s} hopes to ${fill(phrase.base)}`;
    case 'alleged':
      return `Report says ${s} ${fill(phrase.past)}`;
    case 'denied':
      return `${s} denies it ${fill(phrase.past)}`;
  }
}

function occursOnce(text: string, quote: string): boolean {
  const at = text.indexOf(quote);
  return at >= 0 && text.indexOf(quote, at + 1) < 0;
}

/**
 * Renders document `index`. Every evidence quote must occur exactly once in the text (the
 * annotation format requires it); if one does not, the document is rendered again with other
 * choices, and after several tries the offending relations are left out.
 */
export function renderDocument(plan: CorpusPlan, index: number): RenderedDoc {
  for (let attempt = 0; ; attempt += 1) {
    const { doc, drafts } = renderAttempt(plan, index, attempt);
    const relations: RenderedRelation[] = [];
    for (const draft of drafts) {
      const evidence = draft.spans.map((span) => ({ ...span, quote: doc.text.slice(span.start, span.end) }));
      if (evidence.every((e) => occursOnce(doc.text, e.quote))) relations.push({ ...draft.relation, evidence });
    }
    const dropped = drafts.length - relations.length;
    if (dropped === 0 || attempt + 1 >= MAX_ATTEMPTS) return { ...doc, relations, dropped };
  }
}
