// The drawn graph as SVG: Cytoscape's canvas renderer draws the visible elements into
// svgcanvas, a 2D context that records SVG instead of pixels, so the SVG looks exactly like the
// canvas (shapes, dashes, arrows, label backgrounds). The same approach as cytoscape-svg
// (GPL), written here against svgcanvas (MIT). Loaded on demand with the export menu.
import type cytoscape from 'cytoscape';
import { Context } from 'svgcanvas';

/** The renderer internals this needs (Cytoscape's canvas renderer; not in its public types). */
interface CanvasRenderer {
  usePaths(): boolean;
  getCachedZSortedEles(): cytoscape.CollectionReturnValue;
  drawElements(ctx: unknown, eles: cytoscape.CollectionReturnValue): void;
}

const ANCHOR: Record<string, string> = { left: 'start', right: 'end', center: 'middle', start: 'start', end: 'end' };
const BASELINE: Record<string, string> = { alphabetic: 'alphabetic', hanging: 'hanging', top: 'text-before-edge', bottom: 'text-after-edge', middle: 'central' };

type Internal = Context & {
  __closestGroupOrSvg(): Element;
  __currentDefaultPath: string;
  __createElement(name: string, attrs: Record<string, string | number>, resetFill?: boolean): Element;
  __applyTransformation(el: Element): void;
  __applyStyleToCurrentElement(action: string): void;
  __currentElement: Element;
  __document: Document;
};

/**
 * svgcanvas reads the font by writing it into a style *attribute*, which the page's
 * Content-Security-Policy (style-src 'self') refuses; the style property (CSSOM) is allowed.
 */
class CspSafeContext extends Context {
  __applyText(text: string, x: number, y: number, action: string): void {
    const self = this as unknown as Internal;
    const probe = document.createElement('span');
    probe.style.font = this.font;
    const parent = self.__closestGroupOrSvg();
    const el = self.__createElement(
      'text',
      {
        'font-family': probe.style.fontFamily,
        'font-size': probe.style.fontSize,
        'font-style': probe.style.fontStyle,
        'font-weight': probe.style.fontWeight,
        x,
        y,
        'text-anchor': ANCHOR[this.textAlign] ?? 'start',
        'dominant-baseline': BASELINE[this.textBaseline] ?? 'alphabetic',
      },
      true,
    );
    el.appendChild(self.__document.createTextNode(text));
    self.__currentElement = el;
    self.__applyTransformation(el);
    self.__applyStyleToCurrentElement(action);
    parent.appendChild(el);
  }

  /**
   * A path command right after text: on a canvas the current path lives on after fillText, so
   * it goes into a new path element here (svgcanvas would log an error and drop it).
   */
  __applyCurrentDefaultPath(): void {
    const self = this as unknown as Internal;
    if (self.__currentElement.nodeName !== 'path') {
      const path = self.__createElement('path', {}, true);
      self.__closestGroupOrSvg().appendChild(path);
      self.__currentElement = path;
    }
    self.__currentElement.setAttribute('d', self.__currentDefaultPath);
  }
}

type Scratch = { _private: { rscratch: { pathCacheKey: unknown; pathCache: unknown } } };

export function graphToSvg(cy: cytoscape.Core, options: { padding?: number; background?: string } = {}): string {
  const padding = options.padding ?? 16;
  const renderer = (cy as unknown as { renderer(): CanvasRenderer }).renderer();
  const drawn = cy.elements().filter((el) => !el.hasClass('hidden'));
  const bb = drawn.boundingBox({});
  const width = Math.ceil(bb.w + 2 * padding);
  const height = Math.ceil(bb.h + 2 * padding);
  const ctx = new CspSafeContext({ width, height });
  if (options.background) {
    ctx.fillStyle = options.background;
    ctx.fillRect(0, 0, width, height);
  }
  // Path2D objects cannot be recorded: draw with plain path calls while exporting.
  const usePaths = renderer.usePaths;
  const flush = () =>
    cy.elements().forEach((el) => {
      const scratch = (el as unknown as Scratch)._private.rscratch;
      scratch.pathCacheKey = null;
      scratch.pathCache = null;
    });
  renderer.usePaths = () => false;
  flush();
  try {
    ctx.translate(padding - bb.x1, padding - bb.y1);
    renderer.drawElements(ctx, renderer.getCachedZSortedEles());
  } finally {
    renderer.usePaths = usePaths;
    flush();
  }
  return ctx.getSerializedSvg(true);
}
