// The eval's metrics on tiny hand-made gold and predictions.
import { describe, expect, it } from 'vitest';
import { accuracy, f1, pairClaims, precision, recall, scoreArticle, tripleKey, type Claim, type DocView } from './metrics';
import { heldOutActors, isReviewedAnnotation, mapProposedActors, nameIndex, normaliseName, renameActors } from './views';

let n = 0;
function claim(source: string, type: string, target: string, extra: Partial<Claim> = {}): Claim {
  n++;
  return { id: `c${n}`, source, type, target, status: 'asserted', sentenceIds: ['d#s0'], quote: 'q', sentence: 's', ...extra };
}
const view = (claims: Claim[], actors: string[] = []): DocView => ({ actors: new Set(actors), claims });
const UNDIRECTED = new Set(['consultation']);

describe('relation triples', () => {
  it('treats the pair of an undirected type as unordered, and a directed one as ordered', () => {
    expect(tripleKey({ source: 'b', type: 'consultation', target: 'a' }, UNDIRECTED)).toBe('a consultation b');
    expect(tripleKey({ source: 'b', type: 'support', target: 'a' }, UNDIRECTED)).toBe('b support a');
    const s = scoreArticle(
      view([claim('a', 'consultation', 'b'), claim('a', 'support', 'b')]),
      view([claim('b', 'consultation', 'a'), claim('b', 'support', 'a')]),
      UNDIRECTED,
    );
    expect(s.relations).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.falseNegatives.map((t) => t.triple)).toEqual(['a support b']);
    expect(s.falsePositives.map((t) => t.triple)).toEqual(['b support a']);
  });

  it('counts a triple once however many claims carry it, and scores each type apart', () => {
    const gold = view([claim('a', 'support', 'b'), claim('a', 'support', 'b'), claim('a', 'accusation', 'c'), claim('c', 'denial', 'a')]);
    const predicted = view([claim('a', 'support', 'b'), claim('a', 'accusation', 'c'), claim('a', 'accusation', 'b')]);
    const s = scoreArticle(gold, predicted, UNDIRECTED);
    expect(s.relations).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(s.byType).toEqual({ support: { tp: 1, fp: 0, fn: 0 }, accusation: { tp: 1, fp: 1, fn: 0 }, denial: { tp: 0, fp: 0, fn: 1 } });
    expect(precision(s.relations)).toBeCloseTo(2 / 3);
    expect(recall(s.relations)).toBeCloseTo(2 / 3);
    expect(f1(s.relations)).toBeCloseTo(2 / 3);
  });

  it('leaves precision undefined without predictions, and F1 at 0 when something was missed', () => {
    const s = scoreArticle(view([claim('a', 'support', 'b')]), view([]), UNDIRECTED);
    expect(precision(s.relations)).toBeNull();
    expect(recall(s.relations)).toBe(0);
    expect(f1(s.relations)).toBe(0);
  });
});

describe('actors', () => {
  it('scores the actor sets', () => {
    const s = scoreArticle(view([], ['a', 'b', 'c']), view([], ['b', 'c', 'd', 'e']), UNDIRECTED);
    expect(s.actors).toEqual({ tp: 2, fp: 2, fn: 1 });
    expect(s.missedActors).toEqual(['a']);
    expect(s.extraActors).toEqual(['d', 'e']);
  });
});

describe('claim pairing: status, date, saidBy', () => {
  it('pairs a gold claim with the predicted claim from the same sentence first', () => {
    const g = claim('a', 'support', 'b', { sentenceIds: ['d#s2'], status: 'hoped' });
    const p1 = claim('a', 'support', 'b', { sentenceIds: ['d#s1'] });
    const p2 = claim('a', 'support', 'b', { sentenceIds: ['d#s2'], status: 'hoped' });
    expect(pairClaims([g], [p1, p2])).toEqual([{ gold: g, predicted: p2 }]);
    const s = scoreArticle(view([g]), view([p1, p2]), UNDIRECTED);
    expect(s.status).toEqual({ correct: 1, total: 1 });
  });

  it('pairs by the gold claim’s main quote before a sentence it also cites', () => {
    // Gold quotes "despite being a banned organisation in Russia since 2003" (s1) and also cites s0.
    const g = claim('a', 'listing', 'b', { sentenceIds: ['d#s1', 'd#s0'], date: '2003/..' });
    const p0 = claim('a', 'listing', 'b', { sentenceIds: ['d#s0'] });
    const p1 = claim('a', 'listing', 'b', { sentenceIds: ['d#s1'], date: '2003/..' });
    expect(pairClaims([g], [p0, p1])).toEqual([{ gold: g, predicted: p1 }]);
    // Without a claim on the main sentence, the one on the other cited sentence is paired (and its date is wrong).
    expect(pairClaims([g], [p0])).toEqual([{ gold: g, predicted: p0 }]);
    expect(scoreArticle(view([g]), view([p0]), UNDIRECTED).date).toEqual({ correct: 0, total: 1 });
  });

  it('pairs every gold claim, reusing a predicted one only when they run out', () => {
    const g1 = claim('a', 'support', 'b', { sentenceIds: ['d#s1'], status: 'alleged' });
    const g2 = claim('a', 'support', 'b', { sentenceIds: ['d#s2'] });
    const g3 = claim('a', 'support', 'b', { sentenceIds: ['d#s3'], status: 'alleged' });
    const p1 = claim('a', 'support', 'b', { sentenceIds: ['d#s2'] });
    const p2 = claim('a', 'support', 'b', { sentenceIds: ['d#s9'], status: 'alleged' });
    const pairs = pairClaims([g1, g2, g3], [p1, p2]);
    // g2 ↔ p1 (same sentence) first; then g1 ↔ p2 (the one left); g3 reuses p1.
    expect(pairs.map((p) => p.predicted)).toEqual([p2, p1, p1]);
    const s = scoreArticle(view([g1, g2, g3]), view([p1, p2]), UNDIRECTED);
    expect(s.status).toEqual({ correct: 2, total: 3 });
    expect(s.mismatches.map((m) => [m.field, m.gold, m.predicted])).toEqual([['status', 'alleged', 'asserted']]);
  });

  it('counts dates over pairs where either side has one, and both-undated pairs apart', () => {
    const gold = view([
      claim('a', 'support', 'b', { date: '2024-10-04' }),
      claim('a', 'accusation', 'b', { date: '2024-10' }),
      claim('a', 'denial', 'b'),
      claim('a', 'appeal', 'b'),
    ]);
    const predicted = view([
      claim('a', 'support', 'b', { date: '2024-10-04' }),
      claim('a', 'accusation', 'b', { date: '2024-10-04' }),
      claim('a', 'denial', 'b', { date: '2024' }),
      claim('a', 'appeal', 'b'),
    ]);
    const s = scoreArticle(gold, predicted, UNDIRECTED);
    expect(s.date).toEqual({ correct: 1, total: 3 });
    expect(s.bothUndated).toBe(1);
    expect(accuracy(s.date)).toBeCloseTo(1 / 3);
  });

  it('checks saidBy only where the gold names a speaker', () => {
    const gold = view([claim('a', 'support', 'b', { saidBy: 'x' }), claim('a', 'appeal', 'b'), claim('a', 'denial', 'b', { saidBy: 'y' })]);
    const predicted = view([claim('a', 'support', 'b', { saidBy: 'x' }), claim('a', 'appeal', 'b', { saidBy: 'z' }), claim('a', 'denial', 'b')]);
    expect(scoreArticle(gold, predicted, UNDIRECTED).saidBy).toEqual({ correct: 1, total: 2 });
  });

  it('leaves the pair-based figures empty when no triple matches', () => {
    const s = scoreArticle(view([claim('a', 'support', 'b', { date: '2024' })]), view([claim('a', 'appeal', 'b', { date: '2024' })]), UNDIRECTED);
    expect(s.status.total + s.date.total + s.saidBy.total + s.bothUndated).toBe(0);
    expect(accuracy(s.status)).toBeNull();
  });
});

describe('proposed actors', () => {
  const index = nameIndex([
    { id: 'zamir-kabulov', names: ['Zamir Kabulov', 'Kabulov'] },
    { id: 'russia', names: ['Russia', 'Moscow'] },
    { id: 'moscow-city', names: ['Moscow'] },
  ]);

  it('maps a proposed actor whose label or alias equals a gold name, ignoring case and spacing', () => {
    expect(normaliseName('  Zamir\n KABULOV ')).toBe('zamir kabulov');
    const mapping = mapProposedActors(
      [
        { id: 'kabulov', names: ['  zamir   KABULOV'] },
        { id: 'envoy', names: ['The envoy', 'kabulov'] },
        { id: 'new-person', names: ['Someone Else'] },
        { id: 'zamir-kabulov', names: ['Zamir Kabulov'] },
      ],
      index,
      new Set(),
    );
    expect([...mapping]).toEqual([
      ['kabulov', 'zamir-kabulov'],
      ['envoy', 'zamir-kabulov'],
    ]);
  });

  it('prefers an actor of the gold document when a name is shared', () => {
    expect(mapProposedActors([{ id: 'p', names: ['moscow'] }], index, new Set()).get('p')).toBe('russia');
    expect(mapProposedActors([{ id: 'p', names: ['moscow'] }], index, new Set(['moscow-city'])).get('p')).toBe('moscow-city');
  });

  it('renames mapped ids in claims and in the actor set, so the triple then matches', () => {
    const predicted = renameActors(view([claim('kabulov', 'support', 'taliban', { saidBy: 'kabulov' })], ['kabulov', 'taliban']), new Map([['kabulov', 'zamir-kabulov']]));
    expect([...predicted.actors]).toEqual(['zamir-kabulov', 'taliban']);
    const s = scoreArticle(view([claim('zamir-kabulov', 'support', 'taliban', { saidBy: 'zamir-kabulov' })], ['zamir-kabulov', 'taliban']), predicted, UNDIRECTED);
    expect(s.relations).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.saidBy).toEqual({ correct: 1, total: 1 });
    expect(s.actors).toEqual({ tp: 2, fp: 0, fn: 0 });
  });
});

describe('held-out actors and reviewed annotations', () => {
  it('holds out the registry actors no other reviewed article uses', () => {
    const gold = new Map([
      ['one', new Set(['russia', 'kabulov'])],
      ['two', new Set(['russia', 'china'])],
    ]);
    expect([...heldOutActors(['russia', 'kabulov', 'china', 'unused'], gold, 'one')]).toEqual(['kabulov', 'unused']);
  });

  it('calls an annotation reviewed when no item is marked review: suggested', () => {
    expect(isReviewedAnnotation('relations:\n  - source: a\n    review: reviewed\n')).toBe(true);
    expect(isReviewedAnnotation('mentions:\n  - actor: a\n    review: suggested\n')).toBe(false);
    expect(isReviewedAnnotation('actors:\n  - id: x\n    review: suggested\n')).toBe(false);
    expect(isReviewedAnnotation('')).toBe(true);
    expect(isReviewedAnnotation('- a list')).toBeUndefined();
    expect(isReviewedAnnotation('a: [')).toBeUndefined();
  });
});
