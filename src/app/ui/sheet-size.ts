// How a sheet's size answers the user: a drag of its bar, Escape, the expand button. Pure, so
// that the rules are tested without a browser.

/** How far a sheet shows: not at all, its peek height (the graph stays in view above it), or all of the screen below the header. */
export type SheetSize = 'closed' | 'peek' | 'full';
/** A sheet from the bottom (phone), a drawer from the side (tablet), or a plain panel (wide: no sheet at all). */
export type SheetMode = 'off' | 'bottom' | 'side';

/** A drag shorter than this (CSS px) is a tap. */
export const TAP_SLOP = 6;
/** A drag longer than this moves the sheet one step. */
export const DRAG_STEP = 48;

/** Escape: one step down (full to peek, peek to closed); a side drawer closes. */
export function collapsedOnce(size: SheetSize, mode: SheetMode): SheetSize {
  if (mode === 'bottom' && size === 'full') return 'peek';
  return 'closed';
}

/** The expand button: peek to full and back. */
export function toggledHeight(size: SheetSize): SheetSize {
  return size === 'full' ? 'peek' : 'full';
}

/** Where a drag of the bar ends, from its vertical travel (negative: up); null for a tap. */
export function sizeAfterDrag(size: SheetSize, dy: number): SheetSize | null {
  if (Math.abs(dy) < TAP_SLOP) return null;
  if (dy <= -DRAG_STEP) return 'full';
  if (dy >= DRAG_STEP) return size === 'full' ? 'peek' : 'closed';
  return size;
}
