/**
 * Time: the contract's EDTF `date` strings as numeric intervals, the time-range filter,
 * the per-year histogram of the timeline and the extent of the data.
 *
 * Intervals are half-open [start, end) in fractional years: "2024" → [2024, 2025),
 * "2024-07" → [2024.5, 2024.583…), "2024-10-04" → that day's slice of 2024,
 * "1979/1989" → [1979, 1990), "2003/.." → [2003, +∞), "../2010" → [−∞, 2011).
 * A year range {from, to} is inclusive of both years: {2003, 2003} is the whole of 2003.
 */
import type { GraphEdge } from '../graph-contract';

export interface DateInterval {
  /** Inclusive start in fractional years (−Infinity when open). */
  start: number;
  /** Exclusive end in fractional years (+Infinity when open: "since 2003"). */
  end: number;
}

/** Inclusive range of whole years, e.g. { from: 2003, to: 2010 }. */
export interface YearRange {
  from: number;
  to: number;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isLeap(year: number): boolean {
  return daysInMonth(year, 2) === 29;
}

/** One calendar date (YYYY, YYYY-MM or YYYY-MM-DD) → its interval; null if invalid. */
function parseDate(text: string): DateInterval | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { start: year, end: year + 1 };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { start: year + (month - 1) / 12, end: year + month / 12 };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const days = isLeap(year) ? 366 : 365;
  const dayOfYear = (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  return { start: year + (dayOfYear - 1) / days, end: year + dayOfYear / days };
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

export interface TimeFilterOptions {
  /** Keep relations without a (parsable) date. Default true: undated is not "outside the range". */
  keepUndated?: boolean;
}

/**
 * Whether a relation's time overlaps the year range. Open intervals ("since 2003") count as
 * present in every later year; "../2010" in every earlier one.
 */
export function edgeInRange(edge: Pick<GraphEdge, 'date'>, range: YearRange, options: TimeFilterOptions = {}): boolean {
  const interval = edgeInterval(edge);
  if (!interval) return options.keepUndated ?? true;
  return interval.start < range.to + 1 && interval.end > range.from;
}

/** Ids of the relations in the year range (see {@link edgeInRange}). */
export function edgesInRange(edges: readonly GraphEdge[], range: YearRange, options: TimeFilterOptions = {}): Set<string> {
  const out = new Set<string>();
  for (const e of edges) if (edgeInRange(e, range, options)) out.add(e.id);
  return out;
}

/** First and last calendar year an interval touches, clamped to [lo, hi] (open ends reach them). */
function yearsOf(interval: DateInterval, lo: number, hi: number): [number, number] {
  const first = interval.start === -Infinity ? lo : Math.max(lo, Math.floor(interval.start));
  const last = interval.end === Infinity ? hi : Math.min(hi, Math.ceil(interval.end) - 1);
  return [first, last];
}

export interface TimeExtent {
  earliest: number;
  latest: number;
}

/**
 * Earliest and latest calendar year the dated relations mention (an open start or end adds
 * its known year only). Null when no relation is dated.
 */
export function timeExtent(edges: readonly Pick<GraphEdge, 'date'>[]): TimeExtent | null {
  let earliest = Infinity;
  let latest = -Infinity;
  for (const e of edges) {
    const i = edgeInterval(e);
    if (!i) continue;
    const years: number[] = [];
    if (i.start !== -Infinity) years.push(Math.floor(i.start));
    if (i.end !== Infinity) years.push(Math.ceil(i.end) - 1);
    for (const y of years) {
      earliest = Math.min(earliest, y);
      latest = Math.max(latest, y);
    }
  }
  return Number.isFinite(earliest) ? { earliest, latest } : null;
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
 * Relations per year for the timeline, from `from` to `to` (default: {@link timeExtent}).
 * A relation counts in every year its interval covers; open intervals run to `to`
 * (the latest year of the data by default) or from `from`.
 */
export function yearHistogram(edges: readonly Pick<GraphEdge, 'date'>[], range?: Partial<YearRange>): YearHistogram {
  const extent = range?.from !== undefined && range.to !== undefined ? null : timeExtent(edges);
  const from = range?.from ?? extent?.earliest;
  const to = range?.to ?? extent?.latest;
  let undated = 0;
  if (from === undefined || to === undefined || to < from) {
    for (const e of edges) if (!edgeInterval(e)) undated++;
    return { bins: [], undated };
  }
  const counts = new Array<number>(to - from + 1).fill(0);
  for (const e of edges) {
    const i = edgeInterval(e);
    if (!i) {
      undated++;
      continue;
    }
    const [first, last] = yearsOf(i, from, to);
    for (let y = first; y <= last; y++) counts[y - from]!++;
  }
  return { bins: counts.map((count, k) => ({ year: from + k, count })), undated };
}

/** The sum of histograms over the same years (e.g. one per relation type): what their relations together give. */
export function addHistograms(histograms: readonly YearHistogram[]): YearHistogram {
  const first = histograms.find((h) => h.bins.length > 0);
  const bins = first ? first.bins.map((b) => ({ year: b.year, count: 0 })) : [];
  let undated = 0;
  for (const h of histograms) {
    undated += h.undated;
    h.bins.forEach((b, i) => {
      if (bins[i]) bins[i].count += b.count;
    });
  }
  return { bins, undated };
}
