// A click on the canvas answers in the panels first. Cytoscape redraws the whole canvas on a
// press (the pressed element's overlay) and again on release; at scale each redraw costs tens of
// milliseconds and would hold back the frame that shows the details. So a press holds
// Cytoscape's drawing (a batch: its render loop skips frames while one is open) until the frame
// after the release has been painted. The press feedback and the selection are then drawn
// together, one frame later. A drag or pan lets go at once, so moving is never held.
import type cytoscape from 'cytoscape';

/** Pointer travel (px) past which a press is a drag or a pan, not a click (Cytoscape's tap threshold). */
const MOVE_RELEASES_PX = 4;
/** A press held longer than this (a mouse-up lost outside the window) lets go anyway. */
const LONGEST_HOLD_MS = 1000;

export function holdDrawingDuringClicks(cy: cytoscape.Core, container: HTMLElement): () => void {
  let held: { x: number; y: number } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;

  const release = (): void => {
    if (!held) return;
    held = null;
    clearTimeout(timer);
    cancelAnimationFrame(frame);
    frame = 0;
    window.removeEventListener('mousemove', onMove, true);
    window.removeEventListener('mouseup', onUp, true);
    if (!cy.destroyed()) cy.endBatch();
  };
  const onMove = (e: MouseEvent): void => {
    if (held && Math.hypot(e.clientX - held.x, e.clientY - held.y) > MOVE_RELEASES_PX) release();
  };
  // Runs before Cytoscape's own mouse-up (capture): the tap and the panels' update follow it in
  // this task, and the frame after that paints them; only then does the canvas draw again.
  const onUp = (): void => {
    window.removeEventListener('mouseup', onUp, true);
    frame = requestAnimationFrame(() => {
      frame = 0;
      clearTimeout(timer);
      timer = setTimeout(release, 0);
    });
  };
  const onDown = (e: MouseEvent): void => {
    if (e.button !== 0 || held) return;
    held = { x: e.clientX, y: e.clientY };
    cy.startBatch();
    window.addEventListener('mousemove', onMove, true);
    window.addEventListener('mouseup', onUp, true);
    timer = setTimeout(release, LONGEST_HOLD_MS);
  };
  // Capture on the container: before Cytoscape's listener on the same element sees the press.
  container.addEventListener('mousedown', onDown, true);
  return () => {
    container.removeEventListener('mousedown', onDown, true);
    release();
  };
}
