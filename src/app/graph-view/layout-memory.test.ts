import { describe, expect, it, vi } from 'vitest';
import type { Point } from '../../domain/layout';
import { LAYOUT_KEY_PREFIX, LayoutMemory, MAX_SAVED_GRAPHS, type LayoutChange, type LayoutStorage, type StorageEvents } from './layout-memory';
import { parseSavedLayout } from './saved-layout';

/** One browser's local storage shared by tabs: a write in one tab is an event in the others (never in itself). */
class Browser {
  readonly items = new Map<string, string>();
  private readonly tabs = new Set<{ listener: (key: string | null, value: string | null) => void }>();
  /** Characters the storage holds at most (keys and values), like a quota. */
  constructor(private readonly quota = Infinity) {}

  tab(): { storage: LayoutStorage; events: StorageEvents } {
    const self = { listener: (_key: string | null, _value: string | null) => {} };
    const tell = (key: string, value: string | null) => {
      for (const tab of this.tabs) if (tab !== self) tab.listener(key, value);
    };
    const items = this.items;
    const used = () => [...items].reduce((n, [k, v]) => n + k.length + v.length, 0);
    const storage: LayoutStorage = {
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => {
        if (used() - (items.get(key)?.length ?? -key.length) + value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
        items.set(key, value);
        tell(key, value);
      },
      removeItem: (key) => {
        items.delete(key);
        tell(key, null);
      },
      key: (i) => [...items.keys()][i] ?? null,
      get length() {
        return items.size;
      },
    };
    const events: StorageEvents = (listener) => {
      self.listener = listener;
      this.tabs.add(self);
      return () => this.tabs.delete(self);
    };
    return { storage, events };
  }
}

const at = (points: Record<string, [number, number]>): Array<[string, Point]> => Object.entries(points).map(([id, [x, y]]) => [id, { x, y }]);

/** A tab showing the graph: its canvas positions, which other tabs' saves move (except an actor held by a drag). */
function openTab(browser: Browser, clock: { now: number }, options: { hash?: string; deaf?: boolean } = {}) {
  const drawn = new Map<string, Point>();
  const held = new Set<string>();
  const draw = ({ moved }: LayoutChange) => {
    for (const [id, p] of moved) if (!held.has(id)) drawn.set(id, { x: p.x, y: p.y });
    return new Set([...moved.keys()].filter((id) => held.has(id)));
  };
  const { storage, events } = browser.tab();
  const memory = new LayoutMemory(options.hash ?? 'g1', draw, { storage, events: options.deaf ? () => () => {} : events, now: () => clock.now });
  const read = memory.load();
  if (read.kind === 'ok') for (const [id, p] of read.saved.positions) drawn.set(id, { x: p.x, y: p.y });
  else for (const [id, p] of at({ a: [0, 0], b: [10, 0], c: [20, 0] })) drawn.set(id, p);
  memory.placed(drawn);
  memory.listen();
  return {
    memory,
    read,
    drawn,
    held,
    drag(id: string, x: number, y: number) {
      clock.now += 1000;
      drawn.set(id, { x, y });
      memory.save('force', drawn, 'person');
    },
  };
}

const storedPositions = (browser: Browser, hash = 'g1') => {
  const read = parseSavedLayout(browser.items.get(LAYOUT_KEY_PREFIX + hash) ?? null);
  return read.kind === 'ok' ? Object.fromEntries([...read.saved.positions].map(([id, p]) => [id, [p.x, p.y]])) : read.kind;
};

describe('a layout saved from two tabs', () => {
  it('keeps both tabs’ moves, whether or not a tab heard of the other’s save', () => {
    const browser = new Browser();
    const clock = { now: 1_000 };
    const one = openTab(browser, clock);
    const two = openTab(browser, clock);
    one.drag('a', 100, 100);
    // The other tab follows the move at once (the storage event).
    expect(two.drawn.get('a')).toEqual({ x: 100, y: 100 });
    two.drag('b', 200, 200);
    expect(one.drawn.get('b')).toEqual({ x: 200, y: 200 });
    expect(storedPositions(browser)).toEqual({ a: [100, 100], b: [200, 200], c: [20, 0] });

    // Without the events (another browser process, a missed event): the save itself merges.
    const deaf = new Browser();
    const three = openTab(deaf, clock);
    const four = openTab(deaf, clock, { deaf: true });
    three.drag('a', 1, 1);
    four.drag('c', 3, 3);
    expect(storedPositions(deaf)).toEqual({ a: [1, 1], b: [10, 0], c: [3, 3] });
    // and the saving tab is told to draw what it had missed.
    expect(four.drawn.get('a')).toEqual({ x: 1, y: 1 });
  });

  it('the later of two moves of the same actor wins, in both tabs and in storage', () => {
    const browser = new Browser();
    const clock = { now: 1_000 };
    const one = openTab(browser, clock);
    const two = openTab(browser, clock);
    one.drag('a', 5, 5);
    two.drag('a', 7, 7);
    expect(one.drawn.get('a')).toEqual({ x: 7, y: 7 });
    expect(storedPositions(browser)).toMatchObject({ a: [7, 7] });
    // A reopened tab shows the same.
    expect(openTab(browser, clock).drawn.get('a')).toEqual({ x: 7, y: 7 });
  });

  it('an actor held by a drag is not moved under the pointer; let go unmoved, it goes where the other tab put it', () => {
    const browser = new Browser();
    const clock = { now: 1_000 };
    const one = openTab(browser, clock);
    const two = openTab(browser, clock);
    two.held.add('a');
    one.drag('a', 5, 5);
    expect(two.drawn.get('a')).toEqual({ x: 0, y: 0 });
    two.held.delete('a');
    two.drag('b', 8, 8);
    expect(two.drawn.get('a')).toEqual({ x: 5, y: 5 });
    expect(storedPositions(browser)).toEqual({ a: [5, 5], b: [8, 8], c: [20, 0] });
    // Held and moved: the drag is this user's latest move, and it wins.
    two.held.add('c');
    one.drag('c', 30, 30);
    two.held.delete('c');
    two.drag('c', 40, 40);
    expect(one.drawn.get('c')).toEqual({ x: 40, y: 40 });
  });

  it('a default layout arriving later never replaces what a person placed', () => {
    const browser = new Browser();
    const clock = { now: 1_000 };
    const one = openTab(browser, clock);
    one.drag('a', 50, 50);
    for (const [id, p] of at({ a: [0, 0], b: [11, 1], c: [21, 1] })) one.drawn.set(id, p);
    one.memory.save('force', one.drawn, 'default');
    expect(one.drawn.get('a')).toEqual({ x: 50, y: 50 });
    expect(storedPositions(browser)).toEqual({ a: [50, 50], b: [11, 1], c: [21, 1] });
  });

  it('a reset in one tab forgets the stored layout; the other tab’s next move saves what it shows', () => {
    const browser = new Browser();
    const clock = { now: 1_000 };
    const one = openTab(browser, clock);
    const two = openTab(browser, clock);
    one.drag('a', 5, 5);
    one.memory.forget(at({ a: [0, 0], b: [10, 0], c: [20, 0] }));
    expect(browser.items.size).toBe(0);
    two.drag('b', 8, 8);
    expect(storedPositions(browser)).toEqual({ a: [5, 5], b: [8, 8], c: [20, 0] });
  });
});

describe('what storage cannot hold', () => {
  it('an unreadable saved layout is said, removed, and the next save writes a good one', () => {
    const browser = new Browser();
    browser.items.set(`${LAYOUT_KEY_PREFIX}g1`, '{"v":2,"layout":"force","layoutAt":0,"savedAt":0,"positions":[["a",NaN,0,0]]}');
    const clock = { now: 1_000 };
    const tab = openTab(browser, clock);
    expect(tab.read).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/^not JSON/) });
    expect(browser.items.size).toBe(0);
    tab.drag('a', 1, 2);
    expect(storedPositions(browser)).toEqual({ a: [1, 2], b: [10, 0], c: [20, 0] });
  });

  it(`keeps at most ${MAX_SAVED_GRAPHS} graphs’ layouts, dropping the one saved longest ago`, () => {
    const browser = new Browser();
    const clock = { now: 1_000 };
    for (let i = 0; i <= MAX_SAVED_GRAPHS; i++) openTab(browser, clock, { hash: `g${i}` }).drag('a', i, i);
    expect(browser.items.size).toBe(MAX_SAVED_GRAPHS);
    expect(browser.items.has(`${LAYOUT_KEY_PREFIX}g0`)).toBe(false);
    expect(browser.items.has(`${LAYOUT_KEY_PREFIX}g${MAX_SAVED_GRAPHS}`)).toBe(true);
  });

  it('when storage is full, older graphs’ layouts make room; if none can, the positions stay in the page and nothing throws', () => {
    const clock = { now: 1_000 };
    const entry = (hash: string) => {
      const probe = new Browser();
      openTab(probe, { ...clock }, { hash }).drag('a', 1, 1);
      return probe.items.get(`${LAYOUT_KEY_PREFIX}${hash}`)!.length + LAYOUT_KEY_PREFIX.length + hash.length;
    };
    const browser = new Browser(entry('g1') * 2 + 10);
    openTab(browser, clock, { hash: 'g1' }).drag('a', 1, 1);
    openTab(browser, clock, { hash: 'g2' }).drag('a', 1, 1);
    openTab(browser, clock, { hash: 'g3' }).drag('a', 1, 1);
    expect([...browser.items.keys()].sort()).toEqual([`${LAYOUT_KEY_PREFIX}g2`, `${LAYOUT_KEY_PREFIX}g3`]);

    const tiny = new Browser(10);
    const tab = openTab(tiny, clock);
    expect(() => tab.drag('a', 4, 4)).not.toThrow();
    expect(tiny.items.size).toBe(0);
    expect(tab.drawn.get('a')).toEqual({ x: 4, y: 4 });
  });

  it('without storage (disabled, sandboxed) nothing is remembered and nothing throws', () => {
    const draw = vi.fn(() => new Set<string>());
    const memory = new LayoutMemory('g1', draw, { storage: null, events: () => () => {} });
    expect(memory.load()).toEqual({ kind: 'none' });
    expect(() => memory.save('force', at({ a: [1, 1] }), 'person')).not.toThrow();
    expect(draw).not.toHaveBeenCalled();
  });
});
