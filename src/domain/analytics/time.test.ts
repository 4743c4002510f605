import { describe, expect, it } from 'vitest';
import { seedMini } from './__fixtures__/seed-mini';
import { addHistograms, edgeInRange, edgesInRange, parseEdtf, timeExtent, yearHistogram } from './time';

describe('parseEdtf', () => {
  it('reads years, months and days as half-open fractional-year intervals', () => {
    expect(parseEdtf('2021')).toEqual({ start: 2021, end: 2022 });
    expect(parseEdtf('2024-07')).toEqual({ start: 2024 + 6 / 12, end: 2024 + 7 / 12 });
    expect(parseEdtf('2024-01-01')).toEqual({ start: 2024, end: 2024 + 1 / 366 });
    expect(parseEdtf('2023-12-31')).toEqual({ start: 2023 + 364 / 365, end: 2024 });
    const friday = parseEdtf('2024-10-04')!;
    expect(friday.start).toBeCloseTo(2024 + 277 / 366, 12);
  });

  it('reads closed and open intervals', () => {
    expect(parseEdtf('1979/1989')).toEqual({ start: 1979, end: 1990 });
    expect(parseEdtf('2003/..')).toEqual({ start: 2003, end: Infinity });
    expect(parseEdtf('../2010-06')).toEqual({ start: -Infinity, end: 2010.5 });
    expect(parseEdtf('2024-07/2024-10-04')!.end).toBeCloseTo(2024 + 278 / 366, 12);
  });

  it('rejects what is not a valid date of the contract', () => {
    for (const bad of ['', '..', '../..', '24', '2024-13', '2023-02-29', '2024-00', '2010/2003', '2003/..//', 'Friday', '2024-1-5']) {
      expect(parseEdtf(bad), bad).toBeNull();
    }
    expect(parseEdtf('2024-02-29')).not.toBeNull();
  });
});

describe('edgeInRange', () => {
  const since2003 = { date: '2003/..' };
  const sovietYears = { date: '1979/1989' };
  const undated = {};

  it('hides a relation outside the range and shows it again when the range moves back', () => {
    expect(edgeInRange(since2003, { from: 1995, to: 2000 })).toBe(false);
    expect(edgeInRange(since2003, { from: 1995, to: 2003 })).toBe(true);
    // "Since 2003" is present in every later year.
    expect(edgeInRange(since2003, { from: 2015, to: 2016 })).toBe(true);
    expect(edgeInRange(sovietYears, { from: 1990, to: 2000 })).toBe(false);
    expect(edgeInRange(sovietYears, { from: 1989, to: 1989 })).toBe(true);
    expect(edgeInRange(sovietYears, { from: 1900, to: 1978 })).toBe(false);
  });

  it('keeps undated relations unless asked not to', () => {
    expect(edgeInRange(undated, { from: 2000, to: 2001 })).toBe(true);
    expect(edgeInRange(undated, { from: 2000, to: 2001 }, { keepUndated: false })).toBe(false);
    expect(edgeInRange({ date: 'garbage' }, { from: 2000, to: 2001 }, { keepUndated: false })).toBe(false);
  });

  it('filters the seed-like graph: the 2003 listing disappears before 2003 and returns after', () => {
    const g = seedMini();
    const ids = (from: number, to: number) => [...edgesInRange(g.edges, { from, to })].map((id) => id.split('#')[1]);
    expect(ids(1979, 2024)).toEqual(['r01', 'r02', 'r03', 'r04', 'r05', 'r06']);
    expect(ids(1995, 2002)).toEqual([]);
    expect(ids(2003, 2003)).toEqual(['r06']);
    expect(ids(2022, 2022)).toEqual(['r04', 'r06']);
    expect(ids(1985, 1985)).toEqual(['r03']);
    expect(ids(2024, 2024)).toEqual(['r01', 'r04', 'r05', 'r06']);
  });
});

describe('timeExtent and yearHistogram', () => {
  it('spans 1979 … 2024 for the seed-like graph', () => {
    expect(timeExtent(seedMini().edges)).toEqual({ earliest: 1979, latest: 2024 });
    expect(timeExtent([{}, { date: '2003/..' }])).toEqual({ earliest: 2003, latest: 2003 });
    expect(timeExtent([{}])).toBeNull();
  });

  it('counts an interval in each year it covers, open intervals through the latest year', () => {
    const edges = [{ date: '2001/2003' }, { date: '2002/..' }, { date: '2004-05-06' }, {}, { date: '../2001' }];
    const h = yearHistogram(edges);
    expect(h.undated).toBe(1);
    expect(h.bins).toEqual([
      { year: 2001, count: 2 },
      { year: 2002, count: 2 },
      { year: 2003, count: 2 },
      { year: 2004, count: 2 },
    ]);
    // An explicit window clamps intervals and lets open ones run to its end.
    expect(yearHistogram(edges, { from: 2003, to: 2006 }).bins.map((b) => b.count)).toEqual([2, 2, 1, 1]);
  });

  it('gives the seed-like timeline: one bin per year 1979 … 2024, four relations in 2024', () => {
    const h = yearHistogram(seedMini().edges);
    const at = (year: number) => h.bins.find((b) => b.year === year)?.count;
    expect(h.bins).toHaveLength(2024 - 1979 + 1);
    expect(at(1979)).toBe(1);
    expect(at(1990)).toBe(0);
    expect(at(2003)).toBe(1);
    expect(at(2017)).toBe(2);
    expect(at(2021)).toBe(2);
    expect(at(2024)).toBe(4);
  });

  it('is empty when nothing is dated', () => {
    expect(yearHistogram([{}, {}])).toEqual({ bins: [], undated: 2 });
  });
});

describe('addHistograms', () => {
  it('gives, per year and undated, what the histogram of all the relations together gives', () => {
    const a = [{ date: '2001' }, { date: '2003/2005' }, {}] as Array<{ date?: string }>;
    const b = [{ date: '2004' }, { date: '2001-05-02' }, {}, {}] as Array<{ date?: string }>;
    const range = { from: 2000, to: 2006 };
    expect(addHistograms([yearHistogram(a, range), yearHistogram(b, range)])).toEqual(yearHistogram([...a, ...b], range));
  });
});
