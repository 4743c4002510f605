/**
 * Time: the contract's EDTF `date` strings as numeric intervals, the time-range filter, the
 * timeline's histogram (per year, month or day) and the extent of the data.
 *
 * Intervals are half-open [start, end) in fractional years and every boundary is the start of a
 * day: "2024" → [2024, 2025), "2024-07" → 1 July to 1 August 2024 (2024 + 182/366 …
 * 2024 + 213/366), "2024-10-04" → that day's slice of 2024, "1979/1989" → [1979, 1990),
 * "2003/.." → [2003, +∞), "../2010" → [−∞, 2011). A month is cut at its first day, not at a
 * twelfth of the year, so that a day, its month and its year nest exactly.
 *
 * A range {from, to, unit} holds whole periods, both ends included: {2003, 2003} is the whole of
 * 2003. Periods are numbered per unit: a year by itself (the default unit), a month as
 * year × 12 + month − 1 (May 2003 → 24040), a day as days since 1 January 1970.
 */
import type { GraphEdge } from '../graph-contract';

export interface DateInterval {
  /** Inclusive start in fractional years (−Infinity when open). */
  start: number;
  /** Exclusive end in fractional years (+Infinity when open: "since 2003"). */
  end: number;
}

/** Coarsest first. */
export const TIME_UNITS = ['year', 'month', 'day'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** Whole periods, both ends included: years by default, months or days when `unit` says so. */
export interface TimeRange {
  from: number;
  to: number;
  unit?: TimeUnit;
}

/** The name this range had when it could only hold years (still what a range without unit is). */
export type YearRange = TimeRange;

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days since 1970-01-01 of a calendar day (month from 0; a day past the month's end rolls over). */
export function dayNumber(year: number, month0: number, day: number): number {
  // setUTCFullYear, not Date.UTC: the latter reads years 0–99 as 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month0, day);
  return Math.round(d.getTime() / DAY_MS);
}

/** The calendar date of a day number. */
export function dateOfDay(n: number): { year: number; month0: number; day: number } {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month0: d.getUTCMonth(), day: d.getUTCDate() };
}

function daysInYear(year: number): number {
  return dayNumber(year + 1, 0, 1) - dayNumber(year, 0, 1);
}

function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month, 1) - dayNumber(year, month - 1, 1);
}

/** Where a calendar day starts, in fractional years (every boundary of this module comes from here). */
function dayStart(year: number, month0: number, day: number): number {
  return year + (dayNumber(year, month0, day) - dayNumber(year, 0, 1)) / daysInYear(year);
}

/** The day that starts at t (t a boundary made by dayStart). */
function dayAt(t: number): number {
  const year = Math.floor(t);
  return dayNumber(year, 0, 1) + Math.round((t - year) * daysInYear(year));
}

/** One calendar date (YYYY, YYYY-MM or YYYY-MM-DD) → its interval; null if invalid. */
function parseDate(text: string): DateInterval | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { start: year, end: year + 1 };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { start: dayStart(year, month - 1, 1), end: dayStart(year, month, 1) };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { start: dayStart(year, month - 1, day), end: dayStart(year, month - 1, day + 1) };
}

/**
 * Parses an EDTF date or interval of the contract (YYYY, YYYY-MM, YYYY-MM-DD, A/B, A/.., ../B).
 * Returns null for anything else, for an interval that ends before it starts, and for
 * ".." or "../.." (no information).
 */
export function parseEdtf(date: string): DateInterval | null {
  const parts = date.split('/');
  if (parts.length === 1) return parseDate(date);
  if (parts.length !== 2) return null;
  const [a, b] = parts as [string, string];
  if (a === '..' && b === '..') return null;
  const start = a === '..' ? -Infinity : parseDate(a)?.start;
  const end = b === '..' ? Infinity : parseDate(b)?.end;
  if (start === undefined || end === undefined || !(start < end)) return null;
  return { start, end };
}

const cache = new Map<string, DateInterval | null>();

/** The interval of a relation's `date` (cached per string); null when undated or unparsable. */
export function edgeInterval(edge: Pick<GraphEdge, 'date'>): DateInterval | null {
  const date = edge.date;
  if (date === undefined) return null;
  let interval = cache.get(date);
  if (interval === undefined) {
    interval = parseEdtf(date);
    if (cache.size > 10_000) cache.clear();
    cache.set(date, interval);
  }
  return interval;
}

// ---------- Periods ----------

/** The period of a unit that holds a day. */
export function periodOfDay(unit: TimeUnit, n: number): number {
  if (unit === 'day') return n;
  const { year, month0 } = dateOfDay(n);
  return unit === 'year' ? year : year * 12 + month0;
}

/** The first day of a period. */
export function firstDayOf(unit: TimeUnit, p: number): number {
  if (unit === 'day') return p;
  if (unit === 'year') return dayNumber(p, 0, 1);
  const year = Math.floor(p / 12);
  return dayNumber(year, p - year * 12, 1);
}

/** The last day of a period. */
export function lastDayOf(unit: TimeUnit, p: number): number {
  return firstDayOf(unit, p + 1) - 1;
}

/** Where a period starts, in fractional years (an infinite period number stays infinite). */
export function periodStart(unit: TimeUnit, p: number): number {
  if (!Number.isFinite(p) || unit === 'year') return p;
  const { year, month0, day } = dateOfDay(firstDayOf(unit, p));
  return dayStart(year, month0, day);
}

/** The first and last period of a unit that an interval touches (open ends stay infinite). */
export function periodsOf(interval: DateInterval, unit: TimeUnit): [number, number] {
  const first = interval.start === -Infinity ? -Infinity : periodOfDay(unit, dayAt(interval.start));
  const last = interval.end === Infinity ? Infinity : periodOfDay(unit, dayAt(interval.end) - 1);
  return [first, last];
}

const spans = new Map<string, [number, number] | null>();

/** The periods a date touches, cached per unit and string (a graph has few distinct dates). */
export function periodsOfDate(date: string | undefined, unit: TimeUnit): [number, number] | null {
  if (date === undefined) return null;
  const key = `${unit}|${date}`;
  let span = spans.get(key);
  if (span === undefined) {
    const interval = edgeInterval({ date });
    span = interval && periodsOf(interval, unit);
    if (spans.size > 30_000) spans.clear();
    spans.set(key, span);
  }
  return span;
}

/** The same stretch of time in another unit: exact towards a finer one, widened to whole periods towards a coarser one. */
export function rangeIn(range: TimeRange, unit: TimeUnit): TimeRange {
  const own = range.unit ?? 'year';
  if (own === unit) return { from: range.from, to: range.to, unit };
  const from = Number.isFinite(range.from) ? periodOfDay(unit, firstDayOf(own, range.from)) : range.from;
  const to = Number.isFinite(range.to) ? periodOfDay(unit, lastDayOf(own, range.to)) : range.to;
  return { from, to, unit };
}

/** A range as a half-open interval in fractional years. */
export function rangeBounds(range: TimeRange): DateInterval {
  const unit = range.unit ?? 'year';
  return { start: periodStart(unit, range.from), end: periodStart(unit, range.to + 1) };
}

/** Equal ranges: same unit, same ends. */
export function sameRange(a: TimeRange | null, b: TimeRange | null): boolean {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to && (a.unit ?? 'year') === (b.unit ?? 'year'));
}

/**
 * The same range in the coarsest unit that gives it exactly: January 2003 to December 2010 in
 * months is 2003 – 2010 in years; 1 to 31 October in days is October.
 */
export function simplestRange(range: TimeRange): TimeRange {
  const own = range.unit ?? 'year';
  const first = firstDayOf(own, range.from);
  const last = lastDayOf(own, range.to);
  for (const unit of TIME_UNITS) {
    if (unit === own) break;
    const r = rangeIn(range, unit);
    if (firstDayOf(unit, r.from) === first && lastDayOf(unit, r.to) === last) return r;
  }
  return { from: range.from, to: range.to, unit: own };
}

/** A period as EDTF: "2003", "2003-05", "2003-05-04". */
export function periodEdtf(unit: TimeUnit, p: number): string {
  const { year, month0, day } = dateOfDay(firstDayOf(unit, p));
  const parts = [String(year).padStart(4, '0')];
  if (unit !== 'year') parts.push(String(month0 + 1).padStart(2, '0'));
  if (unit === 'day') parts.push(String(day).padStart(2, '0'));
  return parts.join('-');
}

/** "2003" / "2003-05" / "2003-05-04" → its unit and period; null when not a calendar date. */
export function periodFromEdtf(text: string): { unit: TimeUnit; period: number } | null {
  const m = DATE.exec(text);
  if (!m || !parseDate(text)) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { unit: 'year', period: year };
  const month0 = Number(m[2]) - 1;
  if (m[3] === undefined) return { unit: 'month', period: year * 12 + month0 };
  return { unit: 'day', period: dayNumber(year, month0, Number(m[3])) };
}

/** The finer of two units. */
export function finerUnit(a: TimeUnit, b: TimeUnit): TimeUnit {
  return TIME_UNITS.indexOf(a) >= TIME_UNITS.indexOf(b) ? a : b;
}

/** The coarser of two units. */
export function coarserUnit(a: TimeUnit, b: TimeUnit): TimeUnit {
  return TIME_UNITS.indexOf(a) <= TIME_UNITS.indexOf(b) ? a : b;
}

// ---------- The filter ----------

export interface TimeFilterOptions {
  /** Keep relations without a (parsable) date. Default true: undated is not "outside the range". */
  keepUndated?: boolean;
}

/** Whether an interval overlaps bounds made by {@link rangeBounds}. */
export function overlaps(interval: DateInterval, bounds: DateInterval): boolean {
  return interval.start < bounds.end && interval.end > bounds.start;
}

/**
 * Whether a relation's time overlaps the range. Open intervals ("since 2003") count as present
 * in every later period; "../2010" in every earlier one.
 */
export function edgeInRange(edge: Pick<GraphEdge, 'date'>, range: TimeRange, options: TimeFilterOptions = {}): boolean {
  const interval = edgeInterval(edge);
  if (!interval) return options.keepUndated ?? true;
  return overlaps(interval, rangeBounds(range));
}

/** Ids of the relations in the range (see {@link edgeInRange}). */
export function edgesInRange(edges: readonly GraphEdge[], range: TimeRange, options: TimeFilterOptions = {}): Set<string> {
  const bounds = rangeBounds(range);
  const keepUndated = options.keepUndated ?? true;
  const out = new Set<string>();
  for (const e of edges) {
    const interval = edgeInterval(e);
    if (interval ? overlaps(interval, bounds) : keepUndated) out.add(e.id);
  }
  return out;
}

// ---------- Extent and histogram ----------

export interface TimeExtent {
  earliest: number;
  latest: number;
}

/**
 * The first and last period of a unit that the dated relations mention (an open start or end
 * adds its known end only). Null when no relation is dated.
 */
export function periodExtent(edges: readonly Pick<GraphEdge, 'date'>[], unit: TimeUnit): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  // A graph has few distinct dates: each is read once.
  for (const date of new Set(edges.map((e) => e.date))) {
    const span = periodsOfDate(date, unit);
    if (!span) continue;
    for (const p of span) {
      if (!Number.isFinite(p)) continue;
      first = Math.min(first, p);
      last = Math.max(last, p);
    }
  }
  return Number.isFinite(first) ? { first, last } : null;
}

/** Earliest and latest calendar year the dated relations mention. Null when no relation is dated. */
export function timeExtent(edges: readonly Pick<GraphEdge, 'date'>[]): TimeExtent | null {
  const extent = periodExtent(edges, 'year');
  return extent && { earliest: extent.first, latest: extent.last };
}

export interface YearBin {
  year: number;
  /** Relations present in that year. */
  count: number;
}

export interface YearHistogram {
  bins: YearBin[];
  /** Relations without a parsable date (not in any bin). */
  undated: number;
}

/**
 * Relations per year, from `from` to `to` (default: {@link timeExtent}). A relation counts in
 * every year its interval covers; open intervals run to `to` or from `from`.
 */
export function yearHistogram(edges: readonly Pick<GraphEdge, 'date'>[], range?: Partial<Pick<TimeRange, 'from' | 'to'>>): YearHistogram {
  const extent = range?.from !== undefined && range.to !== undefined ? null : timeExtent(edges);
  const from = range?.from ?? extent?.earliest ?? 0;
  const to = range?.to ?? extent?.latest ?? -1;
  const h = periodHistogram(edges, 'year', { from, to });
  return { bins: h.bins.map((b) => ({ year: b.period, count: b.count })), undated: h.undated };
}

export interface PeriodBin {
  /** The period's number in the histogram's unit. */
  period: number;
  /** Relations present in that period. */
  count: number;
}

export interface Histogram<B extends { count: number }> {
  bins: B[];
  /** Relations without a parsable date (not in any bin). */
  undated: number;
}

/**
 * Relations per period of a unit, from period `from` to `to` (one bin each; none when to < from).
 * A relation counts in every period its interval touches; open intervals run to the ends.
 * One pass: each relation adds one at its first period and takes it back after its last.
 */
export function periodHistogram(edges: readonly Pick<GraphEdge, 'date'>[], unit: TimeUnit, range: { from: number; to: number }): Histogram<PeriodBin> {
  const { from, to } = range;
  const n = to >= from ? to - from + 1 : 0;
  const delta = new Array<number>(n + 1).fill(0);
  let undated = 0;
  for (const e of edges) {
    const span = periodsOfDate(e.date, unit);
    if (!span) {
      undated++;
      continue;
    }
    const first = Math.max(from, span[0]);
    const last = Math.min(to, span[1]);
    if (first > last) continue;
    delta[first - from]!++;
    delta[last - from + 1]!--;
  }
  const bins: PeriodBin[] = [];
  let count = 0;
  for (let k = 0; k < n; k++) {
    count += delta[k]!;
    bins.push({ period: from + k, count });
  }
  return { bins, undated };
}

/** The sum of histograms over the same periods (e.g. one per relation type): what their relations together give. */
export function addHistograms<B extends { count: number }>(histograms: readonly Histogram<B>[]): Histogram<B> {
  const first = histograms.find((h) => h.bins.length > 0);
  const bins = first ? first.bins.map((b) => ({ ...b, count: 0 })) : [];
  let undated = 0;
  for (const h of histograms) {
    undated += h.undated;
    h.bins.forEach((b, i) => {
      if (bins[i]) bins[i].count += b.count;
    });
  }
  return { bins, undated };
}
