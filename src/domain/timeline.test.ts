import { describe, expect, it } from 'vitest';
import type { GraphEdge } from './graph-contract';
import { clampRange, firstPlayFrame, nextPlayFrame, timelineSpan } from './timeline';

const edge = (date?: string): GraphEdge => ({ id: `e-${date}`, source: 'a', target: 'b', type: 't', evidence: [{ sentenceId: 's', quote: 'q', start: 0, end: 1 }], ...(date ? { date } : {}) });

describe('timeline span', () => {
  it('runs from the earliest to the latest dated event, in words to the month', () => {
    const span = timelineSpan([edge('1979'), edge('2003/..'), edge('2024-10-04'), edge('2024-07'), edge(), edge('1979/1989')]);
    expect(span).toEqual({ earliest: 1979, latest: 2024, earliestLabel: '1979', latestLabel: 'Oct 2024' });
  });

  it('is null when nothing is dated', () => {
    expect(timelineSpan([edge(), edge()])).toBeNull();
  });
});

describe('play', () => {
  const extent = { earliest: 1979, latest: 2024 };

  it('starts one year at a time from the earliest year when the whole span is selected', () => {
    expect(firstPlayFrame(null, extent)).toEqual({ from: 1979, to: 1979 });
    expect(firstPlayFrame({ from: 1979, to: 2024 }, extent)).toEqual({ from: 1979, to: 1979 });
  });

  it('moves a narrower window on from where it is, and restarts it at the end', () => {
    expect(firstPlayFrame({ from: 2000, to: 2004 }, extent)).toEqual({ from: 2000, to: 2004 });
    expect(nextPlayFrame({ from: 2000, to: 2004 }, extent)).toEqual({ from: 2001, to: 2005 });
    expect(firstPlayFrame({ from: 2020, to: 2024 }, extent)).toEqual({ from: 1979, to: 1983 });
    expect(nextPlayFrame({ from: 2020, to: 2024 }, extent)).toBeNull();
  });

  it('steps through every year of the span', () => {
    const frames = [firstPlayFrame(null, extent)];
    for (let f = nextPlayFrame(frames[0]!, extent); f; f = nextPlayFrame(f, extent)) frames.push(f);
    expect(frames).toHaveLength(2024 - 1979 + 1);
    expect(frames.at(-1)).toEqual({ from: 2024, to: 2024 });
  });
});

describe('clampRange', () => {
  const extent = { earliest: 1979, latest: 2024 };
  it('keeps a range inside the data as it is, and the whole span for none', () => {
    expect(clampRange({ from: 2001, to: 2021 }, extent)).toEqual({ from: 2001, to: 2021 });
    expect(clampRange(null, extent)).toEqual({ from: 1979, to: 2024 });
  });
  it('never gives from > to for a range outside the data or reversed', () => {
    expect(clampRange({ from: 1500, to: 1600 }, extent)).toEqual({ from: 1979, to: 1979 });
    expect(clampRange({ from: 2050, to: 2060 }, extent)).toEqual({ from: 2024, to: 2024 });
    expect(clampRange({ from: 2010, to: 1990 }, extent)).toEqual({ from: 1990, to: 2010 });
    expect(clampRange({ from: 1900, to: 2100 }, extent)).toEqual({ from: 1979, to: 2024 });
  });
});
