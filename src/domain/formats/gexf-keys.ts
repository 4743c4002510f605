/**
 * graphology-gexf keys its attribute model and each element's values by attribute id or title in
 * plain objects, and graphology keeps adjacency by node id in plain objects: an attribute titled
 * "__proto__" or a node "constructor" breaks either. So before the parser sees the document, every
 * node id, edge id and attribute id becomes a key of ours ("n0", "e0", "a0"), and the names come
 * back from here after parsing.
 */
import { NodeKeys } from '../graphology-keys';

type AttributeClass = 'node' | 'edge';

export interface GexfNames {
  readonly nodes: NodeKeys;
  /** The edge id behind an edge key. */
  edgeId(key: string): string;
  /**
   * The values of a parsed node or edge under their names: a declared attribute by its title
   * (what Gephi shows), else its id; label, weight and viz keep their names, and an attribute
   * whose title and id are both taken is left out (as the parser let viz overwrite it).
   */
  attributes(cls: AttributeClass, parsed: Readonly<Record<string, unknown>>): Map<string, unknown>;
}

interface Declared {
  id: string;
  title: string | undefined;
}

/** The nearest enclosing <node> or <edge> of an element. */
function ownerClass(el: Element): AttributeClass | undefined {
  for (let p = el.parentNode; p; p = p.parentNode) {
    if (p.nodeName === 'node' || p.nodeName === 'edge') return p.nodeName;
  }
  return undefined;
}

/**
 * Rewrites the document in place: `nodeElements` (unique ids) and `edgeElements` (final ids, both
 * ends among the nodes) get keys of ours, as do the attribute declarations and values.
 */
export function keyGexfDocument(doc: Document, nodeElements: readonly Element[], edgeElements: readonly Element[]): GexfNames {
  const nodes = new NodeKeys();
  for (const el of nodeElements) el.setAttribute('id', nodes.add(el.getAttribute('id')!));
  const edgeIds: string[] = [];
  for (const el of edgeElements) {
    edgeIds.push(el.getAttribute('id')!);
    el.setAttribute('id', `e${edgeIds.length - 1}`);
    el.setAttribute('source', nodes.key(el.getAttribute('source')!)!);
    el.setAttribute('target', nodes.key(el.getAttribute('target')!)!);
  }

  // Attribute key → what the file calls it; the file's id → key, per class.
  const declared = { node: new Map<string, Declared>(), edge: new Map<string, Declared>() };
  const keyOf = { node: new Map<string, string>(), edge: new Map<string, string>() };
  const newKey = (cls: AttributeClass, d: Declared): string => {
    const key = `a${declared.node.size + declared.edge.size}`;
    declared[cls].set(key, d);
    keyOf[cls].set(d.id, key);
    return key;
  };
  for (const model of Array.from(doc.getElementsByTagName('attributes'))) {
    const cls = model.getAttribute('class');
    if (cls !== 'node' && cls !== 'edge') continue;
    for (const a of Array.from(model.getElementsByTagName('attribute'))) {
      const key = newKey(cls, { id: a.getAttribute('id') || a.getAttribute('for') || '', title: a.getAttribute('title') || undefined });
      a.removeAttribute('for');
      a.setAttribute('id', key);
      a.setAttribute('title', key);
    }
  }
  for (const v of Array.from(doc.getElementsByTagName('attvalue'))) {
    const cls = ownerClass(v);
    const id = v.getAttribute('id') || v.getAttribute('for');
    // A value that names no attribute cannot be read under any name.
    if (!cls || !id) {
      v.parentNode?.removeChild(v);
      continue;
    }
    // Undeclared values are read under their id (the parser's allowUndeclaredAttributes).
    const key = keyOf[cls].get(id) ?? newKey(cls, { id, title: undefined });
    v.removeAttribute('id');
    v.setAttribute('for', key);
  }

  return {
    nodes,
    edgeId(key) {
      const id = edgeIds[Number(key.slice(1))];
      if (id === undefined || key !== `e${Number(key.slice(1))}`) throw new Error(`GEXF edge key "${key}" was not given out by keyGexfDocument`);
      return id;
    },
    attributes(cls, parsed) {
      const names = declared[cls];
      const fixed = new Set(Object.keys(parsed).filter((k) => !names.has(k)));
      const out = new Map<string, unknown>();
      for (const [k, v] of Object.entries(parsed)) {
        const d = names.get(k);
        if (!d) out.set(k, v);
        else {
          const name = [d.title, d.id].find((n) => n !== undefined && !fixed.has(n) && !out.has(n));
          if (name !== undefined) out.set(name, v);
        }
      }
      return out;
    },
  };
}
