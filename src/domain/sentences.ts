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
 * Splits text[from, to) into trimmed sentences. Offsets are into `text`, so a caller can start
 * after metadata (the date line and dateline) and still get document offsets.
 */
export function splitSentences(text: string, from = 0, to = text.length): SentenceSpan[] {
  const body = text.slice(from, to);
  const merged: Array<{ start: number; end: number }> = [];
  for (const seg of segmenter.segment(body)) {
    const next = { start: seg.index, end: seg.index + seg.segment.length };
    const prev = merged.at(-1);
    if (prev && isFalseBreak(body, prev, next)) prev.end = next.end;
    else merged.push(next);
  }
  const out: SentenceSpan[] = [];
  for (const { start, end } of merged) {
    const raw = body.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    out.push({ start: from + start + lead, end: from + start + lead + trimmed.length, text: trimmed });
  }
  return out;
}

function isFalseBreak(body: string, prev: { start: number; end: number }, next: { start: number; end: number }): boolean {
  const prevRaw = body.slice(prev.start, prev.end);
  const prevText = prevRaw.trimEnd();
  // A line break between them is a paragraph or heading boundary, never a false break.
  if (!prevText || /[\n\r\u2028\u2029]/.test(prevRaw.slice(prevText.length))) return false;
  const token = /\S+$/.exec(prevText)?.[0].replace(/^[(“‘"'[]+/, '') ?? '';
  if (!token.endsWith('.')) return false;
  const nextWord = /^[“‘"'(]*([^\s“”‘’"'(),;:]+)/.exec(body.slice(next.start, next.end).trimStart())?.[1] ?? '';
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
