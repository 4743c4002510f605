/**
 * Opening a GraphML file (yEd, NetworkX, Gephi, Cytoscape, igraph…) as a graph file of this app.
 *
 * Read in one pass by a streaming XML parser (saxes, strict: the first error comes with its line
 * and column), so a large file is parsed as it is read and no DOM is built. Then the graph goes
 * through the rules shared with GEXF (foreign-graph.ts: kinds, relation types, synthetic evidence).
 *
 * - Keys: `<key id for attr.name attr.type>` name the data of nodes and edges (by attr.name, else
 *   the key id) and cast them (boolean, int, long, float, double; a value that does not fit its
 *   type stays text, with a warning); a key's `<default>` applies to elements without the data.
 *   Data under an undeclared key is kept under the key's name. Empty values are dropped.
 * - yEd graphics (keys with yfiles.type nodegraphics / edgegraphics): the node's label is its
 *   y:NodeLabel (of the active realizer for group nodes), its fill colour and position become the
 *   attributes color, x and y; an edge's y:EdgeLabel is its label (and so its relation type), and
 *   an edge drawn without arrows at either end is undirected. Other graphics are not kept.
 * - A node's label is otherwise its attribute named label, else name (case-insensitive), else its
 *   id. Nodes inside a group node (a nested <graph>, as yEd writes groups) get the attribute group
 *   with the group's label.
 * - Direction: the edge's `directed` attribute, else its graph's `edgedefault` (undirected when
 *   missing, with a warning).
 * - Only the first top-level <graph> is read; hyperedges are skipped; ports are ignored (the edge
 *   still joins the two nodes); all with warnings.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { foreignToGraphFile, Warnings, type ForeignEdge, type ForeignImportOptions, type ForeignNode, type Scalar } from './foreign-graph';
import type { ImportIssue, ImportResult } from './issues';

type KeyDomain = 'node' | 'edge' | 'graph' | 'all' | 'other';
interface KeyDef {
  name: string;
  domain: KeyDomain;
  type: string;
  /** yEd's graphics keys: nodegraphics, edgegraphics, resources… */
  yfiles?: string;
  default?: string;
}

/** What a yEd graphics data element says, per realizer (group nodes have several). */
interface Graphics {
  labels: Map<number, string>;
  colors: Map<number, string>;
  positions: Map<number, { x: number; y: number }>;
  active: number;
  arrows?: { source: string; target: string };
}

/** The node or edge being read: its raw data by key, and its yEd graphics. */
type Owner = { data: Map<string, string>; graphics?: Graphics } & ({ kind: 'node'; element: ForeignNode } | { kind: 'edge'; element: ForeignEdge });

class Stop extends Error {}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);
const attr = (tag: SaxesTagPlain, name: string): string | undefined => (Object.hasOwn(tag.attributes, name) ? tag.attributes[name] : undefined);

const DOMAINS = new Set(['node', 'edge', 'graph', 'all']);
const NUMERIC = new Set(['int', 'long', 'float', 'double']);

/** A GraphML import fed text in pieces (as a file is read); `finish` gives the graph or the first problem. */
export interface GraphMLImport {
  /** Parses the next piece; false once the file is known to be unreadable (stop feeding it). */
  write(chunk: string): boolean;
  finish(): ImportResult;
}

export function createGraphMLImport(fileName: string, options: ForeignImportOptions = {}): GraphMLImport {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  let problem: ImportIssue | null = null;
  function fail(message: string, where?: { line: number; column: number }): never {
    problem = { file: fileName, path: '(root)', message, ...(where ?? {}) };
    throw new Stop();
  }
  const here = () => ({ line: parser.line, column: parser.column });

  const keys = new Map<string, KeyDef>();
  const warnings = new Warnings();
  const readerWarnings: string[] = [];
  const nodes: ForeignNode[] = [];
  const nodeAt = new Map<string, number>();
  const edges: ForeignEdge[] = [];
  const groupOf = new Map<string, string>();
  const mismatched = new Map<string, number>();

  // Where we are: the open elements, the graphs (their edgedefault), the open node or edge.
  const stack: string[] = [];
  let root: string | null = null;
  let started = false;
  const graphs: { directed: boolean; groupNode?: string; skip: boolean }[] = [];
  let topGraphs = 0;
  const owners: Owner[] = [];
  let key: KeyDef | null = null;
  let keyId = '';
  let inDefault: string[] | null = null;
  // The <data> being read: its key, its text, and for yEd graphics the realizer we are in.
  let data: { key: string; text: string[]; depth: number; owner: Owner; realizer: number; realizersDepth: number } | null = null;
  /** Text directly inside y:NodeLabel / y:EdgeLabel. */
  let label: string[] | null = null;
  let labelDepth = -1;

  const newGraphics = (active = 0): Graphics => ({ labels: new Map(), colors: new Map(), positions: new Map(), active });

  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    stack.push(name);
    const depth = stack.length;
    if (root === null) {
      root = name;
      if (name !== 'graphml') fail(`not a GraphML file: the root element is <${tag.name}>, expected <graphml>`);
      return;
    }
    if (data) return openInData(tag, name, depth);
    const parent = stack[depth - 2];
    if (name === 'key' && parent === 'graphml') {
      keyId = attr(tag, 'id') ?? '';
      if (!keyId) fail('a <key> has no id', here());
      const domain = attr(tag, 'for') ?? 'all';
      key = { name: attr(tag, 'attr.name') || keyId, domain: DOMAINS.has(domain) ? (domain as KeyDomain) : 'other', type: attr(tag, 'attr.type') ?? 'string', yfiles: attr(tag, 'yfiles.type') };
    } else if (name === 'default' && key) inDefault = [];
    else if (name === 'graph') openGraph(tag, parent);
    else if (graphs.at(-1)?.skip) return;
    else if (name === 'node') openNode(tag);
    else if (name === 'edge') openEdge(tag);
    else if (name === 'hyperedge') warnings.add('Skipped hyperedges (not supported)', `hyperedge at line ${parser.line}`);
    else if (name === 'locator') warnings.add('Skipped graphs stored in another file (<locator>)', `line ${parser.line}`);
    else if (name === 'data') {
      const owner = owners.at(-1);
      if (owner && (parent === 'node' || parent === 'edge')) {
        const k = attr(tag, 'key') ?? '';
        const def = keys.get(k);
        if (def?.yfiles === 'nodegraphics' || def?.yfiles === 'edgegraphics') owner.graphics ??= newGraphics();
        data = { key: k, text: [], depth, owner, realizer: 0, realizersDepth: -1 };
      }
    }
  });

  function openGraph(tag: SaxesTagPlain, parent: string | undefined): void {
    const edgedefault = attr(tag, 'edgedefault');
    if (edgedefault !== 'directed' && edgedefault !== 'undirected') {
      warnings.add('Graphs without edgedefault="directed" or "undirected", taken as undirected', `<graph${attr(tag, 'id') ? ` id="${attr(tag, 'id')}"` : ''}> at line ${parser.line}`);
    }
    const outer = graphs.at(-1);
    let skip = outer?.skip ?? false;
    if (parent === 'graphml' && ++topGraphs > 1) {
      if (topGraphs === 2) readerWarnings.push('The file holds several graphs: only the first is imported.');
      skip = true;
    }
    const owner = owners.at(-1);
    graphs.push({ directed: edgedefault === 'directed', groupNode: parent === 'node' && owner?.kind === 'node' ? owner.element.id : undefined, skip });
  }

  function openNode(tag: SaxesTagPlain): void {
    const id = attr(tag, 'id');
    if (!id) fail(`node number ${nodes.length + 1} has no id`, here());
    const seen = nodeAt.get(id);
    if (seen !== undefined) fail(`two nodes have the id "${id}" (the first is node number ${seen + 1})`, here());
    const node: ForeignNode = { id, attributes: new Map() };
    nodeAt.set(id, nodes.length);
    nodes.push(node);
    const group = graphs.at(-1)?.groupNode;
    if (group !== undefined) groupOf.set(id, group);
    owners.push({ kind: 'node', data: new Map(), element: node });
  }

  function openEdge(tag: SaxesTagPlain): void {
    const id = attr(tag, 'id');
    const directedAttr = attr(tag, 'directed');
    const directed = directedAttr === 'true' ? true : directedAttr === 'false' ? false : (graphs.at(-1)?.directed ?? false);
    const edge: ForeignEdge = {
      ...(id ? { id } : {}),
      source: attr(tag, 'source') ?? '',
      target: attr(tag, 'target') ?? '',
      directed,
      attributes: new Map(),
      name: id ? `edge "${id}"` : `edge number ${edges.length + 1} (line ${parser.line})`,
    };
    edges.push(edge);
    owners.push({ kind: 'edge', data: new Map(), element: edge });
  }

  /** Inside <data>: yEd's graphics elements, or any markup whose text is the value. */
  function openInData(tag: SaxesTagPlain, name: string, depth: number): void {
    const d = data!;
    const g = d.owner.graphics;
    if (!g || !isGraphicsKey(d.key)) return;
    if (name === 'Realizers') {
      g.active = Number(attr(tag, 'active') ?? 0) || 0;
      d.realizersDepth = depth;
      d.realizer = -1;
    } else if (depth === d.realizersDepth + 1) d.realizer++;
    const r = Math.max(0, d.realizer);
    if ((name === 'NodeLabel' || name === 'EdgeLabel') && !g.labels.has(r)) {
      label = [];
      labelDepth = depth;
    } else if (name === 'Fill' && attr(tag, 'transparent') !== 'true' && attr(tag, 'color') && !g.colors.has(r)) g.colors.set(r, attr(tag, 'color')!);
    else if (name === 'Geometry' && !g.positions.has(r)) {
      const x = Number(attr(tag, 'x'));
      const y = Number(attr(tag, 'y'));
      if (Number.isFinite(x) && Number.isFinite(y)) g.positions.set(r, { x, y });
    } else if (name === 'Arrows') g.arrows = { source: attr(tag, 'source') ?? 'none', target: attr(tag, 'target') ?? 'none' };
  }

  const isGraphicsKey = (k: string): boolean => {
    const y = keys.get(k)?.yfiles;
    return y === 'nodegraphics' || y === 'edgegraphics';
  };

  const onText = (text: string): void => {
    if (label && stack.length === labelDepth) label.push(text);
    else if (data) data.text.push(text);
    else if (inDefault) inDefault.push(text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    const depth = stack.length;
    stack.pop();
    if (label && depth === labelDepth) {
      const text = label.join('').trim();
      const g = data?.owner.graphics;
      if (text && g) g.labels.set(Math.max(0, data!.realizer), text);
      label = null;
      labelDepth = -1;
      return;
    }
    if (data) {
      if (depth !== data.depth) return;
      if (!keys.get(data.key)?.yfiles) {
        const value = data.text.join('').trim();
        if (value !== '') data.owner.data.set(data.key, value);
      }
      data = null;
      return;
    }
    if (name === 'default' && key && inDefault) {
      key.default = inDefault.join('').trim();
      inDefault = null;
    } else if (name === 'key' && key) {
      keys.set(keyId, key);
      key = null;
    } else if (name === 'graph') graphs.pop();
    else if ((name === 'node' || name === 'edge') && owners.at(-1)?.kind === name && !graphs.at(-1)?.skip) closeOwner(owners.pop()!);
  });

  function cast(k: string, raw: string, def: KeyDef | undefined): Scalar {
    const type = def?.type ?? 'string';
    if (NUMERIC.has(type)) {
      const n = Number(raw);
      if (raw.trim() !== '' && Number.isFinite(n)) return n;
    } else if (type === 'boolean') {
      const b = raw.trim().toLowerCase();
      if (b === 'true' || b === '1') return true;
      if (b === 'false' || b === '0') return false;
    } else return raw;
    mismatched.set(`${def?.name ?? k} (${type})`, (mismatched.get(`${def?.name ?? k} (${type})`) ?? 0) + 1);
    return raw;
  }

  function closeOwner(owner: Owner): void {
    const attrs = owner.element.attributes;
    for (const [k, raw] of owner.data) {
      const def = keys.get(k);
      attrs.set(def?.name ?? k, cast(k, raw, def));
    }
    for (const [k, def] of keys) {
      if (def.default === undefined || def.default === '' || owner.data.has(k) || def.yfiles) continue;
      if (def.domain !== owner.kind && def.domain !== 'all') continue;
      if (!attrs.has(def.name)) attrs.set(def.name, cast(k, def.default, def));
    }
    const g = owner.graphics;
    const pick = <T>(m: Map<number, T> | undefined): T | undefined => (m ? (m.get(g!.active) ?? m.values().next().value) : undefined);
    const yLabel = pick(g?.labels);
    if (owner.kind === 'node') {
      const node = owner.element;
      const color = pick(g?.colors);
      const pos = pick(g?.positions);
      if (color !== undefined && !attrs.has('color')) attrs.set('color', color);
      if (pos && !attrs.has('x') && !attrs.has('y')) attrs.set('x', pos.x).set('y', pos.y);
      if (yLabel !== undefined) node.label = yLabel;
      else {
        const labelKey = [...attrs.keys()].find((a) => a.toLowerCase() === 'label' && String(attrs.get(a)).trim()) ?? [...attrs.keys()].find((a) => a.toLowerCase() === 'name' && String(attrs.get(a)).trim());
        if (labelKey !== undefined) {
          node.label = String(attrs.get(labelKey));
          attrs.delete(labelKey);
        }
      }
    } else {
      const edge = owner.element;
      if (yLabel !== undefined && !attrs.has('label')) attrs.set('label', yLabel);
      if (g?.arrows && g.arrows.source === 'none' && g.arrows.target === 'none') edge.directed = false;
    }
  }

  let first = true;
  return {
    write(chunk) {
      if (problem) return false;
      let text = chunk;
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
      if (!started) {
        const lead = text.trimStart();
        started = lead !== '';
        if (started && !lead.startsWith('<')) {
          problem = { file: fileName, path: '(root)', message: 'not a GraphML file: it is not XML (it does not start with "<")', line: 1, column: 1 };
          return false;
        }
      }
      try {
        parser.write(text);
      } catch (error) {
        if (!(error instanceof Stop)) problem = xmlProblem(fileName, error, here());
        return false;
      }
      return true;
    },
    finish() {
      if (!problem && !started) return { ok: false, issues: [{ file: fileName, path: '(root)', message: 'the file is empty' }] };
      if (!problem) {
        try {
          parser.close();
        } catch (error) {
          if (!(error instanceof Stop)) problem = xmlProblem(fileName, error, here());
        }
      }
      if (problem) return { ok: false, issues: [problem] };
      if (topGraphs === 0) return { ok: false, issues: [{ file: fileName, path: '(root)', message: 'the GraphML file has no <graph> element' }] };
      const labelOf = new Map(nodes.map((n) => [n.id, n.label?.trim() || n.id]));
      for (const [id, group] of groupOf) {
        const attrs = nodes[nodeAt.get(id)!]!.attributes;
        if (!attrs.has('group')) attrs.set('group', labelOf.get(group) ?? group);
      }
      for (const [what, count] of mismatched) warnings.add('Values that do not fit their declared type, kept as text', `${what}: ${count}`);
      return foreignToGraphFile({ format: 'GraphML', nodes, edges, warnings: [...readerWarnings, ...warnings.finish()] }, fileName, options);
    },
  };
}

/** saxes prefixes "line:column: " to its messages. */
function xmlProblem(fileName: string, error: unknown, at: { line: number; column: number }): ImportIssue {
  const raw = error instanceof Error ? error.message : String(error);
  const m = /^(\d+):(\d+): ([\s\S]*)$/.exec(raw);
  const where = m ? { line: Number(m[1]), column: Number(m[2]) } : at;
  return { file: fileName, path: '(root)', message: `not well-formed XML: ${m ? m[3] : raw}`, ...where };
}

export function fromGraphML(text: string, fileName: string, options: ForeignImportOptions = {}): ImportResult {
  const reader = createGraphMLImport(fileName, options);
  reader.write(text);
  return reader.finish();
}
