// Landmark labels. Zoomed out, ordinary labels are too small to draw: the overview of a large
// graph, or any graph fitted into a phone's screen. Here the most important actors get a label
// at one readable size on screen, as many as fit without covering each other.
import { LABEL_FONT_SIZE, LANDMARK_FONT_PX, LANDMARK_FONT_WEIGHT, MIN_LABEL_PX, NAMED_FONT_SIZE } from './cy-style';
import { chooseLabels, LABEL_PLACES, LabelBoxes, labelRect, type LabelCandidate, type LabelPlace, type Rect } from './label-measure';
import { sameTuple } from './canvas-state';
import type { Scene } from './scene';

/** At most this many landmark labels, chosen among this many most important drawn actors. */
export const LANDMARK_BUDGET = 30;
const LANDMARK_CANDIDATES = 300;
/** After zooming or panning stops for this long, the landmarks follow the view. */
const VIEWPORT_SETTLE_MS = 250;

export class Landmarks {
  /** Actors labelled now, with where each label sits. */
  private placed = new Map<string, LabelPlace>();
  private readonly boxes: LabelBoxes;
  /** The big labels of the actors in focus at scale (emphasis), measured the same way. */
  private readonly namedBoxes: LabelBoxes;
  private rank: Map<string, number> | null = null;
  private cancelScheduled: (() => void) | null = null;
  private cancelViewport: (() => void) | null = null;
  private readonly stops: Array<() => void> = [];

  constructor(private readonly scene: Scene) {
    const labelOf = (id: string): string => scene.index.nodes.get(id)?.label ?? id;
    this.boxes = new LabelBoxes(scene.env.measure, labelOf, LANDMARK_FONT_PX, LANDMARK_FONT_WEIGHT);
    this.namedBoxes = new LabelBoxes(scene.env.measure, labelOf, NAMED_FONT_SIZE, 600);
  }

  /** Follows what is shown (filters, selection, path): a selection or path hands the labels to emphasis. */
  follow(): void {
    const { shown } = this.scene;
    this.stops.push(shown.subscribe((s) => [s.visibility, s.focus, s.pathElements] as const, () => this.schedule(), { equalityFn: sameTuple }));
    this.schedule();
  }

  /** After zooming or panning stops. */
  viewportChanged(): void {
    this.cancelViewport?.();
    this.cancelViewport = this.scene.env.later(() => {
      this.cancelViewport = null;
      this.apply();
    }, VIEWPORT_SETTLE_MS);
  }

  /** Landmarks again once the changes of this turn (emphasis, new elements) are drawn. */
  schedule(): void {
    if (this.cancelScheduled) return;
    this.cancelScheduled = this.scene.env.later(() => {
      this.cancelScheduled = null;
      this.apply();
    }, 0);
  }

  /** The actors labelled now, with where each label sits. */
  get places(): ReadonlyMap<string, LabelPlace> {
    return this.placed;
  }

  /**
   * The overview (nothing selected, no path) zoomed out so far that ordinary labels are not drawn:
   * labels the most important drawn actors (largest as drawn, then most relations), as many as fit
   * without covering each other or a big label. Hidden, dimmed and faded actors get none.
   */
  apply(): void {
    const { cy, destroyed, shown } = this.scene;
    if (destroyed) return;
    this.cancelScheduled?.();
    this.cancelScheduled = null;
    const zoom = cy.zoom();
    let wanted = new Map<string, LabelPlace>();
    const { focus, pathElements } = shown.getState();
    const overview = focus.selectedNodes.size === 0 && focus.selectedEdges.size === 0 && focus.relatedNodes.size === 0 && !pathElements;
    if (overview && zoom * LABEL_FONT_SIZE < MIN_LABEL_PX) {
      const rank = (this.rank ??= this.importanceRank());
      const named: Rect[] = [];
      const nodes: Array<{ id: string; size: number }> = [];
      cy.nodes().forEach((n) => {
        if (n.hasClass('named')) {
          // Where emphasis placed the big label (model px, scaled by the zoom).
          const p = n.renderedPosition();
          const box = this.namedBoxes.of(n.id());
          named.push(labelRect({ id: n.id(), x: p.x, y: p.y, radius: ((Number(n.data('size')) || 20) / 2) * zoom }, { width: box.width * zoom, height: box.height * zoom }));
        } else if (!n.hasClass('hidden') && !n.hasClass('dimmed') && !n.hasClass('faded')) nodes.push({ id: n.id(), size: Number(n.data('size')) || 0 });
      });
      const last = Number.MAX_SAFE_INTEGER;
      nodes.sort((a, b) => b.size - a.size || (rank.get(a.id) ?? last) - (rank.get(b.id) ?? last) || (a.id < b.id ? -1 : 1));
      const candidates = nodes.slice(0, LANDMARK_CANDIDATES).map(({ id, size }): LabelCandidate => {
        const p = cy.getElementById(id).renderedPosition();
        return { id, x: p.x, y: p.y, radius: (size / 2) * zoom };
      });
      const bounds = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
      wanted = chooseLabels(candidates, (id) => this.boxes.of(id), { budget: LANDMARK_BUDGET, bounds, obstacles: named, places: LABEL_PLACES });
    }
    const font = LANDMARK_FONT_PX / zoom;
    const placeClasses = LABEL_PLACES.filter((p) => p !== 'below').map((p) => `lm-${p}`);
    cy.batch(() => {
      for (const id of this.placed.keys()) if (!wanted.has(id) && this.scene.isDrawn(id)) cy.getElementById(id).removeClass(['landmark', ...placeClasses].join(' '));
      for (const [id, place] of wanted) {
        const el = cy.getElementById(id);
        if (el.data('landmarkFont') !== font) el.data('landmarkFont', font);
        if (this.placed.get(id) !== place || !el.hasClass('landmark')) {
          el.removeClass(placeClasses.join(' '));
          el.addClass(place === 'below' ? 'landmark' : `landmark lm-${place}`);
        }
      }
    });
    this.placed = wanted;
  }

  destroy(): void {
    this.cancelScheduled?.();
    this.cancelViewport?.();
    for (const stop of this.stops) stop();
  }

  /** Actors by number of relations, most first (the scene's ranking at scale, else made here once). */
  private importanceRank(): Map<string, number> {
    const { byImportance, index } = this.scene;
    const order = byImportance.length
      ? byImportance
      : index.file.nodes.map((n) => n.id).sort((a, b) => (index.degree.get(b) ?? 0) - (index.degree.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
    return new Map(order.map((id, i) => [id, i]));
  }
}
