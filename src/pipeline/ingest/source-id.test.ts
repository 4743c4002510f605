import { describe, expect, it } from 'vitest';
import { INGEST_ID, bodyKey, hasDateLine, isDay, slugify, uniqueId } from './source-id';

describe('slugify', () => {
  it('makes ASCII kebab-case, folding accents and joining apostrophes', () => {
    expect(slugify('Russia’s Lavrov: “Kabul” talks, São Paulo & Zürich!')).toBe('russias-lavrov-kabul-talks-sao-paulo-zurich');
  });

  it('clips at a word boundary to at most 60 characters', () => {
    const slug = slugify('In a significant move, the Supreme Court of Kazakhstan has removed the Taliban from its list');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('in-a-significant-move-the-supreme-court-of-kazakhstan-has');
    expect(slugify('x'.repeat(80))).toBe('x'.repeat(60));
  });

  it('falls back to "article" when nothing ASCII is left', () => {
    expect(slugify('Россия — Талибан')).toBe('article');
  });
});

describe('uniqueId', () => {
  it('is <date>_<slug>, with -2, -3 … when the id belongs to another article', () => {
    const taken = new Set(['2024-10-05_russia-delists-taliban', '2024-10-05_russia-delists-taliban-2']);
    expect(uniqueId('2024-10-06', 'Russia delists Taliban', (id) => taken.has(id))).toBe('2024-10-06_russia-delists-taliban');
    expect(uniqueId('2024-10-05', 'Russia delists Taliban', (id) => taken.has(id))).toBe('2024-10-05_russia-delists-taliban-3');
  });

  it('only ever gives ids that are safe file names', () => {
    for (const title of ['../../etc/passwd', '..', '/abs/path', 'a\\b', 'C:\\x']) {
      expect(uniqueId('2024-10-05', title, () => false)).toMatch(INGEST_ID);
    }
    expect(INGEST_ID.test('2024-10-05_../x')).toBe(false);
  });
});

describe('dates and duplicate keys', () => {
  it('accepts only real calendar days', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2023-02-29')).toBe(false);
    expect(isDay('2024-10')).toBe(false);
    expect(isDay('05.10.2024')).toBe(false);
  });

  it('sees a date line at the start, own line or prefix', () => {
    expect(hasDateLine(' date 2024-10-05 ISLAMABAD — Russia')).toBe(true);
    expect(hasDateLine('date 2024-10-05\nRussia')).toBe(true);
    expect(hasDateLine('Russia updated its list on this date 2024-10-05')).toBe(false);
  });

  it('compares the body after the date line with whitespace collapsed', () => {
    expect(bodyKey(' date 2024-10-05 Russia  said\r\n\r\nso.\n')).toBe(bodyKey('date 2024-10-06\nRussia said so.'));
    expect(bodyKey(' date 2024-10-05 Russia said so.')).not.toBe(bodyKey(' date 2024-10-05 Russia said no.'));
  });
});
