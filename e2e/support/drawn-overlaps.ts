import type { NodeBox, PageRect } from '../../src/app/test-api';

/** One pixel of slack: Cytoscape rounds label boxes to whole pixels. */
const meet = (a: PageRect, b: PageRect): boolean => a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1;

/**
 * Pairs of actors where what is drawn of one (its shape, its label if drawn) covers what is drawn of
 * the other. Shape and label are compared apart: a label wider than its actor leaves room beside it.
 */
export function drawnOverlaps(boxes: readonly NodeBox[]): string[] {
  const parts = (b: NodeBox): PageRect[] => (b.label ? [b.body, b.label] : [b.body]);
  const out: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) if (parts(a).some((x) => parts(b).some((y) => meet(x, y)))) out.push(`${a.id} × ${b.id}`);
  }
  return out;
}
