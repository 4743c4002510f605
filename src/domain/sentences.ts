// Sentence splitting: Intl.Segmenter (built into Node and browsers, UTF-16 indices) plus repairs of
// the places where it breaks inside a sentence: after titles, month abbreviations, dotted acronyms
// and initials.

export interface SentenceSpan {
  /** Offsets of the trimmed sentence in the full text (UTF-16 code units). */
  start: number;
  end: number;
  text: string;
}

/** Titles precede a name, so a break after them is always wrong. */
const TITLES = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Col', 'Sen', 'Rep', 'Gov', 'Lt', 'Prof', 'Sgt', 'Capt', 'Maj', 'Adm',
  'Cmdr', 'Rev', 'Hon', 'Amb', 'Pres', 'Gens', 'Sens', 'Reps', 'Mt', 'Ft', 'Brig', 'Cpl', 'Pvt',
]);
/** Abbreviations that may also end a sentence ("Main St." / "in Jan."): joined unless a sentence clearly starts. */
const MAYBE_FINAL = new Set([
  'St', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'No', 'Nos', 'Jr', 'Sr',
]);
/**
 * Capitalised words that usually open a new sentence. After "U.S." or an initial they mean the
 * segmenter was right ("backed by the U.S. The talks failed."); any other capitalised word is
 * taken as part of a name ("the U.S. Army", "John F. Kennedy").
 */
const SENTENCE_OPENERS = new Set([
  'A', 'An', 'The', 'He', 'She', 'It', 'I', 'We', 'You', 'They', 'This', 'That', 'These', 'Those', 'There',
  'Then', 'But', 'And', 'Or', 'So', 'Yet', 'Its', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'In', 'On',
  'At', 'As', 'If', 'When', 'While', 'After', 'Before', 'Since', 'Although', 'Though', 'However', 'Meanwhile',
  'Now', 'Still', 'Also', 'Some', 'Many', 'Most', 'No', 'Not', 'What', 'Who', 'Why', 'How', 'Where', 'Which',
  'For', 'From', 'With', 'By', 'To', 'Under', 'Over', 'During', 'Both', 'Each', 'All', 'One', 'Two', 'Three',
  'Yesterday', 'Today', 'Earlier', 'Later',
]);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Longest text handed to the segmenter at once. V8's iterator costs the length of its text for
 * every sentence it yields, so segmenting a whole article is quadratic: text goes in lines, and a
 * line longer than this in windows cut at a sentence break the segmenter finds anyway.
 */
export const MAX_SEGMENTER_INPUT = 8192;
/** A token longer than this before a break is no abbreviation or initial (those are short). */
const MAX_ABBREVIATION = 256;

interface Span {
  start: number;
  end: number;
}

/**
 * Splits text[from, to) into trimmed sentences. Offsets are into `text`, so a caller can start
 * after metadata (the date line and dateline) and still get document offsets. `maxInput` is
 * MAX_SEGMENTER_INPUT except in tests of the windowing.
 */
export function splitSentences(text: string, from = 0, to = text.length, maxInput = MAX_SEGMENTER_INPUT): SentenceSpan[] {
  const merged: Span[] = [];
  for (const next of segments(text, from, to, maxInput)) {
    const prev = merged.at(-1);
    if (prev && isFalseBreak(text, prev, next)) prev.end = next.end;
    else merged.push(next);
  }
  const out: SentenceSpan[] = [];
  for (const { start, end } of merged) {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    out.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  }
  return out;
}

/** A paragraph separator for Unicode sentence breaking (UAX #29 Sep, CR, LF): always followed by a break. */
const PARAGRAPH_END = /\r\n|[\n\r\u0085\u2028\u2029]/g;

/**
 * The segmenter's segments of text[from, to), in order, as it would find them in one call: the
 * text after a paragraph separator never depends on what precedes it, so each line is segmented
 * on its own (see `lineSegments` for long lines).
 */
function* segments(text: string, from: number, to: number, maxInput: number): Generator<Span> {
  for (let pos = from; pos < to; ) {
    PARAGRAPH_END.lastIndex = pos;
    const sep = PARAGRAPH_END.exec(text);
    const end = sep ? Math.min(to, sep.index + sep[0].length) : to;
    yield* lineSegments(text, pos, end, maxInput);
    pos = end;
  }
}

function* segmentsIn(text: string, from: number, to: number): Generator<Span> {
  for (const seg of segmenter.segment(text.slice(from, to))) yield { start: from + seg.index, end: from + seg.index + seg.segment.length };
}

/**
 * Segments of one line, in windows of at most `maxInput` characters. A window ends at its last
 * break before a letter: whether the segmenter breaks there depends on that letter and what
 * precedes it only (UAX #29: a letter ends the look-ahead of rules SB8–SB11), and the text after a
 * break is segmented as if it started there, so the result is the same as for the whole line.
 * Only a window with no such break (one "sentence" of thousands of characters) is cut elsewhere:
 * at its last break, else its last space.
 */
function* lineSegments(text: string, from: number, to: number, maxInput: number): Generator<Span> {
  let start = from;
  while (to - start > maxInput) {
    const windowEnd = start + maxInput;
    const found = [...segmentsIn(text, start, windowEnd)];
    let cut = -1;
    for (let i = found.length - 1; i > 0 && cut < 0; i--) if (isLetterAt(text, found[i]!.start)) cut = found[i]!.start;
    if (cut < 0 && found.length > 1) cut = found.at(-1)!.start;
    if (cut < 0) cut = hardCut(text, start, windowEnd);
    for (const s of found) {
      if (s.start >= cut) break;
      yield { start: s.start, end: Math.min(s.end, cut) };
    }
    start = cut;
  }
  if (start < to) yield* segmentsIn(text, start, to);
}

const isLetterAt = (text: string, pos: number): boolean => /^\p{L}/u.test(String.fromCodePoint(text.codePointAt(pos) ?? 32));

/** After the window's last whitespace, else at its end (never inside a surrogate pair). */
function hardCut(text: string, start: number, end: number): number {
  for (let i = end - 1; i > start; i--) if (/\s/.test(text[i - 1]!)) return i;
  const c = text.charCodeAt(end - 1);
  return c >= 0xd800 && c <= 0xdbff && end - 1 > start ? end - 1 : end;
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const OPENING = '“‘"\'(';
const WORD_END = /[\s“”‘’"'(),;:]/;

/**
 * Whether the segmenter's break between `prev` and `next` is inside a sentence. Reads only the end
 * of `prev` and the start of `next`, so a long run of joined segments costs nothing more.
 */
function isFalseBreak(text: string, prev: Span, next: Span): boolean {
  let end = prev.end;
  while (end > prev.start && isSpace(text[end - 1])) end--;
  // A line break between them is a paragraph or heading boundary, never a false break.
  if (end === prev.start || LINE_BREAK.test(text.slice(end, prev.end))) return false;
  if (text[end - 1] !== '.') return false;
  let tokenStart = end - 1;
  while (tokenStart > prev.start && !isSpace(text[tokenStart - 1])) {
    if (end - tokenStart > MAX_ABBREVIATION) return false;
    tokenStart--;
  }
  const token = text.slice(tokenStart, end).replace(/^[(“‘"'[]+/, '');
  let wordStart = next.start;
  while (wordStart < next.end && isSpace(text[wordStart])) wordStart++;
  while (wordStart < next.end && OPENING.includes(text[wordStart]!)) wordStart++;
  let wordEnd = wordStart;
  while (wordEnd < next.end && !WORD_END.test(text[wordEnd]!)) wordEnd++;
  const nextWord = text.slice(wordStart, wordEnd);
  const opensSentence = SENTENCE_OPENERS.has(nextWord.replace(/[.!?]+$/, ''));
  const abbr = token.slice(0, -1);
  if (TITLES.has(abbr)) return true;
  if (MAYBE_FINAL.has(abbr)) return !opensSentence;
  // Dotted acronyms (U.S., U.N., E.U., a.m., p.m., D.C.) and initials (John F. Kennedy).
  if (/^(?:\p{L}\.){2,}$/u.test(token) || /^\p{Lu}\.$/u.test(token)) return !opensSentence;
  return false;
}

/** Index of the sentence containing offset `pos`, or -1 (sentences sorted, non-overlapping). */
export function sentenceIndexAt(sentences: ReadonlyArray<{ start: number; end: number }>, pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The pieces of [start, end) that fall inside sentences, one per sentence touched, each clipped to
 * its sentence (a quote that spans a sentence break becomes one piece per sentence).
 */
export function splitSpanBySentence(
  sentences: ReadonlyArray<{ start: number; end: number }>,
  start: number,
  end: number,
): Array<{ sentenceIndex: number; start: number; end: number }> {
  const pieces: Array<{ sentenceIndex: number; start: number; end: number }> = [];
  // First sentence ending after `start`.
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.start >= end) break;
    const a = Math.max(start, s.start);
    const b = Math.min(end, s.end);
    if (b > a) pieces.push({ sentenceIndex: i, start: a, end: b });
  }
  return pieces;
}
