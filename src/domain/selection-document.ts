// Which document the reader shows for a selection: it follows the selection, but stays on the
// current document when that one supports the selection too.
import type { GraphIndex } from './graph-index';
import type { SelectionFocus } from './selection';

/** Each document's position in the file, per graph (looked up instead of scanning the list). */
const documentOrder = new WeakMap<GraphIndex, Map<string, number>>();

function orderOf(index: GraphIndex): Map<string, number> {
  let order = documentOrder.get(index);
  if (!order) {
    order = new Map(index.file.documents.map((d, i) => [d.id, i]));
    documentOrder.set(index, order);
  }
  return order;
}

/**
 * The document of the selection's first supporting sentence (in file order); the current one if
 * it has any of them, or if the selection has none.
 */
export function documentOf(index: GraphIndex, focus: SelectionFocus, current: string | null): string | null {
  // A corpus has tens of thousands of articles and a hub thousands of sentences: look orders up.
  const order = orderOf(index);
  let best: { doc: string; order: number } | null = null;
  for (const id of focus.sentences) {
    const doc = index.sentences.get(id)?.documentId;
    if (!doc) continue;
    if (doc === current) return current;
    const at = order.get(doc) ?? -1;
    if (!best || at < best.order) best = { doc, order: at };
  }
  return best?.doc ?? current;
}
