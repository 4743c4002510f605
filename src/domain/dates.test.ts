import { describe, expect, it } from 'vitest';
import { edtfPrecision, resolveTimeExpression } from './dates';

// 2024-10-05 is a Saturday (the seed article's publication date).
const SAT = '2024-10-05';

describe('resolveTimeExpression', () => {
  const cases: Array<[words: string, anchor: string, date: string, precision: string]> = [
    ['Friday', SAT, '2024-10-04', 'day'],
    ['on Thursday', SAT, '2024-10-03', 'day'],
    ['Friday’s', SAT, '2024-10-04', 'day'],
    ['Saturday', SAT, '2024-10-05', 'day'], // the anchor's own weekday is the same day
    ['on Saturday', SAT, '2024-10-05', 'day'],
    ['last Saturday', SAT, '2024-09-28', 'day'], // "last" is strictly before the anchor day
    ['this past Saturday', SAT, '2024-09-28', 'day'],
    ['on Thursday', '2024-07-04', '2024-07-04', 'day'], // "Putin said in Astana on Thursday", a Thursday article
    ['last Sunday', SAT, '2024-09-29', 'day'],
    ['next Monday', SAT, '2024-10-07', 'day'],
    ['next Saturday', SAT, '2024-10-12', 'day'],
    ['today', SAT, '2024-10-05', 'day'],
    ['yesterday', SAT, '2024-10-04', 'day'],
    ['yesterday', '2024-03-01', '2024-02-29', 'day'], // leap year
    ['last week', SAT, '2024-09-23/2024-09-29', 'week'],
    ['this week', SAT, '2024-09-30/2024-10-06', 'week'],
    ['earlier this week', SAT, '2024-09-30/2024-10-06', 'week'],
    ['last week', '2024-01-03', '2023-12-25/2023-12-31', 'week'],
    ['last month', SAT, '2024-09', 'month'],
    ['last month', '2024-01-15', '2023-12', 'month'],
    ['this month', SAT, '2024-10', 'month'],
    ['last year', SAT, '2023', 'year'],
    ['in July', SAT, '2024-07', 'month'],
    ['July', SAT, '2024-07', 'month'],
    ['in October', SAT, '2024-10', 'month'], // the anchor month itself is not after the anchor
    ['in November', SAT, '2023-11', 'month'],
    ['Sept.', SAT, '2024-09', 'month'],
    ['July 2017', SAT, '2017-07', 'month'],
    ['Oct. 4', SAT, '2024-10-04', 'day'],
    ['December 25', SAT, '2023-12-25', 'day'],
    ['4 July 2019', SAT, '2019-07-04', 'day'],
    ['in 2017', SAT, '2017', 'year'],
    ['2017', SAT, '2017', 'year'],
    ['since 2003', SAT, '2003/..', 'interval'],
    ['since July', SAT, '2024-07/..', 'interval'],
    ['until 2021', SAT, '../2021', 'interval'],
    ['from 2001 to 2021', SAT, '2001/2021', 'interval'],
    ['between 1979 and 1989', SAT, '1979/1989', 'interval'],
    ['in the 1990s', SAT, '1990/1999', 'decade'],
    ['three years ago', SAT, '2021', 'year'],
    ['3 years ago', SAT, '2021', 'year'],
    ['twenty years ago', SAT, '2004', 'year'],
    ['a decade later', '1979', '1989', 'year'],
    ['two decades later', '1979', '1999', 'year'],
    ['a year earlier', '1979', '1978', 'year'],
    ['two days ago', SAT, '2024-10-03', 'day'],
    ['two weeks ago', SAT, '2024-09-16/2024-09-22', 'week'],
    ['eleven months ago', SAT, '2023-11', 'month'],
  ];

  it.each(cases)('%s (anchor %s) → %s, precision %s', (words, anchor, date, precision) => {
    expect(resolveTimeExpression(words, anchor)).toEqual({ ok: true, date, precision });
  });

  const failures: Array<[words: string, anchor: string, error: RegExp]> = [
    ['recent', SAT, /not a date.*leave `when` out/],
    ['soon', SAT, /not a date/],
    ['20 years of war', SAT, /cannot resolve "20 years of war".*explicit `date`/],
    ['Friday', '1979', /needs a day.*anchor 1979 is a year/],
    ['last month', '1979', /needs a month/],
    ['February 30, 2023', SAT, /not a calendar day/],
    ['Friday', 'next week', /anchor "next week" is not an EDTF/],
    ['', SAT, /empty/],
  ];

  it.each(failures)('%s (anchor %s) is an error', (words, anchor, error) => {
    const result = resolveTimeExpression(words, anchor);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});

describe('edtfPrecision', () => {
  it.each([
    ['2024-10-04', 'day'],
    ['2024-07', 'month'],
    ['2021', 'year'],
    ['2003/..', 'interval'],
    ['1979/1989', 'interval'],
    ['../2021', 'interval'],
  ])('%s is %s', (date, precision) => {
    expect(edtfPrecision(date)).toBe(precision);
  });

  it.each(['2024-13', '2023-02-29', '1989/1979', '../..', 'July', '24-10-04', '2024/2025/2026'])('rejects %s', (date) => {
    expect(edtfPrecision(date)).toBeUndefined();
  });
});
