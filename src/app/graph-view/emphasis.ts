// What stands out: the hovered actor's neighbourhood, else the path shown, else the selection
// and its relations; everything else is dimmed. Also which relations show their type label, and
// at scale which actors in focus get a big label.
import { NAMED_FONT_SIZE } from './cy-style';
import { sameTuple, type CanvasState } from './canvas-state';
import type { ClassPainter } from './class-painter';
import { LabelBoxes, type Box } from './label-measure';
import { sameSet, type Scene } from './scene';

const MAX_EDGE_LABELS = 6;
/** Big labels for the actors in focus: below this zoom, and for at most this many of them. */
const NAMED_MAX_ZOOM = 0.7;
const NAMED_MAX = 40;
/** At scale, how long the pointer rests on an actor before its neighbourhood is highlighted. */
const HOVER_INTENT_MS = 120;

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
const overlaps = (a: Rect, b: Rect): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

export class Emphasis {
  private hoverNode: string | null = null;
  private hoverEdge: string | null = null;
  private emphasis: Set<string> | null = null;
  private labelled = new Set<string>();
  private named = new Set<string>();
  private readonly namedBoxes: LabelBoxes;
  private cancelHover: (() => void) | null = null;
  private readonly stops: Array<() => void> = [];

  constructor(
    private readonly scene: Scene,
    private readonly painter: ClassPainter,
    /** The pointer is over an actor or relation (the canvas shows a hand). */
    private readonly onPointing: (pointing: boolean) => void = () => {},
  ) {
    this.namedBoxes = new LabelBoxes(scene.env.measure, (id) => scene.index.nodes.get(id)?.label ?? id, NAMED_FONT_SIZE, 600);
    scene.addClassSource((id) => (this.emphasis && !this.emphasis.has(id) ? 'dimmed' : null));
  }

  follow(): void {
    this.apply();
    const { shown, lod } = this.scene;
    const slice = (s: CanvasState): unknown[] => (lod ? [s.focus, s.pathElements] : [s.focus, s.pathElements, s.visibility, s.bundleStates]);
    this.stops.push(
      shown.subscribe(slice, () => this.apply(), { equalityFn: sameTuple }),
      shown.subscribe((s) => s.marked, () => this.liftMarked()),
    );
  }

  /**
   * A selection marked ahead of its focus (canvas-state, at scale) is lifted out of the dimming
   * at once, and nothing else: the rest waits for the focus, a painted frame later.
   */
  private liftMarked(): void {
    const { marked, focus } = this.scene.shown.getState();
    // Marked with its focus: the focus's own subscription restyles.
    if (marked === focus) return;
    const emphasis = this.emphasis;
    if (!emphasis || this.hoverNode) return;
    const lift = this.scene.withStandIns(new Set([...marked.selectedNodes, ...marked.selectedEdges]));
    this.scene.cy.batch(() => {
      for (const id of lift) if (!emphasis.has(id) && this.scene.isDrawn(id)) this.scene.cy.getElementById(id).removeClass('dimmed');
    });
    for (const id of lift) emphasis.add(id);
  }

  /** The pointer is over an actor (or none). At scale, only an actor it rests on is highlighted. */
  pointAt(nodeId: string | null): void {
    this.cancelHover?.();
    this.cancelHover = null;
    if (!this.scene.lod || nodeId === null) return this.setHover(nodeId);
    this.cancelHover = this.scene.env.later(() => !this.scene.destroyed && this.setHover(nodeId), HOVER_INTENT_MS);
  }

  pointAtEdge(edgeId: string | null): void {
    if (this.hoverEdge === edgeId) return;
    this.hoverEdge = edgeId;
    this.onPointing(edgeId !== null || this.hoverNode !== null);
    this.applyEdgeLabels();
  }

  /** Dims everything but the emphasised set, patching only what changed since the last call. */
  apply(): void {
    const next = this.wanted();
    const prev = this.emphasis;
    const { cy } = this.scene;
    cy.batch(() => {
      if (!next) {
        if (prev) cy.elements('.dimmed').removeClass('dimmed');
      } else if (!prev) {
        // One style pass: the emphasised elements are never dimmed first.
        cy.elements()
          .filter((el) => !next.has(el.id()))
          .addClass('dimmed');
      } else {
        for (const id of prev) if (!next.has(id) && this.scene.isDrawn(id)) cy.getElementById(id).addClass('dimmed');
        for (const id of next) if (!prev.has(id) && this.scene.isDrawn(id)) cy.getElementById(id).removeClass('dimmed');
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
  applyNamed(): void {
    const { cy, index, lod } = this.scene;
    const wanted = new Set<string>();
    if (lod && this.emphasis && cy.zoom() < NAMED_MAX_ZOOM) {
      const nodes = [...this.emphasis].filter((id) => index.nodes.has(id) && this.scene.isDrawn(id));
      const f = this.scene.shown.getState().marked;
      const first = (id: string): number => (f.selectedNodes.has(id) ? 2 : this.hoverNode === id ? 1 : 0);
      const candidates = nodes
        .filter((id) => nodes.length <= NAMED_MAX || first(id) > 0)
        .sort((a, b) => first(b) - first(a) || (index.degree.get(b) ?? 0) - (index.degree.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
      // A label that would cover one already placed is left out (the actor stays drawn and listed
      // in the details): a pile of overlapping names reads as none. The selection always has one.
      const placed: Rect[] = [];
      for (const id of candidates) {
        const rect = this.namedLabelRect(id, this.namedBoxes.of(id));
        if (first(id) < 2 && placed.some((r) => overlaps(r, rect))) continue;
        placed.push(rect);
        wanted.add(id);
      }
    }
    if (sameSet(wanted, this.named)) return;
    cy.batch(() => this.scene.swapClass(this.named, wanted, 'named', this.named));
    this.named = wanted;
  }

  destroy(): void {
    this.cancelHover?.();
    for (const stop of this.stops) stop();
  }

  private setHover(nodeId: string | null): void {
    if (this.hoverNode === nodeId) return;
    const { cy } = this.scene;
    if (this.hoverNode) cy.getElementById(this.hoverNode).removeClass('hovered');
    this.hoverNode = nodeId;
    if (nodeId) cy.getElementById(nodeId).addClass('hovered');
    this.onPointing(nodeId !== null || this.hoverEdge !== null);
    this.apply();
  }

  /**
   * The hovered node's neighbourhood, else a shown path, else the selection's focus. A selection
   * marked ahead of its focus (canvas-state) is lifted out of the dimming already; the dimming
   * itself waits for the focus.
   */
  private wanted(): Set<string> | null {
    const { index } = this.scene;
    const { focus: f, marked } = this.scene.shown.getState();
    let set: Set<string>;
    if (this.hoverNode) {
      set = new Set<string>([this.hoverNode]);
      for (const edgeId of index.edgesByNode.get(this.hoverNode) ?? []) {
        const e = index.edges.get(edgeId)!;
        set.add(edgeId).add(e.source).add(e.target);
      }
    } else if (this.painter.onPath.size) {
      set = new Set([...this.painter.onPath, ...f.selectedNodes, ...f.selectedEdges, ...marked.selectedNodes, ...marked.selectedEdges]);
    } else {
      if (f.selectedNodes.size === 0 && f.selectedEdges.size === 0 && f.relatedNodes.size === 0) return null;
      set = new Set([...f.selectedNodes, ...f.selectedEdges, ...f.relatedNodes, ...f.relatedEdges, ...marked.selectedNodes, ...marked.selectedEdges]);
    }
    // A collapsed bundle stands in for its members.
    return this.scene.withStandIns(set);
  }

  /** Where an actor's big label would sit on screen (rendered px, below the node). */
  private namedLabelRect(id: string, box: Box): Rect {
    const { cy } = this.scene;
    const el = cy.getElementById(id);
    const z = cy.zoom();
    const p = el.renderedPosition();
    const top = p.y + ((Number(el.data('size')) || 20) / 2) * z;
    return { x1: p.x - (box.width / 2) * z, y1: top, x2: p.x + (box.width / 2) * z, y2: top + box.height * z };
  }

  /** Relations that show their type label: the hovered actor's (else the selection's) and the hovered relation. */
  private applyEdgeLabels(): void {
    const { index } = this.scene;
    const around = this.hoverNode ? (index.edgesByNode.get(this.hoverNode) ?? []) : [...this.scene.shown.getState().focus.relatedEdges];
    // Type labels on a hub's many relations would pile up; there the colours and the panel speak.
    const wanted = new Set<string>(around.length <= MAX_EDGE_LABELS ? around : []);
    if (this.hoverEdge) wanted.add(this.hoverEdge);
    this.scene.withStandIns(wanted);
    const before = this.labelled;
    this.scene.cy.batch(() => this.scene.swapClass(before, wanted, 'labelled', before));
    this.labelled = wanted;
  }
}
