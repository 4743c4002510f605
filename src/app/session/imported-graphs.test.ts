import { describe, expect, it } from 'vitest';
import { createImportShelf, MAX_KEPT_BYTES, MAX_KEPT_IMPORTS, type KeptImport, type KeptImportsStorage } from './imported-graphs';

function mapStorage(kept = new Map<string, unknown>()): KeptImportsStorage & { kept: Map<string, unknown> } {
  return {
    kept,
    get: async (key) => kept.get(key),
    set: async (key, value) => void kept.set(key, value),
    del: async (key) => void kept.delete(key),
    entries: async () => [...kept],
  };
}

/** A file that says it is `size` bytes without holding them. */
const sized = (name: string, size: number): File => Object.defineProperty(new File(['x'], name), 'size', { value: size });

describe('imported files kept for the way back', () => {
  it('gives back the file kept under a hash, with its name', async () => {
    const storage = mapStorage();
    const shelf = createImportShelf(() => storage);
    expect(await shelf.keep('h1', new File(['{"a":1}'], 'small.json', { type: 'application/json' }))).toBe(true);
    const file = await shelf.take('h1');
    expect(file?.name).toBe('small.json');
    expect(await file?.text()).toBe('{"a":1}');
    expect(await shelf.take('h2')).toBeNull();
  });

  it(`keeps the ${MAX_KEPT_IMPORTS} used last: reopening one keeps it ahead of later imports`, async () => {
    const storage = mapStorage();
    let now = 0;
    const shelf = createImportShelf(() => storage, () => ++now);
    for (let i = 0; i < MAX_KEPT_IMPORTS; i++) await shelf.keep(`h${i}`, new File(['x'], `${i}.json`));
    await shelf.take('h0');
    await shelf.keep('new', new File(['x'], 'new.json'));
    expect([...storage.kept.keys()].sort()).toEqual(['h0', 'h2', 'h3', 'h4', 'new']);
  });

  it(`keeps at most ${MAX_KEPT_BYTES / 2 ** 20} MiB of files, and never one larger than that`, async () => {
    const storage = mapStorage();
    let now = 0;
    const shelf = createImportShelf(() => storage, () => ++now);
    expect(await shelf.keep('huge', sized('huge.json', MAX_KEPT_BYTES + 1))).toBe(false);
    await shelf.keep('a', sized('a.json', MAX_KEPT_BYTES / 2));
    await shelf.keep('b', sized('b.json', MAX_KEPT_BYTES / 2));
    await shelf.keep('c', sized('c.json', 10));
    expect([...storage.kept.keys()].sort()).toEqual(['b', 'c']);
  });

  it('storage refused or broken: nothing kept, nothing found, nothing thrown', async () => {
    const refused = createImportShelf(() => null);
    expect(await refused.keep('h', new File(['x'], 'a.json'))).toBe(false);
    expect(await refused.take('h')).toBeNull();
    const failing: KeptImportsStorage = {
      get: () => Promise.reject(new Error('IndexedDB went away')),
      set: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
      del: () => Promise.resolve(),
      entries: () => Promise.resolve([]),
    };
    const broken = createImportShelf(() => failing);
    expect(await broken.keep('h', new File(['x'], 'a.json'))).toBe(false);
    expect(await broken.take('h')).toBeNull();
    // A record that is not a kept file (written by something else) is not one.
    const odd = mapStorage(new Map<string, unknown>([['h', { file: 'text', name: 'a.json', usedAt: 1 } as unknown as KeptImport]]));
    expect(await createImportShelf(() => odd).take('h')).toBeNull();
  });
});
