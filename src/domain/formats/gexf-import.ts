/**
 * Opening a GEXF file (e.g. written by Gephi) as a graph file of this app.
 *
 * - The XML must be well formed (checked strictly, with line and column) and its root <gexf>.
 * - Parsing itself is graphology-gexf's: declared <attributes> and <attvalues> (by title),
 *   defaults, viz:color / viz:size / viz:position (kept as node attributes color, size, x, y, z).
 * - The rest is the conversion every foreign format shares (foreign-graph.ts):
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
import type { ImportIssue, ImportResult } from './issues';
import { foreignToGraphFile, Warnings, type ForeignEdge, type ForeignImportOptions, type ForeignNode, type Scalar } from './foreign-graph';
import { keyGexfDocument } from './gexf-keys';
import { checkXml } from './xml-check';

export interface GexfImportOptions extends ForeignImportOptions {
  /**
   * Publication date of the synthetic document (YYYY-MM-DD). Default: the file's
   * <meta lastmodifieddate>, else the import day (`today`), with a warning.
   */
  published?: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function toScalar(value: unknown): Scalar | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value)) return value.map(String).join('|');
  return undefined;
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
  const readerNotes: string[] = [];
  if (graphElement.getAttribute('mode') === 'dynamic') {
    readerNotes.push('This is a dynamic GEXF: its time intervals (start, end, spells) are not imported.');
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

  const scalars = (owner: string, rest: Map<string, unknown>): Map<string, Scalar> => {
    const attributes = new Map<string, Scalar>();
    for (const [k, v] of rest) {
      const s = toScalar(v);
      if (s === undefined) warnings.add('Dropped attribute values that are not text, numbers or booleans', `${owner} ${k}`);
      else attributes.set(k, s);
    }
    return attributes;
  };
  const nodes: ForeignNode[] = [];
  parsed.forEachNode((key, attrs) => {
    const id = names.nodes.id(key);
    const rest = names.attributes('node', attrs);
    const label = rest.get('label');
    rest.delete('label');
    nodes.push({ id, ...(typeof label === 'string' ? { label } : {}), attributes: scalars(`node "${id}"`, rest) });
  });
  const edges: ForeignEdge[] = [];
  parsed.forEachEdge((key, attrs, sourceKey, targetKey, _sa, _ta, undirected) => {
    const id = names.edgeId(key);
    const attributes = scalars(`edge "${id}"`, names.attributes('edge', attrs));
    edges.push({ id, source: names.nodes.id(sourceKey), target: names.nodes.id(targetKey), directed: !undirected, attributes, name: `edge "${id}"` });
  });

  const meta = parsed.getAttribute('lastModifiedDate');
  const fileDate = typeof meta === 'string' && ISO_DAY.test(meta) ? meta : undefined;
  const published = options.published ?? fileDate;
  return foreignToGraphFile(
    { format: 'GEXF', nodes, edges, warnings: [...readerNotes, ...warnings.finish()], dateField: '<meta lastmodifieddate>' },
    fileName,
    { ...options, ...(published !== undefined ? { published } : {}) },
  );
}
