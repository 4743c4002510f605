// Importance and groups off the main thread: PageRank and betweenness are O(V·E) and would
// freeze the page on a large graph. Runs once per loaded graph.
import { detectCommunities } from '../../domain/analytics/communities';
import { computeMetrics } from '../../domain/analytics/metrics';
import type { AnalyticsRequest, AnalyticsResponse } from './protocol';

self.onmessage = (event: MessageEvent<AnalyticsRequest>) => {
  let response: AnalyticsResponse;
  try {
    const { graph } = event.data;
    response = { ok: true, metrics: computeMetrics(graph), communities: detectCommunities(graph, { seed: 1 }) };
  } catch (error) {
    response = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
