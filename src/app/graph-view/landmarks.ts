// Landmark labels. Zoomed out, ordinary labels are too small to draw: the overview of a large
// graph, or any graph fitted into a phone's screen. Here the most important actors get a label
// at one readable size on screen, as many as fit without covering each other.
import { LABEL_FONT_SIZE, LABEL_MARGIN, LANDMARK_FONT_PX, LANDMARK_FONT_WEIGHT, MIN_LABEL_PX, NAMED_FONT_SIZE } from './cy-style';
import { chooseLabels, LABEL_PLACES, LabelBoxes, labelRect, slideOf, type Box, type LabelCandidate, type LabelPlace, type Rect } from './label-measure';
import { sameTuple } from './canvas-state';
import type { Scene } from './scene';
import type cytoscape from 'cytoscape';
import { boundsOf } from './bounds';

/** The classes a landmark carries: the label, and where it sits when not below its actor. */
const PLACE_CLASSES = [...LABEL_PLACES.filter((p) => p !== 'below' && !p.includes('-slid-')).map((p) => `lm-${p}`), 'lm-slide'];
const LANDMARK_CLASSES = ['landmark', ...PLACE_CLASSES] as const;

/** The classes that draw a landmark label at `place` (cy-style's `lm-*` rules; a slid one moves by its `lmSlide`). */
export function placeClasses(place: LabelPlace): string {
  if (place === 'below') return 'landmark';
  if (place.includes('-slid-')) return place.startsWith('above') ? 'landmark lm-above lm-slide' : 'landmark lm-slide';
  return `landmark lm-${place}`;
}

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
    // The label's gap to its actor is model px (drawn at the zoom), its text screen px; its padding,
    // also model px, is kept at full size as a band against the renderer's rounding.
    const boxOf = (id: string): Box => {
      const b = this.boxes.of(id);
      return { width: b.width, height: b.height - LABEL_MARGIN * (1 - zoom) };
    };
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
      // A graph drawn whole keeps every actor clear of names; the overview at scale is too dense for that.
      const bodies = this.scene.lod ? [] : cy.nodes().filter((n) => !n.hasClass('hidden')).map((n: cytoscape.NodeSingular): LabelCandidate => {
        const p = n.renderedPosition();
        return { id: n.id(), x: p.x, y: p.y, radius: ((Number(n.data('size')) || 0) / 2) * zoom };
      });
      wanted = chooseLabels(candidates, boxOf, { budget: LANDMARK_BUDGET, bounds, obstacles: named, places: LABEL_PLACES, bodies });
    }
    const font = LANDMARK_FONT_PX / zoom;
    cy.batch(() => {
      for (const id of this.placed.keys()) if (!wanted.has(id) && this.scene.isDrawn(id)) cy.getElementById(id).removeClass(LANDMARK_CLASSES.join(' '));
      for (const [id, place] of wanted) {
        const el = cy.getElementById(id);
        if (el.data('landmarkFont') !== font) el.data('landmarkFont', font);
        if (!el.hasClass('landmark')) rememberOwnLabel(el);
        // Model px: the slide is a third of the label's width on screen.
        const slide = slideOf(place, boxOf(id)) / zoom;
        if (slide !== 0 && el.data('lmSlide') !== slide) el.data('lmSlide', slide);
        if (this.placed.get(id) !== place || !el.hasClass('landmark')) {
          el.removeClass(PLACE_CLASSES.join(' '));
          el.addClass(placeClasses(place));
        }
      }
    });
    this.placed = wanted;
  }

  /**
   * Runs `draw` with the landmark labels taken off (an export draws the graph at its own scale,
   * where the actors' own labels are readable and a landmark's would be huge), once the canvas has
   * drawn them off (Cytoscape measures labels as it draws), then puts them back.
   */
  async without<T>(draw: () => T | Promise<T>): Promise<T> {
    const { cy } = this.scene;
    const placed = [...this.placed].filter(([id]) => this.scene.isDrawn(id));
    if (!placed.length) return draw();
    const redrawn = this.nextDraw();
    cy.batch(() => {
      for (const [id] of placed) cy.getElementById(id).removeClass(LANDMARK_CLASSES.join(' '));
    });
    try {
      await redrawn;
      return await draw();
    } finally {
      cy.batch(() => {
        for (const [id, place] of placed) if (this.scene.isDrawn(id)) cy.getElementById(id).addClass(placeClasses(place));
      });
    }
  }

  /** The next frame Cytoscape draws (or a short wait, where nothing draws: a headless canvas). */
  private nextDraw(): Promise<void> {
    return new Promise((resolve) => {
      let cancel: (() => void) | null = null;
      const done = (): void => {
        cancel?.();
        this.scene.cy.removeListener('render', done);
        resolve();
      };
      this.scene.cy.one('render', done);
      cancel = this.scene.env.later(done, 200);
    });
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

const OWN_BOX = 'kgOwnLabelBox';

/** The actor's box with its own label, relative to its position: noted before a landmark label takes its place. */
function rememberOwnLabel(n: cytoscape.NodeSingular): void {
  const bb = boundsOf(n);
  const p = n.position();
  n.scratch(OWN_BOX, { x1: bb.x1 - p.x, y1: bb.y1 - p.y, x2: bb.x2 - p.x, y2: bb.y2 - p.y });
}

/** A landmark's actor as it is framed without its landmark label: with its own label (model px). */
export function ownLabelBox(n: cytoscape.NodeSingular): cytoscape.BoundingBox12 {
  const rel = n.scratch(OWN_BOX) as cytoscape.BoundingBox12 | undefined;
  if (!rel) return boundsOf(n, { includeLabels: false });
  const p = n.position();
  return { x1: p.x + rel.x1, y1: p.y + rel.y1, x2: p.x + rel.x2, y2: p.y + rel.y2 };
}
