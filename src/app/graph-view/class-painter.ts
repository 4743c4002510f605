// Paints the state on the drawn elements, patching only what changed: hidden by the filters,
// collapsed bundles, actors left without a visible relation (faded), search marks, the shortest
// path, the selection, sizes and colours by the chosen measure, and how parallel relations fan
// out. Filtering never re-creates elements and never moves nodes.
import type { Visibility } from '../../domain/filters';
import type { SizeMetric } from '../../domain/importance';
import type { SelectionFocus } from '../../domain/selection';
import { groupColour, sizesFor } from '../../domain/importance';
import { kindStyle } from '../../domain/kinds';
import type { ExplorerState } from '../store/explorer-store';
import { NEUTRAL_EDGE } from '../theme';
import { pairKey } from '../../domain/graph-index';
import { markedOf, sameTuple, type CanvasState } from './canvas-state';
import { FAN_CLEARANCE, fanOffsets, holdsDraft, MAX_FAN_OFFSET, segmentMeetsBox, type Box } from './elements';
import { sameSet, type Scene } from './scene';

/** A line's half width and a little more: how far beyond the clearance an actor's body is kept from a curve. */
const LINE_ROOM = 3;

export class ClassPainter {
  /** Relation and bundle edges drawn now (without level of detail; see applyShownEdges). */
  private shownEdges = new Set<string>();
  private path = new Set<string>();
  /** Drawn elements marked selected: the selection, and the bundle or merged line standing in for it. */
  private selected = new Set<string>();
  private faded = new Set<string>();
  private fansDue = false;
  private readonly stops: Array<() => void> = [];

  constructor(private readonly scene: Scene) {
    scene.addClassSource((id, s) => (s.matches.has(id) ? 'match' : null));
    scene.addClassSource((id, s) => (isSelected(markedOf(s), id) || scene.standsFor(id, markedOf(s).selectedEdges) ? 'selected' : null));
    scene.addClassSource((id) => (this.path.has(id) ? 'on-path' : null));
    scene.addClassSource((id, s) => (this.fades(id, s) ? 'faded' : null));
  }

  /** Actors and relations on the shortest paths shown (with the bundles that stand in for them). */
  get onPath(): ReadonlySet<string> {
    return this.path;
  }

  /** Paints the first state, then follows the state shown. */
  follow(): void {
    const { shown, lod } = this.scene;
    const state = shown.getState();
    // Relation edges start drawn, bundle edges hidden (see elements.ts). At scale the projection
    // draws only visible relations, and nothing is hidden by class.
    if (!lod) {
      this.shownEdges = new Set(this.scene.index.file.edges.map((e) => e.id));
      this.applyShownEdges(state);
      this.applyNodeVisibility(null, state.visibility);
    }
    this.scene.swapClass([], state.matches, 'match');
    this.applySelection(state.marked);
    this.applyFaded(state);
    this.paintMeasures(state);
    this.applyPath(state);

    const on = <U>(selector: (s: CanvasState) => U, run: (next: U, prev: U) => void, tuple = false): void => {
      this.stops.push(shown.subscribe(selector, run, tuple ? { equalityFn: (a, b) => sameTuple(a as unknown[], b as unknown[]) } : undefined));
    };
    if (!lod) {
      on((s) => s.visibility, (next, prev) => this.applyNodeVisibility(prev, next));
      on((s) => [s.visibility, s.bundleStates], () => this.applyShownEdges(shown.getState()), true);
      // Fans follow the actors: layouts, drags, other tabs' positions, sizes by measure.
      const moved = (): void => this.fansLater();
      this.scene.cy.on('position', 'node', moved);
      this.stops.push(() => this.scene.cy.removeListener('position', 'node', moved));
      this.applyFans();
    }
    on((s) => s.visibility, () => this.applyFaded(shown.getState()));
    on((s) => s.matches, (next, prev) => this.scene.cy.batch(() => this.scene.swapClass(prev, next, 'match', prev)));
    on((s) => [s.sizeBy, s.analytics], () => this.applySizes(shown.getState()), true);
    on((s) => [s.colourBy, s.analytics], () => this.applyColours(shown.getState()), true);
    on((s) => s.pathElements, () => this.applyPath(shown.getState()));
    // The selection's mark may come ahead of its focus (canvas-state): it is the click's answer.
    on((s) => s.marked, (next) => this.applySelection(next));
  }

  /** Sizes and colours by the chosen measures, once analytics are in (and for actors just drawn at scale). */
  paintMeasures(state: ExplorerState): void {
    if (state.sizeBy !== 'degree' && state.analytics) this.applySizes(state);
    if (state.colourBy !== 'kind' && state.analytics) this.applyColours(state);
  }

  /** Values of a metric per actor; relation counts until the worker has delivered the rest. */
  metricValues(state: ExplorerState, metric: SizeMetric): Map<string, number> {
    const { index } = this.scene;
    const values = new Map<string, number>();
    const metrics = state.analytics?.metrics.metrics;
    for (const n of index.file.nodes) {
      const m = metrics?.[n.id];
      values.set(n.id, metric === 'degree' || !m ? (index.degree.get(n.id) ?? 0) : (m[metric] ?? 0));
    }
    return values;
  }

  destroy(): void {
    for (const stop of this.stops) stop();
  }

  /**
   * Without level of detail: the offsets of fanned parallel relations (data `fan`, read by the
   * stylesheet), so that no curve passes over an actor other than its two (see fanOffsets).
   */
  applyFans(): void {
    this.fansDue = false;
    const { cy, index, lod, destroyed } = this.scene;
    if (lod || destroyed) return;
    const pairs = new Map<string, string[]>();
    for (const id of this.shownEdges) {
      const e = index.edges.get(id);
      if (!e || e.source === e.target) continue;
      const key = pairKey(e.source, e.target);
      (pairs.get(key) ?? pairs.set(key, []).get(key)!).push(id);
    }
    const bodies: Array<{ id: string; body: Box; box: Box }> = [];
    cy.nodes().forEach((n) => {
      if (n.hasClass('hidden')) return;
      const p = n.position();
      const r = n.outerWidth() / 2;
      const room = r + FAN_CLEARANCE + LINE_ROOM;
      bodies.push({ id: n.id(), body: { x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r }, box: { x1: p.x - room, y1: p.y - room, x2: p.x + room, y2: p.y + room } });
    });
    const fans = new Map<string, number>();
    for (const ids of pairs.values()) {
      if (ids.length < 2) continue;
      ids.sort();
      const first = index.edges.get(ids[0]!)!;
      const [a, b] = first.source < first.target ? [first.source, first.target] : [first.target, first.source];
      const na = cy.getElementById(a);
      const nb = cy.getElementById(b);
      const p = na.position();
      const q = nb.position();
      const reach = MAX_FAN_OFFSET + 2;
      const lens = { x1: Math.min(p.x, q.x) - reach, y1: Math.min(p.y, q.y) - reach, x2: Math.max(p.x, q.x) + reach, y2: Math.max(p.y, q.y) + reach };
      // An actor the straight line already crosses (the layout put it there) is no obstacle a fan could clear.
      const near = bodies.filter(
        (o) => o.id !== a && o.id !== b && o.box.x1 < lens.x2 && lens.x1 < o.box.x2 && o.box.y1 < lens.y2 && lens.y1 < o.box.y2 && !segmentMeetsBox(p, q, o.body),
      );
      const tight = near.map(({ body: o }) => ({ x1: o.x1 - 2, y1: o.y1 - 2, x2: o.x2 + 2, y2: o.y2 + 2 }));
      const offsets = fanOffsets(p, q, ids.length, near.map((o) => o.box), na.outerWidth() / 2, nb.outerWidth() / 2, tight);
      // Cytoscape measures a control point's distance to the left of each line's own direction.
      ids.forEach((id, k) => fans.set(id, Math.round((index.edges.get(id)!.source === a ? 2 : -2) * offsets[k]! * 100) / 100));
    }
    cy.batch(() => {
      cy.edges('[fan]').forEach((el) => void (fans.has(el.id()) || el.removeData('fan')));
      for (const [id, fan] of fans) {
        const el = cy.getElementById(id);
        if (el.data('fan') !== fan) el.data('fan', fan);
      }
    });
  }

  /** Fans again once the actors have stopped moving in this task (a layout moves them all at once). */
  private fansLater(): void {
    if (this.fansDue) return;
    this.fansDue = true;
    queueMicrotask(() => this.fansDue && this.applyFans());
  }

  /** An actor still shown whose relations are all hidden now (one that never had any is left alone). */
  private fades(id: string, s: ExplorerState): boolean {
    if (!s.visibility.nodes.has(id)) return false;
    const edges = this.scene.index.edgesByNode.get(id);
    return edges !== undefined && edges.length > 0 && !edges.some((e) => s.visibility.edges.has(e));
  }

  private applyFaded(state: ExplorerState): void {
    const { cy, index, lod } = this.scene;
    const next = new Set<string>();
    // At scale only the drawn actors are looked at (a few hundred of tens of thousands).
    if (lod) cy.nodes().forEach((n) => void (this.fades(n.id(), state) && next.add(n.id())));
    else for (const n of index.file.nodes) if (this.fades(n.id, state)) next.add(n.id);
    if (sameSet(next, this.faded)) return;
    cy.batch(() => this.scene.swapClass(this.faded, next, 'faded', this.faded));
    this.faded = next;
  }

  /** Without level of detail (every actor is on the canvas): hides what the filters hide. */
  private applyNodeVisibility(prev: Visibility | null, next: Visibility): void {
    const { cy, index } = this.scene;
    cy.batch(() => {
      for (const n of index.file.nodes) {
        const now = next.nodes.has(n.id);
        if (prev && prev.nodes.has(n.id) === now) continue;
        cy.getElementById(n.id).toggleClass('hidden', !now);
      }
    });
    // An actor hidden or shown again is an obstacle less or more for the fans.
    this.fansLater();
  }

  /**
   * Without level of detail: which relation and bundle edges are drawn (visible relations, except
   * members of collapsed bundles). At scale, merged lines stand in for busy pairs instead.
   */
  private applyShownEdges(state: ExplorerState): void {
    const { cy, index, bundleOf } = this.scene;
    const shown = new Set<string>();
    for (const e of index.file.edges) {
      if (!state.visibility.edges.has(e.id)) continue;
      const bundle = bundleOf.get(e.id);
      if (bundle && state.bundleStates.get(bundle)?.collapsed) continue;
      shown.add(e.id);
    }
    cy.batch(() => {
      for (const [id, b] of state.bundleStates) {
        if (!b.collapsed) continue;
        shown.add(id);
        const el = cy.getElementById(id);
        const color = b.color ?? NEUTRAL_EDGE;
        const suggested = holdsDraft(index, b.visible);
        if (el.data('count') !== b.visible.length || el.data('color') !== color || el.data('line') !== b.line || el.data('suggested') !== suggested) {
          el.data({ count: b.visible.length, color, line: b.line, suggested });
        }
      }
      for (const id of this.shownEdges) if (!shown.has(id)) cy.getElementById(id).addClass('hidden');
      for (const id of shown) if (!this.shownEdges.has(id)) cy.getElementById(id).removeClass('hidden');
    });
    this.shownEdges = shown;
    this.fansLater();
  }

  private applySizes(state: ExplorerState): void {
    const { cy } = this.scene;
    const metric: SizeMetric = state.analytics ? state.sizeBy : 'degree';
    const sizes = sizesFor(metric, this.metricValues(state, metric));
    // Only the drawn actors: at scale that is a few hundred of tens of thousands.
    cy.batch(() => {
      for (const el of cy.nodes()) {
        const size = sizes.get(el.id());
        if (size !== undefined && el.data('size') !== size) el.data('size', size);
      }
    });
    this.fansLater();
  }

  private applyColours(state: ExplorerState): void {
    const { cy, index } = this.scene;
    const groups = state.colourBy === 'community' ? state.analytics?.communities.communities : undefined;
    cy.batch(() => {
      for (const el of cy.nodes()) {
        const n = index.nodes.get(el.id());
        if (!n) continue;
        const c = groups ? groupColour(groups[n.id]) : kindStyle(n.kind);
        if (el.data('fill') !== c.fill || el.data('stroke') !== c.stroke) el.data({ fill: c.fill, stroke: c.stroke });
      }
    });
  }

  private applyPath(state: ExplorerState): void {
    const p = state.pathElements;
    const next = this.scene.withStandIns(new Set(p ? [...p.nodes, ...p.edges] : []));
    const before = this.path;
    this.scene.cy.batch(() => this.scene.swapClass(before, next, 'on-path', before));
    this.path = next;
  }

  private applySelection(next: SelectionFocus): void {
    const wanted = this.scene.withStandIns(new Set([...next.selectedNodes, ...next.selectedEdges]));
    const before = this.selected;
    this.scene.cy.batch(() => this.scene.swapClass(before, wanted, 'selected', before));
    this.selected = wanted;
  }
}

const isSelected = (f: SelectionFocus, id: string): boolean => f.selectedNodes.has(id) || f.selectedEdges.has(id);
