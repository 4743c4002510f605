// A canvas's memory of its graph's layout, kept in local storage and shared with the other tabs
// on the same graph. Saving reads what is stored, merges it per node (the later placement wins,
// see saved-layout.ts) and writes the result, so two tabs never overwrite each other's moves; a
// save made in another tab arrives as a storage event and is merged in the same way. Storage may
// be missing, full or disabled: then positions live in this page only, and nothing throws.
import type { Point } from '../../domain/layout';
import type { LayoutName } from '../../domain/layouts';
import { mergeLayouts, parseSavedLayout, roundCoordinate, serializeSavedLayout, type PlacedPoint, type SavedLayout, type SavedRead } from './saved-layout';

export const LAYOUT_KEY_PREFIX = 'kg-explorer:layout:';
/** Graphs whose layouts are kept; saving another drops the one saved longest ago. */
export const MAX_SAVED_GRAPHS = 20;

/** The part of `Storage` this needs (local storage, or a stand-in in tests). */
export type LayoutStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;
/** Storage events from other tabs: the key written (null: all cleared) and its new value (null: removed). */
export type StorageEvents = (listener: (key: string | null, value: string | null) => void) => () => void;

/** Who placed the positions being saved: a person (a drag, a chosen layout) or a default layout. */
export type PlacedBy = 'person' | 'default';

/** Positions placed elsewhere (another tab, or a person before a default layout) and the layout's name, to draw now. */
export interface LayoutChange {
  moved: Map<string, PlacedPoint>;
  layout: LayoutName | null;
}

/** Draws a change; returns the actors it left where they are (held by a drag). */
export type DrawChange = (change: LayoutChange) => ReadonlySet<string>;

function browserStorage(): LayoutStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // A sandboxed frame throws on access.
    return null;
  }
}

const windowStorageEvents: StorageEvents = (listener) => {
  if (typeof window === 'undefined') return () => {};
  const onStorage = (event: StorageEvent): void => {
    if (event.storageArea === browserStorage()) listener(event.key, event.newValue);
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
};

const emptyLayout = (): SavedLayout => ({ layout: 'force', layoutAt: 0, positions: new Map() });

export class LayoutMemory {
  readonly key: string;
  /** Every position known for the graph (this tab's and the other tabs'), with when each was placed. */
  private known: SavedLayout = emptyLayout();
  /** Where this tab drew each actor last: an actor elsewhere on screen now was moved by this tab's user. */
  private readonly shown = new Map<string, Point>();
  /** The stored text that `known` already holds (nothing to merge when storage still has it). */
  private lastText: string | null = null;
  private lastStamp = 0;
  private readonly storage: LayoutStorage | null;
  private readonly now: () => number;
  private readonly events: StorageEvents;

  constructor(
    hash: string,
    private readonly draw: DrawChange,
    options: { storage?: LayoutStorage | null; now?: () => number; events?: StorageEvents } = {},
  ) {
    this.key = LAYOUT_KEY_PREFIX + hash;
    this.storage = options.storage === undefined ? browserStorage() : options.storage;
    this.now = options.now ?? Date.now;
    this.events = options.events ?? windowStorageEvents;
  }

  /** The stored layout. An unreadable one is removed, so that it is said once and then laid out anew. */
  load(): SavedRead {
    const text = this.read();
    const result = parseSavedLayout(text);
    if (result.kind === 'ok') {
      this.known = copyLayout(result.saved);
      this.lastText = text;
    } else if (result.kind === 'unreadable') this.remove();
    return result;
  }

  /** The first drawing: where each actor is drawn, and the default layout's place for those not known yet. */
  placed(positions: Iterable<readonly [string, Point]>): void {
    for (const [id, p] of positions) {
      const point = { x: roundCoordinate(p.x), y: roundCoordinate(p.y) };
      this.shown.set(id, point);
      if (!this.known.positions.has(id)) this.known.positions.set(id, { ...point, at: 0 });
    }
  }

  /**
   * Saves the positions drawn now. Those this tab moved since it last drew them are stamped
   * (now, when a person placed them; 0 for a default layout), then merged with what storage
   * holds, and what another tab placed later is drawn. A default layout never replaces a
   * position a person placed.
   */
  save(layout: LayoutName, positions: Iterable<readonly [string, Point]>, by: PlacedBy): void {
    const at = by === 'person' ? this.stamp() : 0;
    const mine = copyLayout(this.known);
    if (layout !== mine.layout) Object.assign(mine, { layout, layoutAt: at });
    const screen = new Map<string, Point>();
    for (const [id, p] of positions) {
      const point = { x: roundCoordinate(p.x), y: roundCoordinate(p.y) };
      screen.set(id, point);
      const before = this.shown.get(id) ?? mine.positions.get(id);
      if (before && before.x === point.x && before.y === point.y) continue;
      const known = mine.positions.get(id);
      // An actor drawn for the first time (at scale) was placed by nobody.
      if (by === 'default' && known && known.at > 0) continue;
      mine.positions.set(id, { ...point, at: before ? at : 0 });
    }
    const text = this.read();
    const stored = text === this.lastText ? null : parseSavedLayout(text);
    const merged = stored?.kind === 'ok' ? mergeLayouts(mine, stored.saved).merged : mine;
    this.known = merged;
    const written = serializeSavedLayout(merged, this.now());
    this.lastText = this.write(written) ? written : null;
    const moved = new Map<string, PlacedPoint>();
    for (const [id, p] of screen) {
      const m = merged.positions.get(id);
      if (m && (m.x !== p.x || m.y !== p.y)) moved.set(id, m);
      else this.shown.set(id, p);
    }
    this.show({ moved, layout: merged.layout !== layout ? merged.layout : null });
  }

  /** Reset: the stored layout is forgotten, and `positions` (the default layout) are what is drawn. */
  forget(positions: Iterable<readonly [string, Point]>): void {
    this.remove();
    this.known = emptyLayout();
    this.lastText = null;
    this.placed(positions);
  }

  /** Follows saves made in other tabs on the same graph, drawing what they placed later. */
  listen(): () => void {
    return this.events((key, value) => {
      if (key !== null && key !== this.key) return;
      if (value === null) {
        // Reset (or storage cleared) elsewhere: what this tab shows stays, as placed by nobody.
        for (const [id, p] of this.known.positions) this.known.positions.set(id, { ...p, at: 0 });
        this.known.layoutAt = 0;
        this.lastText = null;
        return;
      }
      const incoming = parseSavedLayout(value);
      // An unreadable write from elsewhere is not merged; this tab's next save replaces it.
      if (incoming.kind !== 'ok') return;
      const before = this.known.layout;
      const { merged, changed } = mergeLayouts(this.known, incoming.saved);
      this.known = merged;
      const layout = merged.layout !== before ? merged.layout : null;
      if (changed.size || layout) this.show({ moved: changed, layout });
    });
  }

  private show(change: LayoutChange): void {
    if (!change.moved.size && !change.layout) return;
    const held = this.draw(change);
    // An actor held by a drag stays where the user has it: if they let go without moving it,
    // the next save draws it where the other tab placed it.
    for (const [id, p] of change.moved) if (!held.has(id)) this.shown.set(id, { x: p.x, y: p.y });
  }

  /** Strictly increasing, so that two saves of this tab never tie. */
  private stamp(): number {
    this.lastStamp = Math.max(this.now(), this.lastStamp + 1);
    return this.lastStamp;
  }

  private read(): string | null {
    try {
      return this.storage?.getItem(this.key) ?? null;
    } catch {
      return null;
    }
  }

  private remove(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing to remove.
    }
  }

  /**
   * Writes, and keeps at most MAX_SAVED_GRAPHS layouts. Storage full: the other graphs' layouts
   * go, the one saved longest ago first, until this one fits; if it never does, false (kept in
   * this page only).
   */
  private write(text: string): boolean {
    const storage = this.storage;
    if (!storage) return false;
    let others: string[] | null = null;
    for (;;) {
      try {
        storage.setItem(this.key, text);
        break;
      } catch {
        others ??= this.othersOldestFirst();
        const oldest = others.shift();
        if (oldest === undefined) return false;
        this.removeKey(oldest);
      }
    }
    try {
      let count = 0;
      for (let i = 0; i < storage.length; i++) if (storage.key(i)?.startsWith(LAYOUT_KEY_PREFIX)) count++;
      if (count > MAX_SAVED_GRAPHS) for (const key of this.othersOldestFirst().slice(0, count - MAX_SAVED_GRAPHS)) this.removeKey(key);
    } catch {
      // Storage went away meanwhile: nothing to tidy.
    }
    return true;
  }

  private othersOldestFirst(): string[] {
    const storage = this.storage!;
    const found: Array<[string, number]> = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (!key?.startsWith(LAYOUT_KEY_PREFIX) || key === this.key) continue;
        // Layouts saved before savedAt existed count as the oldest.
        const savedAt = /"savedAt":(\d+)/.exec(storage.getItem(key) ?? '');
        found.push([key, savedAt ? Number(savedAt[1]) : 0]);
      }
    } catch {
      return [];
    }
    return found.sort((a, b) => a[1] - b[1]).map(([key]) => key);
  }

  private removeKey(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch {
      // Already gone.
    }
  }
}

function copyLayout(saved: SavedLayout): SavedLayout {
  return { layout: saved.layout, layoutAt: saved.layoutAt, positions: new Map(saved.positions) };
}
