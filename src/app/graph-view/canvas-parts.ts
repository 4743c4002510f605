// The canvas parts wired in the order they follow the state shown: what is drawn (level of
// detail), then classes, then the view of the selection, emphasis, layouts and the camera's
// requests. Without a container Cytoscape runs headless (unit tests in Node).
import cytoscape from 'cytoscape';
import type { ExplorerStore } from '../store/explorer-store';
import { Camera } from './camera';
import { followExplorer, type CanvasFollow } from './canvas-state';
import { ClassPainter } from './class-painter';
import { lodStylesheet, stylesheet } from './cy-style';
import { canvasElements } from './elements';
import { Emphasis } from './emphasis';
import type { CanvasEnvironment } from './environment';
import { Landmarks } from './landmarks';
import { LayoutRunner } from './layout-runner';
import { LodDrawing, type DrawnSummary } from './lod-drawing';
import { ReportWidths } from './report-widths';
import { needsLevelOfDetail, Scene } from './scene';
import { UnsavedReview } from './unsaved-review';
import { takeCarriedView } from './view-carry';

export interface PartOptions {
  /** The canvas element; null for headless Cytoscape. */
  container: HTMLElement | null;
  canvasSize(): { width: number; height: number };
  /** The pointer is over an actor or relation. */
  onPointing?(pointing: boolean): void;
  /** At scale: how much of the visible graph the canvas draws, after each change of the projection. */
  onProjection?(drawn: DrawnSummary | null): void;
}

export class CanvasParts {
  readonly scene: Scene;
  readonly camera: Camera;
  readonly painter: ClassPainter;
  readonly widths: ReportWidths;
  readonly unsaved: UnsavedReview;
  readonly emphasis: Emphasis;
  readonly layout: LayoutRunner;
  readonly landmarks: Landmarks;
  readonly lod: LodDrawing | null;
  private readonly follow: CanvasFollow;

  constructor(store: ExplorerStore, env: CanvasEnvironment, options: PartOptions) {
    const index = store.getState().index;
    this.follow = followExplorer(store, needsLevelOfDetail(index), env);
    const scene = (this.scene = new Scene(index, this.follow.store, env));
    this.camera = new Camera(scene);
    this.painter = new ClassPainter(scene);
    this.widths = new ReportWidths(scene);
    this.unsaved = new UnsavedReview(scene);
    this.emphasis = new Emphasis(scene, this.painter, options.onPointing);
    this.layout = new LayoutRunner(scene, this.camera, this.painter, options.canvasSize);
    this.landmarks = new Landmarks(scene);
    this.lod = scene.lod ? new LodDrawing(scene, this.camera, this.layout, this.painter, this.emphasis, this.landmarks, options.onProjection ?? (() => {})) : null;
    this.lod?.projectFirst();

    performance.mark('kg:cy-start');
    scene.cy = cytoscape({
      ...(options.container ? { container: options.container } : { headless: true, styleEnabled: true }),
      elements: canvasElements(index, scene.projection, scene.bundleMembers),
      // At scale, a lighter stylesheet (see lodStylesheet).
      style: scene.lod ? lodStylesheet() : stylesheet(),
      // Not 'preset': it caches positions in a plain object keyed by node id (an actor named
      // __defineGetter__ would crash it); positions come from the layout runner anyway.
      layout: { name: 'null' },
      minZoom: 0.05,
      maxZoom: 4,
      autounselectify: true,
      boxSelectionEnabled: false,
      pixelRatio: 'auto',
      textureOnViewport: index.file.nodes.length > 2000,
      hideEdgesOnViewport: index.file.edges.length > 5000,
      ...(env.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    performance.mark('kg:cy-created');
    const carried = takeCarriedView();
    const kept = this.layout.placeFirst(carried);
    performance.mark('kg:layout-done');
    this.lod?.follow();
    this.painter.follow();
    this.widths.follow();
    this.unsaved.follow();
    this.camera.followSelection();
    this.emphasis.follow();
    this.layout.follow();
    this.landmarks.follow();
    this.camera.followRequests();
    if (kept && carried) this.scene.cy.viewport({ zoom: carried.zoom, pan: carried.pan });
    else this.camera.fit();
  }

  destroy(): void {
    this.scene.destroyed = true;
    this.follow.stop();
    for (const part of [this.lod, this.landmarks, this.painter, this.widths, this.unsaved, this.camera, this.emphasis, this.layout]) part?.destroy();
    this.scene.cy.stop();
    this.scene.cy.destroy();
  }
}
