// A figure ready for a report: the drawing with a title, the legend of what is shown, the view in
// words, the sources and the export date, as a PNG or an SVG (exports.ts offers both).
import { exportedInWords, shownCounts, sourcesInWords, sourcesOfView, viewInWords } from '../../domain/publish-caption';
import type { ExplorerState } from '../store/explorer-store';
import { layoutFigure, type Figure, type Measure } from './figure';
import { legendOf } from './legend';
import { canvasFont, figureToPng, PNG_SCALE } from './render-png';
import { figureToSvg } from './render-svg';

export interface PublishOptions {
  title: string;
  /** Where the graph came from, as the header says it ("/data/graph.json", "x.gexf (imported)"). */
  source: string;
  /** The export's day (now unless a test says otherwise). */
  now?: Date;
}

/** The drawing as the canvas exports it. */
export interface Drawing {
  png(): Promise<Blob>;
  svg(): Promise<string>;
}

function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, font) => {
    if (!ctx) return text.length * font.size * 0.55;
    ctx.font = canvasFont(font);
    return ctx.measureText(text).width;
  };
}

/** The words around the drawing: subtitle and caption paragraphs. */
export function figureWords(state: ExplorerState, options: PublishOptions): { subtitle: string; caption: string[] } {
  const { index, visibility } = state;
  return {
    subtitle: `${shownCounts(index, visibility.nodes.size, visibility.edges.size)}.`,
    caption: [`View: ${viewInWords(index, state).join(' ')}`, sourcesInWords(sourcesOfView(index, visibility.edges)), exportedInWords(options.now ?? new Date(), options.source)],
  };
}

function figureFor(state: ExplorerState, options: PublishOptions, graph: { width: number; height: number }): { figure: Figure; caption: string[] } {
  const { subtitle, caption } = figureWords(state, options);
  const figure = layoutFigure({ graph, title: options.title, subtitle, legend: legendOf(state), caption }, canvasMeasure());
  return { figure, caption };
}

export async function publishedPng(state: ExplorerState, drawing: Drawing, options: PublishOptions): Promise<Blob> {
  // The canvas exports at twice its scale (see CanvasController.png).
  const bitmap = await createImageBitmap(await drawing.png());
  try {
    const { figure } = figureFor(state, options, { width: bitmap.width / PNG_SCALE, height: bitmap.height / PNG_SCALE });
    return await figureToPng(figure, bitmap);
  } finally {
    bitmap.close();
  }
}

export async function publishedSvg(state: ExplorerState, drawing: Drawing, options: PublishOptions): Promise<string> {
  const text = await drawing.svg();
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg') throw new Error(`The drawing's SVG could not be read back (its root is <${root.nodeName}>).`);
  const size = { width: Number(root.getAttribute('width')) || 1, height: Number(root.getAttribute('height')) || 1 };
  const { figure, caption } = figureFor(state, options, size);
  return figureToSvg(figure, root, { title: options.title, description: caption.join('\n') });
}
