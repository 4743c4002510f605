/**
 * GEXF 1.3 export (for Gephi).
 *
 * Nodes: label, then attributes kind, aliases (joined with "; "), role, description,
 * mentions (count) and any imported attributes; imported x / y / size / color go to viz.
 * Edges: directed or not per relation type; label = the relation type's label; weight =
 * evidence sentences; viz colour = the type's colour; attributes type, status, date, dateText,
 * saidBy, reportedBy, evidence (quotes joined with " | "), sentences, note.
 *
 * Written here rather than with graphology-gexf's writer, which reads the graph from graphology
 * (whose adjacency breaks on node ids such as "constructor") and keys its attribute model by
 * attribute name in a plain object (an attribute named "constructor" or "__proto__" is lost).
 * The output is the writer's: same elements, attribute types and viz, so it parses back the same.
 */
import type { GraphFile } from '../graph-contract';
import { escapeXml } from './graphml-export';
import { edgeRecord, lookups, nodeRecord, selectElements, type FlatRecord, type FlatValue, type IdSelection } from './selection';

const VIZ_KEYS: ReadonlySet<string> = new Set(['x', 'y', 'z', 'size', 'color']);

type GexfType = 'boolean' | 'integer' | 'long' | 'double' | 'string';

function typeOf(v: FlatValue): GexfType {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) return 'double';
    return Math.abs(v) <= 0x7fffffff ? 'integer' : 'long';
  }
  return 'string';
}

/** The narrowest type that holds both (numbers widen; anything else mixed is text). */
function merge(a: GexfType | undefined, b: GexfType): GexfType {
  if (a === undefined || a === b) return b;
  const order: readonly GexfType[] = ['integer', 'long', 'double'];
  if (order.includes(a) && order.includes(b)) return order[Math.max(order.indexOf(a), order.indexOf(b))]!;
  return 'string';
}

/** Values GEXF leaves out: empty text and NaN. */
const isEmpty = (v: FlatValue): boolean => v === '' || (typeof v === 'number' && Number.isNaN(v));

function hexToRgb(hex: string): string | undefined {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  // Gephi versions before 0.10 only read r/g/b colours, not GEXF 1.3's hex.
  return m ? `r="${parseInt(m[1]!, 16)}" g="${parseInt(m[2]!, 16)}" b="${parseInt(m[3]!, 16)}"` : undefined;
}

/** The <viz:color> attributes of a CSS colour, or undefined when GEXF cannot say it. */
function colorAttributes(color: string): string | undefined {
  const rgb = /^\s*rgba?\s*\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([.\d]+))?\s*\)\s*$/i.exec(color);
  if (rgb) return `r="${rgb[1]}" g="${rgb[2]}" b="${rgb[3]}"${rgb[4] !== undefined ? ` a="${rgb[4]}"` : ''}`;
  if (color.startsWith('#')) return hexToRgb(color) ?? `hex="${escapeXml(color, true)}"`;
  return undefined;
}

interface Element {
  attributes: FlatRecord;
  viz: string[];
}

/** Splits a record into GEXF attributes and viz elements (x / y / z / size numbers, a colour GEXF can say). */
function splitViz(record: FlatRecord): Element {
  const attributes: FlatRecord = new Map();
  const numbers = new Map<string, number>();
  let color: string | undefined;
  for (const [k, v] of record) {
    if (VIZ_KEYS.has(k) && k !== 'color' && typeof v === 'number') numbers.set(k, v);
    else if (k === 'color' && typeof v === 'string' && colorAttributes(v) !== undefined) color = `<viz:color ${colorAttributes(v)}/>`;
    else attributes.set(k, v);
  }
  const position = ['x', 'y', 'z'].flatMap((k) => (numbers.has(k) ? [`${k}="${numbers.get(k)}"`] : []));
  const size = numbers.has('size') ? `<viz:size value="${numbers.get('size')}"/>` : undefined;
  const viz = [color, size, position.length ? `<viz:position ${position.join(' ')}/>` : undefined].filter((x): x is string => x !== undefined);
  return { attributes, viz };
}

function model(elements: readonly Element[]): Map<string, GexfType> {
  const types = new Map<string, GexfType>();
  for (const e of elements) for (const [k, v] of e.attributes) if (!isEmpty(v)) types.set(k, merge(types.get(k), typeOf(v)));
  return types;
}

const attr = (name: string, value: string | number): string => ` ${name}="${escapeXml(String(value), true)}"`;

export function toGexf(graph: GraphFile, visibleNodeIds?: IdSelection, visibleEdgeIds?: IdSelection): string {
  const { nodes, edges } = selectElements(graph, visibleNodeIds, visibleEdgeIds);
  const look = lookups(graph);
  const nodeElements = nodes.map((n) => {
    const record = nodeRecord(n);
    const label = String(record.get('label'));
    record.delete('label');
    return { id: n.id, label, ...splitViz(record) };
  });
  const edgeElements = edges.map((e) => {
    const record = edgeRecord(graph, e, look);
    const label = String(record.get('label'));
    const weight = Number(record.get('weight'));
    record.delete('label');
    record.delete('weight');
    const directed = look.directed(e.type);
    const color = look.typeColor(e.type);
    const rgb = color ? hexToRgb(color) : undefined;
    return { e, label, weight, directed, attributes: record, viz: rgb ? [`<viz:color ${rgb}/>`] : [] };
  });
  const allUndirected = edgeElements.length > 0 && edgeElements.every((e) => !e.directed);
  const defaultType = allUndirected ? 'undirected' : 'directed';
  const nodeModel = model(nodeElements);
  const edgeModel = model(edgeElements);

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">',
    '  <meta>',
    '    <creator>news-kg-explorer</creator>',
    `    <description>${escapeXml(`Actors and relation claims (${nodes.length} nodes, ${edges.length} edges)`)}</description>`,
    '  </meta>',
    `  <graph defaultedgetype="${defaultType}">`,
  ];
  for (const [cls, types] of [['node', nodeModel], ['edge', edgeModel]] as const) {
    if (!types.size) continue;
    out.push(`    <attributes class="${cls}">`);
    for (const [name, type] of types) out.push(`      <attribute${attr('id', name)}${attr('title', name)} type="${type}"/>`);
    out.push('    </attributes>');
  }
  const body = (types: ReadonlyMap<string, GexfType>, element: Element): string[] => {
    const values = [...types.keys()].flatMap((name) => {
      const v = element.attributes.get(name);
      return v === undefined || isEmpty(v) ? [] : [`          <attvalue${attr('for', name)}${attr('value', String(v))}/>`];
    });
    return [...(values.length ? ['        <attvalues>', ...values, '        </attvalues>'] : []), ...element.viz.map((v) => `        ${v}`)];
  };
  const element = (open: string, inner: string[], tag: string) => (inner.length ? [`${open}>`, ...inner, `      </${tag}>`] : [`${open}/>`]);
  out.push('    <nodes>');
  for (const n of nodeElements) out.push(...element(`      <node${attr('id', n.id)}${n.label ? attr('label', n.label) : ''}`, body(nodeModel, n), 'node'));
  out.push('    </nodes>', '    <edges>');
  for (const x of edgeElements) {
    const type = (x.directed ? 'directed' : 'undirected') === defaultType ? '' : attr('type', x.directed ? 'directed' : 'undirected');
    const weight = Number.isNaN(x.weight) ? '' : attr('weight', x.weight);
    const open = `      <edge${attr('id', x.e.id)}${type}${attr('source', x.e.source)}${attr('target', x.e.target)}${weight}${x.label ? attr('label', x.label) : ''}`;
    out.push(...element(open, body(edgeModel, x), 'edge'));
  }
  out.push('    </edges>', '  </graph>', '</gexf>');
  return out.join('\n');
}
