// An article file starts with `date YYYY-MM-DD` (its own line or a prefix of the first line),
// optionally followed by a dateline "PLACE —". Both are metadata: the body, and so every
// sentence, starts after them.
import { edtfPrecision } from './dates';

export type ArticleMetadataResult =
  | { ok: true; published: string; place?: string; bodyStart: number }
  | { ok: false; line: number; message: string };

const DATE_LINE = /^\s*date[ \t]+(\S+)/y;
/** "ISLAMABAD —", "NEW YORK --", "KABUL, Afghanistan —": an upper-case place, then an em dash or "--". */
const DATELINE =
  /\s*(\p{Lu}[\p{Lu}\p{M}.'’&-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{M}.'’&-]*)*(?:,[ \t]*\p{Lu}[\p{L}\p{M}.'’ -]{0,40}?)?)[ \t]+(?:—|--)[ \t]*/uy;

/** 1-based line number of offset `pos` in `text`. */
export function lineAt(text: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function parseArticleMetadata(text: string): ArticleMetadataResult {
  const firstContent = text.search(/\S/);
  const lineOfDate = lineAt(text, firstContent < 0 ? 0 : firstContent);
  DATE_LINE.lastIndex = 0;
  const date = DATE_LINE.exec(text);
  if (!date?.[1]) return { ok: false, line: lineOfDate, message: 'missing `date YYYY-MM-DD` line' };
  const published = date[1];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || edtfPrecision(published) !== 'day') {
    return { ok: false, line: lineOfDate, message: `invalid date "${published}" in the date line (expected \`date YYYY-MM-DD\`)` };
  }
  let bodyStart = DATE_LINE.lastIndex;
  DATELINE.lastIndex = bodyStart;
  const dateline = DATELINE.exec(text);
  let place: string | undefined;
  if (dateline?.[1] && /\p{Lu}.*\p{Lu}/u.test(dateline[1])) {
    place = dateline[1];
    bodyStart = DATELINE.lastIndex;
  }
  // The body starts at its first non-space character.
  while (bodyStart < text.length && /\s/.test(text[bodyStart]!)) bodyStart++;
  return place === undefined ? { ok: true, published, bodyStart } : { ok: true, published, place, bodyStart };
}

/** A title from the first sentence: whole if short, else clipped at a word boundary to at most `max` characters with "…". */
export function deriveTitle(firstSentence: string, max = 90): string {
  const text = firstSentence.trim().replace(/\s+/g, ' ');
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const clipped = (space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/, '');
  return `${clipped}…`;
}
