// Page noise in an article: lines a reader skips and nobody should cite (price tickers, "Published …"
// stamps, headlines and their repeats, section headings, bylines, "Read more" and share prompts).
// Only whole lines are noise, and each line is looked at once, so the cost is linear in the text.

export type NoiseKind = 'ticker' | 'published' | 'headline' | 'heading' | 'byline' | 'prompt';

export interface NoiseLine {
  /** Offsets of the trimmed line in the full text (UTF-16 code units). */
  start: number;
  end: number;
  kind: NoiseKind;
  text: string;
}

export interface TextRange {
  start: number;
  end: number;
}

/** Longest line that can be noise: headings and stamps are short, so longer lines are body text. */
export const MAX_NOISE_LINE = 160;
/** Headings and headlines have few words; a short paragraph that lost its full stop has more. */
const MAX_HEADING_WORDS = 20;

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const WEEKDAY = String.raw`(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?`;

/** A sentence ends in . ! ? or …, possibly inside closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;
/** A line ending like this goes on in the next one (a list intro, a cut clause): never a heading. */
const CONTINUES = /[,;:–—-]$/u;
/** Price moves: "AGL 28.07 Increased By ▲ 2.20 (8.5%)", "KSE-100 80,212 ▼ -0.4%", "BRENT 78.41 -0.52 (-0.66%)". */
const TICKER_SIGN = /[▲▼△▽↑↓]|\b(?:Increased|Decreased|Unchanged)\s+By\b/u;
const TICKER_SHAPE = /^[\p{Lu}\d][\p{Lu}\d.&/-]{0,11}\s+[\d,]+(?:\.\d+)?\s+[+−-]?\d[\d,]*(?:\.\d+)?\s*\(?[+−-]?\d+(?:\.\d+)?%\)?$/u;
/** "AFP Published 23 Aug, 2024 03:32pm", "Updated: Jan. 30, 2024", "Reuters | Posted on Tuesday". */
const PUBLISHED = new RegExp(
  String.raw`^(?:(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2})\s*[|·•,–—-]?\s+)?` +
    String.raw`(?:Published|Updated|Posted|Last updated|First published)(?:\s+(?:on|at))?\s*:?\s*(?:\d|${MONTH}|${WEEKDAY})`,
  'u',
);
const PUBLISHED_MAX = 100;
/** "By John Smith", "By Jane Doe and Ali Khan, Reuters": the author names, capitalised. */
const BYLINE = /^By\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|&|de|van|von|al|bin|ibn))*\s*(?:[,|].*)?$/u;
/** Link and share prompts alone on a line, or followed by a separator and the linked title. */
const PROMPT =
  /^(?:read more|read also|also read|see also|related(?: (?:articles?|stories|news|coverage))?|more on this(?: story)?|recommended|advertisement|sponsored(?: content)?|share(?: this(?: article| story)?)?|most read|trending(?: now)?)\s*(?:[:>»|–—-].*)?$/iu;
/** Calls to act on the page, whatever follows. */
const CALL = /^(?:follow us|subscribe\b|sign up\b|click here|join our|download (?:the|our) app)/iu;

const normaliseHeadline = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * What kind of noise a trimmed line is, or undefined for body text. `headline` is the article's
 * headline: a line repeating it is noise even with final punctuation. Costs O(min(length, MAX_NOISE_LINE)).
 */
export function classifyLine(line: string, headline?: string): NoiseKind | undefined {
  if (!line || line.length > MAX_NOISE_LINE) return undefined;
  if (headline !== undefined && normaliseHeadline(line) === normaliseHeadline(headline)) return 'headline';
  const final = SENTENCE_END.test(line);
  if (!final && /\d/.test(line) && (TICKER_SIGN.test(line) || TICKER_SHAPE.test(line))) return 'ticker';
  if (line.length <= PUBLISHED_MAX && PUBLISHED.test(line)) return 'published';
  if (PROMPT.test(line) || (line.length <= PUBLISHED_MAX && CALL.test(line))) return 'prompt';
  if (final || CONTINUES.test(line) || !/\p{L}/u.test(line)) return undefined;
  if (BYLINE.test(line)) return 'byline';
  // A section heading or headline: a short capitalised line that does not end a sentence.
  if (!/^["“‘'(]?[\p{Lu}\d]/u.test(line)) return undefined;
  if (line.split(/\s+/).length > MAX_HEADING_WORDS) return undefined;
  return 'heading';
}

/** The agency named before a "Published …" stamp ("AFP Published …"): an all-capital short name only, not a byline. */
export function publishedAgency(line: string): string | undefined {
  const prefix = PUBLISHED.exec(line)?.[1];
  return prefix !== undefined && /^\p{Lu}{2,6}$/u.test(prefix) ? prefix : undefined;
}

/** End of the line that contains `pos` (the offset of its "\n", or `to`). */
export function lineEnd(text: string, pos: number, to = text.length): number {
  const eol = text.indexOf('\n', pos);
  return eol < 0 || eol > to ? to : eol;
}

/**
 * The noise lines of text[from, to) and the citable ranges between them, in order. Sentences are
 * found in the citable ranges only, so no quote can start inside a ticker or a heading.
 */
export function findArticleNoise(text: string, from: number, to = text.length, headline?: string): { noise: NoiseLine[]; citable: TextRange[] } {
  const noise: NoiseLine[] = [];
  const citable: TextRange[] = [];
  let rangeStart = from;
  const close = (end: number): void => {
    if (end > rangeStart && /\S/.test(text.slice(rangeStart, end))) citable.push({ start: rangeStart, end });
  };
  for (let pos = from; pos < to; ) {
    const eol = lineEnd(text, pos, to);
    // Measure before slicing: a long line is body text, and trimming it would cost for nothing.
    if (eol - pos <= MAX_NOISE_LINE * 2) {
      const raw = text.slice(pos, eol);
      const trimmed = raw.trim();
      const kind = classifyLine(trimmed, headline);
      if (kind) {
        const start = pos + raw.length - raw.trimStart().length;
        close(pos);
        noise.push({ start, end: start + trimmed.length, kind, text: trimmed });
        rangeStart = eol;
      }
    }
    pos = eol + 1;
  }
  close(to);
  return { noise, citable };
}
