// Where the canvas looks: fitting the visible graph, centring an actor, bringing a selection into
// view, zooming, and keeping a fitted view fitted when the canvas is resized. A shared link's
// viewport takes the place of the fits made for the first layout (at scale, also the one when the
// force layout arrives) until the user does anything on the page.
import type cytoscape from 'cytoscape';
import type { Selection } from '../../domain/selection';
import type { Viewport } from '../../domain/view-state-url';
import { provideViewport, takeOpeningViewport, viewportMoved } from '../session/shared-viewport';
import { ownLabelBox } from './landmarks';
import type { Scene } from './scene';
import { boundsOf, renderedBoundsOf } from './bounds';

export const FIT_PADDING = 16;
/** A small graph is never blown up beyond this zoom by a fit. */
export const MAX_FIT_ZOOM = 1.6;
const EASE = 'ease-in-out-cubic';

export class Camera {
  /** The viewport of the last fit: a resize keeps fitting only while the user has not moved it. */
  lastFit: { zoom: number; x: number; y: number } | null = null;
  private readonly stops: Array<() => void> = [];
  /** The viewport of the link the page opened with, until the user takes over. */
  private shared: Viewport | null;
  /** Whether a fit has shown it (a carried view, after a review save, is not replaced by it). */
  private sharedShown = false;

  constructor(private readonly scene: Scene) {
    this.shared = takeOpeningViewport();
  }

  /** A new selection is brought into view (after the painters have drawn it). */
  followSelection(): void {
    const { shown } = this.scene;
    this.stops.push(shown.subscribe((s) => s.focus, () => this.revealSelection(shown.getState().selection)));
  }

  /** Fit and centre requests (after layouts have run). */
  followRequests(): void {
    const { shown } = this.scene;
    this.stops.push(
      shown.subscribe((s) => s.fitRequest, (r) => r && this.fit(true)),
      shown.subscribe((s) => s.centreRequest, (r) => r && this.centreOn(r.target)),
    );
    this.shareViewport();
  }

  /** Where the canvas looks, for a link: null while it shows the fitted graph. */
  viewport(): Viewport | null {
    if (this.shared && this.sharedShown) return this.shared;
    const { cy } = this.scene;
    if (this.isLastFit()) return null;
    return { zoom: cy.zoom(), ...this.centre() };
  }

  /** The graph (model) point at the centre of the canvas. */
  centre(): { x: number; y: number } {
    const { cy } = this.scene;
    const zoom = cy.zoom();
    const pan = cy.pan();
    return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
  }

  /** From now on fits fit: the user has acted (or a part moved the view for them). */
  releaseSharedViewport(): void {
    this.shared = null;
  }

  /** The URL follows the viewport; a click, key or wheel anywhere on the page ends the shared view's hold. */
  private shareViewport(): void {
    const { cy } = this.scene;
    const moved = (): void => viewportMoved();
    cy.on('viewport', moved);
    this.stops.push(() => cy.removeListener('viewport', moved), provideViewport(() => this.viewport()));
    const doc = cy.container()?.ownerDocument;
    if (!doc) return;
    const release = (): void => this.releaseSharedViewport();
    for (const type of ['pointerdown', 'keydown', 'wheel'] as const) {
      doc.addEventListener(type, release, { capture: true, passive: true });
      this.stops.push(() => doc.removeEventListener(type, release, { capture: true }));
    }
  }

  /** Zoom and centre of a shared link, within the canvas's zoom limits. */
  private showShared(v: Viewport): void {
    const { cy } = this.scene;
    const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), v.zoom));
    cy.viewport({ zoom, pan: { x: cy.width() / 2 - v.x * zoom, y: cy.height() / 2 - v.y * zoom } });
    this.sharedShown = true;
  }

  /** Brings a newly selected element into view if it is off-screen (no zoom change). */
  revealSelection(sel: Selection | null): void {
    if (!sel || sel.kind === 'sentence') return;
    const { cy } = this.scene;
    const el = cy.getElementById(sel.id);
    if (el.empty() || el.hasClass('hidden')) return;
    const bb = renderedBoundsOf(el);
    if (bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= cy.width() && bb.y2 <= cy.height()) return;
    this.releaseSharedViewport();
    if (!this.scene.env.animate) {
      cy.center(el);
      return;
    }
    cy.stop();
    cy.animate({ center: { eles: el }, duration: 250, easing: EASE } as cytoscape.AnimationOptions);
  }

  /** Puts the node's centre (not its label's) in the middle, at zoom 1 or more (at scale: at the zoom it has). */
  centreOn(nodeId: string): void {
    const { cy } = this.scene;
    const el = cy.getElementById(nodeId);
    if (el.empty()) return;
    this.releaseSharedViewport();
    // At scale the overview's zoom is kept: zooming a dense drawing to 100 % buries the actor in labels.
    const zoom = this.scene.lod ? cy.zoom() : Math.max(cy.zoom(), 1);
    const p = el.position();
    const pan = { x: cy.width() / 2 - p.x * zoom, y: cy.height() / 2 - p.y * zoom };
    if (!this.scene.env.animate) cy.viewport({ zoom, pan });
    else {
      cy.stop();
      cy.animate({ zoom, pan, duration: 250, easing: EASE } as cytoscape.AnimationOptions);
    }
  }

  /** Fits the visible graph (a shared link's viewport instead, until the user acts; a fit request ends that). */
  fit(animate = false): void {
    const { cy } = this.scene;
    if (this.shared && !animate) {
      this.showShared(this.shared);
      return;
    }
    this.releaseSharedViewport();
    const visible = cy.elements().not('.hidden');
    if (visible.empty()) return;
    if (animate && this.scene.env.animate) {
      // Where a plain fit would land, reached smoothly.
      const before = { zoom: cy.zoom(), pan: { ...cy.pan() } };
      this.fitTo(visible);
      const target = { zoom: cy.zoom(), pan: { ...cy.pan() } };
      cy.viewport(before);
      cy.stop();
      cy.animate({ ...target, duration: 300, easing: EASE, complete: () => this.rememberFit() } as cytoscape.AnimationOptions);
      return;
    }
    this.fitTo(visible);
    this.rememberFit();
  }

  /** Fits everything, hidden or not (after a reset). */
  fitAll(): void {
    this.releaseSharedViewport();
    this.fitTo(this.scene.cy.elements());
    this.rememberFit();
  }

  zoomBy(factor: number): void {
    this.releaseSharedViewport();
    const { cy } = this.scene;
    const z = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    const rendered = { x: cy.width() / 2, y: cy.height() / 2 };
    if (!this.scene.env.animate) cy.zoom({ level: z, renderedPosition: rendered });
    else {
      cy.stop();
      cy.animate({ zoom: { level: z, renderedPosition: rendered }, duration: 150 } as cytoscape.AnimationOptions);
    }
  }

  /** The canvas changed size: a view the user has not moved since the last fit is fitted again. */
  resized(): void {
    const { cy } = this.scene;
    const untouched = this.isLastFit();
    cy.resize();
    // A shared link keeps its centre while the page settles around the canvas.
    if (this.shared && this.sharedShown) this.showShared(this.shared);
    else if (untouched) this.fit();
  }

  destroy(): void {
    for (const stop of this.stops) stop();
  }

  private fitTo(eles: cytoscape.CollectionReturnValue): void {
    const { cy } = this.scene;
    cy.fit(fitBox(eles) as unknown as cytoscape.CollectionArgument, FIT_PADDING);
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center(eles);
    }
  }

  /** Whether the view is where the last fit left it. */
  private isLastFit(): boolean {
    const { cy } = this.scene;
    const f = this.lastFit;
    return f !== null && Math.abs(cy.zoom() - f.zoom) < 1e-6 && Math.abs(cy.pan().x - f.x) < 0.5 && Math.abs(cy.pan().y - f.y) < 0.5;
  }

  private rememberFit(): void {
    const pan = this.scene.cy.pan();
    this.lastFit = { zoom: this.scene.cy.zoom(), x: pan.x, y: pan.y };
  }
}

/**
 * What a fit frames: the elements with the actors' own labels, whether landmarks name some of them
 * or not (their big labels are sized by the zoom the fit picks: counting them would shrink the view
 * they label, and a fit would differ before and after they are placed).
 */
function fitBox(eles: cytoscape.CollectionReturnValue): cytoscape.BoundingBox12 {
  const named = eles.filter('node.landmark');
  if (named.empty()) return boundsOf(eles);
  const rest = eles.not(named);
  const boxes = [...(rest.nonempty() ? [boundsOf(rest)] : []), ...named.map((n) => ownLabelBox(n as cytoscape.NodeSingular))];
  return { x1: Math.min(...boxes.map((b) => b.x1)), y1: Math.min(...boxes.map((b) => b.y1)), x2: Math.max(...boxes.map((b) => b.x2)), y2: Math.max(...boxes.map((b) => b.y2)) };
}
