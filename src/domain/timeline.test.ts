import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, firstDayOf, lastDayOf, type TimeRange } from './analytics/time';
import type { GraphEdge } from './graph-contract';
import {
  axisTicks,
  clampRange,
  firstPlayFrame,
  MAX_PLAY_FRAMES,
  nextPlayFrame,
  playStep,
  rangeOf,
  rangeOutside,
  rangeText,
  readoutText,
  timelineSpan,
  yearStep,
} from './timeline';

const edge = (date?: string): GraphEdge => ({ id: `e-${date}`, source: 'a', target: 'b', type: 't', evidence: [{ sentenceId: 's', quote: 'q', start: 0, end: 1 }], ...(date ? { date } : {}) });
const month = (y: number, m: number) => y * 12 + m - 1;
const day = (y: number, m: number, d: number) => dayNumber(y, m - 1, d);

describe('timeline span', () => {
  it('runs from the earliest to the latest dated event, read by the month, its ends in words', () => {
    const span = timelineSpan([edge('1979'), edge('2003/..'), edge('2024-10-04'), edge('2024-07'), edge(), edge('1979/1989')]);
    expect(span).toEqual({ earliest: 1979, latest: 2024, unit: 'month', first: month(1979, 1), last: month(2024, 10), earliestLabel: '1979', latestLabel: 'Oct 2024' });
  });

  it('reads by the day when the data spans at most 18 months and its dates give days', () => {
    const span = timelineSpan([edge('2024-01-05'), edge('2025-06-20')])!;
    expect(span.unit).toBe('day');
    expect([span.first, span.last]).toEqual([day(2024, 1, 5), day(2025, 6, 20)]);
    expect([span.earliestLabel, span.latestLabel]).toEqual(['5 Jan 2024', '20 Jun 2025']);
    // 19 months: by the month.
    expect(timelineSpan([edge('2024-01-05'), edge('2025-07-01')])!.unit).toBe('month');
  });

  it('reads no finer than the dates: years only give years, months only give months', () => {
    expect(timelineSpan([edge('2001'), edge('2004')])).toMatchObject({ unit: 'year', first: 2001, last: 2004 });
    expect(timelineSpan([edge('2024-02'), edge('2024-05')])).toMatchObject({ unit: 'month', first: month(2024, 2), last: month(2024, 5) });
  });

  it('reads by the year beyond a century (a bar per month would be under a pixel)', () => {
    expect(timelineSpan([edge('1800-05-01'), edge('2024-10-04')])).toMatchObject({ unit: 'year', first: 1800, last: 2024, earliestLabel: '1800', latestLabel: '2024' });
  });

  it('is null when nothing is dated', () => {
    expect(timelineSpan([edge(), edge()])).toBeNull();
  });
});

describe('a range in words', () => {
  it('uses the coarsest words that say it exactly', () => {
    expect(rangeText({ from: month(2003, 1), to: month(2010, 12), unit: 'month' })).toBe('2003 – 2010');
    expect(rangeText({ from: 2015, to: 2015 })).toBe('2015');
    expect(rangeText({ from: month(2005, 3), to: month(2005, 6), unit: 'month' })).toBe('Mar – Jun 2005');
    expect(rangeText({ from: month(2005, 3), to: month(2007, 6), unit: 'month' })).toBe('Mar 2005 – Jun 2007');
    expect(rangeText({ from: month(2003, 1), to: month(2010, 6), unit: 'month' })).toBe('Jan 2003 – Jun 2010');
    expect(rangeText({ from: day(2024, 10, 4), to: day(2024, 10, 20), unit: 'day' })).toBe('4 – 20 Oct 2024');
    expect(rangeText({ from: day(2024, 9, 28), to: day(2024, 10, 4), unit: 'day' })).toBe('28 Sep – 4 Oct 2024');
    expect(rangeText({ from: day(2023, 12, 28), to: day(2024, 1, 4), unit: 'day' })).toBe('28 Dec 2023 – 4 Jan 2024');
    expect(rangeText({ from: day(2024, 10, 1), to: day(2024, 10, 31), unit: 'day' })).toBe('Oct 2024');
  });

  const span = { unit: 'month' as const, first: month(1979, 1) };

  it('says "All dates" for no range and "Only" for one period', () => {
    expect(readoutText(null, span)).toBe('All dates');
    expect(readoutText({ from: month(2015, 1), to: month(2015, 12), unit: 'month' }, span)).toBe('Only 2015');
    expect(readoutText({ from: month(2015, 3), to: month(2015, 3), unit: 'month' }, span)).toBe('Only Mar 2015');
  });

  it("runs to a story's day, not to all dates, when the graph stands as of that day", () => {
    expect(readoutText(null, span, '2024-10-05')).toBe('1979 – 5 Oct 2024');
    expect(readoutText({ from: month(2003, 5), to: month(2024, 12), unit: 'month' }, span, '2024-10-05')).toBe('May 2003 – 5 Oct 2024');
    // A range that ends before the day is all there.
    expect(readoutText({ from: 2003, to: 2010 }, span, '2024-10-05')).toBe('2003 – 2010');
  });
});

describe('the handles', () => {
  const span = { unit: 'month' as const, first: month(1979, 1), last: month(2024, 12) };

  it('show a range of another unit in the span’s, the whole span for none', () => {
    expect(clampRange({ from: 2001, to: 2021 }, span)).toEqual({ from: month(2001, 1), to: month(2021, 12), unit: 'month' });
    expect(clampRange(null, span)).toEqual({ from: span.first, to: span.last, unit: 'month' });
  });

  it('never give from > to for a range outside the data or reversed', () => {
    expect(clampRange({ from: 1500, to: 1600 }, span)).toEqual({ from: span.first, to: span.first, unit: 'month' });
    expect(clampRange({ from: 2050, to: 2060 }, span)).toEqual({ from: span.last, to: span.last, unit: 'month' });
    expect(clampRange({ from: 2010, to: 1990 }, span)).toEqual({ from: month(1990, 1), to: month(2010, 12), unit: 'month' });
    expect(clampRange({ from: 1900, to: 2100 }, span)).toEqual({ from: span.first, to: span.last, unit: 'month' });
  });

  it('tell a range that reaches outside the span', () => {
    expect(rangeOutside({ from: 2003, to: 2010 }, span)).toBe(false);
    expect(rangeOutside({ from: 1979, to: 2024 }, span)).toBe(false);
    expect(rangeOutside({ from: 1978, to: 2000 }, span)).toBe(true);
    expect(rangeOutside({ from: 2040, to: 2030 }, span)).toBe(true);
  });

  it('give no range when they take in the whole span', () => {
    expect(rangeOf(span.first, span.last, span)).toBeNull();
    expect(rangeOf(month(2010, 1), month(2003, 5), span)).toEqual({ from: month(2003, 5), to: month(2010, 1), unit: 'month' });
  });

  it('step a year with PageUp and PageDown: twelve months, the same day a year on, ten years', () => {
    expect(yearStep('month', month(2003, 5), 1)).toBe(month(2004, 5));
    expect(yearStep('day', day(2024, 10, 4), -1)).toBe(day(2023, 10, 4));
    expect(yearStep('day', day(2024, 2, 29), 1)).toBe(day(2025, 2, 28));
    expect(yearStep('year', 2003, 1)).toBe(2013);
  });
});

describe('play', () => {
  const frames = (range: TimeRange): TimeRange[] => {
    const out = [firstPlayFrame(range)];
    for (let f = nextPlayFrame(out[0]!, range); f; f = nextPlayFrame(f, range)) out.push(f);
    return out;
  };

  it('steps a year at a time through a long range, month by month through a short one', () => {
    const all = { from: month(1979, 1), to: month(2024, 12), unit: 'month' as const };
    expect(playStep(all)).toBe('year');
    expect(firstPlayFrame(all)).toEqual({ from: month(1979, 1), to: month(1979, 12), unit: 'month' });
    expect(frames(all)).toHaveLength(2024 - 1979 + 1);
    const short = { from: month(2021, 3), to: month(2022, 2), unit: 'month' as const };
    expect(playStep(short)).toBe('month');
    expect(frames(short).map((f) => f.from)).toEqual(Array.from({ length: 12 }, (_, k) => month(2021, 3) + k));
    expect(playStep({ from: day(2024, 9, 1), to: day(2024, 10, 15), unit: 'day' })).toBe('day');
  });

  it('stays inside the chosen range: the first and last frames are cut to it, and it ends there', () => {
    const chosen = { from: month(2003, 5), to: month(2010, 2), unit: 'month' as const };
    const list = frames(chosen);
    expect(list[0]).toEqual({ from: month(2003, 5), to: month(2003, 12), unit: 'month' });
    expect(list.at(-1)).toEqual({ from: month(2010, 1), to: month(2010, 2), unit: 'month' });
    expect(nextPlayFrame(list.at(-1)!, chosen)).toBeNull();
  });

  it('covers the chosen range once, frame after frame, in at most MAX_PLAY_FRAMES frames (property)', () => {
    const ranges = fc.oneof(
      fc.tuple(fc.integer({ min: month(1900, 1), max: month(2100, 1) }), fc.integer({ min: 0, max: 1300 })).map(([a, n]) => ({ from: a, to: a + n, unit: 'month' as const })),
      fc.tuple(fc.integer({ min: day(1990, 1, 1), max: day(2030, 1, 1) }), fc.integer({ min: 0, max: 600 })).map(([a, n]) => ({ from: a, to: a + n, unit: 'day' as const })),
      fc.tuple(fc.integer({ min: 1900, max: 2000 }), fc.integer({ min: 0, max: 40 })).map(([a, n]) => ({ from: a, to: a + n, unit: 'year' as const })),
    );
    fc.assert(
      fc.property(ranges, (range) => {
        const list = frames(range);
        const unit = range.unit;
        expect(list.length).toBeLessThanOrEqual(Math.max(MAX_PLAY_FRAMES, lastDayOf(unit, range.to) / 365 - firstDayOf(unit, range.from) / 365 + 2));
        expect(list[0]!.from).toBe(range.from);
        expect(list.at(-1)!.to).toBe(range.to);
        list.forEach((f, i) => {
          expect(f.from).toBeLessThanOrEqual(f.to);
          if (i > 0) expect(f.from).toBe(list[i - 1]!.to + 1);
        });
      }),
      { numRuns: 80 },
    );
  });
});

describe('the axis', () => {
  it('names the ends and round years between them, clear of the ends', () => {
    const span = timelineSpan([edge('1979/1989'), edge('2024-12-17')])!;
    const ticks = axisTicks(span);
    expect([ticks.first, ticks.last]).toEqual(['1979', 'Dec 2024']);
    expect(ticks.inner.map((t) => t.label)).toEqual(['1990', '2000', '2010']);
    for (const t of ticks.inner) expect(t.at).toBeGreaterThan(0.12);
    // 1990 starts 132 months into the 552.
    expect(ticks.inner[0]!.at).toBeCloseTo(132 / 552, 10);
  });

  it('names months for data read by the day', () => {
    const span = timelineSpan([edge('2024-09-23'), edge('2025-03-02')])!;
    expect(span.unit).toBe('day');
    expect(axisTicks(span).inner.map((t) => t.label)).toEqual(['Nov', '2025']);
  });
});
