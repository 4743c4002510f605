// What a reviewer can do to one article's annotation (and, for actors, to the registry). The
// explorer sends these to the workspace server, which applies them to the YAML files through the
// document model; the same schema checks the request body on the server.
import { z } from 'zod';
import { CLAIM_STATUSES } from './graph-contract';

const text = z.string().max(4000).regex(/\S/, 'must not be empty');
const actorId = z.string().max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an actor id in kebab-case');
const relationId = z.string().max(100).regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'expected a relation id such as r01 or d03');

/** Fields of a relation a reviewer may set; `null` removes an optional field. */
export const relationFieldsSchema = z.strictObject({
  source: actorId.optional(),
  type: actorId.optional(),
  target: actorId.optional(),
  status: z.enum(CLAIM_STATUSES).nullable().optional(),
  when: text.nullable().optional(),
  date: text.nullable().optional(),
  saidBy: actorId.nullable().optional(),
  reportedBy: actorId.nullable().optional(),
  note: text.nullable().optional(),
});
export type RelationFields = z.infer<typeof relationFieldsSchema>;

export const newRelationSchema = z.strictObject({
  source: actorId,
  type: actorId,
  target: actorId,
  quote: text,
  within: text.optional(),
  status: z.enum(CLAIM_STATUSES).optional(),
  when: text.optional(),
  date: text.optional(),
  saidBy: actorId.optional(),
  reportedBy: actorId.optional(),
});
export type NewRelation = z.infer<typeof newRelationSchema>;

export const reviewActionSchema = z.discriminatedUnion('kind', [
  /** A suggested relation becomes reviewed. */
  z.strictObject({ kind: z.literal('accept-relation'), id: relationId }),
  /** A suggested relation is kept in the file as `review: rejected` and left out of the graph. */
  z.strictObject({ kind: z.literal('reject-relation'), id: relationId }),
  /** Fields change and the relation becomes reviewed. */
  z.strictObject({ kind: z.literal('edit-relation'), id: relationId, set: relationFieldsSchema }),
  /** A new reviewed relation quoting the article exactly. */
  z.strictObject({ kind: z.literal('add-relation'), relation: newRelationSchema }),
  /** A reviewed mention of an actor at a quote. */
  z.strictObject({ kind: z.literal('add-mention'), mention: z.strictObject({ actor: actorId, quote: text, within: text.optional() }) }),
  /** A proposed actor is an existing registry actor: its name becomes an alias there, the draft's references move to it. */
  z.strictObject({ kind: z.literal('merge-actor'), proposed: actorId, into: actorId }),
  /** A proposed actor joins the registry with this kind (and label). */
  z.strictObject({ kind: z.literal('create-actor'), proposed: actorId, actorKind: actorId.optional(), label: text.optional() }),
  /** An actor nobody proposed joins the registry (a corrected source or target). */
  z.strictObject({ kind: z.literal('new-actor'), id: actorId, label: text, actorKind: actorId }),
]);
export type ReviewAction = z.infer<typeof reviewActionSchema>;

/** An actor id made from a label: "Amir Khan Muttaqi" → "amir-khan-muttaqi". */
export function actorIdOf(label: string): string {
  return (
    label
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’ʼ]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'actor'
  );
}

/** One line for undo menus and conflict messages. */
export function describeAction(a: ReviewAction): string {
  switch (a.kind) {
    case 'accept-relation':
      return `accept ${a.id}`;
    case 'reject-relation':
      return `reject ${a.id}`;
    case 'edit-relation':
      return `edit ${a.id}`;
    case 'add-relation':
      return `new relation ${a.relation.source} ${a.relation.type} ${a.relation.target}`;
    case 'add-mention':
      return `mention of ${a.mention.actor}`;
    case 'merge-actor':
      return `merge ${a.proposed} into ${a.into}`;
    case 'create-actor':
      return `create actor ${a.proposed}`;
    case 'new-actor':
      return `new actor ${a.id}`;
  }
}
