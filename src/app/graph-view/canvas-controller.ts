// The canvas: creates Cytoscape once per graph, wires the parts that each own one concern, routes
// Cytoscape's events to the store's actions and to the parts, and tears everything down. The
// parts follow the state the canvas shows (canvas-state.ts) in the order they are wired here:
// what is drawn, then classes, then the view of the selection, emphasis, layouts and the camera.
import type cytoscape from 'cytoscape';
import { bundleIdOf } from '../../domain/bundles';
import type { ExplorerStore } from '../store/explorer-store';
import { CanvasParts } from './canvas-parts';
import { browserEnvironment, preventInlineStylesheet, type CanvasEnvironment } from './environment';
import type { DrawnSummary } from './lod-drawing';
import { holdDrawingDuringClicks } from './press-hold';
import { canvasProbes, type CanvasProbes } from './test-probes';
import { setViewSource, type CarriedView } from './view-carry';

export type { DrawnSummary } from './lod-drawing';

type Listener = [events: string, selector: string | undefined, handler: cytoscape.EventHandler];

export interface CanvasCallbacks {
  /** The first frame with the laid-out graph is on screen. */
  onReady(): void;
  /** At scale: how much of the visible graph the canvas draws, after each change of the projection. */
  onProjection?(drawn: DrawnSummary | null): void;
}

export class CanvasController {
  readonly probes: CanvasProbes;
  readonly parts: CanvasParts;
  private readonly listeners: Listener[] = [];
  private readonly teardown: Array<() => void> = [];
  private ready = false;

  constructor(
    container: HTMLElement,
    private readonly store: ExplorerStore,
    callbacks: CanvasCallbacks,
    env: CanvasEnvironment = browserEnvironment(),
  ) {
    preventInlineStylesheet();
    const parts = (this.parts = new CanvasParts(store, env, {
      container,
      canvasSize: () => ({ width: Math.max(320, container.clientWidth || 800), height: Math.max(240, container.clientHeight || 600) }),
      onPointing: (pointing) => container.classList.toggle('is-pointing', pointing),
      ...(callbacks.onProjection ? { onProjection: callbacks.onProjection } : {}),
    }));
    const { scene, emphasis, camera } = parts;
    this.probes = canvasProbes(scene.cy, () => container.getBoundingClientRect());
    this.routeEvents();
    const readView = (): CarriedView => ({
      positions: new Map(scene.cy.nodes().map((n) => [n.id(), { ...n.position() }] as const)),
      zoom: scene.cy.zoom(),
      pan: { ...scene.cy.pan() },
      layout: store.getState().layout,
    });
    this.teardown.push(setViewSource(readView));

    const firstFrame = (): void => {
      if (scene.destroyed || this.ready) return;
      this.ready = true;
      callbacks.onReady();
    };
    // Cytoscape's WebGL renderer sends no 'render' event: there, the frame after next.
    if (env.webgl) requestAnimationFrame(() => requestAnimationFrame(firstFrame));
    else scene.cy.one('render', firstFrame);
    // Cytoscape sends no mouseout when the pointer leaves the canvas straight from a node.
    const onMouseLeave = (): void => {
      emphasis.pointAt(null);
      emphasis.pointAtEdge(null);
    };
    container.addEventListener('mouseleave', onMouseLeave);
    this.teardown.push(() => container.removeEventListener('mouseleave', onMouseLeave), holdDrawingDuringClicks(scene.cy, container));
    const resizeObserver = new ResizeObserver(() => !scene.destroyed && camera.resized());
    resizeObserver.observe(container);
    this.teardown.push(() => resizeObserver.disconnect());
  }

  fit(): void {
    this.parts.camera.fit();
  }

  zoomBy(factor: number): void {
    this.parts.camera.zoomBy(factor);
  }

  /** The visible graph as drawn (colours, sizes, highlights), as a PNG at twice the screen's scale, with the actors' own labels. */
  png(): Promise<Blob> {
    return this.parts.landmarks.without(() => this.parts.scene.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' }));
  }

  async svg(): Promise<string> {
    const { graphToSvg } = await import('./svg-export');
    return this.parts.landmarks.without(() => graphToSvg(this.parts.scene.cy, { background: '#ffffff' }));
  }

  destroy(): void {
    const { cy } = this.parts.scene;
    this.parts.scene.destroyed = true;
    for (const stop of this.teardown) stop();
    for (const [events, selector, handler] of this.listeners) {
      if (selector) cy.removeListener(events, selector, handler);
      else cy.removeListener(events, handler);
    }
    this.listeners.length = 0;
    this.parts.destroy();
  }

  /** Clicks select (a bundle or merged line selects its pair's relations, listed in the panel); hover emphasises. */
  private routeEvents(): void {
    const { scene, lod, layout, emphasis, landmarks } = this.parts;
    const actions = () => this.store.getState();
    this.on('tap', 'node', (e) => actions().selectNode(e.target.id()));
    this.on('tap', 'edge', (e) => {
      const id: string = e.target.id();
      const aggregate = scene.projection?.aggregates.find((a) => a.id === id);
      if (aggregate) actions().selectBundle(bundleIdOf(aggregate.source, aggregate.target));
      else if (scene.bundleMembers.has(id)) actions().selectBundle(id);
      else actions().selectEdge(id);
    });
    this.on('tap', undefined, (e) => {
      if (e.target === scene.cy) actions().clearSelection();
    });
    // In a focus view, a double click brings an actor's hidden neighbours in.
    this.on('dbltap', 'node', (e) => {
      lod?.expandAt(e.target.id());
      actions().expandNeighbours(e.target.id());
    });
    // Zooming or panning: at scale the drawing follows the view (and then the landmarks); else only the landmarks.
    this.on('viewport', undefined, () => (lod ? lod.viewportChanged() : landmarks.viewportChanged()));
    this.on('dragfree', 'node', () => {
      layout.savePositions();
      // Big labels are placed by where actors sit on screen.
      emphasis.applyNamed();
    });
    this.on('mouseover', 'node', (e) => emphasis.pointAt(e.target.id()));
    this.on('mouseout', 'node', () => emphasis.pointAt(null));
    this.on('mouseover', 'edge', (e) => emphasis.pointAtEdge(e.target.id()));
    this.on('mouseout', 'edge', () => emphasis.pointAtEdge(null));
  }

  private on(events: string, selector: string | undefined, handler: cytoscape.EventHandler): void {
    const { cy } = this.parts.scene;
    if (selector) cy.on(events, selector, handler);
    else cy.on(events, handler);
    this.listeners.push([events, selector, handler]);
  }
}
