// The timeline's own logic: the span of the data in words ("1979 – Oct 2024") and the frames
// that "play" steps through. The filtering itself is analytics/time.ts (edgeInRange).
import { edgeInterval, timeExtent, type TimeExtent, type YearRange } from './analytics/time';
import type { GraphEdge } from './graph-contract';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-10-04" → "Oct 2024", "2024" → "2024": the start of a date, to the month. */
function monthLabel(date: string): string {
  const start = date.split('/')[0] ?? date;
  const [y, m] = start.split('-');
  return m ? `${MONTHS[Number(m) - 1] ?? m} ${y}` : (y ?? date);
}

export interface TimelineSpan extends TimeExtent {
  /** The earliest and latest dated events in words, to the month. */
  earliestLabel: string;
  latestLabel: string;
}

/** Years the timeline covers, and its ends in words; null when nothing is dated. */
export function timelineSpan(edges: readonly GraphEdge[]): TimelineSpan | null {
  const extent = timeExtent(edges);
  if (!extent) return null;
  let first: { start: number; date: string } | null = null;
  let last: { start: number; date: string } | null = null;
  for (const e of edges) {
    const i = edgeInterval(e);
    if (!i || !e.date || !Number.isFinite(i.start)) continue;
    if (!first || i.start < first.start) first = { start: i.start, date: e.date };
    if (!last || i.start > last.start) last = { start: i.start, date: e.date };
  }
  return {
    ...extent,
    earliestLabel: first ? monthLabel(first.date) : String(extent.earliest),
    latestLabel: last && Math.floor(last.start) === extent.latest ? monthLabel(last.date) : String(extent.latest),
  };
}

/**
 * The first frame of "play": the current window if it can still move forward, else a window
 * of the same width (one year when the whole span is selected) at the earliest year.
 */
export function firstPlayFrame(range: YearRange | null, extent: TimeExtent): YearRange {
  const whole = !range || (range.from <= extent.earliest && range.to >= extent.latest);
  const width = whole ? 0 : range.to - range.from;
  if (!whole && range.to < extent.latest) return range;
  return { from: extent.earliest, to: Math.min(extent.latest, extent.earliest + width) };
}

/** The window one year later, or null when it has reached the latest year. */
export function nextPlayFrame(range: YearRange, extent: TimeExtent): YearRange | null {
  if (range.to >= extent.latest) return null;
  return { from: range.from + 1, to: range.to + 1 };
}

/**
 * The range the sliders show: a range from the URL may lie partly or wholly outside the data
 * (years=1500-1600) or be reversed; clamp both ends to the span and keep from ≤ to.
 */
export function clampRange(range: YearRange | null, extent: TimeExtent): YearRange {
  if (!range) return { from: extent.earliest, to: extent.latest };
  const clamp = (y: number) => Math.min(extent.latest, Math.max(extent.earliest, y));
  const a = clamp(range.from);
  const b = clamp(range.to);
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}
