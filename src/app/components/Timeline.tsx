// The timeline: relations per month (per day for data within a year and a half, per year for
// data over a century) from the earliest to the latest dated event, a range of two handles that
// filters the graph and the table, Play through the chosen range, and the relations without a
// date, hidden unless shown (the toggle says how many). A relation "since 2003" counts in every
// later period. A story's step (time.asOf) shows the graph as it stood on one day: the readout
// runs to that day and the chip offers the way back.
import { useEffect, useMemo } from 'react';
import { periodFromEdtf } from '../../domain/analytics/time';
import { asOfLabel } from '../../domain/claims/story-text';
import { clampRange, rangeOf, rangeOutside, rangeText, readoutText, timelineSpan } from '../../domain/timeline';
import { useActions, useExplorer } from '../store/store-context';
import { TimelineTrack } from './TimelineTrack';
import { useTimelineHistogram } from './use-timeline-histogram';
import { useTimelinePlay } from './use-timeline-play';
import './Timeline.css';

export function Timeline() {
  const index = useExplorer((s) => s.index);
  const time = useExplorer((s) => s.time);
  const { setTimeRange, setKeepUndated, stepStoryTo } = useActions();
  const span = useMemo(() => timelineSpan(index.file.edges), [index]);
  const histogram = useTimelineHistogram(span);
  const play = useTimelinePlay(span);
  const { session } = play;

  // A range outside the data's span (years=1500-1600) or reversed: bring the filter itself in
  // line with what the handles show, so the readout and the graph agree.
  useEffect(() => {
    const range = time.range;
    if (!span || !range || !rangeOutside(range, span)) return;
    const fixed = clampRange(range, span);
    setTimeRange(rangeOf(fixed.from, fixed.to, span));
  }, [time.range, span, setTimeRange]);

  if (!span) {
    return (
      <section className="timeline is-empty" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Time</h2>
        <p className="muted">No relation in this graph has a date: all are shown.</p>
      </section>
    );
  }

  // While playing, the handles keep the chosen range and the store's range is the frame.
  const handles = clampRange(session ? session.chosen : time.range, span);
  const asOf = time.asOf ?? null;
  const asOfDay = asOf ? (periodFromEdtf(asOf)?.period ?? null) : null;
  const undated = histogram.undated;
  const choose = (from: number, to: number) => {
    play.leave();
    setTimeRange(rangeOf(from, to, span));
  };

  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <div className="timeline-head">
        <h2 id="timeline-title">Time</h2>
        <p className="timeline-readout" aria-live={play.running ? 'off' : 'polite'}>
          {readoutText(time.range, span, asOf)}
          {session && (
            <span className="muted">
              {' · '}
              {play.running ? 'playing' : 'paused in'} {session.chosen ? rangeText(session.chosen) : 'all dates'}
            </span>
          )}
        </p>
      </div>
      <div className="timeline-actions">
        {asOf && (
          <p
            className="timeline-asof"
            title="The graph and the table show only the claims that had happened by this day (a story's step); a claim without a date counts from its first report"
          >
            <span>As of {asOfLabel(asOf)}</span>
            <button type="button" className="text-button" onClick={() => stepStoryTo(null)}>
              Show all
            </button>
          </p>
        )}
        <button type="button" className="tool-button" aria-pressed={play.running} onClick={play.running ? play.pause : play.play}>
          {play.running ? 'Pause' : 'Play'}
        </button>
        {session && (
          <button type="button" className="tool-button" onClick={play.stop} title="Back to the range Play started from">
            Stop
          </button>
        )}
        {/* Kept in place while hidden, so that the track does not change width under a dragged handle. */}
        <button
          type="button"
          className="tool-button"
          style={time.range || session ? undefined : { visibility: 'hidden' }}
          title="Clear the range: relations of every date"
          onClick={() => choose(span.first, span.last)}
        >
          All dates
        </button>
        {!asOf && (
          <label className={`toggle-row compact undated-toggle${time.keepUndated || undated === 0 ? '' : ' is-hiding'}`} title="Relations whose source gives no date have no place on the time axis: they are hidden unless shown here">
            <input type="checkbox" checked={time.keepUndated} disabled={undated === 0 && !time.keepUndated} onChange={(e) => setKeepUndated(e.target.checked)} />
            <span>
              Show <span className="count">{undated}</span> undated
            </span>
          </label>
        )}
      </div>
      <TimelineTrack
        span={span}
        histogram={histogram}
        from={handles.from}
        to={handles.to}
        frame={session ? clampRange(time.range, span) : null}
        asOfDay={asOfDay}
        onChange={choose}
      />
    </section>
  );
}
