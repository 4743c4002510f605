/**
 * A graph read from another tool's file (GraphML, GEXF)
 * turned into a graph file of this app:
 *
 * - Nodes keep their id and label; `kind` comes from an attribute named kind, type or category
 *   (in that order, case-insensitive), else "entity"; other attributes go into `node.attributes`.
 * - Edges are typed by an attribute named type, relation or label (in that order), else one
 *   generic type "related"; one relation type per distinct value, coloured from a
 *   colour-blind-safe palette, `directed` when all its edges are. `status`, `date`, `saidBy` /
 *   `reportedBy` and `review` (with `confidence`, `rule`) become the edge's fields when they
 *   qualify, as our own exports write them; other attributes stay attributes.
 * - Edges without both ends, or to a node the file does not declare, are skipped with a warning.
 * - Evidence: one synthetic document ("Imported from <file>") with one generated line per edge,
 *   which that edge's evidence quotes; its id starts with SYNTHETIC_DOCUMENT_PREFIX.
 *
 * Names and values from the file are data: attributes live in Maps until the end, where
 * Object.fromEntries makes own properties (a "__proto__" attribute stays an attribute).
 */
import { CLAIM_STATUSES, edgeSchema, REVIEW_STATES, SCHEMA_VERSION, validateGraph, type GraphEdge, type GraphFile, type GraphNode, type RelationType } from '../graph-contract';
import { SYNTHETIC_DOCUMENT_PREFIX } from '../synthetic-evidence';
import type { ImportResult } from './issues';
import { paletteColor } from './palette';

export type Scalar = string | number | boolean;

export interface ForeignNode {
  id: string;
  /** The label the file gives; the id when absent or blank. */
  label?: string;
  attributes: Map<string, Scalar>;
}

export interface ForeignEdge {
  /** The file's edge id, when it gives one. */
  id?: string;
  source: string;
  target: string;
  directed: boolean;
  attributes: Map<string, Scalar>;
  /** How warnings name it: `edge "e1"` or `edge number 3 (line 40)`. */
  name: string;
}

export interface ForeignGraph {
  /** The format's name as the warnings say it: "GraphML". */
  format: string;
  nodes: ForeignNode[];
  edges: ForeignEdge[];
  /** Warnings of the reader, shown after the converter's own. */
  warnings: string[];
  /** Where the format keeps a date, named in the warning when the file has none ("<meta lastmodifieddate>"). */
  dateField?: string;
}

export interface ForeignImportOptions {
  /** Publication date of the synthetic document (YYYY-MM-DD). Default: the import day, with a warning. */
  published?: string;
  /** The import day (YYYY-MM-DD). Default: today (UTC). */
  today?: string;
}

const MAX_LISTED = 10;
const KIND_KEYS = ['kind', 'type', 'category'];
const TYPE_KEYS = ['type', 'relation', 'label'];

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The first key whose lower-cased name is in `names` (by priority of `names`) with a non-blank value. */
export function findKey(attrs: ReadonlyMap<string, Scalar>, names: readonly string[]): string | undefined {
  for (const name of names) {
    for (const [key, value] of attrs) if (key.toLowerCase() === name && String(value).trim() !== '') return key;
  }
  return undefined;
}

/** Collects warnings, listing the first few of a kind and counting the rest. */
export class Warnings {
  private readonly counts = new Map<string, { items: string[]; total: number }>();
  add(kind: string, item: string): void {
    let entry = this.counts.get(kind);
    if (!entry) this.counts.set(kind, (entry = { items: [], total: 0 }));
    entry.total++;
    if (entry.items.length < MAX_LISTED) entry.items.push(item);
  }
  finish(): string[] {
    return [...this.counts].map(([kind, { items, total }]) => `${kind} (${total}): ${items.join('; ')}${total > items.length ? ` … and ${total - items.length} more` : ''}.`);
  }
}

type ReviewFields = Partial<Pick<GraphEdge, 'review' | 'confidence' | 'rule'>>;

/** Moves review, confidence and rule out of the attributes, only beside a valid `review` (another tool's "confidence" is not a draft's). */
function takeReview(attributes: Map<string, Scalar>): ReviewFields {
  const reviewKey = [...attributes.keys()].find((k) => k.toLowerCase() === 'review' && (REVIEW_STATES as readonly unknown[]).includes(attributes.get(k)));
  if (reviewKey === undefined) return {};
  const out: ReviewFields = { review: attributes.get(reviewKey) as GraphEdge['review'] };
  attributes.delete(reviewKey);
  for (const [key, v] of [...attributes]) {
    const name = key.toLowerCase();
    const number = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (name === 'confidence' && number >= 0 && number <= 1) out.confidence = number;
    else if (name === 'rule' && typeof v === 'string' && v.trim() !== '') out.rule = v;
    else continue;
    attributes.delete(key);
  }
  return out;
}

const record = (attributes: Map<string, Scalar>): { attributes?: Record<string, Scalar> } => (attributes.size ? { attributes: Object.fromEntries(attributes) } : {});
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function foreignToGraphFile(foreign: ForeignGraph, fileName: string, options: ForeignImportOptions = {}): ImportResult {
  const warnings = new Warnings();
  const nodes: GraphNode[] = foreign.nodes.map((n) => {
    const attributes = new Map(n.attributes);
    const kindKey = findKey(attributes, KIND_KEYS);
    const kind = kindKey !== undefined ? String(attributes.get(kindKey)).trim() : 'entity';
    if (kindKey !== undefined) attributes.delete(kindKey);
    const review = takeReview(attributes);
    const label = n.label?.trim() || n.id;
    return { id: n.id, label, kind, aliases: [], mentions: [], ...record(attributes), ...review };
  });
  const labelOf = new Map(nodes.map((n) => [n.id, n.label]));
  // saidBy / reportedBy as our export writes them (labels), or as ids; ambiguous labels stay text.
  const byLabel = new Map<string, string | null>();
  for (const n of nodes) byLabel.set(n.label, byLabel.has(n.label) ? null : n.id);
  const actorId = (value: Scalar): string | undefined => {
    if (typeof value !== 'string') return undefined;
    if (labelOf.has(value)) return value;
    return byLabel.get(value.trim()) ?? undefined;
  };

  // Relation types, in order of first appearance; keyed by the file's value (a Map: values are data).
  const types = new Map<string | undefined, { type: RelationType; allDirected: boolean }>();
  const usedTypeIds = new Set<string>();
  const typeFor = (value: string | undefined, directed: boolean): RelationType => {
    let info = types.get(value);
    if (!info) {
      const base = value === undefined ? 'related' : slug(value) || `type-${types.size + 1}`;
      let id = base;
      // Relation types, nodes and edges need distinct ids.
      for (let k = 2; usedTypeIds.has(id) || labelOf.has(id); k++) id = `${base}-${k}`;
      usedTypeIds.add(id);
      const description = value === undefined ? `Any edge of ${fileName} (the file gives no edge type).` : `Edge type "${value}" of ${fileName}.`;
      info = { type: { id, label: value ?? 'Related', color: paletteColor(types.size), plover: '', polarity: 'neutral', description, directed }, allDirected: directed };
      types.set(value, info);
    }
    info.allDirected &&= directed;
    return info.type;
  };

  const docId = `${SYNTHETIC_DOCUMENT_PREFIX}${slug(fileName) || slug(foreign.format)}`;
  const kept = foreign.edges.filter((e) => {
    if (!e.source || !e.target) warnings.add('Skipped edges without a source or target', e.name);
    else if (!labelOf.has(e.source) || !labelOf.has(e.target)) {
      const missing = labelOf.has(e.source) ? e.target : e.source;
      warnings.add('Skipped edges to nodes the file does not declare', `${e.name} (${e.source} → ${e.target}: no node "${missing}")`);
    } else return true;
    return false;
  });
  const header = `Imported from ${fileName}: ${nodes.length} nodes, ${kept.length} edges. Each line below describes one edge of the file; it is not a quotation from a source.\n`;
  const lines: string[] = [header];
  let length = header.length;
  const sentences: GraphFile['sentences'] = [];
  const edges: GraphEdge[] = [];
  const isStatus = (v: Scalar): v is NonNullable<GraphEdge['status']> => typeof v === 'string' && (CLAIM_STATUSES as readonly string[]).includes(v);
  const isEdtf = (v: Scalar): v is string => typeof v === 'string' && edgeSchema.shape.date.safeParse(v).success;
  // Types first, so that edge ids can keep clear of type ids as well as node ids.
  const typed = kept.map((e) => {
    const attributes = new Map(e.attributes);
    const typeKey = findKey(attributes, TYPE_KEYS);
    const typeValue = typeKey !== undefined ? oneLine(String(attributes.get(typeKey))) : undefined;
    if (typeKey !== undefined) attributes.delete(typeKey);
    return { e, attributes, type: typeFor(typeValue, e.directed) };
  });
  const fileEdgeIds = new Set(kept.flatMap((e) => (e.id ? [e.id] : [])));
  const used = new Set<string>([...labelOf.keys(), ...usedTypeIds]);
  typed.forEach(({ e, attributes, type }, i) => {
    // The file's id, else e<n>; one already used (by a node, a type or an earlier edge) becomes e<id>, then e<id>-2…
    let id = e.id || `e${i}`;
    if (used.has(id) || (!e.id && fileEdgeIds.has(id))) {
      const base = e.id && !/^e/.test(e.id) ? `e${e.id}` : id;
      let next = base;
      for (let k = 2; used.has(next) || fileEdgeIds.has(next); k++) next = `${base}-${k}`;
      if (e.id) warnings.add('Renamed edges whose id is already the id of a node, a relation type or another edge', `"${id}" → "${next}"`);
      id = next;
    }
    used.add(id);
    const claim: Partial<Pick<GraphEdge, 'status' | 'date' | 'saidBy' | 'reportedBy'>> & ReviewFields = takeReview(attributes);
    for (const [key, v] of [...attributes]) {
      const name = key.toLowerCase();
      if (name === 'status' && isStatus(v)) claim.status = v;
      else if (name === 'date' && isEdtf(v)) claim.date = v;
      else if ((name === 'saidby' || name === 'reportedby') && actorId(v) !== undefined) claim[name === 'saidby' ? 'saidBy' : 'reportedBy'] = actorId(v);
      else continue;
      attributes.delete(key);
    }
    const weight = attributes.get('weight');
    const details = [type.label, ...(typeof weight === 'number' ? [`weight ${weight}`] : [])].join(', ');
    const sentence = `Edge ${oneLine(id)}: ${oneLine(labelOf.get(e.source)!)} ${e.directed ? '→' : '—'} ${oneLine(labelOf.get(e.target)!)} (${details}).`;
    const start = length;
    lines.push(sentence, '\n');
    length += sentence.length + 1;
    const sentenceId = `${docId}#s${sentences.length}`;
    sentences.push({ id: sentenceId, documentId: docId, index: sentences.length, start, end: start + sentence.length, text: sentence });
    edges.push({ id, source: e.source, target: e.target, type: type.id, evidence: [{ sentenceId, quote: sentence, start, end: start + sentence.length }], ...claim, ...record(attributes) });
  });
  const relationTypes = [...types.values()].map(({ type, allDirected }) => ({ ...type, directed: allDirected }));

  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const published = options.published ?? today;
  const graph: GraphFile = {
    schemaVersion: SCHEMA_VERSION,
    documents: [{ id: docId, title: `Imported from ${fileName}`, published, text: lines.join(''), sourceFile: fileName, bodyStart: header.length }],
    sentences,
    nodes,
    edges,
    relationTypes,
  };
  const all = [
    ...(nodes.length ? [] : ['The file has no nodes.']),
    ...(edges.length ? [`The evidence of every relation is a generated line describing the ${foreign.format} edge, not a quotation from a source.`] : []),
    ...(options.published === undefined ? [`The file gives no date${foreign.dateField ? ` (${foreign.dateField})` : ''}, so the imported document is dated ${today}, the day of the import, not when the graph was made.`] : []),
    ...foreign.warnings,
    ...warnings.finish(),
  ];
  const valid = validateGraph(graph);
  if (!valid.ok) return { ok: false, issues: valid.issues.map((i) => ({ ...i, file: fileName })) };
  return { ok: true, graph: valid.graph, warnings: all };
}
