// Analyst tools of the explorer: pure functions over a GraphFile (see each module's notes).
export { toGraphology, analyticsGraph, undirectedProjection, evidenceWeight, directedByType, visibilitySet } from './model';
export type { AnalyticsGraph, AnalyticsModel, EdgeVisibility, Keyed, ModelEdgeAttributes, ModelNodeAttributes, Projection } from './model';
export { computeMetrics, competitionRanks, DEFAULT_EXACT_WORK_LIMIT } from './metrics';
export type { BetweennessMode, MetricsOptions, MetricsResult, NodeMetrics, NodeRanks } from './metrics';
export { shortestPaths } from './paths';
export type { PathFailureReason, PathHop, PathOptions, PathsResult } from './paths';
export { pathElementsOf } from './path-elements';
export type { PathElements } from './path-elements';
export { neighbourhood, hiddenNeighbours } from './focus';
export type { FocusDepth, HiddenNeighbour } from './focus';
export { detectCommunities } from './communities';
export type { CommunityOptions, CommunityResult } from './communities';
export { parseEdtf, edgeInterval, edgeInRange, edgesInRange, timeExtent, yearHistogram } from './time';
export type { DateInterval, TimeExtent, TimeFilterOptions, YearBin, YearHistogram, YearRange } from './time';
export { mulberry32 } from '../random';
