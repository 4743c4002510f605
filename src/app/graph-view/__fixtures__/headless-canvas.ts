// The canvas parts on headless Cytoscape, for unit tests in Node: no animation, text measured by
// estimate, frames and timers run when the test says so, no workers.
import type { GraphFile } from '../../../domain/graph-contract';
import { buildGraphIndex } from '../../../domain/graph-index';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../domain/view-state-url';
import { createExplorerStore, type ExplorerStore } from '../../store/explorer-store';
import { CanvasParts } from '../canvas-parts';
import type { CanvasEnvironment } from '../environment';
import type { DrawnSummary } from '../lod-drawing';
import { canvasProbes } from '../test-probes';

export interface TestEnvironment extends CanvasEnvironment {
  /** Runs what waits for the next painted frame. */
  paint(): void;
  /** Runs the timers that are due after `ms` more milliseconds. */
  advance(ms: number): void;
}

export function testEnvironment(): TestEnvironment {
  let frame: Array<() => void> = [];
  let now = 0;
  let timers: Array<{ at: number; fn: () => void }> = [];
  return {
    animate: false,
    webgl: false,
    measure: () => null,
    afterPaint(fn) {
      frame.push(fn);
      return () => void (frame = frame.filter((f) => f !== fn));
    },
    later(fn, ms) {
      const t = { at: now + ms, fn };
      timers.push(t);
      return () => void (timers = timers.filter((x) => x !== t));
    },
    layoutWorker: () => null,
    paint() {
      const due = frame;
      frame = [];
      for (const fn of due) fn();
    },
    advance(ms) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.fn();
    },
  };
}

export interface HeadlessCanvas {
  store: ExplorerStore;
  parts: CanvasParts;
  env: TestEnvironment;
  /** The latest level-of-detail summary reported (undefined: none yet). */
  drawn(): DrawnSummary | null | undefined;
  classesOf(id: string): string[];
  /** Ids of the drawn, not hidden, nodes or edges, sorted. */
  visible(group: 'node' | 'edge'): string[];
}

export function headlessCanvas(graph: GraphFile, view: ViewState = DEFAULT_VIEW_STATE, envChanges: Partial<CanvasEnvironment> = {}): HeadlessCanvas {
  const store = createExplorerStore(buildGraphIndex(graph), view);
  const env = Object.assign(testEnvironment(), envChanges);
  let summary: DrawnSummary | null | undefined;
  const parts = new CanvasParts(store, env, {
    container: null,
    canvasSize: () => ({ width: 800, height: 600 }),
    onProjection: (d) => void (summary = d),
  });
  const { cy } = parts.scene;
  const probes = canvasProbes(cy, () => ({ left: 0, top: 0 }));
  // Headless Cytoscape measures a 1 × 1 canvas; give it the size of a small window, then fit
  // as the browser's first drawing does.
  (cy as unknown as { _private: { sizeCache: { width: number; height: number } } })._private.sizeCache = { width: 800, height: 600 };
  parts.camera.fit();
  return {
    store,
    parts,
    env,
    drawn: () => summary,
    classesOf: (id) => probes.classesOf(id),
    visible: (group) => probes.visibleIds(group === 'node' ? 'nodes' : 'edges'),
  };
}
