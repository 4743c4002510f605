// Graphs whose ids are the names of Object.prototype's members ("constructor", "__proto__", …):
// ids are data, and a graph built from them must work like any other (issue 15). Shared by the
// unit tests and the browser test. Relation types, nodes and edges share one id space, so one
// part carries the names in each graph (`named`); documents and labels always do.
import { SCHEMA_VERSION, type GraphDocument, type GraphEdge, type GraphFile, type GraphNode, type RelationType, type Sentence } from '../graph-contract';

/** Every own member name of Object.prototype (the unit test checks the list is the runtime's). */
export const PROTOTYPE_NAMES = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
] as const;

export type NamedPart = 'nodes' | 'edges' | 'types';

/** An ordinary actor every named actor is linked to. */
export const HUB = 'hub';
const N = PROTOTYPE_NAMES.length;

/** The ids of a graph built by {@link prototypeIdGraph}, position by position. */
export function prototypeIds(named: NamedPart) {
  return {
    /** Actor i is labelled PROTOTYPE_NAMES[i]. */
    nodes: PROTOTYPE_NAMES.map((name, i) => (named === 'nodes' ? name : `actor-${i}`)),
    /** Ring relation i joins actor i to actor i + 1 (mod 12). */
    ring: PROTOTYPE_NAMES.map((name, i) => (named === 'edges' ? name : `ring-${i}`)),
    /** Spoke relation i joins actor i to the hub. */
    spokes: PROTOTYPE_NAMES.map((_, i) => `spoke-${i}`),
    /** Three more relations between actors 0 and 1: with ring 0, a bundle of four. */
    parallel: ['par-0', 'par-1', 'par-2'],
    /** Two articles' reports of one planned claim from actor 2 to actor 3. */
    reports: ['report-0', 'report-1'],
    /** The type of ring relation i and spoke relation i. */
    typeOf: (i: number): string => (named === 'types' ? PROTOTYPE_NAMES[i % N]! : i % 2 ? 'talks' : 'meets'),
    types: named === 'types' ? [...PROTOTYPE_NAMES] : ['meets', 'talks'],
  };
}

/** Attribute names that are the prototype's names, each with its position as value. */
export function prototypeAttributes(): Record<string, number> {
  // Object.fromEntries defines own properties: "__proto__" stays an entry, not the prototype.
  return Object.fromEntries(PROTOTYPE_NAMES.map((name, i) => [name, i]));
}

/**
 * 12 actors labelled with the names in a ring, each also linked to a hub, a bundle of four
 * relations between actors 0 and 1, and one planned claim told by two articles; 12 documents
 * whose ids, titles and outlets are the names, each relation quoted in document (position mod 12).
 */
export function prototypeIdGraph(named: NamedPart = 'nodes'): GraphFile {
  const ids = prototypeIds(named);
  const nodes: GraphNode[] = PROTOTYPE_NAMES.map((name, i) => ({
    id: ids.nodes[i]!,
    label: name,
    kind: i % 2 ? 'organisation' : 'person',
    aliases: [name.toUpperCase()],
    mentions: [],
    attributes: prototypeAttributes(),
  }));
  nodes.push({ id: HUB, label: 'Hub', kind: 'country', aliases: [], mentions: [] });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const relationTypes: RelationType[] = ids.types.map((id, i) => ({
    id,
    label: named === 'types' ? id : id === 'meets' ? 'Meets' : 'Talks',
    color: i % 2 ? '#E69F00' : '#0072B2',
    plover: '',
    polarity: 'neutral',
    directed: i % 2 === 0,
  }));

  const texts = PROTOTYPE_NAMES.map(() => '');
  const sentences: Sentence[] = [];
  const perDocument = PROTOTYPE_NAMES.map(() => 0);
  const edges: GraphEdge[] = [];
  const add = (id: string, source: string, target: string, type: string, extra: Partial<GraphEdge> = {}): void => {
    const d = edges.length % N;
    const documentId = PROTOTYPE_NAMES[d]!;
    const text = `${byId.get(source)!.label} meets ${byId.get(target)!.label} (${id}).`;
    if (texts[d]) texts[d] += ' ';
    const start = texts[d]!.length;
    texts[d] += text;
    const sentenceId = `${documentId}#s${perDocument[d]!}`;
    sentences.push({ id: sentenceId, documentId, index: perDocument[d]!, start, end: start + text.length, text });
    perDocument[d]! += 1;
    byId.get(source)!.mentions.push({ sentenceId, start, end: start + byId.get(source)!.label.length, text: byId.get(source)!.label });
    edges.push({ id, source, target, type, evidence: [{ sentenceId, quote: text, start, end: start + text.length }], ...extra });
  };
  PROTOTYPE_NAMES.forEach((name, i) => {
    add(ids.ring[i]!, ids.nodes[i]!, ids.nodes[(i + 1) % N]!, ids.typeOf(i), { date: String(2010 + i), attributes: { [name]: `ring ${i}` } });
  });
  PROTOTYPE_NAMES.forEach((_, i) => add(ids.spokes[i]!, ids.nodes[i]!, HUB, ids.typeOf(i), i === 0 ? { saidBy: ids.nodes[4]! } : {}));
  ids.parallel.forEach((id, k) => add(id, ids.nodes[k % 2]!, ids.nodes[(k + 1) % 2]!, ids.typeOf(k + 1), { date: `2020-0${5 + k}` }));
  ids.reports.forEach((id) => add(id, ids.nodes[2]!, ids.nodes[3]!, ids.typeOf(2), { date: '2021-03', status: 'planned' }));

  const documents: GraphDocument[] = PROTOTYPE_NAMES.map((name, d) => ({
    id: name,
    title: name,
    published: `2024-01-${String(d + 1).padStart(2, '0')}`,
    text: texts[d]!,
    outlet: name,
  }));
  return { schemaVersion: SCHEMA_VERSION, documents, sentences, nodes, edges, relationTypes };
}
