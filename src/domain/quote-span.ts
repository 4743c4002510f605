// Quotes and the article text: where an annotation's quote lies, and how to cite a selected span
// so that the build finds exactly it (src/pipeline/quotes.ts uses the same occurrence rule).

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);

/**
 * Start offsets of every (possibly overlapping) occurrence of `needle` in text[from, to) that does
 * not cut a word: quoting "he" must not find the "he" inside "the".
 */
export function occurrences(text: string, needle: string, from: number, to: number): number[] {
  const out: number[] = [];
  const cutsStart = isWordChar(needle[0]);
  const cutsEnd = isWordChar(needle[needle.length - 1]);
  let pos = text.indexOf(needle, from);
  while (pos >= 0 && pos + needle.length <= to) {
    const end = pos + needle.length;
    if (!(cutsStart && isWordChar(text[pos - 1])) && !(cutsEnd && isWordChar(text[end]))) out.push(pos);
    pos = text.indexOf(needle, pos + 1);
  }
  return out;
}

/** Where a quote lies: inside `within` when given, else its only (or first) occurrence in the body. For display. */
export function quoteSpan(text: string, quote: string, within?: string, bodyStart = 0): { start: number; end: number } | null {
  let from = bodyStart;
  let to = text.length;
  if (within !== undefined) {
    const at = occurrences(text, within, bodyStart, text.length)[0];
    if (at === undefined) return null;
    from = at;
    to = at + within.length;
  }
  const start = occurrences(text, quote, from, to)[0];
  return start === undefined ? null : { start, end: start + quote.length };
}

/**
 * How to cite text[start, end) so that the build finds exactly it: the quote alone when it occurs
 * once in the body, else with the shortest of a few passages around it (the sentence first) in
 * which it occurs once and which itself occurs once. Null when the span cuts a word or no passage works.
 */
export function citeSpan(text: string, start: number, end: number, sentence: { start: number; end: number }, bodyStart = 0): { quote: string; within?: string } | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  // A selection that cuts a word takes the whole word, as annotation tools do.
  while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start--;
  while (end < text.length && isWordChar(text[end]) && isWordChar(text[end - 1])) end++;
  if (start >= end || start < bodyStart) return null;
  const quote = text.slice(start, end);
  const found = occurrences(text, quote, bodyStart, text.length);
  if (!found.includes(start)) return null;
  if (found.length === 1) return { quote };
  const from = Math.min(sentence.start, start);
  const to = Math.max(sentence.end, end);
  // The sentence, then the quote with more and more of the words after it, then before it.
  const candidates: Array<[number, number]> = [[from, to]];
  for (let b = end; b < to; ) {
    b = text.indexOf(' ', b + 1);
    if (b < 0 || b > to) b = to;
    candidates.push([start, b]);
  }
  for (let a = start; a > from; ) {
    a = text.lastIndexOf(' ', a - 2) + 1;
    if (a <= from) a = from;
    candidates.push([a, end]);
  }
  for (const [a, b] of candidates) {
    const within = text.slice(a, b).trim();
    const w = a + text.slice(a, b).indexOf(within);
    if (within === quote) continue;
    const at = occurrences(text, within, bodyStart, text.length);
    const inside = occurrences(text, quote, w, w + within.length);
    if (at.length === 1 && inside.length === 1 && inside[0] === start) return { quote, within };
  }
  return null;
}
