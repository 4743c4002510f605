/**
 * GraphML export (for yEd, Cytoscape desktop, NetworkX, igraph, Gephi).
 *
 * graphology-graphml 0.5 only parses (it has no writer), so this writes the XML itself:
 * one <key> per attribute (typed boolean / int / long / double / string from the values),
 * `edgedefault="undirected"` and `directed="true"` on the relations whose type is directed —
 * that way round because some readers (graphology-graphml among them) ignore
 * `directed="false"`. Same attributes as the GEXF export, with `label` on nodes and edges.
 */
import type { GraphFile } from '../graph-contract';
import { edgeRecord, lookups, nodeRecord, selectElements, type FlatRecord, type FlatValue, type IdSelection } from './selection';

type GraphmlType = 'boolean' | 'int' | 'long' | 'double' | 'string';

// Characters XML 1.0 forbids (other than tab, line feed and carriage return) are dropped.
// eslint-disable-next-line no-control-regex
const TEXT_SPECIAL = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex
const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

export function escapeXml(text: string, inAttribute = false): string {
  return text.replace(inAttribute ? ATTRIBUTE_SPECIAL : TEXT_SPECIAL, (c) => ENTITIES[c] ?? '');
}

function typeOf(v: FlatValue): GraphmlType {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) return 'double';
    return Math.abs(v) <= 0x7fffffff ? 'int' : 'long';
  }
  return 'string';
}

const WIDER: Record<GraphmlType, number> = { boolean: 0, int: 1, long: 2, double: 3, string: 4 };

function merge(a: GraphmlType | undefined, b: GraphmlType): GraphmlType {
  if (a === undefined || a === b) return b;
  const numeric = (t: GraphmlType) => t === 'int' || t === 'long' || t === 'double';
  if (numeric(a) && numeric(b)) return WIDER[a] > WIDER[b] ? a : b;
  return 'string';
}

function inferKeys(records: readonly FlatRecord[]): Map<string, GraphmlType> {
  const keys = new Map<string, GraphmlType>();
  for (const r of records) for (const [k, v] of r) keys.set(k, merge(keys.get(k), typeOf(v)));
  return keys;
}

function valueText(v: FlatValue): string {
  return typeof v === 'number' && !Number.isFinite(v) ? String(v).replace('Infinity', 'INF') : String(v);
}

export function toGraphML(graph: GraphFile, visibleNodeIds?: IdSelection, visibleEdgeIds?: IdSelection): string {
  const { nodes, edges } = selectElements(graph, visibleNodeIds, visibleEdgeIds);
  const look = lookups(graph);
  const nodeRecords = nodes.map((n) => nodeRecord(n));
  const edgeRecords = edges.map((e) => edgeRecord(graph, e, look));
  const nodeKeys = inferKeys(nodeRecords);
  const edgeKeys = inferKeys(edgeRecords);
  const keyId = (scope: 'n' | 'e', name: string) => `${scope}_${name}`;

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [scope, forWhat, keys] of [['n', 'node', nodeKeys], ['e', 'edge', edgeKeys]] as const) {
    for (const [name, type] of keys) {
      out.push(`  <key id="${escapeXml(keyId(scope, name), true)}" for="${forWhat}" attr.name="${escapeXml(name, true)}" attr.type="${type}"/>`);
    }
  }
  out.push('  <graph id="G" edgedefault="undirected">');
  const data = (scope: 'n' | 'e', record: FlatRecord) =>
    [...record].map(([k, v]) => `      <data key="${escapeXml(keyId(scope, k), true)}">${escapeXml(valueText(v))}</data>`);
  nodes.forEach((n, i) => {
    out.push(`    <node id="${escapeXml(n.id, true)}">`, ...data('n', nodeRecords[i]!), '    </node>');
  });
  edges.forEach((e, i) => {
    const directed = look.directed(e.type) ? ' directed="true"' : '';
    out.push(
      `    <edge id="${escapeXml(e.id, true)}" source="${escapeXml(e.source, true)}" target="${escapeXml(e.target, true)}"${directed}>`,
      ...data('e', edgeRecords[i]!),
      '    </edge>',
    );
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
