// The benchmark probe's clocks, running inside the measured page: long tasks, the Event Timing
// paint after an input, the time of the last press, the next frame, and a page gone quiet.
export const longTasks: Array<{ start: number; duration: number }> = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // Long-task timing is a Chromium feature; without it the figure is left out.
}

// Event Timing: the browser's own time of the first paint after an input (as INP uses it), in
// steps of 8 ms. A task after the frame (nextFrame) can run late: work the page queued for after
// the paint runs first, and would be counted as if it held the paint back.
export const inputPaints: Array<{ name: string; start: number; paint: number }> = [];
const takeInputPaints = (list: PerformanceEntryList): void => {
  for (const e of list) inputPaints.push({ name: e.name, start: e.startTime, paint: e.startTime + e.duration });
};
let inputObserver: PerformanceObserver | null = null;
try {
  inputObserver = new PerformanceObserver((list) => takeInputPaints(list.getEntries()));
  // 16 ms is the smallest threshold: a quicker answer has no entry and is timed by nextFrame.
  inputObserver.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
} catch {
  // Without Event Timing, the frame is timed by nextFrame alone.
}

let mouseDownAt = 0;
/** When the last press reached the page (its event time stamp). */
export const pressedAt = (): number => mouseDownAt;
// From the press as the browser received it (the event's time stamp), input delay included.
window.addEventListener('mousedown', (e) => (mouseDownAt = e.timeStamp), true);

/**
 * When the frame that first showed a change made at `changedAt` (during the click's release) was
 * painted: the release's Event Timing paint if the change was in before it, else `fallback`.
 */
export async function paintAfterRelease(changedAt: number, fallback: number): Promise<number> {
  const deadline = performance.now() + 300;
  for (;;) {
    if (inputObserver) takeInputPaints(inputObserver.takeRecords());
    const up = inputPaints.find((p) => (p.name === 'mouseup' || p.name === 'click') && p.start >= mouseDownAt);
    if (up) return changedAt < up.paint ? Math.min(up.paint, fallback) : fallback;
    if (performance.now() > deadline) return fallback;
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Resolves after the next frame has been produced (rAF, then a task after the paint). */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(null);
    }),
  );
}

/** Resolves when the main thread is idle (deferred work of the last input done), at most 1 s. */
export function idle(): Promise<void> {
  return new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 })).then(framesQuiet);
}

/**
 * Resolves once six frames in a row came at most 25 ms apart (at most 2 s): drawing the page
 * left after an input (a canvas caching its layers, a deferred panel) is done too. An idle
 * callback alone comes between two such frames.
 */
export function framesQuiet(): Promise<void> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    let last = t0;
    let calm = 0;
    const step = (t: number): void => {
      calm = t - last <= 25 ? calm + 1 : 0;
      last = t;
      if (calm >= 6 || t - t0 > 2000) resolve();
      else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}
