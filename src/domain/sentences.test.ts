import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import graphText from '../../data/graph.json?raw';
import { parseArticleMetadata } from './article-metadata';
import { findArticleNoise } from './article-noise';
import { MAX_SEGMENTER_INPUT, sentenceIndexAt, splitSentences, splitSpanBySentence } from './sentences';

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
    ['It was backed by the U.S. “The talks failed,” he said.', ['It was backed by the U.S.', '“The talks failed,” he said.']],
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

// ---- Linear splitting: the same sentences as one segmenter call over the whole range ----

/** The splitter as it was before lines and windows: one segmenter call over the whole range (quadratic in V8). */
function wholeRangeSplit(text: string, from = 0, to = text.length): Array<{ start: number; end: number; text: string }> {
  const body = text.slice(from, to);
  const merged: Array<{ start: number; end: number }> = [];
  for (const seg of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(body)) {
    const next = { start: seg.index, end: seg.index + seg.segment.length };
    const prev = merged.at(-1);
    if (prev && referenceFalseBreak(body, prev, next)) prev.end = next.end;
    else merged.push(next);
  }
  return merged.flatMap(({ start, end }) => {
    const raw = body.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    return trimmed ? [{ start: from + start + lead, end: from + start + lead + trimmed.length, text: trimmed }] : [];
  });
}

function referenceFalseBreak(body: string, prev: { start: number; end: number }, next: { start: number; end: number }): boolean {
  const titles = ['Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Col', 'Sen', 'Rep', 'Gov', 'Lt', 'Prof', 'Sgt', 'Capt', 'Maj', 'Adm', 'Cmdr', 'Rev', 'Hon', 'Amb', 'Pres', 'Gens', 'Sens', 'Reps', 'Mt', 'Ft', 'Brig', 'Cpl', 'Pvt'];
  const maybeFinal = ['St', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'No', 'Nos', 'Jr', 'Sr'];
  const openers = 'A An The He She It I We You They This That These Those There Then But And Or So Yet Its His Her Their Our My Your In On At As If When While After Before Since Although Though However Meanwhile Now Still Also Some Many Most No Not What Who Why How Where Which For From With By To Under Over During Both Each All One Two Three Yesterday Today Earlier Later'.split(' ');
  const prevRaw = body.slice(prev.start, prev.end);
  const prevText = prevRaw.trimEnd();
  if (!prevText || /[\n\r\u2028\u2029]/.test(prevRaw.slice(prevText.length))) return false;
  const token = /\S+$/.exec(prevText)?.[0].replace(/^[(“‘"'[]+/, '') ?? '';
  if (!token.endsWith('.')) return false;
  const nextWord = /^[“‘"'(]*([^\s“”‘’"'(),;:]+)/.exec(body.slice(next.start, next.end).trimStart())?.[1] ?? '';
  const opensSentence = openers.includes(nextWord.replace(/[.!?]+$/, ''));
  const abbr = token.slice(0, -1);
  if (titles.includes(abbr)) return true;
  if (maybeFinal.includes(abbr)) return !opensSentence;
  if (/^(?:\p{L}\.){2,}$/u.test(token) || /^\p{Lu}\.$/u.test(token)) return !opensSentence;
  return false;
}

const graph = JSON.parse(graphText) as { documents: Array<{ id: string; text: string; bodyStart: number }>; sentences: Array<{ documentId: string; start: number; end: number; text: string }> };
const realTexts = graph.documents.map((d) => d.text);
/** Sentences of the real articles, one line each: material for long paragraphs. */
const realSentences = graph.sentences.map((s) => s.text.replace(/\s+/g, ' '));

describe('splitSentences is linear and splits as one whole-range segmenter call did', () => {
  it('gives every article of data/graph.json its committed sentences', () => {
    for (const doc of graph.documents) {
      const meta = parseArticleMetadata(doc.text);
      if (!meta.ok) throw new Error(`${doc.id}: ${meta.message}`);
      const { citable } = findArticleNoise(doc.text, meta.bodyStart, doc.text.length, meta.headline);
      const built = graph.sentences.filter((s) => s.documentId === doc.id).map(({ start, end, text }) => ({ start, end, text }));
      expect(citable.flatMap((r) => splitSentences(doc.text, r.start, r.end)), doc.id).toEqual(built);
    }
  });

  it('splits each real article, whole and in small windows, as the whole-range call did', () => {
    for (const text of realTexts) {
      const reference = wholeRangeSplit(text);
      expect(splitSentences(text)).toEqual(reference);
      for (const window of [300, 700, 1500]) expect(splitSentences(text, 0, text.length, window)).toEqual(reference);
    }
  });

  it('splits real sentences run into one long paragraph as the whole-range call did, whatever the window', () => {
    const paragraph = fc.array(fc.constantFrom(...realSentences), { minLength: 1, maxLength: 40 });
    const space = fc.constantFrom(' ', '  ', ' \t', '\u00a0');
    fc.assert(
      fc.property(fc.array(fc.tuple(paragraph, space), { minLength: 1, maxLength: 3 }), fc.integer({ min: 300, max: 4000 }), (parts, window) => {
        const text = parts.map(([sentences, sep]) => sentences.join(sep)).join(' ');
        expect(splitSentences(text, 0, text.length, window)).toEqual(wholeRangeSplit(text));
      }),
      { seed: 0x5e47, numRuns: 150 },
    );
  });

  // Words, abbreviations, initials, numbers, quotes and every kind of line break: the places where
  // the segmenter or the repairs could see across a line or a window.
  const token = fc.constantFrom(
    'the', 'talks', 'said', 'He', 'The', 'However', 'Smith', 'Kabul', 'Mr.', 'Dr.', 'Gen.', 'St.', 'Jan.', 'No.', 'U.S.', 'a.m.', 'F.', 'etc.',
    '5', '2024', '3.5', '.', '!', '?', '…', '“', '”', '"', "'", '(', ')', ',', ';', ':', '—', 'é', '😀', 'ok.', 'Why?', 'no!',
  );
  const gap = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', ' \n ', '');
  const soup = fc.array(fc.tuple(token, gap), { maxLength: 120 }).map((parts) => parts.map(([t, g]) => t + g).join(''));

  it('splits text with any line breaks line by line exactly as the whole-range call did', () => {
    fc.assert(
      fc.property(soup, fc.nat(), fc.nat(), (text, a, b) => {
        const from = text.length ? a % text.length : 0;
        const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
        expect(splitSentences(text, from, to)).toEqual(wholeRangeSplit(text, from, to));
      }),
      { seed: 0x11ae, numRuns: 400 },
    );
  });

  it('splits a long line of such text in windows as the whole-range call did, where a window can end at a break before a letter', () => {
    const sentence = fc.tuple(fc.constantFrom('The', 'He', 'Smith', 'Talks', 'Why'), fc.array(token, { maxLength: 12 }), fc.constantFrom('.', '!', '?', '."', '.”'));
    const line = fc.array(sentence, { minLength: 1, maxLength: 60 }).map((ss) => ss.map(([w, rest, end]) => `${w} ${rest.join(' ')}${end}`).join(' '));
    fc.assert(
      fc.property(line, fc.integer({ min: 120, max: 600 }), (text, window) => {
        expect(splitSentences(text, 0, text.length, window)).toEqual(wholeRangeSplit(text));
      }),
      { seed: 0x7a11, numRuns: 300 },
    );
  });

  it('ends no window at a break that a later character could undo', () => {
    // Alone, "etc. (5" breaks before "(5"; with ") and" after it, it does not (UAX #29 SB8). Every
    // window of 52 or more holds a break before a letter ("Then", "They").
    const text = 'They met officials, diplomats etc. (5) and so on. Then they left. '.repeat(6);
    const reference = wholeRangeSplit(text);
    for (let window = 52; window <= 160; window++) expect(splitSentences(text, 0, text.length, window), `window ${window}`).toEqual(reference);
  });

  it('hands the segmenter bounded pieces, each character about once, however long the line', () => {
    const text = realSentences.join(' ').repeat(Math.ceil(200_000 / realSentences.join(' ').length));
    const spy = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    splitSentences(text);
    const seen = spy.mock.calls.map(([input]) => input.length);
    spy.mockRestore();
    expect(Math.max(...seen)).toBeLessThanOrEqual(MAX_SEGMENTER_INPUT);
    expect(seen.reduce((a, b) => a + b, 0)).toBeLessThan(1.2 * text.length);
  });

  it('cuts a line with no sentence break into sentences no longer than the window, losing no text', () => {
    const text = 'word '.repeat(5000) + 'end';
    const sentences = splitSentences(text, 0, text.length, 1000);
    expect(Math.max(...sentences.map((s) => s.end - s.start))).toBeLessThanOrEqual(1000);
    expect(sentences.map((s) => s.text).join(' ')).toBe(text);
  });
});
