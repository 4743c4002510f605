import { describe, expect, it } from 'vitest';
import { sentenceIndexAt, splitSentences, splitSpanBySentence } from './sentences';

const texts = (s: string): string[] => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it.each([
    ['Mr. Smith went home. Then Mrs. Jones and Ms. Brown came.', ['Mr. Smith went home.', 'Then Mrs. Jones and Ms. Brown came.']],
    ['Dr. Jones met Gen. Smith and Col. Brown.', ['Dr. Jones met Gen. Smith and Col. Brown.']],
    ['Sen. Warren and Rep. Smith met Gov. Brown. Lt. Dan stayed.', ['Sen. Warren and Rep. Smith met Gov. Brown.', 'Lt. Dan stayed.']],
    ['He lives in St. Louis now.', ['He lives in St. Louis now.']],
    ['On Jan. 5 and Dec. Brown said so.', ['On Jan. 5 and Dec. Brown said so.']],
    ['Talks at 3 p.m. Monday went well.', ['Talks at 3 p.m. Monday went well.']],
    ['Meet at 10 a.m. Eastern time.', ['Meet at 10 a.m. Eastern time.']],
    ['The U.S. Army came.', ['The U.S. Army came.']],
    ['The U.N. Security Council met. E.U. Commission officials said. The U.K. Foreign Office agreed.', [
      'The U.N. Security Council met.',
      'E.U. Commission officials said.',
      'The U.K. Foreign Office agreed.',
    ]],
    ['The U.S. has never attended. U.S.-backed insurgents fought.', ['The U.S. has never attended.', 'U.S.-backed insurgents fought.']],
    // A real sentence end after an acronym stays a break.
    ['It was backed by the U.S. The talks failed.', ['It was backed by the U.S.', 'The talks failed.']],
    ['John F. Kennedy was shot. He died.', ['John F. Kennedy was shot.', 'He died.']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('keeps a closing quotation mark with its sentence', () => {
    const input =
      '“A principal decision on this has already been made by the Russian leadership,” said Kabulov. “Hopefully, the final decision will be announced soon.”\n\nThe remarks were reported.';
    expect(texts(input)).toEqual([
      '“A principal decision on this has already been made by the Russian leadership,” said Kabulov.',
      '“Hopefully, the final decision will be announced soon.”',
      'The remarks were reported.',
    ]);
  });

  it('never joins across a line break', () => {
    expect(texts('He met Gen.\nSmith arrived later.')).toEqual(['He met Gen.', 'Smith arrived later.']);
  });

  it('trims each sentence and gives offsets of the trimmed text in the full text', () => {
    const input = '  First one.   Second one.\n\n  Third one.\n';
    const sentences = splitSentences(input);
    expect(sentences.map((s) => s.text)).toEqual(['First one.', 'Second one.', 'Third one.']);
    for (const s of sentences) {
      expect(input.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
  });

  it('splits only the given range and reports offsets in the full text', () => {
    const input = 'HEADER. Body one. Body two.';
    const sentences = splitSentences(input, 8);
    expect(sentences).toEqual([
      { start: 8, end: 17, text: 'Body one.' },
      { start: 18, end: 27, text: 'Body two.' },
    ]);
  });
});

describe('sentence lookup', () => {
  const sentences = splitSentences('One two. Three four. Five six.'); // 0..8, 9..20, 21..30

  it('finds the sentence containing an offset', () => {
    expect([0, 7, 8, 9, 20, 21, 29, 30].map((p) => sentenceIndexAt(sentences, p))).toEqual([0, 0, -1, 1, -1, 2, 2, -1]);
  });

  it('splits a span into one piece per sentence, clipped to each', () => {
    expect(splitSpanBySentence(sentences, 4, 14)).toEqual([
      { sentenceIndex: 0, start: 4, end: 8 },
      { sentenceIndex: 1, start: 9, end: 14 },
    ]);
    expect(splitSpanBySentence(sentences, 10, 12)).toEqual([{ sentenceIndex: 1, start: 10, end: 12 }]);
  });
});
