// One key per review action while the review tab is shown, as in Prodigy; keys typed into a field
// stay with the field. The listener lives as long as the page, not the panel: a save reloads the
// graph and remounts the panel, and a key pressed meanwhile must not be lost.
import type { ReviewStore } from './review-store';

const isField = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT');

export function installReviewKeys(store: ReviewStore): () => void {
  const onKeyDown = (e: KeyboardEvent): void => {
    const s = store.getState();
    if (!s.keysOn || s.status.kind !== 'editable') return;
    const mod = e.ctrlKey || e.metaKey;
    if (mod && !e.altKey && e.key.toLowerCase() === 'z') {
      if (isField(e.target)) return;
      e.preventDefault();
      void (e.shiftKey ? s.redoLast() : s.undoLast());
      return;
    }
    if (mod || e.altKey || isField(e.target) || s.editing) return;
    const run: Record<string, () => void> = {
      a: () => void s.accept(),
      x: () => void s.reject(),
      e: () => s.setEditing(true),
      j: () => s.moveCursor(1),
      ArrowDown: () => s.moveCursor(1),
      k: () => s.moveCursor(-1),
      ArrowUp: () => s.moveCursor(-1),
    };
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const action = Object.hasOwn(run, key) ? run[key] : undefined;
    if (!action) return;
    // Arrows scroll the page and move on the canvas elsewhere: they step the queue only inside it.
    if (key.startsWith('Arrow') && !(e.target instanceof Element && e.target.closest('.review'))) return;
    e.preventDefault();
    action();
  };
  document.addEventListener('keydown', onKeyDown);
  return () => document.removeEventListener('keydown', onKeyDown);
}
