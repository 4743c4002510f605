// Brings an item of a tab's list into view by scrolling that tab's own panel only: scrollIntoView
// would also scroll the page (down, or sideways on a narrow screen), moving everything under the
// user's pointer while they work elsewhere on it.

/** Scrolls the `.tabpanel` holding `el` so that `el` shows below `topInset` px of sticky controls. */
export function revealInPanel(el: Element, topInset = 0): void {
  const panel = el.closest('.tabpanel');
  if (!panel) return;
  const area = panel.getBoundingClientRect();
  const top = area.top + topInset;
  const box = el.getBoundingClientRect();
  if (box.top < top) panel.scrollTop -= top - box.top + 8;
  else if (box.bottom > area.bottom) panel.scrollTop += Math.min(box.bottom - area.bottom + 8, box.top - top - 8);
}
