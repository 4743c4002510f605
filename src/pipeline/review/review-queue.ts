// What an article's annotation asks of a reviewer: its relations, mentions and proposed actors with
// their review states, read leniently from the YAML (a file the build refuses still gets listed,
// so that a reviewer can see what is in it).
import { parseDocument } from 'yaml';
import { defaultRelationId } from '../annotations';
import type { MentionItem, ProposedActorItem, RelationItem, ReviewCounts } from '../../domain/review-api';
import { INPUT_REVIEW_STATES, type InputReviewState } from '../schemas';

export type { MentionItem, ProposedActorItem, RelationItem, ReviewCounts } from '../../domain/review-api';

export interface ReviewQueue {
  relations: RelationItem[];
  mentions: MentionItem[];
  actors: ProposedActorItem[];
  counts: { relations: ReviewCounts; mentions: ReviewCounts };
  /** Why the lists are empty although the file is not: it is not YAML, or not a map. */
  problem?: string;
}

type Raw = Record<string, unknown>;

/** The review summary of one annotation text (an empty text is an article nobody annotated yet). */
export function reviewItems(annotationText: string): ReviewQueue {
  const queue: ReviewQueue = { relations: [], mentions: [], actors: [], counts: { relations: zero(), mentions: zero() } };
  const doc = parseDocument(annotationText);
  const error = doc.errors[0];
  if (error) return { ...queue, problem: `YAML syntax error: ${error.message.split('\n')[0] ?? ''}` };
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return queue;
  if (!isRaw(data)) return { ...queue, problem: 'the annotation is not a map of title, actors, mentions and relations' };

  for (const [i, r] of list(data.relations).entries()) {
    if (!isRaw(r)) continue;
    // Absent means a person wrote it; the build reads it as reviewed.
    const review = reviewOf(r.review, 'reviewed');
    queue.relations.push({
      id: text(r.id) ?? defaultRelationId(i),
      source: text(r.source) ?? '',
      type: text(r.type) ?? '',
      target: text(r.target) ?? '',
      quote: text(r.quote) ?? '',
      ...optional(r, ['within', 'status', 'when', 'date', 'saidBy', 'reportedBy', 'note']),
      review,
      ...draft(r),
    });
    queue.counts.relations[review]++;
  }
  for (const [index, m] of list(data.mentions).entries()) {
    if (!isRaw(m)) continue;
    const review = reviewOf(m.review, 'reviewed');
    queue.mentions.push({ index, actor: text(m.actor) ?? null, quote: text(m.quote) ?? '', ...optional(m, ['within']), review, ...draft(m) });
    queue.counts.mentions[review]++;
  }
  for (const a of list(data.actors)) {
    if (!isRaw(a)) continue;
    const aliases = list(a.aliases).flatMap((x) => (typeof x === 'string' ? [x] : []));
    queue.actors.push({
      id: text(a.id) ?? '',
      label: text(a.label) ?? '',
      kind: text(a.kind) ?? '',
      ...optional(a, ['role', 'description', 'affiliation']),
      ...(aliases.length ? { aliases } : {}),
      // A proposal waits for a merge or a new registry entry, whatever its file says.
      review: reviewOf(a.review, 'suggested'),
      ...draft(a),
    });
  }
  return queue;
}

const zero = (): ReviewCounts => ({ suggested: 0, reviewed: 0, rejected: 0 });

function isRaw(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Texts as written; unquoted years and numbers read as numbers and are shown as their text. */
function text(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

function optional(raw: Raw, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.flatMap((k) => (text(raw[k]) !== undefined ? [[k, text(raw[k])!]] : [])));
}

/** An unknown state (a typo the build will name) still asks for a look. */
function reviewOf(v: unknown, absent: InputReviewState): InputReviewState {
  if (v === undefined || v === null) return absent;
  return (INPUT_REVIEW_STATES as readonly unknown[]).includes(v) ? (v as InputReviewState) : 'suggested';
}

function draft(raw: Raw): { confidence?: number; rule?: string } {
  return {
    ...(typeof raw.confidence === 'number' ? { confidence: raw.confidence } : {}),
    ...(typeof raw.rule === 'string' ? { rule: raw.rule } : {}),
  };
}
