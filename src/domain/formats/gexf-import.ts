/**
 * Opening a GEXF file (e.g. written by Gephi) as a graph file of this app.
 *
 * - The XML must be well formed (checked strictly, with line and column) and its root <gexf>.
 * - Parsing itself is graphology-gexf's: declared <attributes> and <attvalues> (by title),
 *   defaults, viz:color / viz:size / viz:position (kept as node attributes color, size, x, y, z).
 * - Nodes: id and label from the file (label defaults to the id); `kind` from an attribute
 *   named kind, type or category (in that order, case-insensitive), else "entity"; every other
 *   attribute goes into `node.attributes`. No aliases, no mentions.
 * - Edges: typed by an edge attribute named type, relation or label (in that order), else one
 *   generic type "related"; one relation type per distinct value, coloured from a
 *   colour-blind-safe palette, `directed` when all its edges are. Other attributes (weight…)
 *   go into `edge.attributes`, except the claim fields that our own export writes: `status`
 *   (when one of CLAIM_STATUSES), `date` (when EDTF-valid), `saidBy` / `reportedBy` (when
 *   they name a node by id or by a unique label) become the edge's fields; values that do
 *   not qualify stay attributes. On nodes and edges alike, `review` (suggested / reviewed) comes
 *   back as a field with `confidence` (0..1) and `rule`, so a re-imported draft stays a draft. Edges to a node that the file does not declare are skipped with
 *   a warning (as Gephi does); so are edges without source or target.
 * - Evidence: the contract wants every relation backed by a quoted sentence, and a GEXF file
 *   has no text. So the import synthesises one document, "Imported from <fileName>", with one
 *   sentence per edge describing it ("Edge e12: Valjean — Myriel (related, weight 5)."), and
 *   each edge's evidence quotes exactly its sentence. The result passes validateGraph; the UI
 *   should make clear (see the warnings) that this evidence is generated, not a source. The
 *   document id starts with SYNTHETIC_DOCUMENT_PREFIX ("import-") so the UI can tell.
 * - Date of the synthetic document: the file's <meta lastmodifieddate>; without one, the day
 *   of the import, with a warning saying so.
 * - Ids and attribute names are data: the parser sees keys of ours (gexf-keys.ts), and attributes
 *   stay in Maps until they become records without a prototype.
 */
import { DOMParser } from '@xmldom/xmldom';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { CLAIM_STATUSES, edgeSchema, REVIEW_STATES, SCHEMA_VERSION, validateGraph, type ClaimStatus, type GraphEdge, type GraphFile, type GraphNode, type RelationType } from '../graph-contract';
import { SYNTHETIC_DOCUMENT_PREFIX } from '../synthetic-evidence';
import type { ImportIssue, ImportResult } from './issues';
import { keyGexfDocument } from './gexf-keys';
import { paletteColor } from './palette';
import { checkXml } from './xml-check';

export interface GexfImportOptions {
  /**
   * Publication date of the synthetic document (YYYY-MM-DD). Default: the file's
   * <meta lastmodifieddate>, else the import day (`today`), with a warning.
   */
  published?: string;
  /** The import day (YYYY-MM-DD), used when the file gives no date. Default: today (UTC). */
  today?: string;
}

type Scalar = string | number | boolean;
const MAX_LISTED = 10;
const KIND_KEYS = ['kind', 'type', 'category'];
const TYPE_KEYS = ['type', 'relation', 'label'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The first key of `attrs` whose lower-cased name is in `names` (by priority of `names`). */
function findKey(attrs: ReadonlyMap<string, unknown>, names: readonly string[]): string | undefined {
  const keys = [...attrs.keys()];
  for (const name of names) {
    const key = keys.find((k) => k.toLowerCase() === name);
    if (key !== undefined && attrs.get(key) !== undefined && String(attrs.get(key)).trim() !== '') return key;
  }
  return undefined;
}

/** A record of attributes without a prototype: any name ("__proto__" too) is an own entry. */
function toRecord(attributes: ReadonlyMap<string, Scalar>): Record<string, Scalar> {
  const out = Object.create(null) as Record<string, Scalar>;
  for (const [k, v] of attributes) out[k] = v;
  return out;
}

function toScalar(value: unknown): Scalar | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value)) return value.map(String).join('|');
  return undefined;
}

type ReviewFields = Partial<Pick<GraphEdge, 'review' | 'confidence' | 'rule'>>;

/**
 * Moves review, confidence and rule (as our export writes them) out of `attributes` into fields.
 * Only beside a valid `review`: another tool's "confidence" is not a draft's.
 */
function takeReview(attributes: Map<string, Scalar>): ReviewFields {
  const keys = [...attributes.keys()];
  const reviewKey = keys.find((k) => k.toLowerCase() === 'review' && (REVIEW_STATES as readonly unknown[]).includes(attributes.get(k)));
  if (reviewKey === undefined) return {};
  const out: ReviewFields = { review: attributes.get(reviewKey) as GraphEdge['review'] };
  attributes.delete(reviewKey);
  for (const key of keys) {
    if (!attributes.has(key)) continue;
    const v = attributes.get(key);
    const name = key.toLowerCase();
    const number = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (name === 'confidence' && number >= 0 && number <= 1) out.confidence = number;
    else if (name === 'rule' && typeof v === 'string' && v.trim() !== '') out.rule = v;
    else continue;
    attributes.delete(key);
  }
  return out;
}

/** Collects warnings, listing the first few of a kind and counting the rest. */
class Warnings {
  private readonly counts = new Map<string, { items: string[]; total: number }>();
  readonly list: string[] = [];
  add(kind: string, item: string): void {
    let entry = this.counts.get(kind);
    if (!entry) this.counts.set(kind, (entry = { items: [], total: 0 }));
    entry.total++;
    if (entry.items.length < MAX_LISTED) entry.items.push(item);
  }
  finish(): string[] {
    for (const [kind, { items, total }] of this.counts) {
      const more = total > items.length ? ` … and ${total - items.length} more` : '';
      this.list.push(`${kind} (${total}): ${items.join('; ')}${more}.`);
    }
    return this.list;
  }
}

export function fromGexf(xmlText: string, fileName: string, options: GexfImportOptions = {}): ImportResult {
  const fail = (message: string, extra: Partial<ImportIssue> = {}): ImportResult => ({
    ok: false,
    issues: [{ file: fileName, path: extra.path ?? '(root)', message, ...extra }],
  });
  const text = xmlText.charCodeAt(0) === 0xfeff ? xmlText.slice(1) : xmlText;
  if (text.trim() === '') return fail('the file is empty');

  if (!text.trimStart().startsWith('<')) return fail('not a GEXF file: it is not XML (it does not start with "<")', { line: 1, column: 1 });
  const check = checkXml(text);
  if (check.error) return fail(`not well-formed XML: ${check.error.message}`, { line: check.error.line, column: check.error.column });
  if (check.root !== 'gexf') return fail(`not a GEXF file: the root element is <${check.root ?? '?'}>, expected <gexf>`);

  const doc = new DOMParser({ errorHandler: { warning: () => undefined, error: () => undefined, fatalError: () => undefined } }).parseFromString(text, 'text/xml');
  const graphElement = doc.getElementsByTagName('graph')[0];
  if (!graphElement) return fail('the GEXF file has no <graph> element');

  const warnings = new Warnings();
  if (graphElement.getAttribute('mode') === 'dynamic') {
    warnings.list.push('This is a dynamic GEXF: its time intervals (start, end, spells) are not imported.');
  }

  // Node ids must be present and unique: every edge refers to them.
  const nodeElements = Array.from(doc.getElementsByTagName('node'));
  const nodeIds = new Set<string>();
  for (const [i, el] of nodeElements.entries()) {
    const id = el.getAttribute('id');
    if (!id) return fail(`node number ${i + 1} (label "${el.getAttribute('label') ?? ''}") has no id`, { path: `node[${i + 1}]` });
    if (nodeIds.has(id)) return fail(`two nodes have the id "${id}"`, { path: `node[${i + 1}]` });
    nodeIds.add(id);
  }

  // Skip edges that the parser would reject; give every kept edge a unique id.
  const edgeElements = Array.from(doc.getElementsByTagName('edge'));
  const keptEdges: Element[] = [];
  const edgeIds = new Set<string>();
  // Nodes and edges share one id space (the contract): an edge named like a node is renamed too.
  const idTaken = (x: string) => edgeIds.has(x) || nodeIds.has(x);
  for (const [i, el] of edgeElements.entries()) {
    const source = el.getAttribute('source') ?? '';
    const target = el.getAttribute('target') ?? '';
    const name = el.getAttribute('id') ? `edge "${el.getAttribute('id')}"` : `edge number ${i + 1}`;
    if (!source || !target) {
      warnings.add('Skipped edges without a source or target', name);
      el.parentNode?.removeChild(el);
      continue;
    }
    const missing = [source, target].filter((id) => !nodeIds.has(id));
    if (missing.length) {
      warnings.add('Skipped edges to nodes the file does not declare', `${name} (${source} → ${target}: no node "${missing[0]}")`);
      el.parentNode?.removeChild(el);
      continue;
    }
    let id = el.getAttribute('id') || `e${i}`;
    if (idTaken(id)) {
      let k = 2;
      while (idTaken(`${id}-${k}`)) k++;
      warnings.add('Renamed edges whose id was already used', `"${id}" → "${id}-${k}"`);
      id = `${id}-${k}`;
    }
    edgeIds.add(id);
    el.setAttribute('id', id);
    keptEdges.push(el);
  }

  // Attributes by title (what Gephi shows, e.g. "Modularity Class" for id "modularity_class");
  // ids, attribute names and titles never reach the parser (gexf-keys.ts).
  const names = keyGexfDocument(doc, nodeElements, keptEdges);

  let parsed: MultiGraph;
  try {
    parsed = parse(MultiGraph, doc as unknown as Document, { addMissingNodes: false, allowUndeclaredAttributes: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(`could not read the GEXF graph: ${message.replace(/^graphology-gexf\/parser: /, '')}`);
  }

  // Nodes.
  const nodes: GraphNode[] = [];
  parsed.forEachNode((key, attrs) => {
    const id = names.nodes.id(key);
    const rest = names.attributes('node', attrs);
    const rawLabel = rest.get('label');
    rest.delete('label');
    const label = typeof rawLabel === 'string' && rawLabel.trim() ? rawLabel.trim() : id;
    const kindKey = findKey(rest, KIND_KEYS);
    const kind = kindKey !== undefined ? String(rest.get(kindKey)).trim() : 'entity';
    const attributes = new Map<string, Scalar>();
    for (const [k, v] of rest) {
      if (k === kindKey) continue;
      const s = toScalar(v);
      if (s === undefined) warnings.add('Dropped attribute values that are not text, numbers or booleans', `node "${id}" ${k}`);
      else attributes.set(k, s);
    }
    const review = takeReview(attributes);
    nodes.push({ id, label, kind, aliases: [], mentions: [], ...(attributes.size ? { attributes: toRecord(attributes) } : {}), ...review });
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
  const isEdtf = (value: Scalar): value is string => typeof value === 'string' && edgeSchema.shape.date.safeParse(value).success;
  const isStatus = (value: Scalar): value is ClaimStatus => typeof value === 'string' && (CLAIM_STATUSES as readonly string[]).includes(value);

  // Relation types, in order of first appearance.
  interface TypeInfo { type: RelationType; allDirected: boolean }
  const types = new Map<string, TypeInfo>();
  const usedTypeIds = new Set<string>();
  const typeFor = (value: string | undefined, directed: boolean): TypeInfo => {
    const key = value ?? '\u0000related';
    let info = types.get(key);
    if (!info) {
      const base = value === undefined ? 'related' : slug(value) || `type-${types.size + 1}`;
      let id = base;
      for (let k = 2; usedTypeIds.has(id) || idTaken(id); k++) id = `${base}-${k}`;
      usedTypeIds.add(id);
      info = {
        type: {
          id,
          label: value ?? 'Related',
          color: paletteColor(types.size),
          plover: '',
          polarity: 'neutral',
          description: value === undefined ? `Any edge of ${fileName} (the file gives no edge type).` : `Edge type "${value}" of ${fileName}.`,
          directed,
        },
        allDirected: directed,
      };
      types.set(key, info);
    }
    info.allDirected &&= directed;
    return info;
  };

  // Synthetic document: a header line, then one sentence (line) per edge.
  const docId = `${SYNTHETIC_DOCUMENT_PREFIX}${slug(fileName) || 'gexf'}`;
  const header = `Imported from ${fileName}: ${nodes.length} nodes, ${parsed.size} edges. Each line below describes one edge of the file; it is not a quotation from a source.\n`;
  let docText = header;
  const sentences: GraphFile['sentences'] = [];
  const edges: GraphEdge[] = [];
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  parsed.forEachEdge((key, attrs, sourceKey, targetKey, _sa, _ta, undirected) => {
    const id = names.edgeId(key);
    const source = names.nodes.id(sourceKey);
    const target = names.nodes.id(targetKey);
    const rest = names.attributes('edge', attrs);
    const typeKey = findKey(rest, TYPE_KEYS);
    const typeValue = typeKey !== undefined ? oneLine(String(rest.get(typeKey))) : undefined;
    if (typeKey !== undefined) rest.delete(typeKey);
    const info = typeFor(typeValue, !undirected);
    const attributes = new Map<string, Scalar>();
    for (const [k, v] of rest) {
      const s = toScalar(v);
      if (s === undefined) warnings.add('Dropped attribute values that are not text, numbers or booleans', `edge "${id}" ${k}`);
      else attributes.set(k, s);
    }
    // The claim fields our export writes (and other tools may): back to the edge's own fields.
    const claim: Partial<Pick<GraphEdge, 'status' | 'date' | 'saidBy' | 'reportedBy'>> & ReviewFields = takeReview(attributes);
    for (const [key, v] of [...attributes]) {
      const name = key.toLowerCase();
      let taken = true;
      if (name === 'status' && isStatus(v)) claim.status = v;
      else if (name === 'date' && isEdtf(v)) claim.date = v;
      else if ((name === 'saidby' || name === 'reportedby') && actorId(v) !== undefined) claim[name === 'saidby' ? 'saidBy' : 'reportedBy'] = actorId(v);
      else taken = false;
      if (taken) attributes.delete(key);
    }
    const weight = attributes.get('weight');
    const details = [info.type.label, ...(typeof weight === 'number' ? [`weight ${weight}`] : [])].join(', ');
    const sentence = `Edge ${oneLine(id)}: ${oneLine(labelOf.get(source)!)} ${undirected ? '—' : '→'} ${oneLine(labelOf.get(target)!)} (${details}).`;
    const start = docText.length;
    docText += sentence + '\n';
    const sentenceId = `${docId}#s${sentences.length}`;
    sentences.push({ id: sentenceId, documentId: docId, index: sentences.length, start, end: start + sentence.length, text: sentence });
    edges.push({
      id,
      source,
      target,
      type: info.type.id,
      evidence: [{ sentenceId, quote: sentence, start, end: start + sentence.length }],
      ...claim,
      ...(attributes.size ? { attributes: toRecord(attributes) } : {}),
    });
  });
  const relationTypes = [...types.values()].map(({ type, allDirected }) => ({ ...type, directed: allDirected }));

  const meta = parsed.getAttribute('lastModifiedDate');
  const fileDate = typeof meta === 'string' && ISO_DAY.test(meta) ? meta : undefined;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const published = options.published ?? fileDate ?? today;
  const undatedWarning =
    options.published === undefined && fileDate === undefined
      ? `The file gives no date (<meta lastmodifieddate>), so the imported document is dated ${today}, the day of the import, not when the graph was made.`
      : undefined;
  const graph: GraphFile = {
    schemaVersion: SCHEMA_VERSION,
    documents: [{ id: docId, title: `Imported from ${fileName}`, published, text: docText, sourceFile: fileName, bodyStart: header.length }],
    sentences,
    nodes,
    edges,
    relationTypes,
  };

  const all = warnings.finish();
  if (undatedWarning) all.unshift(undatedWarning);
  if (edges.length) all.unshift('The evidence of every relation is a generated line describing the GEXF edge, not a quotation from a source.');
  if (!nodes.length) all.unshift('The file has no nodes.');
  const valid = validateGraph(graph);
  if (!valid.ok) return { ok: false, issues: valid.issues.map((i) => ({ ...i, file: fileName })) };
  return { ok: true, graph: valid.graph, warnings: all };
}
