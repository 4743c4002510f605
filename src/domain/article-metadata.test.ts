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

  // First lines of the development corpus (data/sources), exactly as stored.
  it.each([
    [
      ' date 2024-12-17 MOSCOW (AP) — The lower house of Russia’s parliament has approved a bill.',
      { place: 'MOSCOW', agency: 'AP' },
      'The lower house',
    ],
    [
      ' date 2024-01-30 Islamabad, Jan 30, (dpa/GNA) – Chinese President, Xi Jinping, has officially accepted the credentials.',
      { place: 'Islamabad', agency: 'dpa', outlet: 'GNA' },
      'Chinese President',
    ],
    [
      ' date 2024-08-23 AGL 28.07 Increased By ▲ 2.20 (8.5%)\nIn rare move, UAE accepts Taliban government ambassador\n\nAFP Published 23 Aug, 2024 03:32pm\n\nDUBAI: The United Arab Emirates has accepted the credentials.',
      { place: 'DUBAI', agency: 'AFP', headline: 'In rare move, UAE accepts Taliban government ambassador' },
      'The United Arab',
    ],
    [
      ' date 2023-12-29 Kazakhstan Removes Taliban from Banned List: A Shift in Diplomatic Relations\n\nIn a significant move, the Supreme Court of Kazakhstan has removed the Islamic Emirate.',
      { headline: 'Kazakhstan Removes Taliban from Banned List: A Shift in Diplomatic Relations' },
      'In a significant move',
    ],
    [
      ' date 2024-09-06 Kyrgyzstan removes Taliban from Terrorist Organizations list\n\nIn September 2006, the Pervomaysky District Court recognized the Taliban as a terrorist organization in Kyrgyzstan.',
      { headline: 'Kyrgyzstan removes Taliban from Terrorist Organizations list' },
      'In September 2006',
    ],
    // Styles of other wires and outlets.
    ['date 2024-07-03 Moscow, Jul 3 (AP) Russia hosted the talks.', { place: 'Moscow', agency: 'AP' }, 'Russia hosted'],
    ['date 2024-07-03 Shafaq News/ Iraq hosted the talks.', { outlet: 'Shafaq News' }, 'Iraq hosted'],
    ['date 2024-07-03 KABUL, Afghanistan (Reuters) - The Taliban said.', { place: 'KABUL, Afghanistan', agency: 'Reuters' }, 'The Taliban'],
    ['date 2024-10-04 WASHINGTON, Oct 4 (Reuters) — The talks ended.', { place: 'WASHINGTON', agency: 'Reuters' }, 'The talks'],
    ['date 2024-01-30 BEIJING, Jan. 30 (Xinhua) -- China said.', { place: 'BEIJING', agency: 'Xinhua' }, 'China said'],
    ['date 2024-01-30 NEW DELHI, 30 January 2024 (IANS): India said.', { place: 'NEW DELHI', agency: 'IANS' }, 'India said'],
    ['date 2024-01-30 Headline Here\nBy John Smith\nLONDON (Reuters) - Text.', { place: 'LONDON', agency: 'Reuters', headline: 'Headline Here' }, 'Text.'],
  ])('dateline of %j', (text, fields, body) => {
    const meta = parseArticleMetadata(text);
    if (!meta.ok) throw new Error(meta.message);
    const { ok, published, bodyStart, ...rest } = meta;
    expect([ok, published.length]).toEqual([true, 10]);
    expect(rest).toEqual(fields);
    expect(text.slice(bodyStart).startsWith(body)).toBe(true);
  });

  it.each([
    ' date 2024-07-04 Russian President Vladimir Putin said that the Taliban, a banned group in Russia, are Moscow\'s "allies" in fighting terrorism.',
    ' date 2024-12-17 In a significant move, the Supreme Court of Kazakhstan has removed the Islamic Emirate.',
    ' date 2024-08-22 Afghanistan’s foreign ministry has appointed Mawlawi Badreddin Haqqani as its first accredited ambassador.',
    ' date 2024-12-17 Russian lawmakers passed a bill on Tuesday that would give courts the power to remove groups.\nThe bill was submitted.',
    'date 2024-01-30 The UN Security Council - which met on Monday - said so.',
    'date 2024-01-30 Russia (AP) said it would.',
    'date 2024-01-30 BREAKING: India said so.',
    'date 2024-01-30 Taliban/Islamic Emirate officials said so.',
  ])('finds no dateline or headline in the ordinary first sentence %j', (text) => {
    const meta = parseArticleMetadata(text);
    if (!meta.ok) throw new Error(meta.message);
    expect(meta).toEqual({ ok: true, published: meta.published, bodyStart: text.indexOf(' ', text.indexOf(meta.published)) + 1 });
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
