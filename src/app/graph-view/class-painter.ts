// Paints the state on the drawn elements, patching only what changed: hidden by the filters,
// collapsed bundles, search marks, the shortest path, the selection, and sizes and colours by
// the chosen measure. Filtering never re-creates elements and never moves nodes.
import type { Visibility } from '../../domain/filters';
import type { SizeMetric } from '../../domain/importance';
import type { SelectionFocus } from '../../domain/selection';
import { groupColour, sizesFor } from '../../domain/importance';
import { kindStyle } from '../../domain/kinds';
import type { ExplorerState } from '../store/explorer-store';
import { NEUTRAL_EDGE } from '../theme';
import { sameTuple } from './canvas-state';
import { holdsDraft } from './elements';
import type { Scene } from './scene';

export class ClassPainter {
  /** Relation and bundle edges drawn now (without level of detail; see applyShownEdges). */
  private shownEdges = new Set<string>();
  private path = new Set<string>();
  private readonly stops: Array<() => void> = [];

  constructor(private readonly scene: Scene) {
    scene.addClassSource((id, s) => (s.matches.has(id) ? 'match' : null));
    scene.addClassSource((id, s) => (s.focus.selectedNodes.has(id) || s.focus.selectedEdges.has(id) ? 'selected' : null));
    scene.addClassSource((id) => (this.path.has(id) ? 'on-path' : null));
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
    this.applySelection(null, state.focus);
    this.paintMeasures(state);
    this.applyPath(state);

    const on = <U>(selector: (s: ExplorerState) => U, run: (next: U, prev: U) => void, tuple = false): void => {
      this.stops.push(shown.subscribe(selector, run, tuple ? { equalityFn: (a, b) => sameTuple(a as unknown[], b as unknown[]) } : undefined));
    };
    if (!lod) {
      on((s) => s.visibility, (next, prev) => this.applyNodeVisibility(prev, next));
      on((s) => [s.visibility, s.bundleStates], () => this.applyShownEdges(shown.getState()), true);
    }
    on((s) => s.matches, (next, prev) => this.scene.cy.batch(() => this.scene.swapClass(prev, next, 'match', prev)));
    on((s) => [s.sizeBy, s.analytics], () => this.applySizes(shown.getState()), true);
    on((s) => [s.colourBy, s.analytics], () => this.applyColours(shown.getState()), true);
    on((s) => s.pathElements, () => this.applyPath(shown.getState()));
    on((s) => s.focus, (next, prev) => this.applySelection(prev, next));
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

  private applySelection(prev: SelectionFocus | null, next: SelectionFocus): void {
    this.scene.cy.batch(() => {
      this.scene.swapClass(prev?.selectedNodes ?? [], next.selectedNodes, 'selected');
      this.scene.swapClass(prev?.selectedEdges ?? [], next.selectedEdges, 'selected');
    });
  }
}
