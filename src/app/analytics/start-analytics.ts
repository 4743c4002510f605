// Computes metrics and communities for the loaded graph in a Web Worker and hands them to the
// store. Falls back to the main thread where workers are unavailable.
import type { ExplorerStore } from '../store/explorer-store';
import { analyticsInput, type AnalyticsResponse } from './protocol';

export function startAnalytics(store: ExplorerStore): () => void {
  const input = analyticsInput(store.getState().index.file);
  let cancelled = false;
  const deliver = (r: AnalyticsResponse): void => {
    if (cancelled) return;
    store.getState().receiveAnalytics(r.ok ? { metrics: r.metrics, communities: r.communities } : { error: r.error });
  };
  if (typeof Worker === 'undefined') {
    void Promise.all([import('../../domain/analytics/metrics'), import('../../domain/analytics/communities')]).then(([m, c]) => {
      deliver({ ok: true, metrics: m.computeMetrics(input), communities: c.detectCommunities(input, { seed: 1 }) });
    });
    return () => {
      cancelled = true;
    };
  }
  const worker = new Worker(new URL('./analytics.worker.ts', import.meta.url), { type: 'module', name: 'analytics' });
  worker.onmessage = (event: MessageEvent<AnalyticsResponse>) => {
    deliver(event.data);
    worker.terminate();
  };
  worker.onerror = (event) => {
    deliver({ ok: false, error: event.message || 'the analytics worker failed' });
    worker.terminate();
  };
  worker.postMessage({ graph: input });
  return () => {
    cancelled = true;
    worker.terminate();
  };
}
