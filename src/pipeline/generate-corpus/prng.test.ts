import { describe, expect, it } from 'vitest';
import { Rng, hashSeed, mixSeed } from './prng';

const draw = (rng: Rng, n: number): number[] => Array.from({ length: n }, () => rng.uint32());

describe('seeded random numbers', () => {
  it('repeat exactly for the same seed and differ for another seed', () => {
    expect(draw(new Rng(42), 20)).toEqual(draw(new Rng(42), 20));
    expect(draw(new Rng(42), 20)).not.toEqual(draw(new Rng(43), 20));
  });

  it('give different streams for different document indices', () => {
    expect(mixSeed(7, 0xd0c, 1, 0)).not.toBe(mixSeed(7, 0xd0c, 2, 0));
    expect(mixSeed(7, 0xd0c, 1, 0)).toBe(mixSeed(7, 0xd0c, 1, 0));
  });

  it('hash "1" and 1 alike, and other seeds differently', () => {
    expect(hashSeed('1')).toBe(hashSeed(1));
    expect(hashSeed('alpha')).not.toBe(hashSeed('beta'));
  });

  it('keep integers within their bounds and cover them all', () => {
    const rng = new Rng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i += 1) {
      const v = rng.range(3, 7);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(7);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('pick weighted indices in proportion to their weights', () => {
    const rng = new Rng(5);
    const counts = [0, 0, 0];
    for (let i = 0; i < 10000; i += 1) counts[rng.weighted([1, 0, 3])]! += 1;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.5);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.5);
  });
});
