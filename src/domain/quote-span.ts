// Where an annotation's quote lies in its article's text: the quote inside `within` when given
// (a longer passage that makes it unique), else its first occurrence. For display; the build
// checks quotes strictly (src/pipeline/quotes.ts).
export function quoteSpan(text: string, quote: string, within?: string): { start: number; end: number } | null {
  let from = 0;
  if (within !== undefined) {
    const at = text.indexOf(within);
    if (at < 0) return null;
    const inner = within.indexOf(quote);
    return inner < 0 ? null : { start: at + inner, end: at + inner + quote.length };
  }
  from = text.indexOf(quote);
  return from < 0 ? null : { start: from, end: from + quote.length };
}

/** The shortest way to cite text[start, end) exactly: the quote alone when it occurs once, else with its sentence as `within`. */
export function citeSpan(text: string, start: number, end: number, sentence: { start: number; end: number }): { quote: string; within?: string } | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start >= end) return null;
  const quote = text.slice(start, end);
  if (text.indexOf(quote) === start && text.indexOf(quote, start + 1) < 0) return { quote };
  const within = text.slice(Math.min(sentence.start, start), Math.max(sentence.end, end));
  const at = text.indexOf(within);
  if (at < 0 || text.indexOf(within, at + 1) >= 0) return null;
  const inner = within.indexOf(quote);
  // `within` must pin the quote to this occurrence: the first occurrence inside it.
  if (at + inner !== start) return null;
  return { quote, within };
}
