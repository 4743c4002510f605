// Level of detail: at scale the canvas draws a bounded projection of the visible graph (the most
// connected actors, the selection and its neighbours, the path, the actors in view when zoomed
// in) and merges busy pairs into one line. This part keeps the canvas in line with it, adding
// and removing only what changed. Zoomed out, the landmarks part labels the most important actors.
import { DEFAULT_LOD_BUDGET, MAX_DRAWN_NEIGHBOURS, projectGraph, type Projection } from '../../domain/level-of-detail';
import { placeNewNodes } from '../../domain/level-of-detail-layout';
import { weakestLine } from '../../domain/status';
import type { ExplorerState } from '../store/explorer-store';
import type { Camera } from './camera';
import { sameTuple } from './canvas-state';
import type { ClassPainter } from './class-painter';
import { canvasElements, holdsDraft } from './elements';
import type { Emphasis } from './emphasis';
import type { Landmarks } from './landmarks';
import type { LayoutRunner } from './layout-runner';
import { sameSet, type Scene } from './scene';

/** Zoomed in past this, the actors in view join the projection. */
const ZOOM_EXPAND = 0.6;
const ZOOM_EXPAND_OVER_FIT = 1.5;
/** After zooming or panning stops for this long, the drawing follows the view. */
const VIEWPORT_SETTLE_MS = 250;

/** What the canvas draws of the visible graph at scale (the rest is in the tools). */
export interface DrawnSummary {
  readonly actors: number;
  readonly lines: number;
  /** Lines that stand for several relations of a pair. */
  readonly merged: number;
  /** When the selection has more neighbours than are drawn: how many are drawn, of how many. */
  readonly neighbours?: { readonly drawn: number; readonly of: number };
}

export class LodDrawing {
  /** Actors the user double-clicked: their neighbours are drawn too. */
  private readonly expanded = new Set<string>();
  /** Set when the selection has more neighbours than MAX_DRAWN_NEIGHBOURS (see pinnedFor). */
  private neighboursDrawn: { drawn: number; of: number } | null = null;
  /** The summary last reported (as JSON): the note re-renders only when it changes. */
  private reported = '';
  private cancelViewport: (() => void) | null = null;
  private readonly stops: Array<() => void> = [];

  constructor(
    private readonly scene: Scene,
    private readonly camera: Camera,
    private readonly layout: LayoutRunner,
    private readonly painter: ClassPainter,
    private readonly emphasis: Emphasis,
    private readonly landmarks: Landmarks,
    /** After each change of the projection: how much of the visible graph the canvas draws. */
    private readonly onProjection: (drawn: DrawnSummary | null) => void,
  ) {}

  /** The projection of the first drawing (before Cytoscape exists). */
  projectFirst(): void {
    this.scene.setProjection(this.project(this.scene.shown.getState()));
    this.report();
  }

  follow(): void {
    const { shown } = this.scene;
    this.stops.push(
      shown.subscribe((s) => [s.visibility, s.focus, s.pathElements] as const, (next, prev) => this.reproject(shown.getState(), false, { visibility: prev[0], pathElements: prev[2] }), {
        equalityFn: sameTuple,
      }),
    );
  }

  /** A double click on an actor draws its neighbours too. */
  expandAt(nodeId: string): void {
    this.expanded.add(nodeId);
    this.reproject(this.scene.shown.getState());
    this.emphasis.apply();
  }

  /** After zooming or panning stops, actors in view join the drawing (when zoomed in). */
  viewportChanged(): void {
    this.cancelViewport?.();
    // The force layout still on its way is kept: it places what is drawn, wherever the user looks.
    this.cancelViewport = this.scene.env.later(() => {
      this.cancelViewport = null;
      if (this.scene.destroyed) return;
      this.emphasis.applyNamed();
      if (this.zoomedIn()) {
        this.reproject(this.scene.shown.getState(), true);
        this.emphasis.apply();
      }
      this.landmarks.apply();
    }, VIEWPORT_SETTLE_MS);
  }

  destroy(): void {
    this.cancelViewport?.();
    for (const stop of this.stops) stop();
  }

  /**
   * Zoomed in past the overview: past 60 %, and well past the zoom that fits the overview (a
   * compact force layout fits at 100 % or more, and that view is the overview, not a close-up).
   */
  private zoomedIn(): boolean {
    return this.scene.cy.zoom() >= Math.max(ZOOM_EXPAND, (this.camera.lastFit?.zoom ?? 0) * ZOOM_EXPAND_OVER_FIT);
  }

  /** What the canvas should draw now: pinned selection and path, expanded actors, the view when zoomed in. */
  private project(state: ExplorerState, withViewport = false): Projection {
    const { index } = this.scene;
    const pinned = this.pinnedFor(state);
    let viewport;
    if (withViewport && this.zoomedIn()) {
      const ext = this.scene.cy.extent();
      viewport = { x1: ext.x1, y1: ext.y1, x2: ext.x2, y2: ext.y2, positions: this.layout.remembered };
    }
    return projectGraph(index.file.edges, state.visibility, {
      ...DEFAULT_LOD_BUDGET,
      importance: index.degree,
      order: this.scene.byImportance,
      minAggregate: 2,
      countHidden: false,
      pinned,
      focus: [...state.focus.selectedNodes, ...this.expanded],
      keepEdges: [...state.focus.selectedEdges, ...(state.pathElements?.edges ?? [])],
      expanded: this.expanded,
      ...(viewport ? { viewport } : {}),
    });
  }

  /** Actors the projection must draw for this state: the selection, its relations' ends, the path. */
  private pinnedFor(state: ExplorerState): Set<string> {
    const { index } = this.scene;
    const f = state.focus;
    const pinned = new Set<string>(f.selectedNodes);
    this.neighboursDrawn = null;
    // Only the neighbours the filters leave visible count (and are counted in the note).
    const related = [...f.relatedNodes].filter((id) => state.visibility.nodes.has(id));
    if (related.length <= MAX_DRAWN_NEIGHBOURS) for (const id of related) pinned.add(id);
    else {
      const degree = index.degree;
      related.sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
      for (const id of related.slice(0, MAX_DRAWN_NEIGHBOURS)) pinned.add(id);
      this.neighboursDrawn = { drawn: MAX_DRAWN_NEIGHBOURS, of: related.length };
    }
    for (const id of f.selectedEdges) {
      const e = index.edges.get(id);
      if (e) pinned.add(e.source).add(e.target);
    }
    for (const id of state.pathElements?.nodes ?? []) pinned.add(id);
    return pinned;
  }

  /** Brings the canvas in line with a new projection: removes, adds and places only what changed. */
  private reproject(state: ExplorerState, withViewport = false, prev?: Pick<ExplorerState, 'visibility' | 'pathElements'>): void {
    const { cy, index } = this.scene;
    // A new selection among the actors already drawn changes nothing on the canvas.
    const current = this.scene.projection;
    if (prev && current && !withViewport && prev.visibility === state.visibility && prev.pathElements === state.pathElements) {
      const drawn = current.nodes;
      if ([...this.pinnedFor(state)].every((id) => drawn.has(id) || !state.visibility.nodes.has(id))) {
        this.report();
        return;
      }
    }
    const next = this.project(state, withViewport);
    this.scene.setProjection(next);
    this.report();
    if (
      current &&
      sameSet(current.nodes, next.nodes) &&
      sameSet(current.edges, next.edges) &&
      current.aggregates.length === next.aggregates.length &&
      current.aggregates.every((a, i) => a.id === next.aggregates[i]!.id && a.members.length === next.aggregates[i]!.members.length)
    )
      return;
    const remembered = this.layout.remembered;
    const existing = new Set<string>(cy.elements().map((el) => el.id()));
    const addNodes = [...next.nodes].filter((id) => !existing.has(id));
    for (const n of cy.nodes()) if (!remembered.has(n.id())) remembered.set(n.id(), { ...n.position() });
    // Only the relations of newcomers place them (in file order, as before): no pass allocating over every relation.
    const newcomers = new Set(addNodes.filter((id) => !remembered.has(id)));
    if (newcomers.size) placeNewNodes(newcomers, index.file.edges.filter((e) => newcomers.has(e.source) || newcomers.has(e.target)), remembered);
    const wanted = new Set<string>([...next.nodes, ...next.edges, ...next.aggregates.map((a) => a.id)]);
    // New elements get the classes of the current state with them (no pass over everything).
    const add = canvasElements(index, next, this.scene.bundleMembers, existing);
    for (const d of add) {
      const id = d.data.id!;
      if (d.group === 'nodes') d.position = { ...remembered.get(id)! };
      const cls = this.scene.classesFor(id, state);
      if (cls.length) d.classes = cls.join(' ');
    }
    cy.batch(() => {
      cy.elements().filter((el) => !wanted.has(el.id())).remove();
      cy.add(add);
      for (const a of next.aggregates) {
        if (!existing.has(a.id)) continue;
        const el = cy.getElementById(a.id);
        const line = weakestLine(a.members.map((m) => index.edges.get(m)!));
        const suggested = holdsDraft(index, a.members);
        if (el.data('count') !== a.members.length || el.data('line') !== line || el.data('suggested') !== suggested) el.data({ count: a.members.length, line, suggested });
      }
    });
    if (add.some((d) => d.group === 'nodes')) this.painter.paintMeasures(state);
    this.landmarks.schedule();
  }

  private report(): void {
    const p = this.scene.projection;
    const neighbours = this.neighboursDrawn ? { neighbours: this.neighboursDrawn } : {};
    const summary = p && !p.complete ? { actors: p.nodes.size, lines: p.edges.size + p.aggregates.length, merged: p.aggregates.length, ...neighbours } : null;
    const key = JSON.stringify(summary);
    if (key === this.reported) return;
    this.reported = key;
    this.onProjection(summary);
  }
}
