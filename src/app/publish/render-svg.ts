// A laid-out figure as a standalone SVG file: presentation attributes only (no CSS, no
// foreignObject), text as <text> on its alphabetic baseline, the drawing as the groups the graph
// export made, moved into place, so it opens alike in browsers and Inkscape.
import type { Figure, FigureFont } from './figure';
import { FIGURE_FONT_FAMILY } from './figure';
import type { Shape } from './swatches';
import { swatchShapes } from './swatches';
import { escapeXml } from '../../domain/xml-text';

const n = (v: number): string => String(Math.round(v * 100) / 100);

function shapeSvg(s: Shape): string {
  const opacity = 'opacity' in s && s.opacity !== 1 ? ` opacity="${n(s.opacity)}"` : '';
  const stroke = (colour: string | null, width: number): string => (colour ? ` stroke="${escapeXml(colour)}" stroke-width="${n(width)}"` : ' stroke="none"');
  switch (s.kind) {
    case 'line':
      return `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${escapeXml(s.stroke)}" stroke-width="${n(s.width)}"${s.dash ? ` stroke-dasharray="${s.dash.map(n).join(' ')}"` : ''}${opacity}/>`;
    case 'polygon':
      return `<polygon points="${s.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${escapeXml(s.fill)}"${stroke(s.stroke, s.strokeWidth)} stroke-linejoin="round"${opacity}/>`;
    case 'circle':
      return `<circle cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(s.r)}" fill="${escapeXml(s.fill)}"${stroke(s.stroke, s.strokeWidth)}${opacity}/>`;
    case 'rect':
      return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.width)}" height="${n(s.height)}" rx="${n(s.rx)}" ry="${n(s.ry)}" fill="${escapeXml(s.fill)}"${stroke(s.stroke, s.strokeWidth)}/>`;
  }
}

const fontAttrs = (font: FigureFont): string => `font-size="${n(font.size)}" font-weight="${font.weight}"`;

export interface FigureText {
  title: string;
  /** The caption as one text, for the file's <desc>. */
  description: string;
}

/** The figure with the drawing's own SVG (its root's children are moved into place). */
export function figureToSvg(figure: Figure, graph: SVGSVGElement | Element, text: FigureText): string {
  const serializer = new XMLSerializer();
  const drawing = [...graph.childNodes].map((child) => serializer.serializeToString(child)).join('');
  const g = figure.graph;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${figure.width}" height="${figure.height}" viewBox="0 0 ${figure.width} ${figure.height}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<desc>${escapeXml(text.description)}</desc>`,
    `<rect x="0" y="0" width="${figure.width}" height="${figure.height}" fill="#ffffff" stroke="none"/>`,
    `<g data-part="graph" transform="translate(${n(g.x)} ${n(g.y)}) scale(${g.scale})">${drawing}</g>`,
    `<g data-part="legend-and-caption" font-family="${escapeXml(FIGURE_FONT_FAMILY)}">`,
  ];
  for (const item of figure.items) {
    if (item.kind === 'text') parts.push(`<text x="${n(item.x)}" y="${n(item.y)}" ${fontAttrs(item.font)} fill="${escapeXml(item.colour)}">${escapeXml(item.text)}</text>`);
    else if (item.kind === 'rule') parts.push(`<line x1="${n(item.x1)}" y1="${n(item.y)}" x2="${n(item.x2)}" y2="${n(item.y)}" stroke="${escapeXml(item.colour)}" stroke-width="1"/>`);
    else for (const shape of swatchShapes(item.swatch, item.x, item.y)) parts.push(shapeSvg(shape));
  }
  parts.push('</g>', '</svg>');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${parts.join('\n')}\n`;
}
