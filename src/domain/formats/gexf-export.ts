/**
 * GEXF 1.3 export (for Gephi) with graphology-gexf's writer.
 *
 * Nodes: label, then attributes kind, aliases (joined with "; "), role, description,
 * mentions (count) and any imported attributes; imported x / y / size / color go to viz.
 * Edges: directed or not per relation type; label = the relation type's label; weight =
 * evidence sentences; viz colour = the type's colour; attributes type, status, date, dateText,
 * saidBy, reportedBy, evidence (quotes joined with " | "), sentences, note.
 */
import { MultiGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { GraphFile } from '../graph-contract';
import { edgeRecord, lookups, nodeRecord, selectElements, type FlatValue, type IdSelection } from './selection';

const VIZ_KEYS = ['x', 'y', 'z', 'size', 'color'] as const;

function hexToRgb(hex: string): string | undefined {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  // Gephi versions before 0.10 only read r/g/b colours, not GEXF 1.3's hex.
  return m ? `rgb(${parseInt(m[1]!, 16)},${parseInt(m[2]!, 16)},${parseInt(m[3]!, 16)})` : undefined;
}

export function toGexf(graph: GraphFile, visibleNodeIds?: IdSelection, visibleEdgeIds?: IdSelection): string {
  const { nodes, edges } = selectElements(graph, visibleNodeIds, visibleEdgeIds);
  const look = lookups(graph);
  const g = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
  g.setAttribute('creator', 'news-kg-explorer');
  g.setAttribute('description', `Actors and relation claims (${nodes.length} nodes, ${edges.length} edges)`);
  for (const n of nodes) g.addNode(n.id, nodeRecord(n));
  for (const e of edges) {
    const attrs = edgeRecord(graph, e, look);
    if (look.directed(e.type)) g.addDirectedEdgeWithKey(e.id, e.source, e.target, attrs);
    else g.addUndirectedEdgeWithKey(e.id, e.source, e.target, attrs);
  }
  return write(g, {
    version: '1.3',
    pretty: true,
    formatNode: (_key, attr) => {
      const { label, ...rest } = attr as Record<string, FlatValue>;
      const viz: Record<string, FlatValue> = {};
      const attributes: Record<string, FlatValue> = {};
      for (const [k, v] of Object.entries(rest)) {
        if ((VIZ_KEYS as readonly string[]).includes(k) && (k === 'color' ? typeof v === 'string' : typeof v === 'number')) {
          viz[k] = k === 'color' ? (hexToRgb(v as string) ?? (v as string)) : v;
        } else attributes[k] = v;
      }
      return { label: String(label), attributes, ...(Object.keys(viz).length ? { viz } : {}) };
    },
    formatEdge: (_key, attr) => {
      const { label, weight, ...attributes } = attr as Record<string, FlatValue>;
      const color = look.typeColor(String(attributes.type));
      const rgb = color ? hexToRgb(color) : undefined;
      return { label: String(label), weight: Number(weight), attributes, ...(rgb ? { viz: { color: rgb } } : {}) };
    },
  });
}
