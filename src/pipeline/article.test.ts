// The development corpus (data/sources) read as the build reads it: page noise and datelines never
// reach a sentence, and the seed article keeps the sentences its annotation was written against.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../domain/sentences';
import { readArticle } from './article';

const SOURCES = join(import.meta.dirname, '../../data/sources');
const SEED = '000_13209300025090b4';

function read(id: string): NonNullable<Extract<ReturnType<typeof readArticle>, { ok: true }>['article']> {
  const text = readFileSync(join(SOURCES, `${id}.txt`), 'utf8');
  const result = readArticle(id, `data/sources/${id}.txt`, `${id}.txt`, text);
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

/** Per article: the lines that are metadata or noise, and the fields read from them. */
const CORPUS: Array<[id: string, noise: string[], fields: Record<string, string>]> = [
  [
    '2023-12-29_kazakhstan-removes-taliban',
    ['Kazakhstan Removes Taliban from Banned List: A Shift in Diplomatic Relations', 'Aligning with UN Precedent', 'Reshaping Relations', 'Continuing Compliance'],
    { headline: 'Kazakhstan Removes Taliban from Banned List: A Shift in Diplomatic Relations' },
  ],
  ['2024-01-30_china-accepts-taliban-envoy', ['Islamabad, Jan 30, (dpa/GNA) –', '(dpa/GNA)'], { place: 'Islamabad', agency: 'dpa', outlet: 'GNA' }],
  ['2024-07-04_putin-taliban-allies', [], {}],
  ['2024-08-22_taliban-ambassador-uae', [], {}],
  [
    '2024-08-23_uae-accepts-taliban-ambassador',
    [
      'AGL 28.07 Increased By ▲ 2.20 (8.5%)',
      'In rare move, UAE accepts Taliban government ambassador',
      'AFP Published 23 Aug, 2024 03:32pm',
      'Published',
      'DUBAI:',
      'Taliban appoints ambassador to UAE for first time since Afghanistan takeover',
    ],
    { place: 'DUBAI', agency: 'AFP', headline: 'In rare move, UAE accepts Taliban government ambassador' },
  ],
  ['2024-09-06_kyrgyzstan-removes-taliban', ['Kyrgyzstan removes Taliban from Terrorist Organizations list'], { headline: 'Kyrgyzstan removes Taliban from Terrorist Organizations list' }],
  ['2024-12-17_duma-bill-taliban', ['MOSCOW (AP) —', '(AP)'], { place: 'MOSCOW', agency: 'AP' }],
  ['2024-12-17_lawmakers-pass-bill-taliban', [], {}],
];

describe('readArticle on the development corpus', () => {
  it.each(CORPUS)('%s: no sentence holds the date line, dateline, headline or page noise', (id, noise, fields) => {
    const article = read(id);
    const { place, agency, outlet, headline } = article;
    expect(Object.fromEntries(Object.entries({ place, agency, outlet, headline }).filter(([, v]) => v !== undefined))).toEqual(fields);
    expect(article.sentences.length).toBeGreaterThan(0);
    for (const s of article.sentences) {
      expect(s.text).not.toMatch(/^\s*date \d{4}/);
      for (const line of noise) expect(s.text).not.toContain(line);
      // Body sentences end like sentences: the headings and stamps are gone.
      expect(s.text).toMatch(/[.!?…]["'”’)]*$/u);
      expect(article.text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});

describe('readArticle on the seed article', () => {
  it('keeps its 25 sentences and their offsets, exactly as splitting the whole body gives them', () => {
    const article = read(SEED);
    expect(article.place).toBe('ISLAMABAD');
    expect(article.headline).toBeUndefined();
    expect(article.sentences).toHaveLength(25);
    expect(article.sentences).toEqual(splitSentences(article.text, article.bodyStart));
    expect(article.sentences[0]?.text.startsWith('Russia reported Friday')).toBe(true);
  });
});
