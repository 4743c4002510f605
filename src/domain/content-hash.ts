// A short fingerprint of a graph's content (actors, relations, types), used to key what the
// browser remembers about a graph (dragged positions): the same file gets the same key, a
// changed graph gets another. cyrb53 (53-bit), fed piece by piece so a large graph needs no
// big intermediate string.
import type { GraphFile } from './graph-contract';

export function graphContentHash(graph: GraphFile): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    // A separator that cannot occur inside ids, so "ab"+"c" and "a"+"bc" differ.
    h1 = Math.imul(h1 ^ 0xffff, 2654435761);
    h2 = Math.imul(h2 ^ 0xffff, 1597334677);
  };
  for (const n of graph.nodes) {
    feed(n.id);
    feed(n.label);
    feed(n.kind);
  }
  for (const e of graph.edges) {
    feed(e.id);
    feed(e.source);
    feed(e.target);
    feed(e.type);
  }
  for (const t of graph.relationTypes) feed(t.id);
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
