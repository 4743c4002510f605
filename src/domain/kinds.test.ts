import { describe, expect, it } from 'vitest';
import { humanizeKind, kindStyle } from './kinds';
import { formatEdtf, edtfSortKey } from './edtf-format';
import { claimWording, edgeStatus, statusStyle } from './status';

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
  it('reads a missing status as unknown, never as fact, and draws only assertions solid', () => {
    expect(edgeStatus({})).toBe('unknown');
    expect(statusStyle('unknown')).toMatchObject({ label: 'status not given', line: 'long-dash' });
    expect(statusStyle('asserted').line).toBe('solid');
    expect(statusStyle('hoped').line).not.toBe('solid');
    expect(statusStyle('denied').line).not.toBe('solid');
  });
});

describe('claimWording', () => {
  it('puts an asserted claim with a speaker on the speaker, not on the article', () => {
    expect(claimWording({ status: 'asserted', saidBy: 'sergey-lavrov' }, 'Sergey Lavrov')).toMatchObject({ label: 'asserted', speaker: 'by Sergey Lavrov', text: 'asserted by Sergey Lavrov' });
    expect(claimWording({ status: 'asserted', saidBy: 'x' }, 'X').description).not.toMatch(/fact/i);
    expect(claimWording({ status: 'hoped', saidBy: 'x' }, 'X')).toMatchObject({ speaker: 'per X', text: 'hoped, per X' });
    expect(claimWording({ status: 'asserted' })).toMatchObject({ speaker: null, text: 'asserted', description: 'Reported as fact' });
    expect(claimWording({})).toMatchObject({ status: 'unknown', text: 'status not given' });
  });
});
