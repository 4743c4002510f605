import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedMini } from './__fixtures__/seed-mini';
import {
  addHistograms,
  dayNumber,
  edgeInRange,
  edgesInRange,
  firstDayOf,
  lastDayOf,
  parseEdtf,
  periodEdtf,
  periodExtent,
  periodFromEdtf,
  periodHistogram,
  periodOfDay,
  periodsOf,
  rangeBounds,
  rangeIn,
  sameRange,
  simplestRange,
  timeExtent,
  yearHistogram,
  type TimeUnit,
} from './time';

const month = (y: number, m: number) => y * 12 + m - 1;

describe('parseEdtf', () => {
  it('reads years, months and days as half-open fractional-year intervals', () => {
    expect(parseEdtf('2021')).toEqual({ start: 2021, end: 2022 });
    // A month runs from its first day to the next month's: 1 July is day 183 of 2024.
    expect(parseEdtf('2024-07')).toEqual({ start: 2024 + 182 / 366, end: 2024 + 213 / 366 });
    expect(parseEdtf('2023-12')).toEqual({ start: 2023 + 334 / 365, end: 2024 });
    expect(parseEdtf('2024-01-01')).toEqual({ start: 2024, end: 2024 + 1 / 366 });
    expect(parseEdtf('2023-12-31')).toEqual({ start: 2023 + 364 / 365, end: 2024 });
    const friday = parseEdtf('2024-10-04')!;
    expect(friday.start).toBeCloseTo(2024 + 277 / 366, 12);
  });

  it('reads closed and open intervals', () => {
    expect(parseEdtf('1979/1989')).toEqual({ start: 1979, end: 1990 });
    expect(parseEdtf('2003/..')).toEqual({ start: 2003, end: Infinity });
    expect(parseEdtf('../2010-06')).toEqual({ start: -Infinity, end: 2010 + 181 / 365 });
    expect(parseEdtf('2024-07/2024-10-04')!.end).toBeCloseTo(2024 + 278 / 366, 12);
  });

  it('rejects what is not a valid date of the contract', () => {
    for (const bad of ['', '..', '../..', '24', '2024-13', '2023-02-29', '2024-00', '2010/2003', '2003/..//', 'Friday', '2024-1-5']) {
      expect(parseEdtf(bad), bad).toBeNull();
    }
    expect(parseEdtf('2024-02-29')).not.toBeNull();
  });

  it('nests a day in its month and its month in its year exactly', () => {
    expect(parseEdtf('2024-10-01')!.start).toBe(parseEdtf('2024-10')!.start);
    expect(parseEdtf('2024-09')!.end).toBe(parseEdtf('2024-10-01')!.start);
    expect(parseEdtf('2024-10-31')!.end).toBe(parseEdtf('2024-10')!.end);
    expect(parseEdtf('2024-01')!.start).toBe(2024);
  });

  it('reads years before 100 as themselves, not as 19xx', () => {
    expect(parseEdtf('0050-03')!.start).toBeCloseTo(50 + 59 / 365, 12);
    expect(periodFromEdtf('0050-03-01')).toEqual({ unit: 'day', period: dayNumber(50, 2, 1) });
    expect(periodEdtf('day', dayNumber(50, 2, 1))).toBe('0050-03-01');
  });
});

describe('periods', () => {
  it('numbers years by themselves, months from year 0, days from 1 January 1970', () => {
    expect(periodFromEdtf('2003')).toEqual({ unit: 'year', period: 2003 });
    expect(periodFromEdtf('2003-05')).toEqual({ unit: 'month', period: 24040 });
    expect(periodFromEdtf('1970-01-02')).toEqual({ unit: 'day', period: 1 });
    expect(periodFromEdtf('2023-02-29')).toBeNull();
    expect(periodFromEdtf('2003/2004')).toBeNull();
    expect(periodEdtf('month', 24040)).toBe('2003-05');
    expect(periodEdtf('year', 2003)).toBe('2003');
  });

  it('gives the periods an interval touches; open ends stay open', () => {
    expect(periodsOf(parseEdtf('2024-10-04')!, 'month')).toEqual([month(2024, 10), month(2024, 10)]);
    expect(periodsOf(parseEdtf('1979/1989')!, 'month')).toEqual([month(1979, 1), month(1989, 12)]);
    expect(periodsOf(parseEdtf('2003/..')!, 'year')).toEqual([2003, Infinity]);
    expect(periodsOf(parseEdtf('../2010-06')!, 'day')).toEqual([-Infinity, dayNumber(2010, 5, 30)]);
  });

  it('converts a range to a finer unit exactly and to a coarser one by whole periods', () => {
    expect(rangeIn({ from: 2003, to: 2010 }, 'month')).toEqual({ from: month(2003, 1), to: month(2010, 12), unit: 'month' });
    expect(rangeIn({ from: month(2024, 2), to: month(2024, 2), unit: 'month' }, 'day')).toEqual({ from: dayNumber(2024, 1, 1), to: dayNumber(2024, 1, 29), unit: 'day' });
    expect(rangeIn({ from: month(2003, 5), to: month(2010, 2), unit: 'month' }, 'year')).toEqual({ from: 2003, to: 2010, unit: 'year' });
  });

  it('says a range in the coarsest unit that gives it exactly', () => {
    expect(simplestRange({ from: month(2003, 1), to: month(2010, 12), unit: 'month' })).toEqual({ from: 2003, to: 2010, unit: 'year' });
    expect(simplestRange({ from: month(2003, 1), to: month(2010, 11), unit: 'month' })).toEqual({ from: month(2003, 1), to: month(2010, 11), unit: 'month' });
    expect(simplestRange({ from: dayNumber(2024, 9, 1), to: dayNumber(2024, 9, 31), unit: 'day' })).toEqual({ from: month(2024, 10), to: month(2024, 10), unit: 'month' });
    expect(simplestRange({ from: 2015, to: 2015 })).toEqual({ from: 2015, to: 2015, unit: 'year' });
  });

  it('tells ranges of different units apart', () => {
    expect(sameRange({ from: 2003, to: 2010 }, { from: 2003, to: 2010, unit: 'year' })).toBe(true);
    expect(sameRange({ from: 24036, to: 24040, unit: 'month' }, { from: 24036, to: 24040, unit: 'day' })).toBe(false);
    expect(sameRange(null, null)).toBe(true);
    expect(sameRange(null, { from: 1, to: 1 })).toBe(false);
  });

  const units = fc.constantFrom<TimeUnit>('year', 'month', 'day');
  // Up to 9996, so that a day plus a span of 800 days is still a four-digit year.
  const day = fc.integer({ min: dayNumber(1, 0, 1), max: dayNumber(9996, 11, 31) });

  it('round-trips any day through its EDTF text, and any period through its days (property)', () => {
    fc.assert(
      fc.property(units, day, (unit, d) => {
        const p = periodOfDay(unit, d);
        expect(firstDayOf(unit, p)).toBeLessThanOrEqual(d);
        expect(lastDayOf(unit, p)).toBeGreaterThanOrEqual(d);
        expect(periodOfDay(unit, firstDayOf(unit, p))).toBe(p);
        expect(periodFromEdtf(periodEdtf(unit, p))).toEqual({ unit, period: p });
      }),
    );
  });

  it('puts a dated relation in a range exactly when one of its days is in it (property)', () => {
    fc.assert(
      fc.property(units, day, fc.integer({ min: 0, max: 800 }), day, fc.integer({ min: 0, max: 80 }), (unit, a, len, r, rlen) => {
        const date = `${periodEdtf('day', a)}/${periodEdtf('day', a + len)}`;
        const range = { from: periodOfDay(unit, r), to: periodOfDay(unit, r) + rlen, unit };
        const days = [firstDayOf(unit, range.from), lastDayOf(unit, range.to)];
        const overlap = a <= days[1]! && a + len >= days[0]!;
        expect(edgeInRange({ date }, range)).toBe(overlap);
      }),
    );
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

  it('filters by month: a relation on 1 October is in October, not in September', () => {
    const first = { date: '2024-10-01' };
    expect(edgeInRange(first, { from: month(2024, 9), to: month(2024, 9), unit: 'month' })).toBe(false);
    expect(edgeInRange(first, { from: month(2024, 10), to: month(2024, 12), unit: 'month' })).toBe(true);
    expect(edgeInRange({ date: '2024-09' }, { from: month(2024, 10), to: month(2024, 10), unit: 'month' })).toBe(false);
    expect(edgeInRange({ date: '2024' }, { from: month(2024, 6), to: month(2024, 6), unit: 'month' })).toBe(true);
    expect(edgeInRange({ date: '2003/..' }, { from: month(2015, 3), to: month(2015, 3), unit: 'month' })).toBe(true);
    expect(rangeBounds({ from: 2003, to: 2010 })).toEqual({ start: 2003, end: 2011 });
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

describe('periodHistogram', () => {
  it('counts relations per month, an interval in every month it touches, open ones to the end', () => {
    const edges = [{ date: '2024-01-15' }, { date: '2024-02/2024-03' }, { date: '2024' }, { date: '2024-03/..' }, {}, { date: 'junk' }];
    const h = periodHistogram(edges, 'month', { from: month(2024, 1), to: month(2024, 4) });
    expect(h.bins.map((b) => b.count)).toEqual([2, 2, 3, 2]);
    expect(h.bins[0]!.period).toBe(month(2024, 1));
    expect(h.undated).toBe(2);
    expect(periodHistogram(edges, 'month', { from: 5, to: 4 }).bins).toEqual([]);
  });

  it('gives what counting relation by relation and period by period gives (property)', () => {
    const dates = fc.array(
      fc.oneof(
        fc.constant(undefined),
        fc.integer({ min: dayNumber(2000, 0, 1), max: dayNumber(2006, 0, 1) }).map((d) => periodEdtf('day', d)),
        fc.tuple(fc.integer({ min: 2000, max: 2006 }), fc.integer({ min: 0, max: 3 })).map(([y, k]) => `${y}/${k === 0 ? '..' : y + k}`),
        fc.integer({ min: month(2000, 1), max: month(2006, 12) }).map((m) => `../${periodEdtf('month', m)}`),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(dates, fc.constantFrom<TimeUnit>('year', 'month', 'day'), (list, unit) => {
        const edges = list.map((date) => (date === undefined ? {} : { date }));
        const from = periodOfDay(unit, dayNumber(2001, 0, 1));
        const to = periodOfDay(unit, dayNumber(2004, 11, 31));
        const h = periodHistogram(edges, unit, { from, to });
        for (const b of h.bins) {
          const bounds = rangeBounds({ from: b.period, to: b.period, unit });
          expect(b.count).toBe(edges.filter((e) => e.date !== undefined && edgeInRange(e, { from: b.period, to: b.period, unit }) && bounds.start < bounds.end).length);
        }
        expect(h.undated).toBe(list.filter((d) => d === undefined).length);
      }),
      { numRuns: 60 },
    );
  });

  it('spans the dated relations in any unit', () => {
    const edges = [{ date: '1979/1989' }, { date: '2024-12-17' }, { date: '2003/..' }, {}];
    expect(periodExtent(edges, 'month')).toEqual({ first: month(1979, 1), last: month(2024, 12) });
    expect(periodExtent(edges, 'day')).toEqual({ first: dayNumber(1979, 0, 1), last: dayNumber(2024, 11, 17) });
    expect(periodExtent([{}], 'month')).toBeNull();
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
