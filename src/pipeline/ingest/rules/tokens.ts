// Word tokens of a sentence with their offsets: the unit that trigger phrases, actor slots and
// cue words are matched on. Hyphens and the possessive "’s" are tokens of their own, so
// "Taliban-appointed" and "Moscow’s" expose the actor's name.

export interface Token {
  /** Lower case, typographic apostrophes made plain. */
  norm: string;
  /** Offsets into the article text (UTF-16 code units). */
  start: number;
  end: number;
  /** Starts with a capital letter. */
  capital: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}.]*(?<!\.)|\p{N}[\p{N}.,:%]*(?<![.,:])|['’]s\b|[^\s\p{L}\p{M}\p{N}]/gu;

/** Tokens of text[from, to), offsets into `text`. Dotted abbreviations keep their dots ("U.S."), so a
 * sentence-internal "U.S." is not taken for a full stop. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const slice = text.slice(from, to);
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const raw = m[0];
    out.push({
      norm: raw.toLowerCase().replace(/’/g, "'"),
      start: from + m.index,
      end: from + m.index + raw.length,
      capital: /^\p{Lu}/u.test(raw),
    });
  }
  return out;
}

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words that end a clause for the purpose of finding a verb's subject or object. */
export const CLAUSE_BREAK = new Set([';', ':', '“', '”', '"', '(', ')', '—', '–']);

/** Auxiliaries and adverbs that may stand between a subject and its verb. */
export const AUX = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'could', 'can', 'may',
  'might', 'should', 'must', 'shall', 'did', 'does', 'do', 'also', 'later', 'formally', 'officially', 'already',
  'not', 'never', 'now', 'still', 'then', 'recently', 'reportedly', 'publicly', 'firmly', 'earlier', 'just', 'to',
  'finally', 'effectively', 'previously', 'again', 'since', 'once',
]);

export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);
