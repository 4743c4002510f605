// Exports of what the view shows: figures for a report (the drawing with its title, legend,
// sources and date, as PNG or SVG), images of the drawing alone, and the visible subgraph as graph
// JSON (the contract), GEXF, GraphML and CSV. The formats bundle loads on first use; the figures'
// code is small and loads with the app (one lazy chunk fewer sharing domain modules with it).
import { publishedPng, publishedSvg, type PublishOptions } from './publish/publish';
import type { ExplorerState } from './store/explorer-store';

export const EXPORT_FORMATS = ['png-figure', 'svg-figure', 'png', 'svg', 'json', 'gexf', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_LABEL: Record<ExportFormat, { label: string; hint: string }> = {
  'png-figure': { label: 'PNG for a report', hint: 'The visible graph with a title, its legend, the view in words, the sources and the date, at twice the screen resolution' },
  'svg-figure': { label: 'SVG for a report', hint: 'The same figure as vector graphics, for Inkscape, Illustrator or a browser' },
  png: { label: 'PNG image', hint: 'The graph alone (no title or legend), as drawn (colours, sizes, highlights), at twice the screen resolution' },
  svg: { label: 'SVG image', hint: 'The graph alone (no title or legend), as vector graphics' },
  json: { label: 'Graph JSON', hint: 'The visible actors and relations with their evidence (this explorer’s format)' },
  gexf: { label: 'GEXF (Gephi)', hint: 'The visible actors and relations for Gephi' },
  graphml: { label: 'GraphML', hint: 'The visible actors and relations for yEd, Cytoscape, NetworkX' },
  csv: { label: 'CSV of relations', hint: 'One row per evidence sentence, for spreadsheets' },
};

export interface ImageSource {
  png(): Promise<Blob>;
  svg(): Promise<string>;
}

const MIME: Record<ExportFormat, string> = {
  'png-figure': 'image/png',
  'svg-figure': 'image/svg+xml',
  png: 'image/png',
  svg: 'image/svg+xml',
  json: 'application/json',
  gexf: 'application/xml',
  graphml: 'application/xml',
  csv: 'text/csv',
};

export function exportFileName(base: string, format: ExportFormat): string {
  if (format === 'png-figure') return `${base}-figure.png`;
  if (format === 'svg-figure') return `${base}-figure.svg`;
  return `${base}-view.${format}`;
}

/** The file for one format; the relations are those the view shows (filters, time, focus). A figure needs its title and source. */
export async function exportBlob(format: ExportFormat, state: ExplorerState, images: ImageSource | null, publish?: PublishOptions): Promise<Blob> {
  if (format === 'png-figure' || format === 'svg-figure') {
    if (!images) throw new Error('The graph is not drawn yet.');
    const options = publish ?? { title: 'Knowledge graph', source: '' };
    if (format === 'png-figure') return publishedPng(state, images, options);
    return new Blob([await publishedSvg(state, images, options)], { type: MIME.svg });
  }
  if (format === 'png' || format === 'svg') {
    if (!images) throw new Error('The graph is not drawn yet.');
    if (format === 'png') return images.png();
    return new Blob([await images.svg()], { type: MIME.svg });
  }
  const formats = await import('../domain/formats');
  const graph = state.index.file;
  const { nodes, edges } = state.visibility;
  let text: string;
  if (format === 'json') text = JSON.stringify(formats.subgraphFile(graph, nodes, edges), null, 2) + '\n';
  else if (format === 'gexf') text = formats.toGexf(graph, nodes, edges);
  else if (format === 'graphml') text = formats.toGraphML(graph, nodes, edges);
  // A byte-order mark, so that Excel reads the curly quotes of the evidence right.
  else text = formats.toRelationsCsv(graph, nodes, edges, { bom: true });
  return new Blob([text], { type: `${MIME[format]};charset=utf-8` });
}

/** Saves a blob through the browser's download, as a user would with "Save link as". */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
