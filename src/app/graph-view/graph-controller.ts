// The imperative side of the graph view: creates Cytoscape once, follows the store with
// store.subscribe, and patches classes and data in batches. Filtering never re-creates elements
// and never moves nodes; only layouts (the first one, a chosen one, reset) and dragging set
// positions, and those the user made are remembered per graph (saved-layout.ts).
import cytoscape from 'cytoscape';
import { graphContentHash } from '../../domain/content-hash';
import type { GraphIndex } from '../../domain/graph-index';
import { isDirected } from '../../domain/graph-index';
import { groupColour, relationSize, sizesFor, type SizeMetric } from '../../domain/importance';
import { kindStyle } from '../../domain/kinds';
import { DEFAULT_LOD_BUDGET, MAX_DRAWN_NEIGHBOURS, placeNewNodes, projectGraph, projectionLayout, spiralPositions, type Projection } from '../../domain/level-of-detail';
import type { LodLayoutReply, LodLayoutRequest } from './lod-layout-worker';
import { computeLayout, type LayoutNode, type Point } from '../../domain/layout';
import { concentricLayout, kindCirclesLayout, type LayoutName } from '../../domain/layouts';
import { anySuggested, edgeStatus, isSuggested, statusStyle, weakestLine } from '../../domain/status';
import type { ExplorerState, ExplorerStore, LayoutRequest } from '../store/explorer-store';
import {
  edgeLabel,
  LABEL_FONT_FAMILY,
  LABEL_FONT_SIZE,
  LABEL_FONT_WEIGHT,
  LABEL_LINE_HEIGHT,
  LABEL_MARGIN,
  LABEL_MAX_WIDTH,
  LABEL_PADDING,
  SHAPES,
  stylesheet,
} from './cy-style';
import { forgetLayout, loadSavedLayout, saveLayout } from './saved-layout';
import { holdDrawingDuringClicks } from './press-hold';

const FIT_PADDING = 16;
const MAX_FIT_ZOOM = 1.6;
const MAX_EDGE_LABELS = 6;

const LAYOUT_ANIMATION_MS = 450;

/**
 * Above this many actors or relations the canvas draws a bounded projection (level of detail),
 * laid out in a worker: the default layout packs label boxes, which is quadratic and already
 * takes seconds at a few hundred actors.
 */
export const LOD_MIN_NODES = 250;
export const LOD_MIN_EDGES = 800;
/** Zoomed in past this, the actors in view join the projection. */
const LOD_ZOOM_EXPAND = 0.6;
const LOD_ZOOM_EXPAND_OVER_FIT = 1.5;
/** Big labels for the actors in focus: below this zoom, and for at most this many of them. */
const NAMED_MAX_ZOOM = 0.7;
const NAMED_MAX = 40;
/** The big labels' font size (model px), as in lodStylesheet. */
const NAMED_FONT_SIZE = 34;
/** At scale, how long the pointer rests on an actor before its neighbourhood is highlighted. */
const HOVER_INTENT_MS = 120;

/** Width and height of a wrapped node label, measured with the canvas font the renderer uses. */
function labelBox(ctx: CanvasRenderingContext2D | null, text: string, fontSize = LABEL_FONT_SIZE): { width: number; height: number } {
  const measure = (s: string) => (ctx ? ctx.measureText(s).width : s.length * fontSize * 0.58);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > LABEL_MAX_WIDTH) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  const width = Math.max(...lines.map(measure)) + 2 * LABEL_PADDING;
  const height = lines.length * fontSize * LABEL_LINE_HEIGHT + 2 * LABEL_PADDING + LABEL_MARGIN;
  return { width, height };
}

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Rect, b: Rect): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function webglRequested(): boolean {
  return new URLSearchParams(location.search).get('renderer') === 'webgl';
}

function prefersNoAnimation(): boolean {
  return navigator.webdriver || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Cytoscape adds a <style> element unless one with this id exists; the CSP forbids inline styles,
 * so a placeholder takes its place and the rule lives in graph-view.css. */
function preventInlineStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const placeholder = document.createElement('meta');
  placeholder.id = id;
  document.head.append(placeholder);
}

type Listener = [events: string, selector: string | undefined, handler: cytoscape.EventHandler];

/**
 * At scale: straight edges (bezier control points for thousands of edges cost every frame), and
 * every actor carries an invisible halo the size of the search mark's. Turning a halo on or off
 * changes the actor's bounds, which makes Cytoscape recompute all its relations' geometry; with
 * the halo always there, marking a thousand matches only recolours them.
 */
function lodStylesheet(): cytoscape.StylesheetJson {
  const [base, ...rest] = stylesheet();
  const halo = { selector: 'node', style: { 'underlay-color': '#ffffff', 'underlay-opacity': 0.001, 'underlay-padding': 6, 'underlay-shape': 'ellipse' } };
  // The overview is drawn small: the actors in focus get labels big enough to be drawn and read.
  const named = { selector: 'node.named', style: { 'font-size': NAMED_FONT_SIZE, 'font-weight': 600, 'min-zoomed-font-size': 0, 'z-index': 12 } };
  return [base!, halo, ...rest, named, { selector: 'edge', style: { 'curve-style': 'straight' } }] as cytoscape.StylesheetJson;
}

/** What the canvas draws of the visible graph at scale (the rest is in the tools). */
export interface DrawnSummary {
  readonly actors: number;
  readonly lines: number;
  /** Lines that stand for several relations of a pair. */
  readonly merged: number;
  /** When the selection has more neighbours than are drawn: how many are drawn, of how many. */
  readonly neighbours?: { readonly drawn: number; readonly of: number };
}

export class GraphController {
  readonly cy: cytoscape.Core;
  private readonly index: GraphIndex;
  private readonly store: ExplorerStore;
  private readonly listeners: Listener[] = [];
  private readonly unsubscribe: () => void;
  private readonly resizeObserver: ResizeObserver;
  /** The default layout (reset goes back to it); computed when first needed. */
  private defaultPositions: Map<string, Point> | null = null;
  private readonly hash: string;
  private readonly labelBoxes = new Map<string, { width: number; height: number }>();
  /** Big-label sizes (model px) of the actors that have been candidates for one. */
  private readonly namedBoxes = new Map<string, { width: number; height: number }>();
  private measureCtx: CanvasRenderingContext2D | null | undefined;
  private hoverNode: string | null = null;
  private hoverEdge: string | null = null;
  private labelled = new Set<string>();
  /** Bundle edge id → member relation ids, and the reverse. */
  private readonly bundleMembers = new Map<string, readonly string[]>();
  private readonly bundleOf = new Map<string, string>();
  /** The animated layout running now: a new request stops it, so two never fight over positions. */
  private runningLayout: cytoscape.Layouts | null = null;
  /** Relation and bundle edges drawn now (without level of detail; see applyShownEdges). */
  private shownEdges = new Set<string>();
  private onPath = new Set<string>();
  private emphasis: Set<string> | null = null;
  private lastFit: { zoom: number; x: number; y: number } | null = null;
  private destroyed = false;
  ready = false;
  /** Level of detail: set when the graph is too large to draw whole. */
  private readonly lod: boolean;
  private projection: Projection | null = null;
  /** Where every actor that has been drawn sits (kept, so that actors coming back return there). */
  private readonly lodPositions = new Map<string, Point>();
  private readonly lodExpanded = new Set<string>();
  private lodViewportTimer: ReturnType<typeof setTimeout> | undefined;
  private layoutWorker: Worker | null = null;
  /** Actor ids by number of relations, most first: the projection's ranking, sorted once. */
  private lodOrder: string[] = [];
  private aggregateIds = new Set<string>();
  /** At scale, the state the canvas last showed the focus of, while its new focus waits for the next frame. */
  private focusShownFor: ExplorerState | null = null;
  /** At scale, the search matches the canvas last showed, while the new ones wait for the next frame. */
  private matchesShown: ReadonlySet<string> | null = null;
  private centrePending: string | null = null;
  /** Set when the selection has more neighbours than MAX_DRAWN_NEIGHBOURS (see pinnedFor). */
  private neighboursDrawn: { drawn: number; of: number } | null = null;
  /** The summary last sent to onProjection (as JSON): the note re-renders only when it changes. */
  private reported = '';
  /** Actors drawn with a big label (see applyNamed). */
  private named = new Set<string>();
  private deferredTimer: ReturnType<typeof setTimeout> | undefined;
  private deferredFrame = 0;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly stopHoldingClicks: () => void;

  constructor(
    private readonly container: HTMLElement,
    store: ExplorerStore,
    private readonly onReady: () => void,
    /** At scale: how much of the visible graph the canvas draws, after each change of the projection. */
    private readonly onProjection: (drawn: DrawnSummary | null) => void = () => {},
  ) {
    this.store = store;
    const state = store.getState();
    this.index = state.index;
    for (const b of state.bundles) {
      this.bundleMembers.set(b.id, b.members);
      for (const m of b.members) this.bundleOf.set(m, b.id);
    }
    preventInlineStylesheet();
    this.lod = this.index.file.nodes.length > LOD_MIN_NODES || this.index.file.edges.length > LOD_MIN_EDGES;
    if (this.lod) {
      const degree = this.index.degree;
      this.lodOrder = this.index.file.nodes.map((n) => n.id).sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
      this.projection = this.project(state);
      this.indexAggregates(this.projection);
      this.reportProjection();
    }
    performance.mark('kg:cy-start');
    this.cy = cytoscape({
      container,
      elements: this.elements(),
      // At scale, a lighter stylesheet (see lodStylesheet).
      style: this.lod ? lodStylesheet() : stylesheet(),
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 4,
      autounselectify: true,
      boxSelectionEnabled: false,
      pixelRatio: 'auto',
      textureOnViewport: state.index.file.nodes.length > 2000,
      hideEdgesOnViewport: state.index.file.edges.length > 5000,
      // ?renderer=webgl: Cytoscape's WebGL renderer, for real GPUs (software WebGL is slow).
      ...(webglRequested() ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);

    performance.mark('kg:cy-created');
    this.hash = graphContentHash(this.index.file);
    this.applyInitialLayout();
    performance.mark('kg:layout-done');
    // Relation edges start drawn, bundle edges start hidden (see elements()). At scale the
    // projection draws only visible relations, and nothing is hidden by class.
    if (!this.lod) {
      this.shownEdges = new Set(this.index.file.edges.map((e) => e.id));
      this.applyShownEdges(state);
      this.applyNodeVisibility(null, state);
    }
    this.applyMatches(null, state.matches);
    this.applySelectionClasses(null, state);
    if (state.sizeBy !== 'degree' && state.analytics) this.applySizes(state);
    if (state.colourBy !== 'kind' && state.analytics) this.applyColours(state);
    this.applyPath(state);
    this.applyEmphasis();
    this.fit();

    this.on('tap', 'node', (e) => this.store.getState().selectNode(e.target.id()));
    this.on('tap', 'edge', (e) => {
      const id: string = e.target.id();
      const aggregate = this.projection?.aggregates.find((a) => a.id === id);
      if (aggregate) this.store.getState().selectEdge(aggregate.members[0]!);
      else if (this.bundleMembers.has(id)) this.store.getState().toggleBundle(id);
      else this.store.getState().selectEdge(id);
    });
    this.on('tap', undefined, (e) => {
      if (e.target === this.cy) this.store.getState().clearSelection();
    });
    // In a focus view, a double click brings an actor's hidden neighbours in.
    this.on('dbltap', 'node', (e) => {
      if (this.lod) this.expandOnCanvas(e.target.id());
      this.store.getState().expandNeighbours(e.target.id());
    });
    if (this.lod) this.on('viewport', undefined, () => this.onViewportChange());
    this.on('dragfree', 'node', () => {
      this.savePositions();
      // Big labels are placed by where actors sit on screen.
      this.applyNamed();
    });
    this.on('mouseover', 'node', (e) => this.pointAt(e.target.id()));
    this.on('mouseout', 'node', () => this.pointAt(null));
    this.on('mouseover', 'edge', (e) => this.setHoverEdge(e.target.id()));
    this.on('mouseout', 'edge', () => this.setHoverEdge(null));
    const firstFrame = (): void => {
      // The first frame with the laid-out graph is on screen.
      if (this.destroyed || this.ready) return;
      this.ready = true;
      this.onReady();
    };
    // Cytoscape's WebGL renderer sends no 'render' event: there, the frame after next.
    if (webglRequested()) requestAnimationFrame(() => requestAnimationFrame(firstFrame));
    else this.cy.one('render', firstFrame);

    // Cytoscape sends no mouseout when the pointer leaves the canvas straight from a node.
    container.addEventListener('mouseleave', this.onMouseLeave);
    this.stopHoldingClicks = holdDrawingDuringClicks(this.cy, container);
    this.unsubscribe = store.subscribe((next, prev) => this.follow(next, prev));
    this.resizeObserver = new ResizeObserver(() => this.onResize());
    this.resizeObserver.observe(container);
  }

  private readonly onMouseLeave = (): void => {
    this.pointAt(null);
    this.setHoverEdge(null);
  };

  private on(events: string, selector: string | undefined, handler: cytoscape.EventHandler): void {
    if (selector) this.cy.on(events, selector, handler);
    else this.cy.on(events, handler);
    this.listeners.push([events, selector, handler]);
  }

  /** Element definitions of what is drawn, except the ids in `skip` (already on the canvas). */
  private elements(skip?: ReadonlySet<string>): cytoscape.ElementDefinition[] {
    const { index } = this;
    const els: cytoscape.ElementDefinition[] = [];
    const p = this.projection;
    // At scale only what the projection draws is looked at, not every actor and relation of the file.
    const nodes = p ? [...p.nodes].map((id) => index.nodes.get(id)!) : index.file.nodes;
    const edges = p ? [...p.edges].map((id) => index.edges.get(id)!) : index.file.edges;
    for (const n of nodes) {
      if (skip?.has(n.id)) continue;
      const k = kindStyle(n.kind);
      els.push({
        group: 'nodes',
        data: { id: n.id, label: n.label, size: relationSize(index.degree.get(n.id) ?? 0), shape: SHAPES[k.glyph], fill: k.fill, stroke: k.stroke, proposed: isSuggested(n) },
      });
    }
    for (const e of edges) {
      if (skip?.has(e.id)) continue;
      const type = index.types.get(e.type);
      els.push({
        group: 'edges',
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          color: type?.color ?? '#888888',
          typeLabel: edgeLabel(type?.label ?? e.type, e),
          directed: isDirected(index, e.type),
          line: statusStyle(edgeStatus(e)).line,
          suggested: isSuggested(e),
        },
      });
    }
    if (p) {
      for (const d of this.aggregateElements(p)) if (!skip?.has(d.data.id!)) els.push(d);
      return els;
    }
    for (const [id, members] of this.bundleMembers) {
      const first = index.edges.get(members[0]!)!;
      els.push({
        group: 'edges',
        classes: 'hidden',
        data: { id, source: first.source, target: first.target, bundle: true, count: members.length, color: '#4b5563', line: 'solid', suggested: false },
      });
    }
    return els;
  }

  // ---------- Level of detail ----------

  /** What the canvas should draw now: pinned selection and path, expanded actors, the view when zoomed in. */
  private project(state: ExplorerState, withViewport = false): Projection {
    const pinned = this.pinnedFor(state);
    let viewport;
    if (withViewport && this.cy && this.zoomedIn()) {
      const ext = this.cy.extent();
      viewport = { x1: ext.x1, y1: ext.y1, x2: ext.x2, y2: ext.y2, positions: this.lodPositions };
    }
    return projectGraph(this.index.file.edges, state.visibility, {
      ...DEFAULT_LOD_BUDGET,
      importance: this.index.degree,
      order: this.lodOrder,
      minAggregate: 2,
      countHidden: false,
      pinned,
      focus: [...state.focus.selectedNodes, ...this.lodExpanded],
      keepEdges: [...state.focus.selectedEdges, ...(state.pathElements?.edges ?? [])],
      expanded: this.lodExpanded,
      ...(viewport ? { viewport } : {}),
    });
  }

  /**
   * Whether an actor or relation has an element on the canvas. With level of detail most do not,
   * and looking them up one by one (each lookup builds a Cytoscape collection) costs more than
   * the update itself.
   */
  private isDrawn(id: string): boolean {
    const p = this.projection;
    return p === null || p.nodes.has(id) || p.edges.has(id) || this.aggregateIds.has(id);
  }

  /** An aggregate stands in for its members (emphasis, path), as a bundle does without level of detail. */
  private indexAggregates(p: Projection): void {
    this.aggregateIds = new Set(p.aggregates.map((a) => a.id));
    this.bundleOf.clear();
    for (const a of p.aggregates) for (const m of a.members) this.bundleOf.set(m, a.id);
  }

  private aggregateElements(p: Projection): cytoscape.ElementDefinition[] {
    return p.aggregates.map((a) => ({
      group: 'edges' as const,
      // Drawn with the line of its least certain member: a pair holding a denial is not drawn as fact.
      data: {
        id: a.id,
        source: a.source,
        target: a.target,
        bundle: true,
        count: a.members.length,
        color: this.index.types.get(a.type)?.color ?? '#4b5563',
        line: weakestLine(a.members.map((m) => this.index.edges.get(m)!)),
        suggested: this.holdsDraft(a.members),
      },
    }));
  }

  /** Whether a merged line holds a machine draft, which it then shows (see cy-style). */
  private holdsDraft(members: readonly string[]): boolean {
    return anySuggested(members.map((m) => this.index.edges.get(m)!));
  }

  /** Seeded ForceAtlas2 over the drawn actors, remembered for actors that leave and come back. */
  private lodLayout(ids: readonly string[]): Map<string, Point> {
    const drawn = new Set(ids);
    const links = this.index.file.edges.filter((e) => drawn.has(e.source) && drawn.has(e.target));
    const positions = projectionLayout(ids, links, { seed: 7 });
    for (const [id, p] of positions) this.lodPositions.set(id, p);
    return positions;
  }

  private lodLayoutInWorker(ids: string[]): void {
    const drawn = new Set(ids);
    const links: Array<[string, string]> = [];
    for (const e of this.index.file.edges) if (drawn.has(e.source) && drawn.has(e.target)) links.push([e.source, e.target]);
    const fallback = (): void => this.applyLodPositions(this.lodLayout(ids));
    let worker: Worker;
    try {
      worker = new Worker(new URL('./lod-layout-worker.ts', import.meta.url), { type: 'module', name: 'lod-layout' });
    } catch {
      // No worker (blocked or unsupported): lay out here, after the first frame.
      setTimeout(() => !this.destroyed && fallback(), 0);
      return;
    }
    this.layoutWorker?.terminate();
    this.layoutWorker = worker;
    worker.onmessage = (event: MessageEvent<LodLayoutReply>) => {
      worker.terminate();
      this.layoutWorker = null;
      if (!this.destroyed) this.applyLodPositions(new Map(event.data.map(([id, x, y]) => [id, { x, y }])));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      this.layoutWorker = null;
      if (!this.destroyed) fallback();
    };
    worker.postMessage({ ids, links, seed: 7 } satisfies LodLayoutRequest);
  }

  /** The force layout has arrived: move the actors there, fit, and remember it for the next visit. */
  private applyLodPositions(positions: Map<string, Point>): void {
    for (const [id, p] of positions) this.lodPositions.set(id, p);
    this.defaultPositions = positions;
    this.cy.batch(() => {
      for (const n of this.cy.nodes()) {
        const p = positions.get(n.id());
        if (p) n.position({ x: p.x, y: p.y });
      }
    });
    this.fit();
    this.savePositions();
  }

  /** Actors the projection must draw for this state: the selection, its relations' ends, the path. */
  private pinnedFor(state: ExplorerState): Set<string> {
    const f = state.focus;
    const pinned = new Set<string>(f.selectedNodes);
    this.neighboursDrawn = null;
    // Only the neighbours the filters leave visible count (and are counted in the note).
    const related = [...f.relatedNodes].filter((id) => state.visibility.nodes.has(id));
    if (related.length <= MAX_DRAWN_NEIGHBOURS) for (const id of related) pinned.add(id);
    else {
      const degree = this.index.degree;
      related.sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
      for (const id of related.slice(0, MAX_DRAWN_NEIGHBOURS)) pinned.add(id);
      this.neighboursDrawn = { drawn: MAX_DRAWN_NEIGHBOURS, of: related.length };
    }
    for (const id of f.selectedEdges) {
      const e = this.index.edges.get(id);
      if (e) pinned.add(e.source).add(e.target);
    }
    for (const id of state.pathElements?.nodes ?? []) pinned.add(id);
    return pinned;
  }

  /** Brings the canvas in line with a new projection: removes, adds and places only what changed. */
  private reproject(state: ExplorerState, withViewport = false, prev?: ExplorerState): void {
    // A new selection among the actors already drawn changes nothing on the canvas.
    if (prev && this.projection && !withViewport && prev.visibility === state.visibility && prev.pathElements === state.pathElements) {
      const drawn = this.projection.nodes;
      if ([...this.pinnedFor(state)].every((id) => drawn.has(id) || !state.visibility.nodes.has(id))) {
        this.reportProjection();
        return;
      }
    }
    const before = this.projection;
    const next = this.project(state, withViewport);
    this.projection = next;
    this.indexAggregates(next);
    this.reportProjection();
    if (
      before &&
      sameSet(before.nodes, next.nodes) &&
      sameSet(before.edges, next.edges) &&
      before.aggregates.length === next.aggregates.length &&
      before.aggregates.every((a, i) => a.id === next.aggregates[i]!.id && a.members.length === next.aggregates[i]!.members.length)
    )
      return;
    const cy = this.cy;
    const existing = new Set<string>(cy.elements().map((el) => el.id()));
    const addNodes = [...next.nodes].filter((id) => !existing.has(id));
    for (const n of cy.nodes()) if (!this.lodPositions.has(n.id())) this.lodPositions.set(n.id(), { ...n.position() });
    // Only the relations of newcomers place them (in file order, as before): no pass allocating over every relation.
    const newcomers = new Set(addNodes.filter((id) => !this.lodPositions.has(id)));
    if (newcomers.size) placeNewNodes(newcomers, this.index.file.edges.filter((e) => newcomers.has(e.source) || newcomers.has(e.target)), this.lodPositions);
    const wanted = new Set<string>([...next.nodes, ...next.edges, ...next.aggregates.map((a) => a.id)]);
    // New elements get the classes of the current state with them (no pass over everything).
    const f = state.focus;
    const add = this.elements(existing);
    for (const d of add) {
      const id = d.data.id!;
      if (d.group === 'nodes') d.position = { ...this.lodPositions.get(id)! };
      const cls: string[] = [];
      if (state.matches.has(id)) cls.push('match');
      if (f.selectedNodes.has(id) || f.selectedEdges.has(id)) cls.push('selected');
      if (this.onPath.has(id)) cls.push('on-path');
      if (this.emphasis && !this.emphasis.has(id)) cls.push('dimmed');
      if (cls.length) d.classes = cls.join(' ');
    }
    cy.batch(() => {
      cy.elements().filter((el) => !wanted.has(el.id())).remove();
      cy.add(add);
      for (const a of next.aggregates) {
        if (!existing.has(a.id)) continue;
        const el = cy.getElementById(a.id);
        const line = weakestLine(a.members.map((m) => this.index.edges.get(m)!));
        const suggested = this.holdsDraft(a.members);
        if (el.data('count') !== a.members.length || el.data('line') !== line || el.data('suggested') !== suggested) el.data({ count: a.members.length, line, suggested });
      }
    });
    if (add.some((d) => d.group === 'nodes')) {
      if (state.sizeBy !== 'degree' && state.analytics) this.applySizes(state);
      if (state.colourBy !== 'kind' && state.analytics) this.applyColours(state);
    }
  }

  private reportProjection(): void {
    const p = this.projection;
    const neighbours = this.neighboursDrawn ? { neighbours: this.neighboursDrawn } : {};
    const summary = p && !p.complete ? { actors: p.nodes.size, lines: p.edges.size + p.aggregates.length, merged: p.aggregates.length, ...neighbours } : null;
    const key = JSON.stringify(summary);
    if (key === this.reported) return;
    this.reported = key;
    this.onProjection(summary);
  }

  /** A double click on an actor draws its neighbours too. */
  private expandOnCanvas(nodeId: string): void {
    this.lodExpanded.add(nodeId);
    this.reproject(this.store.getState());
    this.applyEmphasis();
  }

  /**
   * Zoomed in past the overview: past 60 %, and well past the zoom that fits the overview (a
   * compact force layout fits at 100 % or more, and that view is the overview, not a close-up).
   */
  private zoomedIn(): boolean {
    return this.cy.zoom() >= Math.max(LOD_ZOOM_EXPAND, (this.lastFit?.zoom ?? 0) * LOD_ZOOM_EXPAND_OVER_FIT);
  }

  /** After zooming or panning stops, actors in view join the drawing (when zoomed in). */
  private onViewportChange(): void {
    clearTimeout(this.lodViewportTimer);
    // The force layout still on its way is kept: it places what is drawn, wherever the user looks.
    this.lodViewportTimer = setTimeout(() => {
      if (this.destroyed) return;
      this.applyNamed();
      if (!this.zoomedIn()) return;
      this.reproject(this.store.getState(), true);
      this.applyEmphasis();
    }, 250);
  }

  // ---------- Layouts ----------

  private labelBox(nodeId: string): { width: number; height: number } {
    let box = this.labelBoxes.get(nodeId);
    if (!box) {
      const ctx = this.measuring(`${LABEL_FONT_WEIGHT} ${LABEL_FONT_SIZE}px ${LABEL_FONT_FAMILY}`);
      for (const n of this.index.file.nodes) this.labelBoxes.set(n.id, labelBox(ctx, n.label));
      box = this.labelBoxes.get(nodeId) ?? { width: 0, height: 0 };
    }
    return box;
  }

  /** One canvas context, kept, to measure label text in the given font (null without canvas support). */
  private measuring(font: string): CanvasRenderingContext2D | null {
    this.measureCtx ??= document.createElement('canvas').getContext('2d');
    if (this.measureCtx) this.measureCtx.font = font;
    return this.measureCtx;
  }

  /** Layout input for these nodes at their current drawn size. */
  private layoutNodes(ids: Iterable<string>): LayoutNode[] {
    const out: LayoutNode[] = [];
    for (const id of ids) {
      const box = this.labelBox(id);
      out.push({ id, size: Number(this.cy.getElementById(id).data('size')) || 20, labelWidth: box.width, labelHeight: box.height });
    }
    return out;
  }

  private canvasSize(): { width: number; height: number } {
    return { width: Math.max(320, this.container.clientWidth || 800), height: Math.max(240, this.container.clientHeight || 600) };
  }

  /** The default: seeded ForceAtlas2 over every actor at its relation-count size. */
  private computeDefaultPositions(): Map<string, Point> {
    if (this.lod) {
      // Drawn at once on a spiral by importance; the force layout follows from a worker.
      const ids = this.cy.nodes().map((n) => n.id());
      const drawn = new Set(ids);
      this.lodLayoutInWorker(ids);
      return spiralPositions(this.lodOrder.filter((id) => drawn.has(id)));
    }
    const nodes = this.index.file.nodes.map((n) => {
      const box = this.labelBox(n.id);
      return { id: n.id, size: relationSize(this.index.degree.get(n.id) ?? 0), labelWidth: box.width, labelHeight: box.height };
    });
    return computeLayout({ nodes, edges: this.index.file.edges, ...this.canvasSize(), seed: 7 });
  }

  /** Positions the user left last time for this graph, else the default layout. */
  private applyInitialLayout(): void {
    const saved = loadSavedLayout(this.hash);
    const drawn = this.lod ? this.cy.nodes().map((n) => n.id()) : this.index.file.nodes.map((n) => n.id);
    const complete = saved !== null && drawn.every((id) => saved.positions.has(id));
    if (this.lod && saved) for (const [id, p] of saved.positions) this.lodPositions.set(id, p);
    const positions = complete ? saved.positions : (this.defaultPositions = this.computeDefaultPositions());
    this.cy.batch(() => {
      for (const [id, p] of positions) this.cy.getElementById(id).position({ x: p.x, y: p.y });
    });
    if (complete) this.store.getState().layoutRestored(saved.layout);
  }

  /** A chosen layout over the actors shown now; hidden ones keep their places. */
  private positionsFor(name: LayoutName, state: ExplorerState): Map<string, Point> {
    const ids = this.index.file.nodes.map((n) => n.id).filter((id) => state.visibility.nodes.has(id) && (!this.lod || this.cy.getElementById(id).nonempty()));
    if (this.lod && name === 'force') return this.lodLayout(ids);
    const nodes = this.layoutNodes(ids);
    const value = this.metricValues(state, state.sizeBy);
    const importance = (id: string) => value.get(id) ?? 0;
    if (name === 'concentric') return concentricLayout(nodes, importance);
    const { width, height } = this.canvasSize();
    if (name === 'kinds') return kindCirclesLayout(nodes, (id) => this.index.nodes.get(id)?.kind ?? '', importance, width / height);
    const shown = new Set(ids);
    const edges = this.index.file.edges.filter((e) => state.visibility.edges.has(e.id) && shown.has(e.source) && shown.has(e.target));
    return computeLayout({ nodes, edges, ...this.canvasSize(), seed: 7 });
  }

  private runLayout(request: LayoutRequest, state: ExplorerState): void {
    let positions: Map<string, Point>;
    if (request.kind === 'reset') {
      forgetLayout(this.hash);
      positions = this.defaultPositions ??= this.computeDefaultPositions();
    } else positions = this.positionsFor(request.name, state);
    const nodes = this.cy.nodes().filter((n) => positions.has(n.id()));
    let layout: cytoscape.Layouts | null = null;
    const previous = this.runningLayout;
    this.runningLayout = null;
    previous?.stop();
    const done = (): void => {
      if (this.destroyed || this.runningLayout !== layout) return;
      this.runningLayout = null;
      if (request.kind === 'reset') this.fitAll();
      else {
        this.fit();
        this.savePositions();
      }
    };
    this.cy.stop();
    if (prefersNoAnimation()) {
      this.cy.batch(() => nodes.forEach((n) => void n.position(positions.get(n.id())!)));
      done();
      return;
    }
    // Animate from where the actors are now; the viewport follows to the new extent.
    layout = nodes.layout({
      name: 'preset',
      positions: Object.fromEntries(nodes.map((n) => [n.id(), positions.get(n.id())!])),
      animate: true,
      animationDuration: LAYOUT_ANIMATION_MS,
      animationEasing: 'ease-in-out-cubic',
      fit: true,
      padding: FIT_PADDING,
    });
    this.runningLayout = layout;
    layout.one('layoutstop', done);
    layout.run();
  }

  private savePositions(): void {
    const positions: Array<[string, Point]> = this.cy.nodes().map((n) => [n.id(), n.position()]);
    saveLayout(this.hash, this.store.getState().layout, positions);
  }

  // ---------- Following the store ----------

  private follow(next: ExplorerState, prev: ExplorerState): void {
    if (this.destroyed) return;
    if (this.lod && next.focus !== prev.focus && next.visibility === prev.visibility && next.pathElements === prev.pathElements) {
      // At scale, a new selection's details are drawn first and the canvas follows in the next
      // frame: restyling and redrawing a thousand elements would hold the panel back.
      this.focusShownFor ??= prev;
      this.afterNextFrame();
      prev = { ...prev, focus: next.focus };
    } else if (this.focusShownFor) {
      prev = { ...prev, focus: this.takeFocusShown().focus };
    }
    if (this.lod && (next.visibility !== prev.visibility || next.focus !== prev.focus || next.pathElements !== prev.pathElements)) this.reproject(next, false, prev);
    // At scale the projection holds only visible actors and relations: nothing drawn is ever hidden.
    if (!this.lod && next.visibility !== prev.visibility) this.applyNodeVisibility(prev, next);
    if (!this.lod && (next.visibility !== prev.visibility || next.bundleStates !== prev.bundleStates)) this.applyShownEdges(next);
    if (next.matches !== prev.matches) {
      // At scale, the search results list is drawn first; the marks on the canvas follow a frame later.
      if (this.lod) {
        this.matchesShown ??= prev.matches;
        this.afterNextFrame();
      } else this.applyMatches(prev.matches, next.matches);
    }
    if (next.sizeBy !== prev.sizeBy || next.analytics !== prev.analytics) this.applySizes(next);
    if (next.colourBy !== prev.colourBy || next.analytics !== prev.analytics) this.applyColours(next);
    const pathChanged = next.pathElements !== prev.pathElements;
    if (pathChanged) this.applyPath(next);
    if (next.focus !== prev.focus) {
      this.applySelectionClasses(prev, next);
      this.revealSelection(next);
    }
    if (next.focus !== prev.focus || pathChanged) this.applyEmphasis();
    if (next.layoutRequest && next.layoutRequest !== prev.layoutRequest) this.runLayout(next.layoutRequest.target, next);
    if (next.fitRequest && next.fitRequest !== prev.fitRequest) this.fit(true);
    if (next.centreRequest && next.centreRequest !== prev.centreRequest) {
      // An actor chosen in search may be drawn only when the deferred selection reaches the canvas.
      if (this.focusShownFor) this.centrePending = next.centreRequest.target;
      else this.centreOn(next.centreRequest.target);
    }
  }

  /** After the frame that shows the panels' answer has been painted, the canvas catches up. */
  private afterNextFrame(): void {
    if (this.deferredFrame || this.deferredTimer !== undefined) return;
    this.deferredFrame = requestAnimationFrame(() => {
      this.deferredFrame = 0;
      this.deferredTimer = setTimeout(() => {
        this.deferredTimer = undefined;
        if (this.destroyed) return;
        const state = this.store.getState();
        if (this.matchesShown) {
          const from = this.matchesShown;
          this.matchesShown = null;
          this.applyMatches(from, state.matches);
        }
        if (this.focusShownFor) {
          const from = this.takeFocusShown();
          this.reproject(state, false, from);
          this.applySelectionClasses(from, state);
          this.revealSelection(state);
          this.applyEmphasis();
        }
        if (this.centrePending) {
          this.centreOn(this.centrePending);
          this.centrePending = null;
        }
      }, 0);
    });
  }

  private takeFocusShown(): ExplorerState {
    const from = this.focusShownFor!;
    this.focusShownFor = null;
    return from;
  }

  /** The pointer is over an actor (or none). At scale, only an actor it rests on is highlighted. */
  private pointAt(nodeId: string | null): void {
    clearTimeout(this.hoverTimer);
    if (!this.lod || nodeId === null) {
      this.setHover(nodeId);
      return;
    }
    this.hoverTimer = setTimeout(() => !this.destroyed && this.setHover(nodeId), HOVER_INTENT_MS);
  }

  /** Without level of detail (every actor is on the canvas): hides what the filters hide. */
  private applyNodeVisibility(prev: ExplorerState | null, next: ExplorerState): void {
    const cy = this.cy;
    cy.batch(() => {
      for (const n of this.index.file.nodes) {
        const now = next.visibility.nodes.has(n.id);
        if (prev && prev.visibility.nodes.has(n.id) === now) continue;
        cy.getElementById(n.id).toggleClass('hidden', !now);
      }
    });
  }

  /**
   * Without level of detail: which relation and bundle edges are drawn (visible relations, except
   * members of collapsed bundles). At scale, aggregates stand in for busy pairs instead.
   */
  private applyShownEdges(state: ExplorerState): void {
    const shown = new Set<string>();
    for (const e of this.index.file.edges) {
      if (!state.visibility.edges.has(e.id)) continue;
      const bundle = this.bundleOf.get(e.id);
      if (bundle && state.bundleStates.get(bundle)?.collapsed) continue;
      shown.add(e.id);
    }
    const cy = this.cy;
    cy.batch(() => {
      for (const [id, b] of state.bundleStates) {
        if (!b.collapsed) continue;
        shown.add(id);
        const el = cy.getElementById(id);
        const color = b.color ?? '#4b5563';
        const suggested = this.holdsDraft(b.visible);
        if (el.data('count') !== b.visible.length || el.data('color') !== color || el.data('line') !== b.line || el.data('suggested') !== suggested) {
          el.data({ count: b.visible.length, color, line: b.line, suggested });
        }
      }
      for (const id of this.shownEdges) if (!shown.has(id)) cy.getElementById(id).addClass('hidden');
      for (const id of shown) if (!this.shownEdges.has(id)) cy.getElementById(id).removeClass('hidden');
    });
    this.shownEdges = shown;
    if (this.emphasis) this.applyEmphasis();
  }

  private applyMatches(prev: ReadonlySet<string> | null, next: ReadonlySet<string>): void {
    // Only what changed, and only what is drawn: a one-letter query matches thousands of actors.
    this.cy.batch(() => {
      for (const id of prev ?? []) if (!next.has(id) && this.isDrawn(id)) this.cy.getElementById(id).removeClass('match');
      for (const id of next) if (!prev?.has(id) && this.isDrawn(id)) this.cy.getElementById(id).addClass('match');
    });
  }

  /** Values of a metric per actor; relation counts until the worker has delivered the rest. */
  private metricValues(state: ExplorerState, metric: SizeMetric): Map<string, number> {
    const values = new Map<string, number>();
    const metrics = state.analytics?.metrics.metrics;
    for (const n of this.index.file.nodes) {
      const m = metrics?.[n.id];
      const v = metric === 'degree' || !m ? (this.index.degree.get(n.id) ?? 0) : (m[metric] ?? 0);
      values.set(n.id, v);
    }
    return values;
  }

  private applySizes(state: ExplorerState): void {
    const metric: SizeMetric = state.analytics ? state.sizeBy : 'degree';
    const sizes = sizesFor(metric, this.metricValues(state, metric));
    // Only the drawn actors: at scale that is a few hundred of tens of thousands.
    this.cy.batch(() => {
      for (const el of this.cy.nodes()) {
        const size = sizes.get(el.id());
        if (size !== undefined && el.data('size') !== size) el.data('size', size);
      }
    });
  }

  private applyColours(state: ExplorerState): void {
    const groups = state.colourBy === 'community' ? state.analytics?.communities.communities : undefined;
    this.cy.batch(() => {
      for (const el of this.cy.nodes()) {
        const n = this.index.nodes.get(el.id());
        if (!n) continue;
        const c = groups ? groupColour(groups[n.id]) : kindStyle(n.kind);
        if (el.data('fill') !== c.fill || el.data('stroke') !== c.stroke) el.data({ fill: c.fill, stroke: c.stroke });
      }
    });
  }

  /** Marks the actors and relations of the shortest paths (and the bundles that stand in for them). */
  private applyPath(state: ExplorerState): void {
    const next = new Set<string>();
    if (state.pathElements) {
      for (const id of state.pathElements.nodes) next.add(id);
      for (const id of state.pathElements.edges) {
        next.add(id);
        const bundle = this.bundleOf.get(id);
        if (bundle) next.add(bundle);
      }
    }
    this.cy.batch(() => {
      for (const id of this.onPath) if (!next.has(id)) this.cy.getElementById(id).removeClass('on-path');
      for (const id of next) if (!this.onPath.has(id)) this.cy.getElementById(id).addClass('on-path');
    });
    this.onPath = next;
  }

  private applySelectionClasses(prev: ExplorerState | null, next: ExplorerState): void {
    const cy = this.cy;
    const swap = (before: ReadonlySet<string> | undefined, after: ReadonlySet<string>, cls: string) => {
      for (const id of before ?? []) if (!after.has(id) && this.isDrawn(id)) cy.getElementById(id).removeClass(cls);
      for (const id of after) if (this.isDrawn(id)) cy.getElementById(id).addClass(cls);
    };
    cy.batch(() => {
      swap(prev?.focus.selectedNodes, next.focus.selectedNodes, 'selected');
      swap(prev?.focus.selectedEdges, next.focus.selectedEdges, 'selected');
    });
  }

  private setHover(nodeId: string | null): void {
    if (this.hoverNode === nodeId) return;
    if (this.hoverNode) this.cy.getElementById(this.hoverNode).removeClass('hovered');
    this.hoverNode = nodeId;
    if (nodeId) this.cy.getElementById(nodeId).addClass('hovered');
    this.container.classList.toggle('is-pointing', nodeId !== null || this.hoverEdge !== null);
    this.applyEmphasis();
  }

  private setHoverEdge(edgeId: string | null): void {
    if (this.hoverEdge === edgeId) return;
    this.hoverEdge = edgeId;
    this.container.classList.toggle('is-pointing', edgeId !== null || this.hoverNode !== null);
    this.applyEdgeLabels();
  }

  /** Which elements stand out: the hovered node's neighbourhood, else a shown path, else the selection's focus. */
  private wantedEmphasis(): Set<string> | null {
    let set: Set<string>;
    if (this.hoverNode) {
      set = new Set<string>([this.hoverNode]);
      for (const edgeId of this.index.edgesByNode.get(this.hoverNode) ?? []) {
        const e = this.index.edges.get(edgeId)!;
        set.add(edgeId);
        set.add(e.source);
        set.add(e.target);
      }
    } else if (this.onPath.size) {
      const f = this.store.getState().focus;
      set = new Set([...this.onPath, ...f.selectedNodes, ...f.selectedEdges]);
    } else {
      const f = this.store.getState().focus;
      if (f.selectedNodes.size === 0 && f.selectedEdges.size === 0 && f.relatedNodes.size === 0) return null;
      set = new Set([...f.selectedNodes, ...f.selectedEdges, ...f.relatedNodes, ...f.relatedEdges]);
    }
    // A collapsed bundle stands in for its members.
    for (const id of [...set]) {
      const bundle = this.bundleOf.get(id);
      if (bundle) set.add(bundle);
    }
    return set;
  }

  /** Dims everything but the emphasised set, patching only what changed since the last call. */
  private applyEmphasis(): void {
    const next = this.wantedEmphasis();
    const prev = this.emphasis;
    const cy = this.cy;
    cy.batch(() => {
      if (!next) {
        if (prev) cy.elements('.dimmed').removeClass('dimmed');
      } else if (!prev) {
        // One style pass: the emphasised elements are never dimmed first.
        cy.elements()
          .filter((el) => !next.has(el.id()))
          .addClass('dimmed');
      } else {
        for (const id of prev) if (!next.has(id) && this.isDrawn(id)) cy.getElementById(id).addClass('dimmed');
        for (const id of next) if (!prev.has(id) && this.isDrawn(id)) cy.getElementById(id).removeClass('dimmed');
      }
    });
    this.emphasis = next;
    this.applyNamed();
    this.applyEdgeLabels();
  }

  /**
   * At scale, zoomed out, the actors in focus get big labels: the selection, and its neighbours
   * when they are few enough to be read. Zoomed in, every label is drawn at its own size anyway.
   */
  private applyNamed(): void {
    const wanted = new Set<string>();
    if (this.lod && this.emphasis && this.cy.zoom() < NAMED_MAX_ZOOM) {
      const nodes = [...this.emphasis].filter((id) => this.index.nodes.has(id) && this.isDrawn(id));
      const f = this.store.getState().focus;
      const first = (id: string): number => (f.selectedNodes.has(id) ? 2 : this.hoverNode === id ? 1 : 0);
      const candidates = nodes
        .filter((id) => nodes.length <= NAMED_MAX || first(id) > 0)
        .sort((a, b) => first(b) - first(a) || (this.index.degree.get(b) ?? 0) - (this.index.degree.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
      // A label that would cover one already placed is left out (the actor stays drawn and listed
      // in the details): a pile of overlapping names reads as none. The selection always has one.
      const placed: Rect[] = [];
      for (const id of candidates) {
        const rect = this.namedLabelRect(id);
        if (first(id) < 2 && placed.some((r) => overlaps(r, rect))) continue;
        placed.push(rect);
        wanted.add(id);
      }
    }
    if (sameSet(wanted, this.named)) return;
    this.cy.batch(() => {
      for (const id of this.named) if (!wanted.has(id)) this.cy.getElementById(id).removeClass('named');
      for (const id of wanted) if (!this.named.has(id)) this.cy.getElementById(id).addClass('named');
    });
    this.named = wanted;
  }

  /** Where an actor's big label would sit on screen (rendered px, below the node). */
  private namedLabelRect(id: string): Rect {
    let box = this.namedBoxes.get(id);
    if (!box) {
      const ctx = this.measuring(`600 ${NAMED_FONT_SIZE}px ${LABEL_FONT_FAMILY}`);
      box = labelBox(ctx, this.index.nodes.get(id)?.label ?? id, NAMED_FONT_SIZE);
      this.namedBoxes.set(id, box);
    }
    const el = this.cy.getElementById(id);
    const z = this.cy.zoom();
    const p = el.renderedPosition();
    const top = p.y + ((Number(el.data('size')) || 20) / 2) * z;
    return { x1: p.x - (box.width / 2) * z, y1: top, x2: p.x + (box.width / 2) * z, y2: top + box.height * z };
  }

  /** Edges that show their type label: the hovered node's relations (else the selection's) and the hovered edge. */
  private applyEdgeLabels(): void {
    const around = this.hoverNode ? (this.index.edgesByNode.get(this.hoverNode) ?? []) : [...this.store.getState().focus.relatedEdges];
    // Type labels on a hub's many relations would pile up; there the colours and the panel speak.
    const wanted = new Set<string>(around.length <= MAX_EDGE_LABELS ? around : []);
    if (this.hoverEdge) wanted.add(this.hoverEdge);
    for (const id of [...wanted]) {
      const bundle = this.bundleOf.get(id);
      if (bundle) wanted.add(bundle);
    }
    this.cy.batch(() => {
      for (const id of this.labelled) if (!wanted.has(id)) this.cy.getElementById(id).removeClass('labelled');
      for (const id of wanted) if (!this.labelled.has(id)) this.cy.getElementById(id).addClass('labelled');
    });
    this.labelled = wanted;
  }

  /** Brings a newly selected element into view if it is off-screen (no zoom change). */
  private revealSelection(state: ExplorerState): void {
    const sel = state.selection;
    if (!sel || sel.kind === 'sentence') return;
    const el = this.cy.getElementById(sel.id);
    if (el.empty() || el.hasClass('hidden')) return;
    const bb = el.renderedBoundingBox({});
    const w = this.cy.width();
    const h = this.cy.height();
    if (bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= w && bb.y2 <= h) return;
    this.animateTo({ center: { eles: el } });
  }

  /** Puts the node's centre (not its label's) in the middle of the canvas, at zoom 1 or more (at scale: at the zoom it has). */
  centreOn(nodeId: string): void {
    const el = this.cy.getElementById(nodeId);
    if (el.empty()) return;
    // At scale the overview's zoom is kept: zooming a dense drawing to 100 % buries the actor in labels.
    const zoom = this.lod ? this.cy.zoom() : Math.max(this.cy.zoom(), 1);
    const p = el.position();
    const pan = { x: this.cy.width() / 2 - p.x * zoom, y: this.cy.height() / 2 - p.y * zoom };
    if (prefersNoAnimation()) this.cy.viewport({ zoom, pan });
    else {
      this.cy.stop();
      this.cy.animate({ zoom, pan, duration: 250, easing: 'ease-in-out-cubic' } as cytoscape.AnimationOptions);
    }
  }

  private animateTo(target: { center?: { eles: cytoscape.CollectionArgument } }): void {
    if (prefersNoAnimation()) {
      if (target.center) this.cy.center(target.center.eles);
      return;
    }
    this.cy.stop();
    this.cy.animate({ ...target, duration: 250, easing: 'ease-in-out-cubic' } as cytoscape.AnimationOptions);
  }

  /** Fit the visible graph, never blowing a small graph up beyond MAX_FIT_ZOOM. */
  fit(animate = false): void {
    const visible = this.cy.elements().not('.hidden');
    if (visible.empty()) return;
    if (animate && !prefersNoAnimation()) {
      // Where a plain fit would land, reached smoothly.
      const before = { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
      this.fitTo(visible);
      const target = { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
      this.cy.viewport(before);
      this.cy.stop();
      this.cy.animate({ ...target, duration: 300, easing: 'ease-in-out-cubic', complete: () => this.rememberFit() } as cytoscape.AnimationOptions);
      return;
    }
    this.fitTo(visible);
    this.rememberFit();
  }

  private fitAll(): void {
    this.fitTo(this.cy.elements());
    this.rememberFit();
  }

  /** Fits these elements, never blowing a small graph up beyond MAX_FIT_ZOOM. */
  private fitTo(eles: cytoscape.CollectionReturnValue): void {
    this.cy.fit(eles, FIT_PADDING);
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center(eles);
    }
  }

  private rememberFit(): void {
    const pan = this.cy.pan();
    this.lastFit = { zoom: this.cy.zoom(), x: pan.x, y: pan.y };
  }

  zoomBy(factor: number): void {
    const z = Math.min(this.cy.maxZoom(), Math.max(this.cy.minZoom(), this.cy.zoom() * factor));
    const rendered = { x: this.cy.width() / 2, y: this.cy.height() / 2 };
    if (prefersNoAnimation()) this.cy.zoom({ level: z, renderedPosition: rendered });
    else {
      this.cy.stop();
      this.cy.animate({ zoom: { level: z, renderedPosition: rendered }, duration: 150 } as cytoscape.AnimationOptions);
    }
  }

  private onResize(): void {
    if (this.destroyed) return;
    const untouched =
      this.lastFit !== null &&
      Math.abs(this.cy.zoom() - this.lastFit.zoom) < 1e-6 &&
      Math.abs(this.cy.pan().x - this.lastFit.x) < 0.5 &&
      Math.abs(this.cy.pan().y - this.lastFit.y) < 0.5;
    this.cy.resize();
    if (untouched) this.fit();
  }

  // ---------- Images ----------

  /** The visible graph as drawn (colours, sizes, highlights), as a PNG at twice the screen's scale. */
  png(): Promise<Blob> {
    return this.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
  }

  async svg(): Promise<string> {
    const { graphToSvg } = await import('./svg-export');
    return graphToSvg(this.cy, { background: '#ffffff' });
  }

  // ---------- For tests ----------

  /** Page coordinates of a node's centre, or null if it is absent or hidden. */
  renderedPosition(nodeId: string): { x: number; y: number } | null {
    const el = this.cy.getElementById(nodeId);
    if (el.empty() || !el.isNode() || el.hasClass('hidden')) return null;
    const p = el.renderedPosition();
    const r = this.container.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }

  /** Model coordinates of a node (independent of zoom and pan). */
  modelPosition(nodeId: string): { x: number; y: number } | null {
    const el = this.cy.getElementById(nodeId);
    if (el.empty() || !el.isNode()) return null;
    const p = el.position();
    return { x: p.x, y: p.y };
  }

  /** Drawn size and colours of a node. */
  nodeStyle(nodeId: string): { size: number; fill: string; stroke: string } | null {
    const el = this.cy.getElementById(nodeId);
    if (el.empty() || !el.isNode()) return null;
    return { size: Number(el.data('size')), fill: String(el.data('fill')), stroke: String(el.data('stroke')) };
  }

  /** Page coordinates of an edge's midpoint, or null if it is absent or hidden. */
  renderedEdgeMidpoint(edgeId: string): { x: number; y: number } | null {
    const el = this.cy.getElementById(edgeId);
    if (el.empty() || !el.isEdge() || el.hasClass('hidden')) return null;
    const p = el.renderedMidpoint();
    const r = this.container.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }

  /** Drawn node ids, or drawn edge ids (relations, and bundles as "bundle:a|b"). */
  visibleIds(group: 'nodes' | 'edges'): string[] {
    return this.cy
      .elements(group === 'nodes' ? 'node' : 'edge')
      .filter((el) => !el.hasClass('hidden'))
      .map((el) => el.id())
      .sort();
  }

  nodeBoxes(): Array<{ id: string; x1: number; y1: number; x2: number; y2: number }> {
    const r = this.container.getBoundingClientRect();
    return this.cy
      .nodes()
      .filter((n) => !n.hasClass('hidden'))
      .map((n) => {
        const bb = n.renderedBoundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false });
        return { id: n.id(), x1: r.left + bb.x1, y1: r.top + bb.y1, x2: r.left + bb.x2, y2: r.top + bb.y2 };
      });
  }

  classesOf(id: string): string[] {
    const el = this.cy.getElementById(id);
    return el.empty() ? [] : [...el.classes()].sort();
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.lodViewportTimer);
    clearTimeout(this.hoverTimer);
    clearTimeout(this.deferredTimer);
    cancelAnimationFrame(this.deferredFrame);
    this.unsubscribe();
    this.resizeObserver.disconnect();
    this.container.removeEventListener('mouseleave', this.onMouseLeave);
    this.stopHoldingClicks();
    for (const [events, selector, handler] of this.listeners) {
      if (selector) this.cy.removeListener(events, selector, handler);
      else this.cy.removeListener(events, handler);
    }
    this.listeners.length = 0;
    this.cy.stop();
    this.cy.destroy();
  }
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
