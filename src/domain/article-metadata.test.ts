import { describe, expect, it } from 'vitest';
import { deriveTitle, lineAt, parseArticleMetadata } from './article-metadata';
import { splitSentences } from './sentences';

// The first paragraph of the seed article, exactly as stored: one line starting with a space.
const SEED_START =
  ' date 2024-10-05 ISLAMABAD — Russia reported Friday that a “principal decision” had already been made to remove Afghanistan’s ruling Taliban from Moscow’s list of terrorist organizations.\n\nZamir Kabulov, the Russian presidential envoy, was quoted by TASS.\n';

describe('parseArticleMetadata', () => {
  it('reads the date and dateline of the seed article and starts the body after them', () => {
    const meta = parseArticleMetadata(SEED_START);
    expect(meta).toEqual({ ok: true, published: '2024-10-05', place: 'ISLAMABAD', bodyStart: SEED_START.indexOf('Russia reported') });
  });

  it('never puts the date line or dateline into a sentence', () => {
    const meta = parseArticleMetadata(SEED_START);
    if (!meta.ok) throw new Error(meta.message);
    const sentences = splitSentences(SEED_START, meta.bodyStart);
    expect(sentences[0]?.text.startsWith('Russia reported Friday')).toBe(true);
    expect(sentences.map((s) => s.text).join(' ')).not.toMatch(/date 2024|ISLAMABAD/);
  });

  it.each([
    ['date 2024-10-05\nWASHINGTON -- The talks ended.', '2024-10-05', 'WASHINGTON', 'The talks ended.'],
    ['\n  date 2023-01-02\n\nNEW YORK — Markets fell.', '2023-01-02', 'NEW YORK', 'Markets fell.'],
    ['date 2023-01-02 KABUL, Afghanistan — Markets fell.', '2023-01-02', 'KABUL, Afghanistan', 'Markets fell.'],
    ['date 2023-01-02\nThe talks ended — for now.', '2023-01-02', undefined, 'The talks ended — for now.'],
  ])('%j', (text, published, place, body) => {
    const meta = parseArticleMetadata(text);
    expect(meta.ok).toBe(true);
    if (!meta.ok) return;
    expect(meta.published).toBe(published);
    expect(meta.place).toBe(place);
    expect(text.slice(meta.bodyStart)).toBe(body);
  });

  it('fails with the line where the date line should be', () => {
    expect(parseArticleMetadata('\n\nISLAMABAD — Russia reported Friday.')).toEqual({
      ok: false,
      line: 3,
      message: 'missing `date YYYY-MM-DD` line',
    });
    expect(parseArticleMetadata('date 2024-13-40 Text.')).toMatchObject({ ok: false, line: 1, message: expect.stringMatching(/invalid date "2024-13-40"/) });
    expect(parseArticleMetadata('')).toMatchObject({ ok: false, line: 1 });
  });
});

describe('deriveTitle', () => {
  it('keeps a short first sentence whole', () => {
    expect(deriveTitle('Russia hosts talks.')).toBe('Russia hosts talks.');
  });

  it('clips a long sentence at a word boundary to at most 90 characters with an ellipsis', () => {
    const sentence =
      'Russia reported Friday that a “principal decision” had already been made to remove Afghanistan’s ruling Taliban from Moscow’s list of terrorist organizations.';
    const title = deriveTitle(sentence);
    expect(title).toBe('Russia reported Friday that a “principal decision” had already been made to remove…');
    expect(title.length).toBeLessThanOrEqual(90);
  });
});

describe('lineAt', () => {
  it('counts lines from 1', () => {
    expect(lineAt('a\nb\nc', 0)).toBe(1);
    expect(lineAt('a\nb\nc', 4)).toBe(3);
  });
});
