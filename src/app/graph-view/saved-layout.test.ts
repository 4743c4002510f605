import { describe, expect, it } from 'vitest';
import { mergeLayouts, parseSavedLayout, serializeSavedLayout, type PlacedPoint, type SavedLayout } from './saved-layout';

const layout = (positions: Record<string, [number, number, number]>, layoutAt = 0, name: SavedLayout['layout'] = 'force'): SavedLayout => ({
  layout: name,
  layoutAt,
  positions: new Map(Object.entries(positions).map(([id, [x, y, at]]) => [id, { x, y, at }])),
});

const v2 = (positions: unknown, extra: Record<string, unknown> = {}): string => JSON.stringify({ v: 2, layout: 'force', layoutAt: 0, savedAt: 5, positions, ...extra });

describe('reading a saved layout', () => {
  it('reads back what was written, rounded to two decimals, with when each actor was placed', () => {
    const saved = layout({ a: [1.234, -5.678, 0], b: [100, 200, 1_700_000_000_000] }, 1_700_000_000_001, 'kinds');
    const read = parseSavedLayout(serializeSavedLayout(saved, 1_700_000_000_002));
    expect(read).toEqual({ kind: 'ok', saved: layout({ a: [1.23, -5.68, 0], b: [100, 200, 1_700_000_000_000] }, 1_700_000_000_001, 'kinds') });
  });

  it('keeps an id that is also an object key name as an id', () => {
    const read = parseSavedLayout(v2([['__proto__', 1, 2, 0], ['constructor', 3, 4, 0]]));
    expect(read.kind === 'ok' && [...read.saved.positions.keys()]).toEqual(['__proto__', 'constructor']);
    const old = parseSavedLayout('{"v":1,"layout":"force","positions":{"__proto__":[1,2]}}');
    expect(old.kind === 'ok' && old.saved.positions.get('__proto__')).toEqual({ x: 1, y: 2, at: 1 });
  });

  it('reads the first saved form (no times) as placed by a person, before anything placed now', () => {
    const read = parseSavedLayout(JSON.stringify({ v: 1, layout: 'concentric', positions: { a: [1, 2] } }));
    expect(read).toEqual({ kind: 'ok', saved: layout({ a: [1, 2, 1] }, 1, 'concentric') });
  });

  it('has nothing to read when nothing was saved', () => {
    expect(parseSavedLayout(null)).toEqual({ kind: 'none' });
  });

  it.each([
    ['not JSON', '{"v":2,', /^not JSON \(/],
    ['not an object', '"hello"', /^\(root\): /],
    ['an unknown version', JSON.stringify({ v: 3, layout: 'force', positions: [] }), /^v: /],
    ['an unknown layout', v2([], { layout: 'spiral' }), /^layout: /],
    ['positions of the wrong shape', v2({ a: [1, 2, 0] }), /^positions: /],
    ['a coordinate that is not a number', v2([['a', '1', 2, 0]]), /^positions\[0\]\[1\]: /],
    ['NaN (written by JSON as null)', v2([['a', 1, 2, 0], ['b', null, 2, 0]]), /^positions\[1\]\[1\]: /],
    ['Infinity (a number too large for JSON)', v2([['a', 1, 2, 0]]).replace('[["a",1,', '[["a",1e999,'), /^positions\[0\]\[1\]: not a coordinate within ±1000000$/],
    ['a huge coordinate', v2([['a', 1, -1e300, 0]]), /^positions\[0\]\[2\]: not a coordinate within ±1000000$/],
    ['an id that is not text', v2([[5, 1, 2, 0]]), /^positions\[0\]\[0\]: not an actor id$/],
    ['an entry that is not [id, x, y, time]', v2([['a', 1, 2]]), /^positions\[0\]: not a list of an id, x, y and a time$/],
    ['a time that is not a time', v2([['a', 1, 2, -4]]), /^positions\[0\]\[3\]: /],
    ['an actor saved twice', v2([['a', 1, 2, 0], ['a', 3, 4, 0]]), /^positions\[1\]: actor "a" is saved twice$/],
    ['an unknown field', v2([], { extra: 1 }), /^\(root\): /],
    ['a huge value in the first form', JSON.stringify({ v: 1, layout: 'force', positions: { a: [1e308, 0] } }), /^positions\.a\[0\]: not a coordinate/],
  ])('finds %s unreadable and says where', (_what, text, reason) => {
    const read = parseSavedLayout(text);
    expect(read.kind).toBe('unreadable');
    expect(read.kind === 'unreadable' && read.reason).toMatch(reason);
  });
});

describe('merging two saves of a layout', () => {
  it('keeps, per actor, the position placed last, and says which actors the incoming save moved', () => {
    const mine = layout({ a: [0, 0, 10], b: [5, 5, 30], c: [1, 1, 0] });
    const theirs = layout({ a: [9, 9, 20], b: [6, 6, 25], c: [2, 2, 0], d: [7, 7, 0] });
    const { merged, changed } = mergeLayouts(mine, theirs);
    expect(merged.positions).toEqual(layout({ a: [9, 9, 20], b: [5, 5, 30], c: [1, 1, 0], d: [7, 7, 0] }).positions);
    expect([...changed.keys()]).toEqual(['a', 'd']);
  });

  it('is the same whichever tab saves first, except for ties, which stay put', () => {
    const one = layout({ a: [0, 0, 10], b: [5, 5, 30] }, 3, 'kinds');
    const two = layout({ a: [9, 9, 20], b: [6, 6, 25] }, 4, 'concentric');
    expect(mergeLayouts(one, two).merged).toEqual(mergeLayouts(two, one).merged);
    expect(mergeLayouts(one, two).merged.layout).toBe('concentric');
    const tie = mergeLayouts(layout({ a: [0, 0, 7] }), layout({ a: [1, 1, 7] }));
    expect(tie.merged.positions.get('a')).toEqual<PlacedPoint>({ x: 0, y: 0, at: 7 });
    expect(tie.changed.size).toBe(0);
  });

  it('does not report an actor as moved when only its time changed', () => {
    const { changed } = mergeLayouts(layout({ a: [1, 2, 5] }), layout({ a: [1.001, 2, 9] }));
    expect(changed.size).toBe(0);
  });
});
