import { describe, expect, it } from 'vitest';
import graphText from '../../../data/graph.json?raw';
import type { GraphEdge } from '../graph-contract';
import { validateGraph } from '../graph-contract';
import { buildGraphIndex } from '../graph-index';
import { storySteps } from './story';
import { asOfLabel, stepDateLabel, storyMarkers, storySpanLabel, storySummary, storyTitle } from './story-text';

const edge = (date?: string): GraphEdge => ({ id: 'e', source: 'a', target: 'b', type: 't', evidence: [], ...(date ? { date } : {}) }) as unknown as GraphEdge;

describe('stepDateLabel', () => {
  it('gives the claim’s own date, as the panels write it', () => {
    expect(stepDateLabel({ edge: edge('2003/..'), dated: true, day: '2003-01-01', firstReported: '2024-07-04' })).toBe('since 2003');
    expect(stepDateLabel({ edge: edge('2024-06'), dated: true, day: '2024-06-01', firstReported: '2024-07-04' })).toBe('Jun 2024');
    expect(stepDateLabel({ edge: edge('2024-10-04'), dated: true, day: '2024-10-04', firstReported: '2024-10-05' })).toBe('4 Oct 2024');
  });

  it('says when an undated claim was first reported', () => {
    expect(stepDateLabel({ edge: edge(), dated: false, day: '2024-10-05', firstReported: '2024-10-05' })).toBe('reported 5 Oct 2024');
    expect(stepDateLabel({ edge: edge(), dated: false, day: '', firstReported: undefined })).toBe('undated');
  });
});

describe('asOfLabel', () => {
  it('reads a step’s day at the precision of the claims that step to it', () => {
    expect(asOfLabel('2024-10-05')).toBe('5 Oct 2024');
    expect(asOfLabel('2024-06-01')).toBe('Jun 2024');
    expect(asOfLabel('2003-01-01')).toBe('2003');
  });
});

describe('storySpanLabel and storySummary', () => {
  const step = (date: string | undefined, day: string) => ({ edge: edge(date), dated: date !== undefined, day });

  it('runs from the first step to the last, by months at most', () => {
    const steps = [step('2003/..', '2003-01-01'), step(undefined, '2024-10-05'), step('2024-12-17', '2024-12-17')];
    expect(storySpanLabel(steps)).toBe('2003 – Dec 2024');
    expect(storySummary(steps)).toBe('3 claims, 2003 – Dec 2024');
  });

  it('names one month once, and counts one claim in the singular', () => {
    expect(storySummary([step('2023-12-05', '2023-12-05')])).toBe('1 claim, Dec 2023');
    expect(storySpanLabel([step('2023-12-05', '2023-12-05'), step(undefined, '2023-12-20')])).toBe('Dec 2023');
    expect(storySummary([])).toBe('0 claims');
  });

  it('titles a pair with a dash and an actor alone by its name', () => {
    expect(storyTitle('Russia', 'Taliban')).toBe('Russia – Taliban');
    expect(storyTitle('Russia', null)).toBe('Russia');
  });
});

describe('storyMarkers on data/graph.json', () => {
  const checked = validateGraph(JSON.parse(graphText));
  if (!checked.ok) throw new Error('data/graph.json does not validate');
  const index = buildGraphIndex(checked.graph);

  it('marks the 2003 listing as superseded by the decision of October 2024 to delist, a later step', () => {
    const steps = storySteps(index, 'russia', 'taliban');
    const markers = storyMarkers(index, steps[0]!.edge.id);
    expect(markers.map((m) => m.kind)).toEqual(['superseded']);
    expect(markers[0]!.label).toBe('Superseded');
    expect(markers[0]!.edge).toMatchObject({ source: 'russia', type: 'delisting', target: 'taliban', status: 'decided' });
    expect(steps.findIndex((s) => s.edge.id === markers[0]!.edge.id)).toBeGreaterThan(0);
  });

  it('calls an answer that denies a denial, else an answer', () => {
    const [answered, [answer]] = [...index.answeredBy][0]!;
    const kind = storyMarkers(index, answered)[0]!.kind;
    const a = index.edges.get(answer!)!;
    expect(kind).toBe(a.status === 'denied' || a.type === 'denial' ? 'denied' : 'answered');
  });

  it('has no markers for a claim nothing overtook', () => {
    const steps = storySteps(index, 'russia', 'taliban');
    expect(storyMarkers(index, steps[steps.length - 1]!.edge.id)).toEqual([]);
  });
});
