// Node positions the user made (dragging, choosing a layout), remembered in local storage per
// graph content hash, so that a re-opened graph looks the same. Storage may be unavailable
// (private mode, quota): then nothing is remembered and nothing breaks.
import type { Point } from '../../domain/layout';
import { LAYOUTS, type LayoutName } from '../../domain/layouts';

const PREFIX = 'kg-explorer:layout:';

export interface SavedLayout {
  layout: LayoutName;
  positions: Map<string, Point>;
}

export function loadSavedLayout(hash: string): SavedLayout | null {
  try {
    const text = localStorage.getItem(PREFIX + hash);
    if (!text) return null;
    const data = JSON.parse(text) as { v?: number; layout?: string; positions?: Record<string, [number, number]> };
    if (data.v !== 1 || !data.positions) return null;
    const positions = new Map<string, Point>();
    for (const [id, p] of Object.entries(data.positions)) {
      if (Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1])) positions.set(id, { x: p[0], y: p[1] });
    }
    const layout = (LAYOUTS as readonly string[]).includes(data.layout ?? '') ? (data.layout as LayoutName) : 'force';
    return { layout, positions };
  } catch {
    return null;
  }
}

export function saveLayout(hash: string, layout: LayoutName, positions: Iterable<[string, Point]>): void {
  const out: Record<string, [number, number]> = {};
  // Two decimals are plenty on screen and keep a large graph's entry small.
  for (const [id, p] of positions) out[id] = [Math.round(p.x * 100) / 100, Math.round(p.y * 100) / 100];
  try {
    localStorage.setItem(PREFIX + hash, JSON.stringify({ v: 1, layout, positions: out }));
  } catch {
    // Quota exceeded or storage disabled: positions are simply not remembered.
  }
}

export function forgetLayout(hash: string): void {
  try {
    localStorage.removeItem(PREFIX + hash);
  } catch {
    // Nothing to forget.
  }
}
