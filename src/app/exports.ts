// Exports of what the view shows: images of the drawing (PNG, SVG) and the visible subgraph as
// graph JSON (the contract), GEXF, GraphML and CSV. The formats bundle loads on first use.
import type { ExplorerState } from './store/explorer-store';

export const EXPORT_FORMATS = ['png', 'svg', 'json', 'gexf', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_LABEL: Record<ExportFormat, { label: string; hint: string }> = {
  png: { label: 'PNG image', hint: 'The visible graph as drawn (colours, sizes, highlights), at twice the screen resolution' },
  svg: { label: 'SVG image', hint: 'The visible graph as drawn, as vector graphics' },
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
  png: 'image/png',
  svg: 'image/svg+xml',
  json: 'application/json',
  gexf: 'application/xml',
  graphml: 'application/xml',
  csv: 'text/csv',
};

export function exportFileName(base: string, format: ExportFormat): string {
  return `${base}-view.${format}`;
}

/** The file for one format; the relations are those the view shows (filters, time, focus). */
export async function exportBlob(format: ExportFormat, state: ExplorerState, images: ImageSource | null): Promise<Blob> {
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
