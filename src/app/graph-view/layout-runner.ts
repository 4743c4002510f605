// Where actors sit. Only layouts (the first one, a chosen one, reset), dragging and the same
// graph's layout saved in another tab move nodes; positions the user made are remembered per
// graph (layout-memory.ts). At scale the first drawing is a spiral by importance, and a seeded
// force layout from a worker moves the actors into place.
import type cytoscape from 'cytoscape';
import { graphContentHash } from '../../domain/content-hash';
import { relationSize } from '../../domain/importance';
import { computeLayout, type LayoutNode, type Point } from '../../domain/layout';
import { placeNewNodes, projectionLayout, spiralPositions } from '../../domain/level-of-detail-layout';
import { concentricLayout, kindCirclesLayout, type LayoutName } from '../../domain/layouts';
import { showPageNotice } from '../session/page-notices';
import type { ExplorerState, LayoutRequest } from '../store/explorer-store';
import type { Camera } from './camera';
import { FIT_PADDING } from './camera';
import type { ClassPainter } from './class-painter';
import { clipLabel } from './cy-style';
import { LabelBoxes } from './label-measure';
import { LayoutMemory, type LayoutChange, type PlacedBy } from './layout-memory';
import type { LodLayoutReply, LodLayoutRequest } from './lod-layout-worker';
import type { Scene } from './scene';
import type { CarriedView } from './view-carry';

const LAYOUT_ANIMATION_MS = 450;
const SEED = 7;

export class LayoutRunner {
  /** Where every actor that has been drawn sits at scale (actors coming back return there). */
  readonly remembered = new Map<string, Point>();
  /** The default layout (reset goes back to it); computed when first needed. */
  private defaultPositions: Map<string, Point> | null = null;
  private readonly memory: LayoutMemory;
  private readonly labels: LabelBoxes;
  /** The animated layout running now: a new request stops it, so two never fight over positions. */
  private running: cytoscape.Layouts | null = null;
  private worker: Worker | null = null;
  private readonly stops: Array<() => void> = [];

  constructor(
    private readonly scene: Scene,
    private readonly camera: Camera,
    private readonly painter: ClassPainter,
    /** The canvas's size in px (a layout fills its aspect). */
    private readonly canvasSize: () => { width: number; height: number },
  ) {
    this.memory = new LayoutMemory(graphContentHash(scene.index.file), (change) => this.draw(change));
    // Boxes of the labels as drawn: a huge label is drawn clipped.
    this.labels = new LabelBoxes(scene.env.measure, (id) => clipLabel(scene.index.nodes.get(id)?.label ?? ''));
  }

  /**
   * Positions carried from the canvas this one replaces (a reload), else those the user left last
   * time for this graph (over the default layout where some are missing), else the default
   * layout. An unreadable saved layout is dropped and said. Returns whether a carried view was used.
   */
  placeFirst(carried: CarriedView | null = null): boolean {
    const { cy, index, lod } = this.scene;
    const read = this.memory.load();
    showPageNotice('layout', read.kind === 'unreadable' ? `Saved layout for this graph was unreadable and was reset (${read.reason}).` : null);
    if (carried) {
      const positions = placeNewNodes(cy.nodes().map((n) => n.id()), index.file.edges, new Map(carried.positions));
      cy.batch(() => {
        for (const n of cy.nodes()) {
          const p = positions.get(n.id());
          if (p) n.position({ x: p.x, y: p.y });
        }
      });
      if (lod) for (const [id, p] of positions) this.remembered.set(id, p);
      this.scene.shown.getState().layoutRestored(carried.layout);
      this.savePositions();
      return true;
    }
    const saved = read.kind === 'ok' ? read.saved : null;
    const drawn = lod ? cy.nodes().map((n) => n.id()) : index.file.nodes.map((n) => n.id);
    const complete = saved !== null && drawn.every((id) => saved.positions.has(id));
    if (lod && saved) for (const [id, p] of saved.positions) this.remembered.set(id, p);
    let positions: Map<string, Point>;
    if (complete) positions = saved.positions;
    else {
      positions = new Map((this.defaultPositions = this.computeDefault()));
      // Actors a person placed keep their places; the others take the default layout's.
      if (saved) for (const [id, p] of saved.positions) if (p.at > 0 && positions.has(id)) positions.set(id, p);
    }
    cy.batch(() => {
      for (const [id, p] of positions) cy.getElementById(id).position({ x: p.x, y: p.y });
    });
    this.memory.placed(positions);
    if (complete) this.scene.shown.getState().layoutRestored(saved.layout);
    return false;
  }

  follow(): void {
    this.stops.push(
      this.scene.shown.subscribe((s) => s.layoutRequest, (r) => r && this.run(r.target, this.scene.shown.getState())),
      this.memory.listen(),
    );
  }

  /** Seeded ForceAtlas2 over the drawn actors at scale, remembered for actors that leave and come back. */
  forceAtScale(ids: readonly string[]): Map<string, Point> {
    const drawn = new Set(ids);
    const links = this.scene.index.file.edges.filter((e) => drawn.has(e.source) && drawn.has(e.target));
    const positions = projectionLayout(ids, links, { seed: SEED });
    for (const [id, p] of positions) this.remembered.set(id, p);
    return positions;
  }

  /** Remembers the positions drawn now; what another tab placed later comes back to be drawn. */
  savePositions(by: PlacedBy = 'person'): void {
    const positions: Array<[string, Point]> = this.scene.cy.nodes().map((n) => [n.id(), n.position()]);
    this.memory.save(this.scene.shown.getState().layout, positions, by);
  }

  /** Draws positions placed elsewhere (another tab, or a person before a default layout); never under a drag. */
  private draw({ moved, layout }: LayoutChange): ReadonlySet<string> {
    const { cy, lod } = this.scene;
    const held = new Set<string>();
    if (this.scene.destroyed) return held;
    cy.batch(() => {
      for (const [id, p] of moved) {
        if (lod) this.remembered.set(id, { x: p.x, y: p.y });
        const node = cy.getElementById(id);
        if (node.grabbed()) held.add(id);
        else if (node.nonempty()) node.position({ x: p.x, y: p.y });
      }
    });
    if (layout) this.scene.shown.getState().layoutRestored(layout);
    return held;
  }

  destroy(): void {
    for (const stop of this.stops) stop();
    this.worker?.terminate();
    this.worker = null;
    this.running?.stop();
  }

  /** The default: seeded ForceAtlas2 over every actor at its relation-count size. */
  private computeDefault(): Map<string, Point> {
    const { cy, index, lod } = this.scene;
    if (lod) {
      // Drawn at once on a spiral by importance; the force layout follows from a worker.
      const ids = cy.nodes().map((n) => n.id());
      const drawn = new Set(ids);
      this.forceInWorker(ids);
      return spiralPositions(this.scene.byImportance.filter((id) => drawn.has(id)));
    }
    const nodes = index.file.nodes.map((n) => {
      const box = this.labels.of(n.id);
      return { id: n.id, size: relationSize(index.degree.get(n.id) ?? 0), labelWidth: box.width, labelHeight: box.height };
    });
    return computeLayout({ nodes, edges: index.file.edges, ...this.canvasSize(), seed: SEED });
  }

  private forceInWorker(ids: string[]): void {
    const drawn = new Set(ids);
    const links: Array<[string, string]> = [];
    for (const e of this.scene.index.file.edges) if (drawn.has(e.source) && drawn.has(e.target)) links.push([e.source, e.target]);
    const fallback = (): void => this.arrived(this.forceAtScale(ids));
    const worker = this.scene.env.layoutWorker();
    if (!worker) {
      // No worker (blocked or unsupported): lay out here, after the first frame.
      this.scene.env.later(() => !this.scene.destroyed && fallback(), 0);
      return;
    }
    this.worker?.terminate();
    this.worker = worker;
    worker.onmessage = (event: MessageEvent<LodLayoutReply>) => {
      worker.terminate();
      this.worker = null;
      if (!this.scene.destroyed) this.arrived(new Map(event.data.map(([id, x, y]) => [id, { x, y }])));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      this.worker = null;
      if (!this.scene.destroyed) fallback();
    };
    worker.postMessage({ ids, links, seed: SEED } satisfies LodLayoutRequest);
  }

  /** The force layout has arrived: move the actors there, fit, and remember it for the next visit. */
  private arrived(positions: Map<string, Point>): void {
    const { cy } = this.scene;
    for (const [id, p] of positions) this.remembered.set(id, p);
    this.defaultPositions = positions;
    cy.batch(() => {
      for (const n of cy.nodes()) {
        const p = positions.get(n.id());
        if (p) n.position({ x: p.x, y: p.y });
      }
    });
    this.camera.fit();
    this.savePositions('default');
  }

  /** Layout input for these nodes at their current drawn size. */
  private layoutNodes(ids: Iterable<string>): LayoutNode[] {
    const out: LayoutNode[] = [];
    for (const id of ids) {
      const box = this.labels.of(id);
      out.push({ id, size: Number(this.scene.cy.getElementById(id).data('size')) || 20, labelWidth: box.width, labelHeight: box.height });
    }
    return out;
  }

  /** A chosen layout over the actors shown now; hidden ones keep their places. */
  private positionsFor(name: LayoutName, state: ExplorerState): Map<string, Point> {
    const { cy, index, lod } = this.scene;
    const ids = index.file.nodes.map((n) => n.id).filter((id) => state.visibility.nodes.has(id) && (!lod || cy.getElementById(id).nonempty()));
    if (lod && name === 'force') return this.forceAtScale(ids);
    const nodes = this.layoutNodes(ids);
    const value = this.painter.metricValues(state, state.sizeBy);
    const importance = (id: string): number => value.get(id) ?? 0;
    if (name === 'concentric') return concentricLayout(nodes, importance);
    const { width, height } = this.canvasSize();
    if (name === 'kinds') return kindCirclesLayout(nodes, (id) => index.nodes.get(id)?.kind ?? '', importance, width / height);
    const shown = new Set(ids);
    const edges = index.file.edges.filter((e) => state.visibility.edges.has(e.id) && shown.has(e.source) && shown.has(e.target));
    return computeLayout({ nodes, edges, width, height, seed: SEED });
  }

  private run(request: LayoutRequest, state: ExplorerState): void {
    const { cy } = this.scene;
    let positions: Map<string, Point>;
    if (request.kind === 'reset') {
      positions = this.defaultPositions ??= this.computeDefault();
      this.memory.forget(positions);
    } else positions = this.positionsFor(request.name, state);
    const nodes = cy.nodes().filter((n) => positions.has(n.id()));
    let layout: cytoscape.Layouts | null = null;
    const previous = this.running;
    this.running = null;
    previous?.stop();
    const done = (): void => {
      if (this.scene.destroyed || this.running !== layout) return;
      this.running = null;
      if (request.kind === 'reset') this.camera.fitAll();
      else {
        this.camera.fit();
        this.savePositions();
      }
    };
    cy.stop();
    // Cytoscape's animated preset layout memoises positions in a plain object keyed by id: an actor
    // named like an Object.prototype member ("__defineGetter__") would break it, so such graphs jump.
    if (!this.scene.env.animate || nodes.some((n) => (n as cytoscape.NodeSingular).id() in Object.prototype)) {
      cy.batch(() => nodes.forEach((n) => void n.position(positions.get(n.id())!)));
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
    this.running = layout;
    layout.one('layoutstop', done);
    layout.run();
  }
}
