// Messages between the page and the analytics worker.
import type { CommunityResult } from '../../domain/analytics/communities';
import type { MetricsResult } from '../../domain/analytics/metrics';
import type { GraphFile } from '../../domain/graph-contract';

export interface AnalyticsRequest {
  graph: GraphFile;
}

export type AnalyticsResponse = { ok: true; metrics: MetricsResult; communities: CommunityResult } | { ok: false; error: string };

/**
 * The part of a graph file the metrics read (ids, labels, kinds, relation ends, types,
 * evidence sentence ids and how many reports each claim has): the texts stay behind, so the
 * copy sent to the worker is small.
 */
export function analyticsInput(graph: GraphFile): GraphFile {
  return {
    schemaVersion: graph.schemaVersion,
    documents: [],
    sentences: [],
    nodes: graph.nodes.map((n) => ({ id: n.id, label: n.label, kind: n.kind, aliases: [], mentions: [] })),
    edges: graph.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      evidence: e.evidence.map((ev) => ({ sentenceId: ev.sentenceId, quote: '', start: 0, end: 0 })),
      // Only their number counts (reportDegree): ids without quotes.
      ...(e.reports ? { reports: e.reports.map((r) => ({ id: r.id, documentId: r.documentId, evidence: [] })) } : {}),
    })),
    relationTypes: graph.relationTypes,
  };
}
