// The three layouts of the app shell, chosen by the window's width. The CSS uses the same
// breakpoints in its media queries (App.css and the panels' narrow rules); the hook tells the
// components which chrome to render (sheet bars, the header's panel buttons).
import { useSyncExternalStore } from 'react';

export type LayoutMode = 'wide' | 'tablet' | 'phone';

/** Widths (CSS px) at which a layout starts: phone below TABLET_MIN, wide from WIDE_MIN. */
export const TABLET_MIN = 700;
export const WIDE_MIN = 1100;

// max-width with .98, as in the CSS: a window exactly WIDE_MIN wide is wide.
const QUERIES = [`(max-width: ${WIDE_MIN - 0.02}px)`, `(max-width: ${TABLET_MIN - 0.02}px)`] as const;

function current(): LayoutMode {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return 'wide';
  const [narrow, phone] = QUERIES.map((q) => window.matchMedia(q).matches);
  return phone ? 'phone' : narrow ? 'tablet' : 'wide';
}

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const lists = QUERIES.map((q) => window.matchMedia(q));
  for (const l of lists) l.addEventListener('change', onChange);
  return () => {
    for (const l of lists) l.removeEventListener('change', onChange);
  };
}

/** The layout for the window's width now; re-renders when a breakpoint is crossed (rotation, resize). */
export function useLayoutMode(): LayoutMode {
  return useSyncExternalStore(subscribe, current, () => 'wide');
}
