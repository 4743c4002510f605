// Play: steps a frame (a day, month or year: domain/timeline playStep) through the chosen range,
// then shows the chosen range again. While it plays or is paused, the handles keep showing the
// chosen range; the store's range is the frame, so the graph, the table and the URL follow it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { sameRange, type TimeRange } from '../../domain/analytics/time';
import { clampRange, firstPlayFrame, nextPlayFrame, type TimelineSpan } from '../../domain/timeline';
import { useExplorer, useExplorerStore } from '../store/store-context';

export const PLAY_STEP_MS = 800;

export interface PlaySession {
  /** The range chosen when Play was pressed (null: all dates), shown again at the end. */
  readonly chosen: TimeRange | null;
  /** What is played through: the chosen range in the span's unit, within the span. */
  readonly playing: TimeRange;
  readonly frame: TimeRange;
}

export interface TimelinePlay {
  readonly session: PlaySession | null;
  readonly running: boolean;
  /** Start, or go on from a paused frame. */
  play(): void;
  pause(): void;
  /** Back to the chosen range. */
  stop(): void;
  /** End the session where it is (the user chose another range). */
  leave(): void;
}

export function useTimelinePlay(span: TimelineSpan | null): TimelinePlay {
  const store = useExplorerStore();
  const [session, setSession] = useState<PlaySession | null>(null);
  const [running, setRunning] = useState(false);
  // The session as the timer and the store's listener see it, ahead of React's next render.
  const current = useRef<PlaySession | null>(null);
  const show = useCallback(
    (next: PlaySession | null, range: TimeRange | null) => {
      current.current = next;
      setSession(next);
      store.getState().setTimeRange(range);
    },
    [store],
  );
  const leave = useCallback(() => {
    current.current = null;
    setSession(null);
    setRunning(false);
  }, []);

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      const s = current.current;
      if (!s) return;
      const frame = nextPlayFrame(s.frame, s.playing);
      if (frame) show({ ...s, frame }, frame);
      else {
        setRunning(false);
        show(null, s.chosen);
      }
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [running, show]);

  // Someone else moved the range (Back, a story's step, a shared link): the session ends there.
  const range = useExplorer((s) => s.time.range);
  useEffect(() => {
    const s = current.current;
    if (s && !sameRange(range, s.frame)) leave();
  }, [range, leave]);

  return {
    session,
    running,
    play() {
      if (!span) return;
      if (!current.current) {
        const chosen = store.getState().time.range;
        const playing = clampRange(chosen, span);
        const frame = firstPlayFrame(playing);
        show({ chosen, playing, frame }, frame);
      }
      setRunning(true);
    },
    pause() {
      setRunning(false);
    },
    stop() {
      const s = current.current;
      setRunning(false);
      if (s) show(null, s.chosen);
    },
    leave,
  };
}
