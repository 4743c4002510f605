// What the loading screen shows while a graph file arrives: a progress bar over the bytes
// (indeterminate when the server gives no size), then the phase (parsing, checking, indexing).
import { useSyncExternalStore } from 'react';
import { getLoadProgress, subscribeLoadProgress, type LoadPhase } from './load-graph';

const PHASES: Record<LoadPhase, string> = {
  fetching: 'Downloading the graph',
  parsing: 'Reading the graph',
  validating: 'Checking the graph',
  indexing: 'Indexing the graph',
  drawing: 'Drawing the graph',
};

/** "12.3 MB" (1 MB = 1,000,000 bytes); the import's progress says sizes alike. */
export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

export function LoadProgressBar() {
  const p = useSyncExternalStore(subscribeLoadProgress, getLoadProgress);
  const fetching = p.phase === 'fetching';
  const value = fetching ? (p.total ? Math.min(p.loaded, p.total) : undefined) : p.total ?? p.loaded;
  return (
    <div className="load-progress">
      <p id="load-progress-label">
        {PHASES[p.phase]}…{fetching && p.loaded > 0 ? ` ${mb(p.loaded)}${p.total ? ` of ${mb(p.total)}` : ''}` : ''}
      </p>
      <progress aria-labelledby="load-progress-label" max={p.total ?? p.loaded ?? undefined} value={value} />
    </div>
  );
}
