// An article file starts with `date YYYY-MM-DD` (its own line or a prefix of the first line), then
// possibly page noise (ticker, headline, "Published …" stamp) and a dateline in one of the wire
// styles. All of it is metadata: the body, and so every sentence, starts after it.
import { classifyLine, lineEnd, MAX_NOISE_LINE, publishedAgency } from './article-noise';
import { edtfPrecision } from './dates';

export interface ArticleMetadata {
  published: string;
  /** Dateline place, e.g. "MOSCOW", "Islamabad", "KABUL, Afghanistan". */
  place?: string;
  /** The news agency in the dateline's parentheses ("AP", "dpa") or before a "Published" stamp ("AFP"). */
  agency?: string;
  /** The outlet the dateline names: "(dpa/GNA)" → "GNA", "Shafaq News/" → "Shafaq News". */
  outlet?: string;
  /** The first heading-like line before the body. */
  headline?: string;
  bodyStart: number;
}

export type ArticleMetadataResult = ({ ok: true } & ArticleMetadata) | { ok: false; line: number; message: string };

const DATE_LINE = /^\s*date[ \t]+(\S+)/y;
/** Noise lines looked at before giving up on a dateline: a page header is a few lines at most. */
const MAX_LEADING_LINES = 8;

const WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’&-]*`;
const NAME = String.raw`${WORD}(?:[ \t]+${WORD}){0,3}`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DAY = String.raw`(?:${MONTH}[ \t]+\d{1,2}|\d{1,2}[ \t]+${MONTH})(?:,?[ \t]+\d{4})?`;
const AGENCY = String.raw`\p{L}[\p{L}\p{M}.&' -]{0,30}?`;
/**
 * "ISLAMABAD —", "MOSCOW (AP) —", "KABUL, Afghanistan (Reuters) -", "WASHINGTON, Oct 4 (Reuters) —",
 * "BEIJING, Jan. 30 (Xinhua) --", "Islamabad, Jan 30, (dpa/GNA) –", "Moscow, Jul 3 (AP)", "DUBAI:".
 * Groups: place, region, date, agency, outlet, separator; `matchDateline` decides which combinations count.
 */
const DATELINE = new RegExp(
  `(${NAME})(?:,[ \\t]*(?!${DAY})(${NAME}))?(?:,?[ \\t]*(${DAY}))?` +
    `,?(?:[ \\t]*\\((${AGENCY})(?:/(${AGENCY}))?\\))?` +
    `(?:[ \\t]*(—|–|--|-(?=[ \\t])|:)|(?<=\\))(?=[ \\t]+["“‘]?\\p{Lu}))[ \\t]*`,
  'uy',
);
/** "Shafaq News/ …": an outlet's name and a slash open the text. */
const SLASH_OUTLET = new RegExp(`(${NAME})/[ \\t]+(?=\\S)`, 'uy');
/** Capitalised labels that take a colon like a place does ("BREAKING:"), but are not places. */
const LABELS = new Set(['BREAKING', 'BREAKING NEWS', 'UPDATE', 'UPDATED', 'WATCH', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'LIVE', 'VIDEO', 'PHOTOS', 'NOTE', 'CORRECTION', 'FILE']);

interface Dateline {
  place?: string;
  agency?: string;
  outlet?: string;
  end: number;
}

/** A dateline starting exactly at `pos`. A mixed-case place needs a date or an agency, so "The talks ended — …" is none. */
function matchDateline(text: string, pos: number): Dateline | undefined {
  SLASH_OUTLET.lastIndex = pos;
  const slash = SLASH_OUTLET.exec(text);
  if (slash?.[1]) return { outlet: slash[1], end: SLASH_OUTLET.lastIndex };
  DATELINE.lastIndex = pos;
  const m = DATELINE.exec(text);
  const place = m?.[1];
  if (!m || place === undefined) return undefined;
  const [, , region, date, agency, outlet, sep] = m;
  const allCaps = !/\p{Ll}/u.test(place) && /\p{Lu}.*\p{Lu}/u.test(place);
  if (!allCaps && date === undefined && agency === undefined) return undefined;
  if (sep === undefined && (date === undefined || agency === undefined)) return undefined;
  if (sep === ':' && date === undefined && agency === undefined && (LABELS.has(place) || place.split(/[ \t]+/).length > 2)) return undefined;
  return {
    place: region !== undefined ? `${place}, ${region}` : place,
    ...(agency !== undefined ? { agency: agency.trim() } : {}),
    ...(outlet !== undefined ? { outlet: outlet.trim() } : {}),
    end: DATELINE.lastIndex,
  };
}

/** 1-based line number of offset `pos` in `text`. */
export function lineAt(text: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const skipSpace = (text: string, pos: number): number => {
  while (pos < text.length && /\s/.test(text[pos]!)) pos++;
  return pos;
};

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
  const meta: ArticleMetadata = { published, bodyStart: DATE_LINE.lastIndex };
  let agencyStamp: string | undefined;
  // Leading noise lines (ticker, headline, stamp, byline) are skipped until a dateline or body text.
  for (let n = 0, pos = meta.bodyStart; n < MAX_LEADING_LINES; n++) {
    pos = skipSpace(text, pos);
    const dateline = matchDateline(text, pos);
    if (dateline) {
      const { end, ...found } = dateline;
      Object.assign(meta, found);
      meta.bodyStart = end;
      break;
    }
    const eol = lineEnd(text, pos);
    const kind = eol - pos <= MAX_NOISE_LINE * 2 ? classifyLine(text.slice(pos, eol).trim(), meta.headline) : undefined;
    if (!kind) break;
    const line = text.slice(pos, eol).trim();
    if (kind === 'heading' && meta.headline === undefined) meta.headline = line;
    if (kind === 'published') agencyStamp ??= publishedAgency(line);
    meta.bodyStart = pos = eol;
  }
  if (meta.agency === undefined && agencyStamp !== undefined) meta.agency = agencyStamp;
  // The body starts at its first non-space character.
  meta.bodyStart = skipSpace(text, meta.bodyStart);
  return { ok: true, ...meta };
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
