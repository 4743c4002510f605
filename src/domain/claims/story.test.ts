// The Russia–Taliban story told by the nine committed articles (data/graph.json): from the 2003
// listing to the State Duma's bill of December 2024, in the order it happened.
import { describe, expect, it } from 'vitest';
import graphText from '../../../data/graph.json?raw';
import { validateGraph } from '../graph-contract';
import { buildGraphIndex } from '../graph-index';
import { actorWithMembers, storySteps } from './story';

const checked = validateGraph(JSON.parse(graphText));
if (!checked.ok) throw new Error(`data/graph.json does not validate: ${JSON.stringify(checked.issues)}`);
const index = buildGraphIndex(checked.graph);

describe('storySteps on data/graph.json', () => {
  const steps = storySteps(index, 'russia', 'taliban');

  it('tells Russia – Taliban with the members of both sides, in the order it happened', () => {
    expect(steps.length).toBeGreaterThanOrEqual(15);
    const times = steps.map((s) => s.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const days = steps.map((s) => s.day);
    expect(days).toEqual([...days].sort());
    for (const s of steps) expect(s.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const russia = actorWithMembers(index, 'russia');
    const taliban = actorWithMembers(index, 'taliban');
    expect(russia.has('state-duma')).toBe(true);
    for (const { edge } of steps) {
      const ends = (russia.has(edge.source) && taliban.has(edge.target)) || (taliban.has(edge.source) && russia.has(edge.target));
      expect(ends, edge.id).toBe(true);
      expect(index.types.get(edge.type)?.partOf).toBeFalsy();
    }
  });

  it('begins with the listing of the Taliban as terrorist since 2003', () => {
    const first = steps[0]!;
    expect(first.edge).toMatchObject({ source: 'russia', type: 'listing', target: 'taliban', date: '2003/..' });
    expect(first.day).toBe('2003-01-01');
    expect(first.dated).toBe(true);
    expect(first.quote.quote).toContain('since 2003');
  });

  it('includes the decision of October 2024 to delist the Taliban, reported by voanews.com', () => {
    const decision = steps.find((s) => s.edge.source === 'russia' && s.edge.type === 'delisting' && s.edge.status === 'decided');
    expect(decision).toBeDefined();
    expect(decision!.day).toBe('2024-10-05');
    expect(decision!.dated).toBe(false);
    expect(decision!.firstReported).toBe('2024-10-05');
    expect(decision!.outlets).toContain('voanews.com');
    expect(decision!.quote.quote).toContain('principal decision');
  });

  it('ends with the State Duma bill of December 2024, reported by kyma.com (AP) and themoscowtimes.com', () => {
    const last = steps[steps.length - 1]!;
    expect(last.day).toBe('2024-12-17');
    expect(last.edge.type).toBe('delisting');
    expect(last.outlets).toEqual(['kyma.com (AP)', 'themoscowtimes.com']);
    const lastDay = steps.filter((s) => s.day === '2024-12-17');
    const duma = lastDay.find((s) => s.edge.source === 'state-duma');
    expect(duma).toBeDefined();
    expect(duma!.edge).toMatchObject({ type: 'delisting', target: 'taliban', status: 'planned' });
    expect(duma!.outlets).toEqual(['kyma.com (AP)', 'themoscowtimes.com']);
    expect(duma!.quote.quote).toMatch(/bill/);
    // Nothing else happens after it.
    expect(steps.indexOf(duma!)).toBeGreaterThanOrEqual(steps.length - lastDay.length);
  });

  it('leaves the members out when asked: only Russia’s own claims with the Taliban', () => {
    const own = storySteps(index, 'russia', 'taliban', { members: false });
    expect(own.length).toBeLessThan(steps.length);
    for (const { edge } of own) expect([edge.source, edge.target].sort()).toEqual(['russia', 'taliban']);
  });
});
