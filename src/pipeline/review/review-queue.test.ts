import { describe, expect, it } from 'vitest';
import { reviewItems } from './review-queue';
import { actorsText, annotationText, applyOk, draftText, miniText, SEED } from './__fixtures__/review-files';

const draft = draftText();

describe('reviewItems', () => {
  it('lists a draft’s relations, mentions and proposed actors with their review state and provenance', () => {
    const q = reviewItems(draft);
    expect(q.counts).toEqual({ relations: { suggested: 41, reviewed: 0, rejected: 0 }, mentions: { suggested: 14, reviewed: 0, rejected: 0 } });
    expect(q.relations.map((r) => r.id)).toEqual(Array.from({ length: 41 }, (_, i) => `d${String(i + 1).padStart(2, '0')}`));
    expect(q.relations[0]).toEqual({
      id: 'd01',
      source: 'russia',
      type: 'delisting',
      target: 'taliban',
      quote: 'remove Afghanistan’s ruling Taliban from Moscow’s list',
      status: 'decided',
      saidBy: 'russia',
      review: 'suggested',
      confidence: 0.7,
      rule: 'delisting: remove {target} from … list',
    });
    expect(q.mentions[4]).toEqual({
      index: 4,
      actor: 'zamir-kabulov',
      quote: 'Kabulov',
      within: '“A principal decision on this has already been made by the Russian leadership,” said Kabulov.',
      review: 'suggested',
      confidence: 0.5,
      rule: 'surname of a proposed person',
    });
    expect(q.actors).toEqual([
      expect.objectContaining({ id: 'zamir-kabulov', label: 'Zamir Kabulov', kind: 'person', affiliation: 'russia', review: 'suggested', confidence: 0.55 }),
      expect.objectContaining({ id: 'amir-khan-muttaqi', role: 'Taliban Foreign Minister' }),
      expect.objectContaining({ id: 'karen-decker', affiliation: 'us-mission-doha' }),
    ]);
    expect(q.problem).toBeUndefined();
  });

  it('counts a hand-written relation as reviewed and shows dates as their text', () => {
    const q = reviewItems(annotationText(SEED));
    expect(q.counts.relations).toEqual({ suggested: 0, reviewed: 67, rejected: 0 });
    expect(q.relations.find((r) => r.id === 'r06')).toMatchObject({ date: '2024-10-04', review: 'reviewed' });
    expect(q.relations.find((r) => r.id === 'r06')?.confidence).toBeUndefined();
    expect(q.actors).toEqual([]);
  });

  it('follows the review actions', () => {
    const actors = actorsText();
    let text = applyOk({ annotation: draft, actors }, { kind: 'reject-relation', id: 'd02' }).annotation;
    text = applyOk({ annotation: text, actors }, { kind: 'accept-relation', id: 'd03' }).annotation;
    text = applyOk({ annotation: text, actors }, { kind: 'merge-actor', proposed: 'karen-decker', into: 'karen-decker' }).annotation;
    const q = reviewItems(text);
    expect(q.counts.relations).toEqual({ suggested: 39, reviewed: 1, rejected: 1 });
    expect(q.relations[1]?.review).toBe('rejected');
    expect(q.actors.map((a) => a.id)).toEqual(['zamir-kabulov', 'amir-khan-muttaqi']);
  });

  it('gives relations without an id their default id, and reads flow-style mentions', () => {
    const q = reviewItems(miniText());
    expect(q.relations.map((r) => r.id)).toEqual(['r01', 'r02', 'r03', 'r04']);
    expect(q.relations[2]?.review).toBe('suggested');
    expect(q.mentions[1]).toEqual({ index: 1, actor: 'soviet-union', quote: 'The Soviet army', review: 'reviewed' });
  });

  it('returns empty lists for an empty text, and says why for a broken one instead of throwing', () => {
    expect(reviewItems('')).toEqual({ relations: [], mentions: [], actors: [], counts: { relations: { suggested: 0, reviewed: 0, rejected: 0 }, mentions: { suggested: 0, reviewed: 0, rejected: 0 } } });
    expect(reviewItems('relations: [').problem).toMatch(/^YAML syntax error/);
    expect(reviewItems('- a\n- b\n').problem).toBe('the annotation is not a map of title, actors, mentions and relations');
    expect(reviewItems('relations:\n  - id: r01\n    review: reviwed\n  - 7\n').relations).toEqual([{ id: 'r01', source: '', type: '', target: '', quote: '', review: 'suggested' }]);
  });
});
