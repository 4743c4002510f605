import { describe, expect, it } from 'vitest';
import graphText from '../../../data/graph.json?raw';
import { computeMetrics } from '../../domain/analytics/metrics';
import type { GraphFile } from '../../domain/graph-contract';
import { analyticsInput } from './protocol';

describe('what the page sends the analytics worker', () => {
  const graph = JSON.parse(graphText) as GraphFile;

  it('leaves the texts behind but keeps what the metrics read, reports included', () => {
    const input = analyticsInput(graph);
    expect(input.documents).toEqual([]);
    expect(input.sentences).toEqual([]);
    expect(input.edges.map((e) => e.reports?.length ?? 1)).toEqual(graph.edges.map((e) => e.reports?.length ?? 1));
    expect(JSON.stringify(input).length).toBeLessThan(JSON.stringify(graph).length / 2);
  });

  it('gives the worker the same metrics as the whole file', () => {
    expect(computeMetrics(analyticsInput(graph))).toEqual(computeMetrics(graph));
  });
});
