// The timeline's track: one bar per period (square-root heights), the two handles of the range
// and the axis. The handles are native range inputs laid out so that the From handle sits just
// before its period and the To handle just after its own: between them lie the chosen bars, so
// they never overlap, even on a single period; neither can pass the other.
import type { KeyboardEvent, MouseEvent } from 'react';
import type { Histogram, PeriodBin, TimeRange } from '../../domain/analytics/time';
import { firstDayOf } from '../../domain/analytics/time';
import { axisTicks, periodLabel, yearStep, type TimelineSpan } from '../../domain/timeline';

interface TrackProps {
  span: TimelineSpan;
  histogram: Histogram<PeriodBin>;
  /** The periods the handles show (in the span's unit). */
  from: number;
  to: number;
  /** While playing: the frame the graph shows (in the span's unit). */
  frame: TimeRange | null;
  /** A story's day (day number): later bars hold nothing the graph shows. */
  asOfDay: number | null;
  /** The handles moved (or a bar was clicked): the new ends, from ≤ to. */
  onChange(from: number, to: number): void;
}

/** Above this many bars they touch (a gap would be under a pixel). */
const SPACED_BARS = 120;

export function TimelineTrack({ span, histogram, from, to, frame, asOfDay, onChange }: TrackProps) {
  const { unit, first, last } = span;
  const n = last - first + 1;
  const max = Math.max(1, ...histogram.bins.map((b) => b.count));
  const spaced = n <= SPACED_BARS;
  const ticks = axisTicks(span);
  const lit = (p: number) => p >= from && p <= to && (asOfDay === null || firstDayOf(unit, p) <= asOfDay);
  const inFrame = (p: number) => !frame || (p >= frame.from && p <= frame.to);

  // PageUp / PageDown: a year on or back (ten for a timeline in years); the native input does
  // arrows, Home and End, and onChange keeps the handles from passing each other.
  const onKeyDown = (end: 'from' | 'to') => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
    e.preventDefault();
    const value = end === 'from' ? from : to;
    const next = Math.min(last, Math.max(first, yearStep(unit, value, e.key === 'PageUp' ? 1 : -1)));
    if (end === 'from') onChange(Math.min(next, to), to);
    else onChange(from, Math.max(next, from));
  };
  // A click on the bars brings the nearer handle there (the handles take the keyboard).
  const onBarsClick = (e: MouseEvent<HTMLDivElement>) => {
    if ((e.target as HTMLElement).tagName === 'INPUT') return;
    const box = e.currentTarget.getBoundingClientRect();
    if (box.width <= 0) return;
    const p = Math.min(last, Math.max(first, first + Math.floor(((e.clientX - box.left) / box.width) * n)));
    if (p < from || (p <= to && p - from <= to - p)) onChange(p, Math.max(p, to));
    else onChange(Math.min(from, p), p);
  };
  // Thumb positions: a range input puts its thumb's left edge at value/(max−min) of (width − thumb).
  // The From input starts a thumb's width to the left, so its thumb ends where its period starts;
  // the To input starts one period to the right, so its thumb starts where its period ends.
  const inputWidth = `calc(var(--thumb) + ${(100 * (n - 1)) / n}%)`;

  return (
    <div className="timeline-track">
      <div className="timeline-bars" onClick={onBarsClick}>
        <svg className="histogram" viewBox={`0 0 ${n} 32`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {histogram.bins.map((b, i) => {
            // Linear heights from a 3-unit floor: a month with one relation stays visible, and the
            // months of a busy year stand out from the states that run through every month.
            const h = b.count ? 3 + 29 * (b.count / max) : 0;
            const cls = !lit(b.period) ? 'bar' : inFrame(b.period) ? 'bar in-range' : 'bar in-chosen';
            return <rect key={b.period} x={spaced ? i + 0.12 : i} y={32 - h} width={spaced ? 0.76 : 1} height={h} className={cls} />;
          })}
          {frame && <rect className="play-frame" x={frame.from - first} y={0} width={frame.to - frame.from + 1} height={32} />}
        </svg>
        <div className="range-line" aria-hidden="true" style={{ left: `${((from - first) / n) * 100}%`, right: `${((last - to) / n) * 100}%` }} />
        <input
          type="range"
          className="handle handle-from"
          aria-label="From"
          aria-valuetext={periodLabel(unit, from)}
          min={first}
          max={last}
          step={1}
          value={from}
          style={{ left: 'calc(-1 * var(--thumb))', width: inputWidth }}
          onChange={(e) => onChange(Math.min(Number(e.target.value), to), to)}
          onKeyDown={onKeyDown('from')}
        />
        <input
          type="range"
          className="handle handle-to"
          aria-label="To"
          aria-valuetext={periodLabel(unit, to)}
          min={first}
          max={last}
          step={1}
          value={to}
          style={{ left: `${100 / n}%`, width: inputWidth }}
          onChange={(e) => onChange(from, Math.max(Number(e.target.value), from))}
          onKeyDown={onKeyDown('to')}
        />
      </div>
      <div className="timeline-axis" aria-hidden="true">
        <span className="first">{ticks.first}</span>
        {ticks.inner.map((t) => (
          <span key={t.label} style={{ left: `${t.at * 100}%` }}>
            {t.label}
          </span>
        ))}
        <span className="last">{ticks.last}</span>
      </div>
    </div>
  );
}
