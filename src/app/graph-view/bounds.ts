// Element bounds as the next frame will draw them.
import type cytoscape from 'cytoscape';

type Options = cytoscape.BoundingBoxOptions;
type Elements = cytoscape.CollectionArgument;

/**
 * Cytoscape caches an element's bounds at the first read after a style change, yet measures the
 * label there with the size the last frame drew, and keeps that box until the element moves or its
 * style changes again: a read between a label's change (a landmark's size after a zoom) and the
 * next frame would keep the old label's box. Applying the pending style first (a style read does)
 * makes the read measure the label anew.
 */
function settled(eles: Elements): Elements {
  eles.forEach((el) => void el.numericStyle('font-size'));
  return eles;
}

/** Model-space bounds of `eles`. */
export function boundsOf(eles: Elements, options?: Options): cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH {
  return settled(eles).boundingBox(options ?? {});
}

/** On-screen bounds of `eles` (relative to the canvas). */
export function renderedBoundsOf(eles: Elements, options?: Options): cytoscape.BoundingBox12 & cytoscape.BoundingBoxWH {
  return settled(eles).renderedBoundingBox(options ?? {});
}
