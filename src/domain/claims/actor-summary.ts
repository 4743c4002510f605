// Who an actor is, in plain words, and the claims that matter most about it: what the actor
// details open with, before relation lists and metrics.
import type { GraphEdge } from '../graph-contract';
import type { GraphIndex } from '../graph-index';
import { kindStyle } from '../kinds';
import { edgeStatus } from '../status';
import { actorText, actorWords, claimSentence, claimStatement } from './claim-sentence';
import { verbFormsOf } from './claim-verbs';
import { sourcingOf } from './claim-view';

/** Kind labels that are abbreviations or adjectives in the legend read as nouns in a sentence. */
const KIND_WORDS = new Map([
  ['igo', 'intergovernmental organisation'],
  ['military', 'military force'],
  ['state-group', 'group of states'],
  ['media', 'news outlet'],
]);

/** A role that opens with a title reads in lower case after a comma ("president of China"); "Russian …" keeps its capital. */
const TITLES = /^(?:President|Head|Deputy|Spokesperson|Spokesman|Spokeswoman|Minister|Ambassador|Prime|Chief|Director|Secretary|Envoy|Chairman|Chair|Leader|Commander|Governor|Member|Adviser|Advisor)\b/;

function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** "agency" → "agencies", "court" → "courts": the kind of a plural name ("Kyrgyz courts are courts"). */
function pluralNoun(noun: string): string {
  return /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * "Zamir Kabulov is a person, Russian presidential envoy for Afghanistan, affiliated with Russia."
 * The affiliation comes from the actor's claims of a type whose source belongs to its target.
 */
export function actorSummary(index: GraphIndex, nodeId: string): string {
  const node = index.nodes.get(nodeId);
  if (!node) return '';
  const self = actorWords(index, nodeId);
  const kind = KIND_WORDS.get(node.kind) ?? kindStyle(node.kind).label.toLowerCase();
  // A group of states is one group, whatever its name's number.
  const kindWords = !self.plural ? withArticle(kind) : node.kind === 'state-group' ? withArticle(kind) : pluralNoun(kind);
  const parts = [`${capitalise(actorText(self))} ${self.plural ? 'are' : 'is'} ${kindWords}`];
  if (node.role) parts.push(TITLES.test(node.role) ? node.role.charAt(0).toLowerCase() + node.role.slice(1) : node.role);
  const wholes: string[] = [];
  for (const edgeId of index.edgesByNode.get(nodeId) ?? []) {
    const edge = index.edges.get(edgeId)!;
    if (edge.source !== nodeId || !index.types.get(edge.type)?.partOf || edgeStatus(edge) === 'denied') continue;
    const whole = actorText(actorWords(index, edge.target));
    if (!wholes.includes(whole)) wholes.push(whole);
  }
  if (wholes.length) parts.push(`${node.kind === 'person' ? 'affiliated with' : 'part of'} ${joinAnd(wholes)}`);
  return `${parts.join(', ')}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const bySpeakerCache = new WeakMap<GraphIndex, Map<string, string[]>>();

/** The claims each actor is the speaker of, built once per graph. */
function claimsBySpeaker(index: GraphIndex): Map<string, string[]> {
  let map = bySpeakerCache.get(index);
  if (map) return map;
  map = new Map();
  for (const edge of index.edges.values()) {
    if (!edge.saidBy) continue;
    const list = map.get(edge.saidBy);
    if (list) list.push(edge.id);
    else map.set(edge.saidBy, [edge.id]);
  }
  bySpeakerCache.set(index, map);
  return map;
}

/** How firmly a status states something: facts and decisions before plans, hopes and allegations. */
const STATUS_WEIGHT = new Map([
  ['asserted', 3],
  ['decided', 3],
  ['announced', 2],
  ['planned', 2],
  ['hoped', 1],
  ['alleged', 1],
  ['denied', 1],
  ['unknown', 0],
]);

/**
 * The actor's most important claims, about it or in its words: told by the most independent
 * origins and reports, then the firmer, then the later; background ties (who belongs to whom, who
 * quoted whom) are left to the relation list.
 */
export function keyClaims(index: GraphIndex, nodeId: string, limit = 3): GraphEdge[] {
  const scored: Array<{ edge: GraphEdge; origins: number; reports: number; weight: number; date: string }> = [];
  const own = index.edgesByNode.get(nodeId) ?? [];
  // A speaker's claims are about others: an envoy's most important claims are the ones he made.
  const spoken = (claimsBySpeaker(index).get(nodeId) ?? []).filter((id) => !own.includes(id));
  for (const edgeId of [...own, ...spoken]) {
    const edge = index.edges.get(edgeId)!;
    const forms = verbFormsOf(edge.type, { sourceKind: index.nodes.get(edge.source)?.kind, targetKind: index.nodes.get(edge.target)?.kind });
    if (forms?.background || index.types.get(edge.type)?.partOf) continue;
    const sourcing = sourcingOf(index, edge);
    scored.push({ edge, origins: sourcing.origins.length, reports: sourcing.reports, weight: STATUS_WEIGHT.get(edgeStatus(edge)) ?? 0, date: edge.date ?? sourcing.firstReported ?? '' });
  }
  scored.sort(
    (a, b) =>
      b.origins - a.origins ||
      b.reports - a.reports ||
      b.weight - a.weight ||
      (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
      (a.edge.id < b.edge.id ? -1 : a.edge.id > b.edge.id ? 1 : 0),
  );
  // Claims that read the same (Russia supported the Taliban, said by two people) are listed once.
  const out: GraphEdge[] = [];
  const said = new Set<string>();
  for (const { edge } of scored) {
    const statement = claimStatement(claimSentence(index, edge));
    if (said.has(statement)) continue;
    said.add(statement);
    out.push(edge);
    if (out.length === limit) break;
  }
  return out;
}
