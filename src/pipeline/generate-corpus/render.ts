// Renders one synthetic news article from the corpus plan: text in the seed's format
// (" date YYYY-MM-DD PLACE — " then paragraphs separated by blank lines), its sentences, every
// actor mention with exact offsets, and each relation with its evidence quote, status, speaker and
// time words. A document is a pure function of (plan, index), so it can be rendered again later.
import type { ClaimStatus } from '../../domain/graph-contract';
import { drawClaim } from './claims';
import { FIRST_DAY, LAST_DAY, isoDay, pad2, type RenderedWhen } from './dates';
import { DocBuilder, type RenderedMention } from './doc-builder';
import type { CorpusPlan } from './plan';
import type { Phrase } from './phrases';
import { Rng, mixSeed } from './prng';

export type { Precision, RenderedWhen } from './dates';
export type { RenderedMention } from './doc-builder';

export interface RenderedEvidence {
  sentence: number;
  start: number;
  end: number;
  quote: string;
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

const MAX_ATTEMPTS = 6;

export function docId(index: number): string {
  return `syn-${String(index + 1).padStart(6, '0')}`;
}

interface Draft {
  relation: Omit<RenderedRelation, 'evidence'>;
  /** How the sentence reads (see Claim.shown). */
  shown: ClaimStatus;
  spans: Array<{ sentence: number; start: number; end: number }>;
}

function renderAttempt(plan: CorpusPlan, index: number, attempt: number): { doc: RenderedDoc; drafts: Draft[] } {
  const rng = new Rng(mixSeed(plan.seed, 0xd0c, index, attempt));
  const { actors } = plan;
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
  for (let r = first; r < last; r += 1) {
    const s = plan.relSource[r]!;
    const t = plan.relTarget[r]!;
    const type = plan.relType[r]!;
    const phrases = plan.wording[type]!.phrases;
    const phrase: Phrase = rng.pick(phrases);
    const claim = drawClaim(plan, rng, published, s, t, type);
    const { shown, speaker, reportedBy, tail } = claim;
    const form = rng.int(4);
    const restate = shown === 'asserted' && rng.chance(0.12);
    const draft: Draft = {
      relation: {
        localId: `r${pad2(r - first + 1)}`,
        source: s,
        target: t,
        type,
        status: claim.status,
        ...(claim.saidBy !== undefined ? { saidBy: claim.saidBy } : {}),
        ...(reportedBy !== undefined ? { reportedBy } : {}),
        ...(claim.note !== undefined ? { note: claim.note } : {}),
        ...(claim.when ? { when: claim.when } : {}),
      },
      shown,
      spans: [],
    };
    drafts.push(draft);

    const clause = (): void => {
      b.actor(s);
      switch (shown) {
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
      if (speaker === undefined) {
        quoted(clause);
        const by = claim.accordingTo ?? reportedBy;
        if (by !== undefined) {
          b.text(', according to ');
          b.actor(by);
        }
      } else if (shown === 'alleged' || shown === 'denied') {
        // The speaker's own verb carries the status: "P alleged that S …", "P denied that S …".
        quoted(() => {
          b.person(speaker, true);
          b.text(shown === 'alleged' ? ' alleged that ' : ' denied that ');
          b.actor(s);
          b.text(' ');
          b.verb(phrase.past, t);
          if (shown === 'alleged') b.text(tail);
        });
        if (reportedBy !== undefined) {
          b.text(', ');
          b.actor(reportedBy);
          b.text(' reported');
        }
      } else if (reportedBy !== undefined && form < 2) {
        b.person(speaker, true);
        b.text(' was quoted by ');
        b.actor(reportedBy);
        b.text(' as saying that ');
        quoted(clause);
      } else if (reportedBy !== undefined) {
        b.text('“');
        quoted(clause);
        b.text(',” ');
        b.person(speaker, false);
        b.text(' told ');
        b.actor(reportedBy);
      } else if (form === 0) {
        b.person(speaker, true);
        b.text(' said that ');
        quoted(clause);
      } else {
        b.text('“');
        quoted(clause);
        b.text(',” said ');
        b.person(speaker, false);
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
  const headShown = drafts[0]!.shown;
  const doc: RenderedDoc = {
    index,
    id: docId(index),
    title: headline(plan, head, headShown, rng.pick(plan.wording[head.type]!.phrases)),
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

function headline(plan: CorpusPlan, r: Omit<RenderedRelation, 'evidence'>, shown: ClaimStatus, phrase: Phrase): string {
  const s = plan.actors[r.source]!.label;
  const fill = (pattern: string): string => pattern.replace('{T}', plan.actors[r.target]!.label);
  switch (shown) {
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
