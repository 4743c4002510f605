// Article ids (`<date>_<slug>`), publication dates and the key that recognises the same text twice.
import { edtfPrecision } from '../../domain/dates';

/** What an ingested id looks like; anything else never reaches a path. */
export const INGEST_ID = /^\d{4}-\d{2}-\d{2}_[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 60;

/** A real calendar day written YYYY-MM-DD (rejects 2024-02-30). */
export function isDay(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && edtfPrecision(date) === 'day';
}

/** ASCII kebab-case of `title`, clipped at a word boundary to at most 60 characters ("article" when nothing is left). */
export function slugify(title: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Apostrophes join their word: "Moscow's" → "moscows", not "moscow-s".
    .replace(/['’ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = ascii;
  if (slug.length > MAX_SLUG) {
    const cut = slug.slice(0, MAX_SLUG + 1);
    const dash = cut.lastIndexOf('-');
    slug = (dash > 0 ? cut.slice(0, dash) : cut.slice(0, MAX_SLUG)).replace(/-+$/, '');
  }
  return slug || 'article';
}

/** `<date>_<slug>`, or with `-2`, `-3`, … when `taken` says the id belongs to another article. */
export function uniqueId(date: string, title: string, taken: (id: string) => boolean): string {
  const base = `${date}_${slugify(title)}`;
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

const DATE_LINE = /^\s*date[ \t]+\S+/;

export const hasDateLine = (text: string): boolean => DATE_LINE.test(text);

/** The text after its date line, whitespace collapsed: equal keys mean the same article. */
export function bodyKey(text: string): string {
  return text.replace(DATE_LINE, '').replace(/\s+/g, ' ').trim();
}
