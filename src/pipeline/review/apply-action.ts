// Applies one reviewer's action to an article's annotation text (and, for actors, to the registry
// text). Pure: texts in, texts out; only the characters the action is about change, so the
// reviewer's git diff shows the decision and nothing else.
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { reviewActionSchema, type ReviewAction } from '../../domain/review-actions';
import { defaultRelationId } from '../annotations';
import { actorSchema, annotationFileSchema, closest, mentionInputSchema, relationInputSchema, type InputReviewState } from '../schemas';
import { pairOf, YamlText, type Fields, type Value, type YMap, type YSeq } from './yaml-text';

export interface ReviewFiles {
  annotation: string;
  actors: string;
}

export type ApplyResult = { ok: true; annotation: string; actors: string; changed: Array<keyof ReviewFiles> } | { ok: false; message: string };

/** Field orders of the schemas: new fields go where a person would write them. */
const RELATION_ORDER = Object.keys(relationInputSchema.shape);
const MENTION_ORDER = Object.keys(mentionInputSchema.shape);
const TOP_ORDER = Object.keys(annotationFileSchema.shape);
const ACTOR_ORDER = Object.keys(actorSchema.shape);
/** Fields of an annotation that name an actor. */
const RELATION_ACTOR_FIELDS = ['source', 'target', 'saidBy', 'reportedBy'];

class Refusal extends Error {}
const refuse = (message: string): never => {
  throw new Refusal(message);
};

export function applyReviewAction(files: ReviewFiles, action: ReviewAction, ctx: { registryIds: ReadonlySet<string> }): ApplyResult {
  const checked = reviewActionSchema.safeParse(action);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, message: `invalid action: ${issue ? `${issue.path.join('.') || 'action'}: ${issue.message}` : 'unknown problem'}` };
  }
  const annotation = YamlText.parse(files.annotation);
  if ('error' in annotation) return { ok: false, message: `the annotation does not parse: ${annotation.error}` };
  // The registry is parsed only by the actions that touch it: a broken registry must not block a relation.
  let registry: YamlText | undefined;
  const openRegistry = (): YamlText => {
    const parsed = YamlText.parse(files.actors);
    if ('error' in parsed) return refuse(`data/curated/actors.yaml does not parse: ${parsed.error}`);
    return (registry = parsed);
  };
  try {
    apply(annotation, openRegistry, checked.data, ctx.registryIds);
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, message: err.message };
    throw err;
  }
  const next = { annotation: annotation.result(), actors: registry?.result() ?? files.actors };
  const changed = (['annotation', 'actors'] as const).filter((k) => next[k] !== files[k]);
  // A safety net: an edit that would leave broken YAML is a bug here, and must not reach the files.
  for (const name of changed) {
    if (parseDocument(next[name]).errors.length) return { ok: false, message: `internal error: the edit would break the YAML of the ${name} file; nothing changed` };
  }
  return { ok: true, ...next, changed };
}

function apply(annotation: YamlText, openRegistry: () => YamlText, action: ReviewAction, registryIds: ReadonlySet<string>): void {
  switch (action.kind) {
    case 'accept-relation':
      return setReview(annotation, findRelation(annotation, action.id), 'reviewed');
    case 'reject-relation':
      return setReview(annotation, findRelation(annotation, action.id), 'rejected');
    case 'edit-relation':
      return editRelation(annotation, findRelation(annotation, action.id), action.set);
    case 'add-relation': {
      const fields = ordered({ id: freshRelationId(annotation), ...action.relation }, RELATION_ORDER);
      return annotation.appendToTopList('relations', [...fields, ['review', 'reviewed']], TOP_ORDER);
    }
    case 'add-mention':
      return annotation.appendToTopList('mentions', [...ordered(action.mention, MENTION_ORDER), ['review', 'reviewed']], TOP_ORDER);
    case 'merge-actor':
      return mergeActor(annotation, openRegistry(), action.proposed, action.into, registryIds);
    case 'create-actor':
      return createActor(annotation, openRegistry(), action, registryIds);
    case 'new-actor':
      return newActor(openRegistry(), action, registryIds);
  }
}

/** A reviewer names an actor the draft did not propose (a relation's new source or target). */
function newActor(r: YamlText, action: Extract<ReviewAction, { kind: 'new-actor' }>, registryIds: ReadonlySet<string>): void {
  const entries = registryEntries(r);
  if (registryIds.has(action.id) || entries.some((e) => e.id === action.id)) refuse(`"${action.id}" is already in the registry: choose it instead`);
  const aliases = newAliases([action.label], [], entries, action.id);
  const fields: Array<readonly [string, Value]> = [['id', action.id], ['label', action.label], ['kind', action.actorKind], ...(aliases.length ? [['aliases', aliases] as const] : [])];
  const root = r.doc.contents;
  if (isSeq(root) && (root.items.length || root.flow)) r.appendItems(root, [fields]);
  else r.appendToEmptyList(fields);
}

// --- relations ------------------------------------------------------------------------------

function relationItems(a: YamlText): Array<{ id: string; map: YMap }> {
  const seq = a.root && pairOf(a.root, 'relations')?.value;
  if (!isSeq(seq)) return [];
  return seq.items.flatMap((item, i) => {
    if (!isMap(item)) return [];
    const id = item.get('id');
    // Like the build: a relation without an id is known by its place in the list.
    return [{ id: id === undefined || id === null ? defaultRelationId(i) : String(id), map: item }];
  });
}

function findRelation(a: YamlText, id: string): YMap {
  const items = relationItems(a);
  const found = items.find((r) => r.id === id);
  if (found) return found.map;
  const hint = closest(id, items.map((r) => r.id));
  return refuse(`no relation "${id}" in this annotation${hint ? `; did you mean "${hint}"?` : ''}`);
}

/** Sets `review`; an absent field already means reviewed, so accepting such a relation writes nothing. */
function setReview(a: YamlText, map: YMap, state: InputReviewState): void {
  const pair = pairOf(map, 'review');
  if (pair && isScalar(pair.value)) {
    if (pair.value.value !== state) a.setScalar(pair.value, state, 'review', map.flow ?? false);
  } else if (pair) {
    refuse('the relation’s `review` field is not a single word; fix it by hand');
  } else if (state !== 'reviewed') a.insertPair(map, 'review', state, RELATION_ORDER);
}

function editRelation(a: YamlText, map: YMap, set: Extract<ReviewAction, { kind: 'edit-relation' }>['set']): void {
  const removed = new Set(Object.entries(set).flatMap(([k, v]) => (v === null && pairOf(map, k) ? [k] : [])));
  for (const key of RELATION_ORDER) {
    const value = set[key as keyof typeof set];
    if (value === undefined) continue;
    const pair = pairOf(map, key);
    if (value === null) {
      if (pair) a.removePair(map, key);
    } else if (!pair) a.insertPair(map, key, value, RELATION_ORDER, removed);
    else if (!isScalar(pair.value)) refuse(`the relation’s \`${key}\` field is not a single value; fix it by hand`);
    // An unchanged value keeps its quoting (`date: "2024-10-04"` stays as written).
    else if (pair.value.value === null || String(pair.value.value) !== value) a.setScalar(pair.value, value, key, map.flow ?? false);
  }
  setReview(a, map, 'reviewed');
}

/** The next r<NN> after the highest one in the file, unused by any explicit or default id. */
function freshRelationId(a: YamlText): string {
  const used = new Set(relationItems(a).map((r) => r.id));
  let n = Math.max(0, ...[...used].map((id) => Number(/^r(\d+)$/.exec(id)?.[1] ?? 0))) + 1;
  while (used.has(defaultRelationId(n - 1))) n++;
  return defaultRelationId(n - 1);
}

/** The defined fields of `obj` in schema order. */
function ordered(obj: Record<string, string | undefined>, order: readonly string[]): Fields {
  return order.flatMap((k) => (obj[k] !== undefined ? [[k, obj[k]] as const] : []));
}

// --- actors ---------------------------------------------------------------------------------

interface Proposed {
  seq: YSeq;
  index: number;
  data: Record<string, unknown>;
}

function findProposed(a: YamlText, id: string): Proposed {
  const seq = a.root && pairOf(a.root, 'actors')?.value;
  const items = isSeq(seq) ? seq.items : [];
  const index = items.findIndex((item) => isMap(item) && item.get('id') === id);
  if (!isSeq(seq) || index < 0) {
    const hint = closest(id, items.flatMap((item) => (isMap(item) ? [String(item.get('id'))] : [])));
    return refuse(`no proposed actor "${id}" in this annotation${hint ? `; did you mean "${hint}"?` : ''}`);
  }
  return { seq, index, data: (items[index] as YMap).toJSON() as Record<string, unknown> };
}

/** Drops the proposal; the last one takes its `actors:` list (and that list's blank line) along. */
function removeProposed(a: YamlText, p: Proposed): void {
  if (p.seq.items.length === 1 && !p.seq.flow) a.removePair(a.root!, 'actors', true);
  else a.removeItem(p.seq, p.index);
}

function registryEntries(r: YamlText): Array<{ id: string; map: YMap }> {
  const root = r.doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return [];
  if (!isSeq(root)) return refuse('data/curated/actors.yaml is not a list of actors');
  return root.items.flatMap((item) => (isMap(item) ? [{ id: String(item.get('id')), map: item }] : []));
}

/** The alias texts of a registry entry (aliases are texts or `{ text, except, during }`). */
function aliasTexts(map: YMap): string[] {
  const aliases = map.get('aliases');
  if (!isSeq(aliases)) return [];
  return aliases.items.flatMap((x) => {
    const text = isMap(x) ? x.get('text') : isScalar(x) ? x.value : undefined;
    return typeof text === 'string' ? [text] : [];
  });
}

function textsOf(data: Record<string, unknown>): string[] {
  const aliases = Array.isArray(data.aliases) ? data.aliases.filter((x): x is string => typeof x === 'string') : [];
  return [...(typeof data.label === 'string' ? [data.label] : []), ...aliases];
}

/**
 * The texts to add as aliases of an actor: not already its label or alias (ignoring case), and not
 * an alias of another actor, which the build refuses ("one text can name only one actor").
 */
function newAliases(texts: string[], own: string[], entries: Array<{ id: string; map: YMap }>, ownId: string): string[] {
  const seen = new Set(own.map((t) => t.trim().toLowerCase()));
  const taken = new Set(entries.filter((e) => e.id !== ownId).flatMap((e) => aliasTexts(e.map)));
  const out: string[] = [];
  for (const raw of texts) {
    const text = raw.trim();
    if (!text || seen.has(text.toLowerCase()) || taken.has(text)) continue;
    seen.add(text.toLowerCase());
    out.push(text);
  }
  return out;
}

function mergeActor(a: YamlText, r: YamlText, proposedId: string, into: string, registryIds: ReadonlySet<string>): void {
  const proposed = findProposed(a, proposedId);
  if (!registryIds.has(into)) refuse(`"${into}" is not in the registry: merge into an actor of data/curated/actors.yaml`);
  const entries = registryEntries(r);
  const target = entries.find((e) => e.id === into) ?? refuse(`"${into}" is not in data/curated/actors.yaml`);

  removeProposed(a, proposed);
  if (proposedId !== into) moveReferences(a, proposedId, into);
  const own = [String(target.map.get('label') ?? ''), ...aliasTexts(target.map)];
  const added = newAliases(textsOf(proposed.data), own, entries, into);
  if (!added.length) return;
  const aliases = pairOf(target.map, 'aliases');
  if (aliases && isSeq(aliases.value) && (aliases.value.items.length || aliases.value.flow)) r.appendItems(aliases.value, added);
  else {
    // `aliases:` with no list after it is replaced by a list.
    if (aliases) r.removePair(target.map, 'aliases');
    r.insertPair(target.map, 'aliases', added, ACTOR_ORDER, new Set(['aliases']));
  }
}

/** Every field of the annotation that names `from` names `to` instead. */
function moveReferences(a: YamlText, from: string, to: string): void {
  const root = a.root;
  if (!root) return;
  const retarget = (list: string, fields: string[]): void => {
    const seq = pairOf(root, list)?.value;
    if (!isSeq(seq)) return;
    for (const item of seq.items) {
      if (!isMap(item)) continue;
      for (const key of fields) {
        const value = pairOf(item, key)?.value;
        if (isScalar(value) && value.value === from) a.setScalar(value as Node, to, key, item.flow ?? false);
      }
    }
  };
  retarget('relations', RELATION_ACTOR_FIELDS);
  retarget('mentions', ['actor']);
  // Another proposed person of the merged body ("… of the Foreign Ministry") belongs to it now.
  retarget('actors', ['affiliation']);
}

function createActor(a: YamlText, r: YamlText, action: Extract<ReviewAction, { kind: 'create-actor' }>, registryIds: ReadonlySet<string>): void {
  const proposed = findProposed(a, action.proposed);
  const entries = registryEntries(r);
  if (registryIds.has(action.proposed) || entries.some((e) => e.id === action.proposed)) {
    refuse(`"${action.proposed}" is already in the registry: merge the proposed actor into it instead`);
  }
  const d = proposed.data;
  const text = (k: string): string | undefined => (typeof d[k] === 'string' && d[k].trim() ? d[k] : undefined);
  const label = action.label ?? text('label') ?? refuse(`the proposed actor "${action.proposed}" has no label`);
  const kind = action.actorKind ?? text('kind') ?? refuse(`the proposed actor "${action.proposed}" has no kind`);
  const affiliation = text('affiliation');
  // Like every registry entry, the label is among the aliases: ingest finds actors by their aliases.
  const aliases = newAliases([label, ...textsOf(d)], [], entries, action.proposed);
  const fields: Array<readonly [string, Value]> = [
    ['id', action.proposed],
    ['label', label],
    ['kind', kind],
    // The registry's own order for people and bodies: affiliation, role, description.
    ...(affiliation !== undefined && registryIds.has(affiliation) ? [['affiliation', affiliation] as const] : []),
    ...(text('role') !== undefined ? [['role', text('role')!] as const] : []),
    ...(text('description') !== undefined ? [['description', text('description')!] as const] : []),
    ...(aliases.length ? [['aliases', aliases] as const] : []),
  ];
  const root = r.doc.contents;
  if (isSeq(root) && (root.items.length || root.flow)) r.appendItems(root, [fields]);
  else r.appendToEmptyList(fields);
  removeProposed(a, proposed);
}
