// What the canvas parts need from the browser, in one place, so that each part also runs in Node
// (headless Cytoscape in unit tests) with a stand-in: animation, frames, text measuring, workers.
import type { TextMeasurer } from './label-measure';

export interface CanvasEnvironment {
  /** Animate camera moves and layouts (off for reduced motion and for automated browsers). */
  readonly animate: boolean;
  /** ?renderer=webgl: Cytoscape's WebGL renderer, for real GPUs (software WebGL is slow). */
  readonly webgl: boolean;
  readonly measure: TextMeasurer;
  /** Runs `fn` once the next frame has been painted; returns a cancel function. */
  afterPaint(fn: () => void): () => void;
  /** Runs `fn` after `ms`; returns a cancel function. */
  later(fn: () => void, ms: number): () => void;
  /** A worker for the level-of-detail force layout, or null where workers are unavailable. */
  layoutWorker(): Worker | null;
}

function canvasMeasurer(): TextMeasurer {
  let ctx: CanvasRenderingContext2D | null | undefined;
  return (text, font) => {
    ctx ??= document.createElement('canvas').getContext('2d');
    if (!ctx) return null;
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

export function browserEnvironment(): CanvasEnvironment {
  return {
    animate: !(navigator.webdriver || window.matchMedia('(prefers-reduced-motion: reduce)').matches),
    webgl: new URLSearchParams(location.search).get('renderer') === 'webgl',
    measure: canvasMeasurer(),
    afterPaint(fn) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => {
        timer = setTimeout(fn, 0);
      });
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      };
    },
    later(fn, ms) {
      const timer = setTimeout(fn, ms);
      return () => clearTimeout(timer);
    },
    layoutWorker() {
      try {
        return new Worker(new URL('./lod-layout-worker.ts', import.meta.url), { type: 'module', name: 'lod-layout' });
      } catch {
        return null;
      }
    },
  };
}

/** Cytoscape adds a <style> element unless one with this id exists; the CSP forbids inline styles,
 * so a placeholder takes its place and the rule lives in graph-view.css. */
export function preventInlineStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const placeholder = document.createElement('meta');
  placeholder.id = id;
  document.head.append(placeholder);
}
