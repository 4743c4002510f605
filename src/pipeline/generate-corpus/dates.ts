// Time words of the synthetic articles: a kind of expression ("Friday", "last week", "in 2017",
// "since 2003", "three years ago", …) drawn at random and resolved against the publication day into
// the words, an EDTF date and its precision, as the pipeline's date resolver would read them.
import type { ClaimStatus } from '../../domain/graph-contract';
import type { Rng } from './prng';

export type Precision = 'day' | 'week' | 'month' | 'year' | 'decade' | 'interval';

export interface RenderedWhen {
  /** The article's words, e.g. "Friday", "last week", "since 2003". */
  text: string;
  /** EDTF. */
  date: string;
  precision: Precision;
  /** Words a date parser may not know ("three years ago"): the annotation states the date too. */
  explicit: boolean;
}

export type DateKind = 'weekday' | 'last-week' | 'month' | 'year' | 'since' | 'years-ago' | 'decade' | 'between' | 'none';
export const DATE_WEIGHTS: Array<[DateKind, number]> = [
  ['weekday', 26],
  ['last-week', 8],
  ['month', 10],
  ['year', 14],
  ['since', 7],
  ['years-ago', 5],
  ['decade', 4],
  ['between', 3],
  ['none', 23],
];
export const DATES_BY_STATUS: Record<ClaimStatus, ReadonlySet<DateKind>> = {
  asserted: new Set(['weekday', 'last-week', 'month', 'year', 'since', 'years-ago', 'decade', 'between']),
  alleged: new Set(['weekday', 'last-week', 'month', 'year', 'years-ago', 'decade', 'between']),
  decided: new Set(['weekday', 'last-week', 'month', 'year', 'years-ago']),
  announced: new Set(['weekday', 'last-week', 'month', 'year', 'years-ago']),
  planned: new Set(),
  hoped: new Set(),
  denied: new Set(),
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
export const DAY_MS = 86_400_000;
export const FIRST_DAY = Date.UTC(1981, 0, 1) / DAY_MS;
export const LAST_DAY = Date.UTC(2024, 11, 31) / DAY_MS;
const EARLIEST_YEAR = 1979;

export function pick<T>(rng: Rng, table: ReadonlyArray<[T, number]>): T {
  return table[rng.weighted(table.map(([, w]) => w))]![0];
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Resolves a kind of time expression against the publication day into words, EDTF and precision. */
export function drawWhen(rng: Rng, kind: DateKind, published: number): RenderedWhen | undefined {
  const pub = new Date(published * DAY_MS);
  const year = pub.getUTCFullYear();
  const yearBefore = (): number => rng.range(EARLIEST_YEAR, year - 1);
  switch (kind) {
    case 'none':
      return undefined;
    case 'weekday': {
      const day = published - rng.range(1, 6);
      return { text: WEEKDAYS[new Date(day * DAY_MS).getUTCDay()]!, date: isoDay(day), precision: 'day', explicit: false };
    }
    case 'last-week': {
      const monday = published - ((pub.getUTCDay() + 6) % 7) - 7;
      return { text: 'last week', date: `${isoDay(monday)}/${isoDay(monday + 6)}`, precision: 'week', explicit: false };
    }
    case 'month': {
      const back = rng.range(1, 11);
      const m0 = pub.getUTCMonth() - back;
      const y = m0 < 0 ? year - 1 : year;
      const m = (m0 + 12) % 12;
      return { text: `in ${MONTHS[m]}`, date: `${y}-${pad2(m + 1)}`, precision: 'month', explicit: false };
    }
    case 'year': {
      const y = yearBefore();
      return { text: `in ${y}`, date: String(y), precision: 'year', explicit: false };
    }
    case 'since': {
      const y = yearBefore();
      return { text: `since ${y}`, date: `${y}/..`, precision: 'interval', explicit: false };
    }
    case 'years-ago': {
      const n = rng.range(2, 10);
      if (year - n < EARLIEST_YEAR) return drawWhen(rng, 'year', published);
      return { text: `${NUMBERS[n]} years ago`, date: String(year - n), precision: 'year', explicit: true };
    }
    case 'decade': {
      const lastDecade = Math.floor(year / 10) * 10 - 10;
      if (lastDecade < 1980) return drawWhen(rng, 'year', published);
      const decade = 1980 + 10 * rng.int((lastDecade - 1980) / 10 + 1);
      return { text: `in the ${decade}s`, date: `${decade}/${decade + 9}`, precision: 'decade', explicit: false };
    }
    case 'between': {
      if (year - 2 < EARLIEST_YEAR) return drawWhen(rng, 'year', published);
      const from = rng.range(EARLIEST_YEAR, year - 2);
      const to = rng.range(from + 1, year - 1);
      return { text: `between ${from} and ${to}`, date: `${from}/${to}`, precision: 'interval', explicit: true };
    }
  }
}
