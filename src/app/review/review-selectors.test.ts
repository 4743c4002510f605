import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../domain/review-api';
import { corpusProgress, nextToReview } from './review-selectors';

const article = (id: string, published: string, suggested: number, reviewed = 0, rejected = 0): ArticleSummary => ({ id, title: id, published, suggested, reviewed, rejected, proposedActors: 0 });
const corpus = [article('a', '2023-12-29', 2, 1), article('b', '2024-07-04', 0, 3, 1), article('c', '2024-09-06', 4), article('d', '2024-12-17', 1, 0, 2)];

describe('review progress across the corpus', () => {
  it('counts reviewed and rejected claims as decided', () => {
    expect(corpusProgress(corpus)).toEqual({ done: 7, all: 14 });
  });

  it('goes on to the next article by date that still has suggestions, then wraps round', () => {
    expect(nextToReview(corpus, null)?.id).toBe('a');
    expect(nextToReview(corpus, 'a')?.id).toBe('c');
    expect(nextToReview(corpus, 'c')?.id).toBe('d');
    expect(nextToReview(corpus, 'd')?.id).toBe('a');
    expect(nextToReview([article('x', '2024-01-01', 0)], 'x')).toBeUndefined();
  });
});
