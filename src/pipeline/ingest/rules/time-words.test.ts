// Time words of real sentences, found by chrono-node and the year pattern and resolved with the
// project's own resolver (src/domain/dates.ts) against the article's publication date.
import { describe, expect, it } from 'vitest';
import { resolveTimeExpression } from '../../../domain/dates';
import { CORPUS_IDS, readSource, SEED, LAWMAKERS } from './__fixtures__/corpus';
import { findTimeWords, type TimeWords } from './time-words';

const ARTICLES = new Map(CORPUS_IDS.map((id) => [id, readSource(id)]));
const article = (id: string) => ARTICLES.get(id) ?? expect.unreachable(id);

/** Time words of the sentence of `id` that contains `words`. */
function timesIn(id: string, words: string): TimeWords[] {
  const a = article(id);
  const s = a.sentences.find((x) => x.text.includes(words)) ?? expect.unreachable(`no sentence with ${words}`);
  return findTimeWords(a.text, s.start, s.end, a.published);
}
/** The EDTF date of time words, as a draft gets it: its own date, else the resolver's. */
function dateOf(id: string, t: TimeWords): string | undefined {
  if (t.date) return t.date;
  const r = resolveTimeExpression(t.text, article(id).published);
  return r.ok ? r.date : undefined;
}

describe('weekdays', () => {
  it('reads “passed a bill on Tuesday” in an article of Tuesday 17 December 2024 as that very day', () => {
    expect(new Date('2024-12-17T12:00:00Z').getUTCDay()).toBe(2);
    const [t, ...more] = timesIn(LAWMAKERS, 'passed a bill on Tuesday');
    expect(more).toEqual([]);
    expect(t).toMatchObject({ text: 'on Tuesday' });
    expect(dateOf(LAWMAKERS, t!)).toBe('2024-12-17');
  });

  it('reads “Russia reported Friday” in an article of Saturday 5 October 2024 as the day before', () => {
    const [t] = timesIn(SEED, 'Russia reported Friday');
    expect(t!.text).toBe('Friday');
    expect(dateOf(SEED, t!)).toBe('2024-10-04');
  });

  it('reads “late on Thursday” in an article of Friday 23 August 2024 as 22 August', () => {
    const id = '2024-08-23_uae-accepts-taliban-ambassador';
    const t = timesIn(id, 'late on Thursday').find((x) => x.text === 'on Thursday');
    expect(dateOf(id, t!)).toBe('2024-08-22');
  });

  it('leaves the possessive off “Friday’s gathering”', () => {
    const [t] = timesIn(SEED, 'address to Friday’s gathering');
    expect(t!.text).toBe('Friday');
    expect(article(SEED).text.slice(t!.end, t!.end + 2)).toBe('’s');
  });
});

describe('years', () => {
  it('reads “put on Russia’s list of terrorist organizations in 2003” as 2003', () => {
    const id = '2024-12-17_duma-bill-taliban';
    const [t] = timesIn(id, 'were put on Russia’s list');
    expect(t!.text).toBe('in 2003');
    expect(dateOf(id, t!)).toBe('2003');
  });

  it('reads “since 2003” as an open interval from 2003', () => {
    const [t] = timesIn(SEED, 'on the Russian list of terrorist organizations since 2003');
    expect(t!.text).toBe('since 2003');
    expect(dateOf(SEED, t!)).toBe('2003/..');
  });

  it('reads “In September 2006” with its lower-cased preposition and month precision', () => {
    const id = '2024-09-06_kyrgyzstan-removes-taliban';
    const [t] = timesIn(id, 'In September 2006');
    expect(t!.text).toBe('in September 2006');
    expect(article(id).text.slice(t!.start, t!.end)).toBe('In September 2006');
    expect(dateOf(id, t!)).toBe('2006-09');
  });

  it('reads “in August 2021” and “in 1979”', () => {
    const china = '2024-01-30_china-accepts-taliban-envoy';
    const [t] = timesIn(china, 'since their return to power in August 2021');
    expect(dateOf(china, t!)).toBe('2021-08');
    const [soviet] = timesIn(SEED, 'entered the country in 1979');
    expect(soviet!.text).toBe('in 1979');
    expect(dateOf(SEED, soviet!)).toBe('1979');
  });
});

describe('relative time words', () => {
  it('reads “submitted … last month” in a December article as November 2024', () => {
    const [t] = timesIn(LAWMAKERS, 'State Duma last month');
    expect(t!.text).toBe('last month');
    expect(dateOf(LAWMAKERS, t!)).toBe('2024-11');
  });

  it('reads “three years ago”, “last week” and “in July” against the seed’s date, 2024-10-05', () => {
    expect(dateOf(SEED, timesIn(SEED, 'three years ago')[0]!)).toBe('2021');
    expect(dateOf(SEED, timesIn(SEED, 'formally alleged last week')[0]!)).toBe('2024-09-23/2024-09-29');
    expect(dateOf(SEED, timesIn(SEED, 'President Vladimir Putin stated in July')[0]!)).toBe('2024-07');
  });

  it('reads “Last year” in a January 2024 article as 2023', () => {
    const id = '2024-01-30_china-accepts-taliban-envoy';
    expect(dateOf(id, timesIn(id, 'Last year, the Taliban Prime Minister')[0]!)).toBe('2023');
  });
});

describe('every time word of the corpus', () => {
  const all = CORPUS_IDS.flatMap((id) => {
    const a = article(id);
    return a.sentences.flatMap((s) => findTimeWords(a.text, s.start, s.end, a.published).map((t) => ({ id, a, s, t })));
  });

  it('finds time words in every article, in text order within each sentence', () => {
    expect(new Set(all.map((x) => x.id))).toEqual(new Set(CORPUS_IDS));
    for (const { a, s } of all) {
      const starts = findTimeWords(a.text, s.start, s.end, a.published).map((t) => t.start);
      expect(starts).toEqual([...starts].sort((x, y) => x - y));
    }
  });

  it('gives offsets inside the sentence that slice back to the words, up to the case of a leading preposition', () => {
    for (const { a, s, t } of all) {
      expect(t.start >= s.start && t.end <= s.end, t.text).toBe(true);
      expect(a.text.slice(t.start, t.end).toLowerCase()).toBe(t.text.toLowerCase());
    }
  });

  it('gives words that resolve to an EDTF date (by the project’s resolver, or chrono’s own date)', () => {
    for (const { id, t } of all) expect(dateOf(id, t), t.text).toMatch(/^\d{4}(?:-\d{2}){0,2}(?:\/(?:\d{4}(?:-\d{2}){0,2}|\.\.))?$/);
  });

  it('finds nothing in a sentence without time: “Russia’s involvement in Afghanistan has been tumultuous.”', () => {
    expect(timesIn(SEED, 'has been tumultuous')).toEqual([]);
  });
});
