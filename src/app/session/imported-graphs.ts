// Imported graph files kept in the browser (IndexedDB) under their graph's content hash, so that
// Back and Forward to an import's history entries, or a reload of one, open it again. The file
// itself is kept (not the parsed graph: storing a Blob costs the page nothing) and read again
// the same way as when it was imported. Bounded: the MAX_KEPT_IMPORTS opened last, within
// MAX_KEPT_BYTES. IndexedDB may be refused (private windows): then nothing is kept, and a way
// back to an import says so.
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';

/** Imports kept: the ones imported or reopened last. */
export const MAX_KEPT_IMPORTS = 5;
/** Bytes of files kept at most (a larger file is not kept at all). */
export const MAX_KEPT_BYTES = 256 * 1024 * 1024;

export interface KeptImport {
  file: Blob;
  name: string;
  /** When it was imported or last reopened (ms since 1970): the least recent goes first. */
  usedAt: number;
}

/** The key-value store under it: IndexedDB, or a map in tests. */
export interface KeptImportsStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: KeptImport): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<Array<[IDBValidKey, unknown]>>;
}

export interface ImportShelf {
  /** Keeps a file imported as the graph with this hash; false when it could not be kept. */
  keep(hash: string, file: File): Promise<boolean>;
  /** The file kept for this hash, or null (never kept, dropped for newer ones, or storage refused). */
  take(hash: string): Promise<File | null>;
}

function isKept(value: unknown): value is KeptImport {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<KeptImport>;
  return typeof Blob !== 'undefined' && v.file instanceof Blob && typeof v.name === 'string' && typeof v.usedAt === 'number';
}

export function createImportShelf(storage: () => KeptImportsStorage | null, now: () => number = Date.now): ImportShelf {
  async function prune(): Promise<void> {
    const all = (await storage()!.entries()).filter((e): e is [string, KeptImport] => typeof e[0] === 'string' && isKept(e[1]));
    all.sort((a, b) => b[1].usedAt - a[1].usedAt);
    let bytes = 0;
    for (const [i, [hash, kept]] of all.entries()) {
      bytes += kept.file.size;
      if (i >= MAX_KEPT_IMPORTS || bytes > MAX_KEPT_BYTES) await storage()!.del(hash);
    }
  }
  return {
    async keep(hash, file) {
      if (file.size > MAX_KEPT_BYTES) return false;
      try {
        const store = storage();
        if (!store) return false;
        await store.set(hash, { file, name: file.name, usedAt: now() });
        await prune();
        return true;
      } catch {
        return false;
      }
    },
    async take(hash) {
      try {
        const store = storage();
        if (!store) return null;
        const kept = await store.get(hash);
        if (!isKept(kept)) return null;
        // Reopened: kept ahead of older imports. Not waited for: the file is here already.
        void store.set(hash, { ...kept, usedAt: now() }).catch(() => {});
        return kept.file instanceof File && kept.file.name === kept.name ? kept.file : new File([kept.file], kept.name, { type: kept.file.type });
      } catch {
        return null;
      }
    },
  };
}

let idbStore: UseStore | null | undefined;

/** Its own database, apart from the review outbox's. Opened on first use. */
function indexedDbStorage(): KeptImportsStorage | null {
  if (idbStore === undefined) {
    try {
      idbStore = typeof indexedDB === 'undefined' ? null : createStore('kg-explorer-imports', 'files');
    } catch {
      idbStore = null;
    }
  }
  const store = idbStore;
  if (!store) return null;
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    entries: () => entries(store),
  };
}

export function indexedDbImportShelf(): ImportShelf {
  return createImportShelf(indexedDbStorage);
}
