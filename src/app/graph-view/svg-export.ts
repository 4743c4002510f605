// The drawn graph as SVG: Cytoscape's canvas renderer draws the visible elements into
// svgcanvas, a 2D context that records SVG instead of pixels, so the SVG looks exactly like the
// canvas (shapes, dashes, arrows, label backgrounds). The same approach as cytoscape-svg
// (GPL), written here against svgcanvas (MIT). Loaded on demand with the export menu.
//
// Each element is drawn in its own group (data-kind, data-id), from a fresh path: Cytoscape draws
// round polygons without beginPath (it expects a Path2D), which in svgcanvas joined every such
// actor to the previous label's box (the "streaks"). Text is placed on its alphabetic baseline,
// computed here, since dominant-baseline is read differently by browsers and Inkscape.
import type cytoscape from 'cytoscape';
import { Context } from 'svgcanvas';
import { xmlSafe } from '../../domain/xml-text';
import { boundsOf } from './bounds';

type ShapeDraw = (this: unknown, target: unknown, ...rest: unknown[]) => void;

/** The renderer internals this needs (Cytoscape's canvas renderer; not in its public types). */
interface CanvasRenderer {
  usePaths(): boolean;
  getCachedZSortedEles(): cytoscape.CollectionReturnValue;
  drawElement(ctx: unknown, ele: cytoscape.SingularElementReturnValue): void;
  /** Node shapes by name; each draws its outline into a Path2D, or into the context without beginPath. */
  nodeShapes: Record<string, { draw: ShapeDraw }>;
}

/**
 * While exporting, every node outline drawn into `ctx` starts a path of its own, as a Path2D
 * would: without it a selected actor's halo and its shape became one path. Returns the undo.
 */
function freshPathPerShape(renderer: CanvasRenderer, ctx: Context): () => void {
  const undo: Array<() => void> = [];
  for (const shape of new Set(Object.values(renderer.nodeShapes))) {
    const own = Object.hasOwn(shape, 'draw');
    const draw = shape.draw;
    shape.draw = function (this: unknown, target: unknown, ...rest: unknown[]) {
      if (target === ctx) ctx.beginPath();
      draw.call(this, target, ...rest);
    };
    undo.push(() => {
      if (own) shape.draw = draw;
      else delete (shape as { draw?: ShapeDraw }).draw;
    });
  }
  return () => undo.forEach((fn) => fn());
}

const ANCHOR: Record<string, string> = { left: 'start', right: 'end', center: 'middle', start: 'start', end: 'end' };

type Internal = Context & {
  __closestGroupOrSvg(): Element;
  __currentDefaultPath: string;
  __createElement(name: string, attrs: Record<string, string | number>, resetFill?: boolean): Element;
  __applyTransformation(el: Element): void;
  __applyStyleToCurrentElement(action: string): void;
  __currentElement: Element;
  __document: Document;
  /** A real 2D context svgcanvas keeps for measuring text. */
  __ctx: CanvasRenderingContext2D;
};

/** How far below `y` the alphabetic baseline of text drawn at `y` with this baseline lies. */
function baselineShift(measure: CanvasRenderingContext2D, font: string, baseline: CanvasTextBaseline, text: string): number {
  if (baseline === 'alphabetic') return 0;
  measure.font = font;
  measure.textBaseline = baseline;
  const shift = measure.measureText(text).alphabeticBaseline;
  measure.textBaseline = 'alphabetic';
  // TextMetrics.alphabeticBaseline is the offset from the chosen baseline up to the alphabetic one.
  return Number.isFinite(shift) ? -shift : 0;
}

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
        y: y + baselineShift(self.__ctx, this.font, this.textBaseline, text),
        'text-anchor': ANCHOR[this.textAlign] ?? 'start',
      },
      true,
    );
    el.appendChild(self.__document.createTextNode(xmlSafe(text)));
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

export interface GraphSvg {
  /** The root <svg> element (of a document made for it). */
  root: SVGSVGElement;
  width: number;
  height: number;
  /** Add to a node's graph (model) position to get its position in this SVG. */
  offset: { x: number; y: number };
}

/** Draws the visible elements at zoom 1 into an SVG document, `padding` px around them. */
export function graphSvg(cy: cytoscape.Core, options: { padding?: number; background?: string } = {}): GraphSvg {
  const padding = options.padding ?? 16;
  const renderer = (cy as unknown as { renderer(): CanvasRenderer }).renderer();
  const drawn = cy.elements().filter((el) => !el.hasClass('hidden'));
  const bb = boundsOf(drawn);
  const width = Math.max(1, Math.ceil(bb.w + 2 * padding));
  const height = Math.max(1, Math.ceil(bb.h + 2 * padding));
  const ctx = new CspSafeContext({ width, height });
  const self = ctx as unknown as Internal;
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
  const restoreShapes = freshPathPerShape(renderer, ctx);
  const offset = { x: padding - bb.x1, y: padding - bb.y1 };
  try {
    ctx.translate(offset.x, offset.y);
    for (const ele of renderer.getCachedZSortedEles()) {
      if (ele.hasClass('hidden')) continue;
      ctx.save();
      const group = self.__currentElement;
      ctx.beginPath();
      renderer.drawElement(ctx, ele);
      ctx.restore();
      if (!group.hasChildNodes()) group.remove();
      else {
        group.setAttribute('data-kind', ele.isNode() ? 'node' : 'edge');
        group.setAttribute('data-id', xmlSafe(ele.id()));
      }
    }
  } finally {
    restoreShapes();
    renderer.usePaths = usePaths;
    flush();
  }
  // beginPath leaves an element even when nothing is drawn on it.
  for (const path of [...self.getSvg().querySelectorAll('path')]) if (!path.getAttribute('d')?.trim()) path.remove();
  return { root: ctx.getSvg(), width, height, offset };
}

export function graphToSvg(cy: cytoscape.Core, options: { padding?: number; background?: string } = {}): string {
  return new XMLSerializer().serializeToString(graphSvg(cy, options).root);
}
