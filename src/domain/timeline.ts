// The timeline's own logic: the span of the data and the unit it is read in (days, months or
// years), the range and its ends in words, the axis ticks, the frames "play" steps through and
// the keyboard's year steps. The filtering itself is analytics/time.ts.
import {
  coarserUnit,
  dateOfDay,
  dayNumber,
  finerUnit,
  firstDayOf,
  lastDayOf,
  periodEdtf,
  periodFromEdtf,
  periodOfDay,
  periodsOfDate,
  rangeBounds,
  rangeIn,
  simplestRange,
  timeExtent,
  TIME_UNITS,
  periodStart,
  type TimeExtent,
  type TimeRange,
  type TimeUnit,
} from './analytics/time';
import { formatEdtf, MONTHS } from './edtf-format';
import type { GraphEdge } from './graph-contract';

/** Data spanning at most this many months is read by the day (where its dates give days). */
export const DAY_SPAN_MONTHS = 18;
/** Data spanning more months than this is read by the year (one bar per month would be under a pixel). */
export const MONTH_SPAN_MONTHS = 1200;
/** Play takes at most this many frames: a range too long for one frame a day steps by month, then by year. */
export const MAX_PLAY_FRAMES = 60;

export interface TimelineSpan extends TimeExtent {
  /** What the range is chosen in and the bars count: the finest the dates give, within the span's limits. */
  unit: TimeUnit;
  /** First and last period (of unit) that a dated relation touches. */
  first: number;
  last: number;
  /** The earliest and latest dated events in words, no finer than their dates or the unit. */
  earliestLabel: string;
  latestLabel: string;
}

/** "2003" → year, "2003-05" → month, "2003-05-04" → day. */
function unitOfText(text: string): TimeUnit {
  return periodFromEdtf(text)?.unit ?? 'year';
}

/** A period in words: "2003", "May 2003", "4 May 2003". */
export function periodLabel(unit: TimeUnit, p: number): string {
  return formatEdtf(periodEdtf(unit, p));
}

interface Bound {
  day: number;
  text: string;
}

/** The span of the dated relations and the unit it is read in; null when nothing is dated. */
export function timelineSpan(edges: readonly GraphEdge[]): TimelineSpan | null {
  const extent = timeExtent(edges);
  if (!extent) return null;
  let precision: TimeUnit = 'year';
  let first: Bound | null = null;
  let last: Bound | null = null;
  // A graph has few distinct dates: each is read once.
  for (const date of new Set(edges.map((e) => e.date))) {
    const days = date === undefined ? null : periodsOfDate(date, 'day');
    if (!date || !days) continue;
    const [a, b = a] = date.split('/') as [string, string?];
    const [startDay, endDay] = days;
    for (const [text, day] of [[a, startDay], [b, endDay]] as const) {
      if (text === '..' || !Number.isFinite(day)) continue;
      precision = finerUnit(precision, unitOfText(text));
      if (!first || day < first.day) first = { day, text };
      if (!last || day > last.day) last = { day, text };
    }
  }
  if (!first || !last) return null;
  const months = periodOfDay('month', last.day) - periodOfDay('month', first.day) + 1;
  const bySpan: TimeUnit = months <= DAY_SPAN_MONTHS ? 'day' : months <= MONTH_SPAN_MONTHS ? 'month' : 'year';
  const unit = coarserUnit(bySpan, precision);
  const label = (b: Bound) => {
    const u = coarserUnit(unit, unitOfText(b.text));
    return periodLabel(u, periodOfDay(u, b.day));
  };
  return {
    ...extent,
    unit,
    first: periodOfDay(unit, first.day),
    last: periodOfDay(unit, last.day),
    earliestLabel: label(first),
    latestLabel: label(last),
  };
}

/**
 * A range in words, in the coarsest unit that says it exactly: "2003 – 2010", "2015",
 * "Mar – Jun 2005", "Mar 2005 – Jun 2007", "4 – 20 Oct 2024", "28 Sep – 4 Oct 2024".
 */
export function rangeText(range: TimeRange): string {
  const r = simplestRange(range);
  const unit = r.unit ?? 'year';
  if (r.from === r.to) return periodLabel(unit, r.from);
  if (unit === 'year') return `${r.from} – ${r.to}`;
  const a = dateOfDay(firstDayOf(unit, r.from));
  const b = dateOfDay(firstDayOf(unit, r.to));
  if (unit === 'month') {
    return a.year === b.year ? `${MONTHS[a.month0]} – ${MONTHS[b.month0]} ${b.year}` : `${periodLabel(unit, r.from)} – ${periodLabel(unit, r.to)}`;
  }
  if (a.year !== b.year) return `${periodLabel(unit, r.from)} – ${periodLabel(unit, r.to)}`;
  if (a.month0 === b.month0) return `${a.day} – ${b.day} ${MONTHS[b.month0]} ${b.year}`;
  return `${a.day} ${MONTHS[a.month0]} – ${b.day} ${MONTHS[b.month0]} ${b.year}`;
}

/** The start of a period in the coarsest words that name that day: 1 Jan 1979 → "1979". */
function startText(unit: TimeUnit, p: number): string {
  const day = firstDayOf(unit, p);
  const u = TIME_UNITS.find((c) => firstDayOf(c, periodOfDay(c, day)) === day) ?? unit;
  return periodLabel(u, periodOfDay(u, day));
}

/**
 * What the timeline's readout says the graph shows: "All dates", "Only 2015", "2003 – 2010", and
 * with a story's day (asOf, YYYY-MM-DD) the stretch up to it: "1979 – 5 Oct 2024".
 */
export function readoutText(range: TimeRange | null, span: Pick<TimelineSpan, 'unit' | 'first'>, asOf: string | null = null): string {
  const asOfPeriod = asOf ? periodFromEdtf(asOf) : null;
  if (asOfPeriod?.unit === 'day') {
    const from = range ?? { from: span.first, to: span.first, unit: span.unit };
    const unit = from.unit ?? 'year';
    const endsAfter = range === null || lastDayOf(unit, range.to) >= asOfPeriod.period;
    const startsBefore = firstDayOf(unit, from.from) <= asOfPeriod.period;
    if (endsAfter && startsBefore) return `${startText(unit, from.from)} – ${periodLabel('day', asOfPeriod.period)}`;
  }
  if (!range) return 'All dates';
  const r = simplestRange(range);
  return r.from === r.to ? `Only ${rangeText(r)}` : rangeText(r);
}

/**
 * The range the handles show, in the span's unit: a range from the URL may be in another unit,
 * lie partly or wholly outside the data (years=1500-1600) or be reversed; both ends are clamped
 * to the span, from ≤ to. No range: the whole span.
 */
export function clampRange(range: TimeRange | null, span: Pick<TimelineSpan, 'unit' | 'first' | 'last'>): Required<TimeRange> {
  const { unit, first, last } = span;
  if (!range) return { from: first, to: last, unit };
  const r = rangeIn(range.from <= range.to ? range : { ...range, from: range.to, to: range.from }, unit);
  const clamp = (p: number) => Math.min(last, Math.max(first, p));
  return { from: clamp(r.from), to: clamp(r.to), unit };
}

/** Whether a range reaches before or after the span (the handles could not show it). */
export function rangeOutside(range: TimeRange, span: Pick<TimelineSpan, 'unit' | 'first' | 'last'>): boolean {
  const bounds = rangeBounds(range);
  return bounds.start < periodStart(span.unit, span.first) || bounds.end > periodStart(span.unit, span.last + 1) || !(bounds.start < bounds.end);
}

/** The range two handles give: none when they take in the whole span. */
export function rangeOf(from: number, to: number, span: Pick<TimelineSpan, 'unit' | 'first' | 'last'>): TimeRange | null {
  const a = Math.min(from, to);
  const b = Math.max(from, to);
  return a <= span.first && b >= span.last ? null : { from: a, to: b, unit: span.unit };
}

/** The period a year later (or earlier): the same month or day a year on, ten years for a year. */
export function yearStep(unit: TimeUnit, p: number, direction: 1 | -1): number {
  if (unit === 'year') return p + 10 * direction;
  if (unit === 'month') return p + 12 * direction;
  const { year, month0, day } = dateOfDay(p);
  // 29 February a year on is 28 February, not 1 March.
  return dayNumber(year + direction, month0, Math.min(day, new Date(Date.UTC(2001, month0 + 1, 0)).getUTCDate()));
}

// ---------- Play ----------

/** The unit a range is played by: the finest (not finer than the range's) that takes at most MAX_PLAY_FRAMES frames. */
export function playStep(range: TimeRange): TimeUnit {
  const unit = range.unit ?? 'year';
  const firstDay = firstDayOf(unit, range.from);
  const lastDay = lastDayOf(unit, range.to);
  for (const step of [...TIME_UNITS].reverse()) {
    if (coarserUnit(step, unit) !== step) continue;
    if (periodOfDay(step, lastDay) - periodOfDay(step, firstDay) + 1 <= MAX_PLAY_FRAMES) return step;
  }
  return 'year';
}

/** The frame of a step period, cut to the range (in the range's unit); null when outside it. */
function frameAt(range: TimeRange, step: TimeUnit, p: number): TimeRange | null {
  const unit = range.unit ?? 'year';
  const from = Math.max(range.from, periodOfDay(unit, firstDayOf(step, p)));
  const to = Math.min(range.to, periodOfDay(unit, lastDayOf(step, p)));
  return from <= to ? { from, to, unit } : null;
}

/** The first frame of playing a range: its first day, month or year (see playStep). */
export function firstPlayFrame(range: TimeRange): TimeRange {
  const step = playStep(range);
  return frameAt(range, step, periodOfDay(step, firstDayOf(range.unit ?? 'year', range.from)))!;
}

/** The frame after this one inside the range, or null when the range is played through. */
export function nextPlayFrame(frame: TimeRange, range: TimeRange): TimeRange | null {
  const step = playStep(range);
  const p = periodOfDay(step, firstDayOf(frame.unit ?? 'year', frame.from)) + 1;
  return frameAt(range, step, p);
}

// ---------- The axis ----------

export interface AxisTick {
  /** Where the tick's period starts, as a fraction of the track (0 … 1). */
  at: number;
  label: string;
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];
const MONTH_STEPS = [1, 2, 3, 6, 12];

/**
 * Labels under the bars: the span's ends (its first and last events) and, between them, the
 * starts of round years (or months, for data read by the day), at most `count` of them and not
 * so close to an end that the labels would collide.
 */
export function axisTicks(span: TimelineSpan, count = 5): { first: string; last: string; inner: AxisTick[] } {
  const { unit, first, last } = span;
  const n = last - first + 1;
  const startDay = firstDayOf(unit, first);
  const endDay = lastDayOf(unit, last) + 1;
  const at = (day: number) => (periodOfDay(unit, day) - first) / n;
  const inner: AxisTick[] = [];
  const clear = (x: number) => x > 0.12 && x < 0.86;
  if (unit === 'day') {
    const months = periodOfDay('month', endDay - 1) - periodOfDay('month', startDay) + 1;
    const step = MONTH_STEPS.find((s) => months / s <= count) ?? 12;
    for (let m = periodOfDay('month', startDay) + 1; firstDayOf('month', m) < endDay; m++) {
      const { month0, year } = dateOfDay(firstDayOf('month', m));
      if (month0 % step !== 0) continue;
      const x = at(firstDayOf('month', m));
      if (clear(x)) inner.push({ at: x, label: month0 === 0 ? String(year) : MONTHS[month0]! });
    }
  } else {
    const firstYear = dateOfDay(startDay).year;
    const lastYear = dateOfDay(endDay - 1).year;
    const step = YEAR_STEPS.find((s) => (lastYear - firstYear + 1) / s <= count) ?? 1000;
    for (let y = Math.ceil((firstYear + 1) / step) * step; y <= lastYear; y += step) {
      const x = at(dayNumber(y, 0, 1));
      if (clear(x)) inner.push({ at: x, label: String(y) });
    }
  }
  return { first: span.earliestLabel, last: span.latestLabel, inner };
}
