// The timeline: relations per year from the earliest to the latest dated event, with a range
// (two sliders) that filters the graph and the table, "play" through the years, and a toggle for
// relations without a date. A relation "since 2003" counts in every later year. A story's step
// (time.asOf) shows the graph as it stood on one day: the timeline says so and offers the way back.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { addHistograms, yearHistogram } from '../../domain/analytics/time';
import { asOfLabel } from '../../domain/claims/story-text';
import { clampRange, firstPlayFrame, nextPlayFrame, timelineSpan } from '../../domain/timeline';
import { ALL_TIME, filteredEdges } from '../../domain/view-visibility';
import { useActions, useExplorer, useExplorerStore } from '../store/store-context';
import './Timeline.css';

const PLAY_STEP_MS = 900;

export function Timeline() {
  const store = useExplorerStore();
  const index = useExplorer((s) => s.index);
  const filters = useExplorer((s) => s.filters);
  const time = useExplorer((s) => s.time);
  const { setTimeRange, setKeepUndated, stepStoryTo } = useActions();
  const [playing, setPlaying] = useState(false);
  const span = useMemo(() => timelineSpan(index.file.edges), [index]);
  // Bars follow the type / polarity / kind filters, not the time range itself; they are redrawn
  // after the frame that shows a filter change (a pass over every relation).
  const barFilters = useDeferredValue(filters);
  // Counts add up: one histogram per relation type, summed over the types shown, makes a type
  // toggle cost nothing here. Hidden actor kinds cut across types: then one pass over all.
  const spanYears = useMemo(() => (span ? { from: span.earliest, to: span.latest } : undefined), [span]);
  const byType = useMemo(() => new Map([...index.edgesByType].map(([type, list]) => [type, yearHistogram(list, spanYears)])), [index, spanYears]);
  const histogram = useMemo(() => {
    if (barFilters.hiddenKinds.length === 0) {
      const hiddenTypes = new Set(barFilters.hiddenTypes);
      const hiddenPolarities = new Set<string>(barFilters.hiddenPolarities);
      const shown = [...byType].filter(([type]) => {
        const polarity = index.types.get(type)?.polarity;
        return !hiddenTypes.has(type) && !(polarity && hiddenPolarities.has(polarity));
      });
      // With every type hidden, empty bars over the same years (the axis stays).
      return shown.length ? addHistograms(shown.map(([, h]) => h)) : yearHistogram([], spanYears);
    }
    const edges = filteredEdges(index, barFilters, ALL_TIME).edges;
    const list = index.file.edges.filter((e) => edges.has(e.id));
    return yearHistogram(list, spanYears);
  }, [index, barFilters, spanYears, byType]);

  useEffect(() => {
    if (!playing || !span) return;
    const timer = setInterval(() => {
      const range = store.getState().time.range;
      const next = range ? nextPlayFrame(range, span) : null;
      if (next) store.getState().setTimeRange(next);
      else setPlaying(false);
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, span, store]);

  // A years= value outside the data's span or reversed: bring the filter itself in line with
  // what the sliders show, so the readout and the graph agree.
  useEffect(() => {
    const range = time.range;
    if (!span || !range) return;
    const fixed = clampRange(range, span);
    if (fixed.from === range.from && fixed.to === range.to) return;
    setTimeRange(fixed.from <= span.earliest && fixed.to >= span.latest ? null : fixed);
  }, [time.range, span, setTimeRange]);

  if (!span) {
    return (
      <section className="timeline is-empty" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Time</h2>
        <p className="muted">No relation in this graph has a date.</p>
      </section>
    );
  }

  const { earliest, latest } = span;
  // A years= value from the URL may lie outside the data's span: clamp it, ends in order.
  const { from, to } = clampRange(time.range, span);
  const years = latest - earliest + 1;
  const max = Math.max(1, ...histogram.bins.map((b) => b.count));
  const setRange = (a: number, b: number): void => {
    setTimeRange(a <= earliest && b >= latest ? null : { from: a, to: b });
  };
  // The two ends, and decades not too close to them to be read.
  const clear = (year: number) => (year - earliest) / years > 0.1 && (latest - year) / years > 0.14;
  const ticks = histogram.bins.filter((b) => b.year === earliest || b.year === latest || (b.year % 10 === 0 && clear(b.year)));
  const whole = time.range === null;
  const asOf = time.asOf ?? null;
  // Years after a story's day hold nothing the graph shows: their bars are not lit.
  const asOfYear = asOf ? Number(asOf.slice(0, 4)) : Infinity;

  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <div className="timeline-head">
        <h2 id="timeline-title">Time</h2>
        <p className="timeline-readout" aria-live="polite">
          {whole ? (
            <>All years</>
          ) : from === to ? (
            <>Only {from}</>
          ) : (
            <>
              {from} – {to}
            </>
          )}
        </p>
      </div>
      <div className="timeline-track">
        <svg className="histogram" viewBox={`0 0 ${years} 32`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {histogram.bins.map((b, i) => {
            // Square-root heights: one event in 1979 stays visible next to thirty in 2024.
            const h = b.count ? 3 + 29 * Math.sqrt(b.count / max) : 0;
            const inside = b.year >= from && b.year <= to && b.year <= asOfYear;
            return <rect key={b.year} x={i + 0.12} y={32 - h} width={0.76} height={h} className={inside ? 'bar in-range' : 'bar'} />;
          })}
        </svg>
        {/* The thumbs' centres run from the first bar's centre to the last one's (thumb 14px). */}
        <div className="range-inputs" style={{ left: `calc(${50 / years}% - 7px)`, right: `calc(${50 / years}% - 7px)` }}>
          <input
            type="range"
            aria-label="From year"
            min={earliest}
            max={latest}
            step={1}
            value={from}
            onChange={(e) => {
              setPlaying(false);
              const v = Number(e.target.value);
              // Past the other thumb, it pushes that one along.
              setRange(v, Math.max(v, to));
            }}
          />
          <input
            type="range"
            aria-label="To year"
            min={earliest}
            max={latest}
            step={1}
            value={to}
            onChange={(e) => {
              setPlaying(false);
              const v = Number(e.target.value);
              setRange(Math.min(from, v), v);
            }}
          />
        </div>
        <div className="timeline-axis" aria-hidden="true">
          {ticks.map((b) => (
            <span
              key={b.year}
              className={b.year === earliest ? 'first' : b.year === latest ? 'last' : undefined}
              style={{ left: `${((b.year - earliest + 0.5) / years) * 100}%` }}
            >
              {/* The ends name the earliest and latest events: "1979", "Oct 2024". */}
              {b.year === earliest ? span.earliestLabel : b.year === latest ? span.latestLabel : b.year}
            </span>
          ))}
        </div>
      </div>
      <div className="timeline-actions">
        {asOf && (
          <p className="timeline-asof" title="The graph and the table show only the claims that had happened by this day (a story's step)">
            <span>As of {asOfLabel(asOf)}</span>
            <button type="button" className="text-button" onClick={() => stepStoryTo(null)}>
              Show all
            </button>
          </p>
        )}
        <button
          type="button"
          className="tool-button"
          aria-pressed={playing}
          onClick={() => {
            if (playing) setPlaying(false);
            else {
              setTimeRange(firstPlayFrame(time.range, span));
              setPlaying(true);
            }
          }}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          className="tool-button"
          disabled={whole}
          onClick={() => {
            setPlaying(false);
            setTimeRange(null);
          }}
        >
          All years
        </button>
        <label className="toggle-row compact" title="Relations whose date the source does not give">
          <input type="checkbox" checked={time.keepUndated} onChange={(e) => setKeepUndated(e.target.checked)} />
          <span>
            Undated <span className="count">{histogram.undated}</span>
          </span>
        </label>
      </div>
    </section>
  );
}
