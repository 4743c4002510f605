import { describe, expect, it } from 'vitest';
import graphText from '../../../data/graph.json?raw';
import { storySteps } from '../../domain/claims/story';
import { validateGraph } from '../../domain/graph-contract';
import { buildGraphIndex } from '../../domain/graph-index';
import { listedCount, neighbourStep, STEP_LIMIT, storySubject, topStoryPairs } from './story-selectors';

const checked = validateGraph(JSON.parse(graphText));
if (!checked.ok) throw new Error('data/graph.json does not validate');
const index = buildGraphIndex(checked.graph);
const edgeOf = (source: string, target: string): string => [...index.edges.values()].find((e) => e.source === source && e.target === target)!.id;

describe('topStoryPairs', () => {
  it('lists Russia – Taliban among the three longest stories, with its story’s length', () => {
    const pairs = topStoryPairs(index, 3);
    expect(pairs).toHaveLength(3);
    expect(pairs).toContainEqual({ a: 'russia', b: 'taliban', claims: storySteps(index, 'russia', 'taliban').length });
    for (const p of pairs) expect(p.claims).toBe(storySteps(index, p.a, p.b).length);
    const counts = pairs.map((p) => p.claims);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('leaves out a pair that only repeats a member’s story (Russia – Afghanistan is the Taliban’s)', () => {
    expect(topStoryPairs(index, 10).some((p) => p.b === 'afghanistan' && p.a === 'russia')).toBe(false);
  });
});

describe('storySubject', () => {
  const lavrovTalks = edgeOf('sergey-lavrov', 'amir-khan-muttaqi');

  it('tells a selected actor’s story, with the chosen actor when there is one', () => {
    expect(storySubject(index, { kind: 'node', id: 'russia' }, null, null)).toEqual({ actor: 'russia', with: null });
    expect(storySubject(index, { kind: 'node', id: 'russia' }, 'taliban', null)).toEqual({ actor: 'russia', with: 'taliban' });
    expect(storySubject(index, { kind: 'node', id: 'taliban' }, 'taliban', null)).toEqual({ actor: 'taliban', with: null });
  });

  it('keeps the story of the last actor while its claims are selected', () => {
    expect(storySubject(index, { kind: 'edge', id: lavrovTalks }, 'taliban', 'russia')).toEqual({ actor: 'russia', with: 'taliban' });
    expect(storySubject(index, { kind: 'edge', id: lavrovTalks }, null, 'russia')).toEqual({ actor: 'russia', with: null });
  });

  it('finds the pair again from a claim and the other actor (a shared link), rolling a member up to its actor', () => {
    expect(storySubject(index, { kind: 'edge', id: lavrovTalks }, 'taliban', null)).toEqual({ actor: 'russia', with: 'taliban' });
  });

  it('tells the story of a selected claim’s two ends otherwise', () => {
    expect(storySubject(index, { kind: 'edge', id: lavrovTalks }, null, null)).toEqual({ actor: 'sergey-lavrov', with: 'amir-khan-muttaqi' });
    expect(storySubject(index, { kind: 'edge', id: lavrovTalks }, null, 'kazakhstan')).toEqual({ actor: 'sergey-lavrov', with: 'amir-khan-muttaqi' });
  });

  it('has no subject without a selection, for a sentence, or for an unknown id', () => {
    expect(storySubject(index, null, 'taliban', 'russia')).toBeNull();
    expect(storySubject(index, { kind: 'sentence', id: [...index.sentences.keys()][0]! }, null, null)).toBeNull();
    expect(storySubject(index, { kind: 'node', id: 'nobody' }, null, null)).toBeNull();
    expect(storySubject(index, { kind: 'edge', id: 'nothing' }, null, null)).toBeNull();
  });
});

describe('stepping', () => {
  it('moves one step either way and stops at the ends; from no step, forward starts at the first', () => {
    expect(neighbourStep(-1, 5, 1)).toBe(0);
    expect(neighbourStep(-1, 5, -1)).toBeNull();
    expect(neighbourStep(2, 5, 1)).toBe(3);
    expect(neighbourStep(2, 5, -1)).toBe(1);
    expect(neighbourStep(4, 5, 1)).toBeNull();
    expect(neighbourStep(0, 5, -1)).toBeNull();
    expect(neighbourStep(-1, 0, 1)).toBeNull();
  });

  it(`lists ${STEP_LIMIT} steps of a longer story until all are asked for, and always the current one`, () => {
    expect(listedCount(19, -1, false)).toBe(19);
    expect(listedCount(1000, -1, false)).toBe(STEP_LIMIT);
    expect(listedCount(1000, 10, false)).toBe(STEP_LIMIT);
    expect(listedCount(1000, 450, false)).toBe(451);
    expect(listedCount(1000, -1, true)).toBe(1000);
  });
});
