import { describe, expect, it } from 'vitest';
import { humanizeKind, kindStyle } from './kinds';
import { formatEdtf, edtfSortKey } from './edtf-format';
import { edgeStatus, statusStyle } from './status';

describe('kindStyle', () => {
  it('gives known kinds distinct glyphs', () => {
    const glyphs = ['state', 'government', 'armed-group', 'person', 'igo', 'forum', 'media'].map((k) => kindStyle(k).glyph);
    expect(new Set(glyphs).size).toBe(glyphs.length);
    expect(kindStyle('armed-group').label).toBe('Armed group');
  });
  it('gives an unknown kind a stable style and a readable label', () => {
    expect(kindStyle('think-tank')).toEqual(kindStyle('think-tank'));
    expect(humanizeKind('think-tank')).toBe('Think tank');
  });
});

describe('formatEdtf', () => {
  it.each([
    ['2024-10-04', '4 Oct 2024'],
    ['2024-07', 'Jul 2024'],
    ['2021', '2021'],
    ['2003/..', 'since 2003'],
    ['../2001', 'until 2001'],
    ['1979/1989', '1979 – 1989'],
    [undefined, ''],
  ])('%s → %s', (input, out) => expect(formatEdtf(input)).toBe(out));
  it('sorts by start and puts undated last', () => {
    const keys = ['2024-10-04', undefined, '2003/..'].map(edtfSortKey).sort();
    expect(keys).toEqual(['2003', '2024-10-04', '~']);
  });
});

describe('status', () => {
  it('reads a missing status as asserted, and draws only assertions solid', () => {
    expect(edgeStatus({})).toBe('asserted');
    expect(statusStyle('asserted').line).toBe('solid');
    expect(statusStyle('hoped').line).not.toBe('solid');
    expect(statusStyle('denied').line).not.toBe('solid');
  });
});
