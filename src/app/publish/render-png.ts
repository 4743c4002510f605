// A laid-out figure drawn on a canvas and saved as PNG, at twice its size in px (sharp in print).
// The drawing is the canvas's own PNG export, placed at its slot.
import type { Figure, FigureFont } from './figure';
import { FIGURE_FONT_FAMILY } from './figure';
import type { Shape } from './swatches';
import { swatchShapes } from './swatches';

export const PNG_SCALE = 2;

export const canvasFont = (font: FigureFont): string => `${font.weight} ${font.size}px ${FIGURE_FONT_FAMILY}`;

function drawShape(ctx: CanvasRenderingContext2D, s: Shape): void {
  ctx.save();
  if (s.kind !== 'rect') ctx.globalAlpha = s.opacity;
  ctx.beginPath();
  if (s.kind === 'line') {
    ctx.setLineDash(s.dash ? [...s.dash] : []);
    ctx.moveTo(s.x1, s.y1);
    ctx.lineTo(s.x2, s.y2);
    ctx.strokeStyle = s.stroke;
    ctx.lineWidth = s.width;
    ctx.stroke();
  } else {
    if (s.kind === 'polygon') {
      s.points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
      ctx.closePath();
    } else if (s.kind === 'circle') ctx.arc(s.cx, s.cy, s.r, 0, 2 * Math.PI);
    else ctx.roundRect(s.x, s.y, s.width, s.height, [{ x: s.rx, y: s.ry }]);
    ctx.fillStyle = s.fill;
    ctx.fill();
    if (s.stroke) {
      ctx.strokeStyle = s.stroke;
      ctx.lineWidth = s.strokeWidth;
      ctx.lineJoin = 'round';
      ctx.stroke();
    }
  }
  ctx.restore();
}

/** The figure as a PNG; `drawing` is the graph's image (any size: it is scaled into its slot). */
export async function figureToPng(figure: Figure, drawing: CanvasImageSource): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(figure.width * PNG_SCALE);
  canvas.height = Math.ceil(figure.height * PNG_SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(`The browser gave no 2D canvas to draw the ${canvas.width} × ${canvas.height} px figure on.`);
  ctx.scale(PNG_SCALE, PNG_SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, figure.width, figure.height);
  const g = figure.graph;
  ctx.drawImage(drawing, g.x, g.y, g.width, g.height);
  ctx.textBaseline = 'alphabetic';
  for (const item of figure.items) {
    if (item.kind === 'text') {
      ctx.font = canvasFont(item.font);
      ctx.fillStyle = item.colour;
      ctx.fillText(item.text, item.x, item.y);
    } else if (item.kind === 'rule') {
      drawShape(ctx, { kind: 'line', x1: item.x1, y1: item.y + 0.5, x2: item.x2, y2: item.y + 0.5, stroke: item.colour, width: 1, dash: null, opacity: 1 });
    } else for (const shape of swatchShapes(item.swatch, item.x, item.y)) drawShape(ctx, shape);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(`The browser could not encode the ${canvas.width} × ${canvas.height} px figure as PNG.`))), 'image/png'),
  );
}
