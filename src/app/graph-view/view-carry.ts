// The view of the canvas carried across a reload of the same graph (a review save rebuilds it):
// actors keep their places, new ones sit by their neighbours, and the zoom and pan stay, so the
// reviewer's mental map survives. Only an explicit reload carries a view; an import never does.
import type { Point } from '../../domain/layout';
import type { LayoutName } from '../../domain/layouts';

export interface CarriedView {
  positions: Map<string, Point>;
  zoom: number;
  pan: Point;
  layout: LayoutName;
}

let source: (() => CarriedView) | null = null;
let carried: CarriedView | null = null;

/** The canvas on screen says how to read its view; it returns how to take that back when it goes. */
export function setViewSource(read: () => CarriedView): () => void {
  source = read;
  return () => {
    if (source === read) source = null;
  };
}

/** Before a reload: keep the view of the canvas on screen for the next canvas. */
export function carryViewToNextCanvas(): void {
  carried = source ? source() : null;
}

/** The next canvas takes the carried view (once). */
export function takeCarriedView(): CarriedView | null {
  const view = carried;
  carried = null;
  return view;
}
