// The canvas's viewport between the URL and the camera. The session may not import the canvas,
// so the camera registers here: the URL sync hands it the viewport a link opens with, reads the
// viewport it shows when writing the URL, and hears when it moves.
import type { Viewport } from '../../domain/view-state-url';

let opening: Viewport | null = null;
let source: (() => Viewport | null) | null = null;
const moveListeners = new Set<() => void>();

/** The URL sync, when a graph opens: the viewport its URL carries (null: fit the graph). */
export function setOpeningViewport(viewport: Viewport | null): void {
  opening = viewport;
}

/** The camera of a new canvas takes the opening viewport (once). */
export function takeOpeningViewport(): Viewport | null {
  const v = opening;
  opening = null;
  return v;
}

/** The camera says how to read its viewport (null while it shows the fitted graph); returns how to stop. */
export function provideViewport(read: () => Viewport | null): () => void {
  source = read;
  return () => {
    if (source === read) source = null;
  };
}

/** The viewport the canvas shows: null for the fitted graph, undefined when no canvas is drawn. */
export function currentViewport(): Viewport | null | undefined {
  return source ? source() : undefined;
}

/** The camera: the viewport changed (called on every step of a pan or zoom; listeners debounce). */
export function viewportMoved(): void {
  for (const fn of moveListeners) fn();
}

export function onViewportMoved(fn: () => void): () => void {
  moveListeners.add(fn);
  return () => void moveListeners.delete(fn);
}
