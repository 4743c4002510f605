// From built graphs to what the eval compares: each document's actors and claims, proposed actors
// mapped onto gold ids by name, the registry without held-out actors, and which annotations are reviewed.
import { unfoldClaims } from '../../domain/claims/reports';
import { parse } from 'yaml';
import type { GraphFile } from '../../domain/graph-contract';
import type { ActorInput } from '../schemas';
import type { Claim, DocView } from './metrics';

/** Every document's view: actors mentioned in its sentences or named by its edges, and its claims. */
export function docViews(grouped: GraphFile): Map<string, DocView> {
  // Scored per article: a claim several articles report counts in each of them.
  const graph = unfoldClaims(grouped);
  const sentences = new Map(graph.sentences.map((s) => [s.id, s]));
  const views = new Map<string, { actors: Set<string>; claims: Claim[] }>();
  const viewOf = (docId: string): { actors: Set<string>; claims: Claim[] } => {
    let v = views.get(docId);
    if (!v) views.set(docId, (v = { actors: new Set(), claims: [] }));
    return v;
  };
  for (const d of graph.documents) viewOf(d.id);
  for (const node of graph.nodes) {
    for (const m of node.mentions) {
      const s = sentences.get(m.sentenceId);
      if (s) viewOf(s.documentId).actors.add(node.id);
    }
  }
  for (const e of graph.edges) {
    const first = sentences.get(e.evidence[0]!.sentenceId);
    if (!first) continue;
    const view = viewOf(first.documentId);
    for (const a of [e.source, e.target, e.saidBy, e.reportedBy]) if (a !== undefined) view.actors.add(a);
    view.claims.push({
      id: e.id,
      source: e.source,
      type: e.type,
      target: e.target,
      status: e.status ?? 'asserted',
      ...(e.date !== undefined ? { date: e.date } : {}),
      ...(e.saidBy !== undefined ? { saidBy: e.saidBy } : {}),
      ...(e.reportedBy !== undefined ? { reportedBy: e.reportedBy } : {}),
      sentenceIds: [...new Set(e.evidence.map((ev) => ev.sentenceId))],
      quote: e.evidence.map((ev) => ev.quote).join(' … '),
      sentence: first.text,
      ...(e.rule !== undefined ? { rule: e.rule } : {}),
    });
  }
  return views;
}

/** Case-insensitive, whitespace-normalised: how a proposed actor's name is compared with a gold one. */
export const normaliseName = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

export interface NamedActor {
  id: string;
  names: readonly string[];
}

/** Normalised name → actor ids that carry it (label or alias), in the order given. */
export function nameIndex(actors: Iterable<NamedActor>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const a of actors) {
    for (const name of a.names) {
      const key = normaliseName(name);
      if (!key) continue;
      const ids = index.get(key);
      if (!ids) index.set(key, [a.id]);
      else if (!ids.includes(a.id)) ids.push(a.id);
    }
  }
  return index;
}

/**
 * Maps each proposed actor to the gold actor that shares a name with it (label or alias), preferring
 * one of `prefer` (the gold document's actors) when a name is shared; unmatched ones keep their id.
 */
export function mapProposedActors(proposed: Iterable<NamedActor>, index: ReadonlyMap<string, readonly string[]>, prefer: ReadonlySet<string>): Map<string, string> {
  const mapping = new Map<string, string>();
  for (const p of proposed) {
    const candidates = p.names.flatMap((n) => index.get(normaliseName(n)) ?? []);
    const id = candidates.find((c) => prefer.has(c)) ?? candidates[0];
    if (id !== undefined && id !== p.id) mapping.set(p.id, id);
  }
  return mapping;
}

/** The view with actor ids renamed (source, target, saidBy, reportedBy and the actor set). */
export function renameActors(view: DocView, mapping: ReadonlyMap<string, string>): DocView {
  if (!mapping.size) return view;
  const m = (id: string): string => mapping.get(id) ?? id;
  return {
    actors: new Set([...view.actors].map(m)),
    claims: view.claims.map((c) => ({
      ...c,
      source: m(c.source),
      target: m(c.target),
      ...(c.saidBy !== undefined ? { saidBy: m(c.saidBy) } : {}),
      ...(c.reportedBy !== undefined ? { reportedBy: m(c.reportedBy) } : {}),
    })),
  };
}

export const actorNames = (a: ActorInput): string[] => [a.label, ...(a.aliases ?? []).map((x) => (typeof x === 'string' ? x : x.text))];

/** Registry actors used by no other reviewed article's gold: an article's own names, to be found as new. */
export function heldOutActors(registryIds: Iterable<string>, goldActors: ReadonlyMap<string, ReadonlySet<string>>, docId: string): Set<string> {
  const usedElsewhere = new Set<string>();
  for (const [id, actors] of goldActors) if (id !== docId) for (const a of actors) usedElsewhere.add(a);
  return new Set([...registryIds].filter((id) => !usedElsewhere.has(id)));
}

/**
 * Reviewed: no item (proposed actor, mention, relation) is marked `review: suggested`.
 * undefined when the file is not YAML of the expected shape (the build reports why).
 */
export function isReviewedAnnotation(text: string): boolean | undefined {
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return undefined;
  }
  if (data === null || data === undefined) return true;
  if (typeof data !== 'object' || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  for (const field of ['actors', 'mentions', 'relations']) {
    const items = record[field];
    if (!Array.isArray(items)) continue;
    for (const item of items) {
      if (item && typeof item === 'object' && (item as Record<string, unknown>).review === 'suggested') return false;
    }
  }
  return true;
}
