// How importance and groups are drawn: which metric sizes the nodes (and how values map to
// diameters), and the colours of communities when the user colours by group.
import { SAFE_PALETTE } from './formats/palette';

export const SIZE_METRICS = ['degree', 'weightedDegree', 'reportDegree', 'pagerank', 'betweenness'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

export const SIZE_METRIC_LABEL: Record<SizeMetric, string> = {
  degree: 'Relations (degree)',
  weightedDegree: 'Evidence-weighted degree',
  reportDegree: 'Reports (report-weighted degree)',
  pagerank: 'PageRank',
  betweenness: 'Betweenness',
};

export const SIZE_METRIC_HELP: Record<SizeMetric, string> = {
  degree: 'Number of relations the actor takes part in.',
  weightedDegree: 'Relations weighted by their evidence sentences: a claim quoted from three sentences counts three times.',
  reportDegree: 'Claims weighted by the articles that report them: a claim told by four articles counts four times.',
  pagerank: 'Connected to well-connected actors (PageRank on the undirected graph, weighted by evidence).',
  betweenness: 'Share of shortest paths between other actors that pass through this one: a broker or bridge.',
};

export const COLOURINGS = ['kind', 'community'] as const;
export type Colouring = (typeof COLOURINGS)[number];

export const MIN_NODE_SIZE = 18;
export const MAX_NODE_SIZE = 54;

/** Diameter from a number of relations: the explorer's default sizing. */
export function relationSize(degree: number): number {
  return degree === 0 ? 20 : Math.round(Math.min(MAX_NODE_SIZE, MIN_NODE_SIZE + 7 * Math.sqrt(degree)));
}

/**
 * Diameters for any metric: area grows with the value (square root), from MIN_NODE_SIZE for 0
 * to MAX_NODE_SIZE for the largest value. Degree keeps its own absolute scale so that the
 * default drawing does not change when one hub is filtered out.
 */
export function sizesFor(metric: SizeMetric, values: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  if (metric === 'degree') {
    for (const [id, v] of values) out.set(id, relationSize(v));
    return out;
  }
  let max = 0;
  for (const v of values.values()) if (Number.isFinite(v) && v > max) max = v;
  for (const [id, v] of values) {
    out.set(id, max > 0 && v > 0 ? Math.round(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(v / max)) : MIN_NODE_SIZE);
  }
  return out;
}

/** Groups beyond this many share one grey: more hues than that cannot be told apart. */
export const MAX_GROUP_COLOURS = 12;
const OTHER_GROUP = { fill: '#e5e7eb', stroke: '#6b7280' };

function mix(hex: string, other: string, t: number): string {
  const a = parseInt(hex.slice(1), 16);
  const b = parseInt(other.slice(1), 16);
  const channel = (shift: number) => Math.round(((a >> shift) & 255) * (1 - t) + ((b >> shift) & 255) * t);
  return `#${[16, 8, 0].map((s) => channel(s).toString(16).padStart(2, '0')).join('')}`;
}

/** Fill and border of community `index` (0 = largest); null index = no community known. */
export function groupColour(index: number | undefined): { fill: string; stroke: string; swatch: string } {
  if (index === undefined || index < 0 || index >= MAX_GROUP_COLOURS) return { ...OTHER_GROUP, swatch: OTHER_GROUP.stroke };
  const base = SAFE_PALETTE[index]!;
  // A lighter fill keeps labels and edge colours readable; the full hue is the border.
  return { fill: mix(base, '#ffffff', 0.35), stroke: mix(base, '#000000', 0.2), swatch: base };
}

/** "0.0834" for PageRank, "0.31" for betweenness, integers as they are. */
export function formatMetric(metric: SizeMetric, value: number | null): string {
  if (value === null) return 'not computed';
  if (metric === 'degree' || metric === 'weightedDegree' || metric === 'reportDegree') return String(value);
  if (value === 0) return '0';
  return value < 0.001 ? value.toExponential(1) : value.toFixed(metric === 'pagerank' ? 4 : 3);
}
