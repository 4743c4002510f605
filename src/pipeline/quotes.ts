// Finds an annotation's quote in the article body: verbatim, exactly once (or exactly once inside
// its `within` passage). On failure the message says why and points at the nearest text.
import { lineAt } from '../domain/article-metadata';
import { occurrences } from '../domain/quote-span';

export interface ArticleText {
  text: string;
  bodyStart: number;
}

export type QuoteLocation = { ok: true; start: number; end: number } | { ok: false; field: 'quote' | 'within'; message: string };

const MAX_SHOWN = 100;
const show = (raw: string): string => {
  const s = raw.replace(/\s+/g, ' ');
  return `“${s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN - 1)}…` : s}”`;
};

export function locateQuote(article: ArticleText, quote: string, within?: string): QuoteLocation {
  const { text, bodyStart } = article;
  if (within === undefined) {
    const found = occurrences(text, quote, bodyStart, text.length);
    if (found.length === 1) return { ok: true, start: found[0]!, end: found[0]! + quote.length };
    if (found.length === 0) return { ok: false, field: 'quote', message: notFound('quote', article, quote) };
    return {
      ok: false,
      field: 'quote',
      message: `quote is ambiguous: found ${found.length} times (lines ${lines(text, found)}); add \`within\` with a longer exact passage around the one you mean`,
    };
  }
  const passages = occurrences(text, within, bodyStart, text.length);
  if (passages.length === 0) return { ok: false, field: 'within', message: notFound('`within` passage', article, within) };
  if (passages.length > 1) {
    return { ok: false, field: 'within', message: `\`within\` passage is ambiguous: found ${passages.length} times (lines ${lines(text, passages)}); make it longer` };
  }
  const w = passages[0]!;
  const inside = occurrences(text, quote, w, w + within.length);
  if (inside.length === 1) return { ok: true, start: inside[0]!, end: inside[0]! + quote.length };
  if (inside.length === 0) return { ok: false, field: 'quote', message: `quote ${show(quote)} is not inside its \`within\` passage ${show(within)}` };
  return { ok: false, field: 'quote', message: `quote ${show(quote)} occurs ${inside.length} times inside its \`within\` passage; make \`within\` pick one` };
}

function lines(text: string, offsets: number[]): string {
  const shown = offsets.slice(0, 5).map((o) => lineAt(text, o));
  return shown.join(', ') + (offsets.length > 5 ? ', …' : '');
}

/** Maps each UTF-16 unit to a comparison form of the same length: lower case, straight quotes, plain hyphens and spaces. */
function loosen(s: string): string {
  let out = '';
  for (const ch of s) {
    let c = ch;
    if (/[“”„‟″"]/.test(c)) c = '"';
    else if (/[‘’‚‛′'`]/.test(c)) c = "'";
    else if (/[‐‑‒–—―-]/.test(c)) c = '-';
    else if (/\s/.test(c)) c = ' ';
    else {
      const lower = c.toLowerCase();
      if (lower.length === c.length) c = lower;
    }
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

function notFound(what: string, article: ArticleText, quote: string): string {
  const { text, bodyStart } = article;
  const base = `${what} not found verbatim: ${show(quote)}`;
  if (occurrences(text, quote, 0, bodyStart).length) return `${base} — it is in the date line or dateline, which are not part of the article body`;
  if (text.includes(quote, bodyStart)) return `${base} as whole words; it occurs only inside longer words`;
  const body = text.slice(bodyStart);
  const loose = loosen(body).indexOf(loosen(quote));
  if (loose >= 0) {
    const near = text.slice(bodyStart + loose, bodyStart + loose + quote.length);
    return `${base}; near match on line ${lineAt(text, bodyStart + loose)} (differs in case, quotation marks, dashes or spaces): ${show(near)}`;
  }
  // The longest prefix of the quote that does occur shows where the quote departs from the text.
  let lo = 0;
  let hi = quote.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (body.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo >= 12) {
    const at = body.indexOf(quote.slice(0, lo));
    const article = body.slice(at + lo, at + lo + 30);
    return `${base}; it matches line ${lineAt(text, bodyStart + at)} up to ${show(quote.slice(0, lo))}, then the article has ${show(article)} where the quote has ${show(quote.slice(lo, lo + 30))}`;
  }
  return base;
}
