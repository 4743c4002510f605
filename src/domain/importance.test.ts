import { describe, expect, it } from 'vitest';
import {
  formatMetric,
  groupColour,
  MAX_GROUP_COLOURS,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  relationSize,
  SIZE_METRIC_HELP,
  SIZE_METRIC_LABEL,
  SIZE_METRICS,
  sizesFor,
} from './importance';

describe('node sizes by importance', () => {
  it('keeps the default relation-count sizes for degree', () => {
    const sizes = sizesFor('degree', new Map([['a', 0], ['b', 1], ['c', 27], ['d', 100]]));
    expect([...sizes.values()]).toEqual([20, 25, 54, 54]);
    expect(relationSize(4)).toBe(32);
  });

  it('maps other metrics by area from the smallest to the largest size', () => {
    const sizes = sizesFor('pagerank', new Map([['hub', 0.4], ['quarter', 0.1], ['none', 0]]));
    expect(sizes.get('hub')).toBe(MAX_NODE_SIZE);
    // sqrt(0.25) = 0.5: halfway between the smallest and the largest diameter.
    expect(sizes.get('quarter')).toBe(Math.round((MIN_NODE_SIZE + MAX_NODE_SIZE) / 2));
    expect(sizes.get('none')).toBe(MIN_NODE_SIZE);
  });

  it('gives every actor the smallest size when all values are zero', () => {
    expect([...sizesFor('betweenness', new Map([['a', 0], ['b', 0]])).values()]).toEqual([MIN_NODE_SIZE, MIN_NODE_SIZE]);
  });
});

describe('group colours', () => {
  it('gives distinct colours to the largest groups and one grey to the rest', () => {
    const colours = Array.from({ length: MAX_GROUP_COLOURS }, (_, i) => groupColour(i).swatch);
    expect(new Set(colours).size).toBe(MAX_GROUP_COLOURS);
    expect(groupColour(MAX_GROUP_COLOURS)).toEqual(groupColour(undefined));
    expect(groupColour(0)).toEqual({ fill: '#59a3cd', stroke: '#005b8e', swatch: '#0072B2' });
  });
});

describe('metric names', () => {
  it('labels and explains every size metric, reports included', () => {
    expect(SIZE_METRICS).toContain('reportDegree');
    for (const m of SIZE_METRICS) {
      expect(SIZE_METRIC_LABEL[m]).toMatch(/^[A-Z]/);
      expect(SIZE_METRIC_HELP[m]).toMatch(/^[A-Z].*\.$/);
    }
    expect(new Set(SIZE_METRICS.map((m) => SIZE_METRIC_LABEL[m])).size).toBe(SIZE_METRICS.length);
  });

  it('sizes by reports on the relative scale of the other measures', () => {
    const sizes = sizesFor('reportDegree', new Map([['russia', 40], ['ten', 10], ['none', 0]]));
    expect(sizes.get('russia')).toBe(MAX_NODE_SIZE);
    expect(sizes.get('ten')).toBe(Math.round((MIN_NODE_SIZE + MAX_NODE_SIZE) / 2));
    expect(sizes.get('none')).toBe(MIN_NODE_SIZE);
  });
});

describe('metric values as text', () => {
  it('formats counts, shares and tiny values', () => {
    expect(formatMetric('degree', 12)).toBe('12');
    expect(formatMetric('reportDegree', 40)).toBe('40');
    expect(formatMetric('pagerank', 0.08341)).toBe('0.0834');
    expect(formatMetric('betweenness', 0.3125)).toBe('0.313');
    expect(formatMetric('betweenness', 0)).toBe('0');
    expect(formatMetric('betweenness', 0.00012)).toBe('1.2e-4');
    expect(formatMetric('betweenness', null)).toBe('not computed');
  });
});
