// A small typed handle for browser tests and the benchmarks (window.__kgExplorer), in builds made
// with VITE_TEST_API=1 only: the production build carries no test hooks.
export interface KgExplorerApi {
  /** True once the first layout of the graph is drawn. */
  ready: boolean;
  /** performance.now() when ready turned true (ms since navigation start). */
  readyAt: number | null;
  /** Files being read for an import: the graph shown is about to change until it is 0 again. */
  importsPending: number;
  /** Page coordinates of a node's centre; null if absent or hidden. */
  renderedPosition(nodeId: string): { x: number; y: number } | null;
  /** Page coordinates of an edge's midpoint; null if absent or hidden. */
  renderedEdgeMidpoint(edgeId: string): { x: number; y: number } | null;
  /** Ids of the nodes / edges the canvas shows now, sorted. */
  visibleNodeIds(): string[];
  visibleEdgeIds(): string[];
  /** The canvas zoom level. */
  zoom(): number;
  /** Style classes of a drawn element (hidden, dimmed, selected, labelled, match). */
  classesOf(id: string): string[];
  /**
   * Page-coordinate boxes of the drawn nodes, as the renderer measured them: each actor with its
   * label where the label is drawn, and the two apart (`body`, `label`).
   */
  nodeBoxes(): NodeBox[];
  /** Model coordinates of a node (independent of zoom and pan); null if absent. */
  modelPosition(nodeId: string): { x: number; y: number } | null;
  /** Drawn diameter and colours of a node; null if absent. */
  nodeStyle(nodeId: string): { size: number; fill: string; stroke: string } | null;
  /** The line style an edge is drawn with (solid, dashed, dotted, long-dash); null if absent. */
  edgeLine(edgeId: string): string | null;
  /** How an element is drawn for review: a suggested relation (or merged line holding one), a proposed actor, or reviewed; null if absent. */
  reviewMark(id: string): 'suggested' | 'proposed' | 'reviewed' | null;
  /** The width (model px) an edge's line is drawn with; null if absent. */
  edgeWidth(edgeId: string): number | null;
  /** Colour, line style, dashes and arrow head an edge is drawn with, as Cytoscape computed them; null if absent. */
  edgeLook(edgeId: string): EdgeLook | null;
  /** Actors whose labels are drawn now, large enough to be read, within the canvas; page-coordinate boxes. */
  drawnLabels(): DrawnLabel[];
  /** True once metrics and communities of the loaded graph have arrived from the worker. */
  analyticsReady: boolean;
  /** How many canvases this page has made: one per graph shown (a graph rebuilt after a review save is a new one). */
  canvases: number;
}

export interface EdgeLook {
  /** The line colour as #rrggbb. */
  color: string;
  /** Cytoscape's line-style (solid, dashed, dotted). */
  lineStyle: string;
  /** The dash pattern drawn (px at zoom 1); null for a solid line. */
  dash: number[] | null;
  /** The target arrow head (none for an undirected relation). */
  arrow: string;
}

export interface DrawnLabel {
  id: string;
  /** Font size on screen (px). */
  fontSize: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What the canvas answers the test handle (graph-view/test-probes.ts implements it). */
export interface CanvasProbes {
  /** Page coordinates of a node's centre; null if absent or hidden. */
  renderedPosition(nodeId: string): { x: number; y: number } | null;
  /** Page coordinates of an edge's midpoint; null if absent or hidden. */
  renderedEdgeMidpoint(edgeId: string): { x: number; y: number } | null;
  /** Drawn node ids, or drawn edge ids (relations, and bundles as "bundle:a|b"), sorted. */
  visibleIds(group: 'nodes' | 'edges'): string[];
  classesOf(id: string): string[];
  /**
   * Page-coordinate boxes of the drawn nodes, as the renderer measured them: each actor with its
   * label where the label is drawn, and the two apart (`body`, `label`).
   */
  nodeBoxes(): NodeBox[];
  /** Model coordinates of a node (independent of zoom and pan). */
  modelPosition(nodeId: string): { x: number; y: number } | null;
  /** Drawn size and colours of a node. */
  nodeStyle(nodeId: string): { size: number; fill: string; stroke: string } | null;
  zoom(): number;
  /** The line style an edge is drawn with; null if absent. */
  edgeLine(edgeId: string): string | null;
  /** How an element is drawn for review; null if absent. */
  reviewMark(id: string): 'suggested' | 'proposed' | 'reviewed' | null;
  /** The width (model px) an edge's line is drawn with; null if absent. */
  edgeWidth(edgeId: string): number | null;
  edgeLook(edgeId: string): EdgeLook | null;
  drawnLabels(): DrawnLabel[];
}

/** Installed only in builds made with VITE_TEST_API=1 (e2e tests and benchmarks), never in production. */
export const TEST_API_ENABLED = import.meta.env.VITE_TEST_API === '1';

declare global {
  interface Window {
    __kgExplorer?: KgExplorerApi;
  }
}

let handle: CanvasProbes | null = null;

export function installTestApi(): KgExplorerApi | null {
  if (!TEST_API_ENABLED) return null;
  const api: KgExplorerApi = {
    ready: false,
    readyAt: null,
    importsPending: 0,
    renderedPosition: (id) => handle?.renderedPosition(id) ?? null,
    renderedEdgeMidpoint: (id) => handle?.renderedEdgeMidpoint(id) ?? null,
    visibleNodeIds: () => handle?.visibleIds('nodes') ?? [],
    visibleEdgeIds: () => handle?.visibleIds('edges') ?? [],
    zoom: () => handle?.zoom() ?? 1,
    classesOf: (id) => handle?.classesOf(id) ?? [],
    nodeBoxes: () => handle?.nodeBoxes() ?? [],
    modelPosition: (id) => handle?.modelPosition(id) ?? null,
    nodeStyle: (id) => handle?.nodeStyle(id) ?? null,
    edgeLine: (id) => handle?.edgeLine(id) ?? null,
    reviewMark: (id) => handle?.reviewMark(id) ?? null,
    edgeWidth: (id) => handle?.edgeWidth(id) ?? null,
    edgeLook: (id) => handle?.edgeLook(id) ?? null,
    drawnLabels: () => handle?.drawnLabels() ?? [],
    analyticsReady: false,
    canvases: 0,
  };
  window.__kgExplorer = api;
  return api;
}

export function attachGraph(graph: CanvasProbes | null): void {
  handle = graph;
  if (graph && window.__kgExplorer) window.__kgExplorer.canvases += 1;
}

export function markReady(): void {
  const api = TEST_API_ENABLED ? (window.__kgExplorer ?? installTestApi()) : null;
  if (api?.ready) return;
  performance.mark('kg:ready');
  if (!api) return;
  api.ready = true;
  api.readyAt = performance.now();
}

export function markAnalyticsReady(ready: boolean): void {
  const api = TEST_API_ENABLED ? (window.__kgExplorer ?? installTestApi()) : null;
  if (api) api.analyticsReady = ready;
}

/** An imported file is being read (+1) or its reading has ended, opened or refused (-1). */
export function markImportReading(delta: 1 | -1): void {
  const api = TEST_API_ENABLED ? (window.__kgExplorer ?? installTestApi()) : null;
  if (api) api.importsPending = Math.max(0, api.importsPending + delta);
}

/** A new graph is being opened (import): not ready until it is drawn. */
export function markLoading(): void {
  const api = TEST_API_ENABLED ? (window.__kgExplorer ?? installTestApi()) : null;
  if (!api) return;
  api.ready = false;
  api.readyAt = null;
  api.analyticsReady = false;
}

export interface PageRect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
/** An actor as drawn: the box around it and its label, and each apart (no label when none is drawn). */
export interface NodeBox extends PageRect {
  id: string;
  body: PageRect;
  label?: PageRect;
}
