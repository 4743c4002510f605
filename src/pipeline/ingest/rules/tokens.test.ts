// The tokenizer on real sentences of data/sources: offsets that give the words back, possessives
// and hyphens as tokens of their own, abbreviations and numbers kept whole, and tokenAt's search.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAUSE_BREAK, tokenAt, tokenize, type Token } from './tokens';

const ROOT = join(import.meta.dirname, '../../../..');
const source = (id: string): string => readFileSync(join(ROOT, 'data/sources', `${id}.txt`), 'utf8');
const SEED = source('000_13209300025090b4');
const UAE = source('2024-08-23_uae-accepts-taliban-ambassador');

/** Tokens of the passage that starts with `first` and ends with `last` (inclusive), in `text`. */
function passage(text: string, first: string, last: string): { tokens: Token[]; start: number; end: number } {
  const start = text.indexOf(first);
  const end = text.indexOf(last, start) + last.length;
  if (start < 0 || end < start + last.length) throw new Error(`passage not found: ${first} … ${last}`);
  return { tokens: tokenize(text, start, end), start, end };
}
const words = (text: string, tokens: readonly Token[]): string[] => tokens.map((t) => text.slice(t.start, t.end));

describe('tokenize on the seed’s first sentence', () => {
  const { tokens, start, end } = passage(SEED, 'Russia reported Friday', 'terrorist organizations.');

  it('gives offsets into the article text that slice back to each word', () => {
    expect(words(SEED, tokens)).toEqual([
      'Russia', 'reported', 'Friday', 'that', 'a', '“', 'principal', 'decision', '”', 'had', 'already', 'been', 'made', 'to',
      'remove', 'Afghanistan', '’s', 'ruling', 'Taliban', 'from', 'Moscow', '’s', 'list', 'of', 'terrorist', 'organizations', '.',
    ]);
    for (const t of tokens) {
      expect(t.start).toBeGreaterThanOrEqual(start);
      expect(t.end).toBeLessThanOrEqual(end);
      expect(t.norm).toBe(SEED.slice(t.start, t.end).toLowerCase().replace(/’/g, "'"));
    }
  });

  it('keeps tokens in text order without overlaps, and skips only white space between them', () => {
    for (let i = 1; i < tokens.length; i++) {
      expect(tokens[i]!.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
      expect(SEED.slice(tokens[i - 1]!.end, tokens[i]!.start)).toMatch(/^\s*$/);
    }
  });

  it('exposes the possessive of “Moscow’s” and “Afghanistan’s” as a plain "\'s" token after the name', () => {
    const at = tokens.findIndex((t) => t.norm === 'moscow');
    expect(tokens[at + 1]).toMatchObject({ norm: "'s", capital: false });
    expect(SEED.slice(tokens[at + 1]!.start, tokens[at + 1]!.end)).toBe('’s');
    expect(tokens[tokens.findIndex((t) => t.norm === 'afghanistan') + 1]!.norm).toBe("'s");
  });

  it('marks words that start with a capital letter', () => {
    const capital = Object.fromEntries(tokens.map((t) => [t.norm, t.capital]));
    expect(capital).toMatchObject({ russia: true, friday: true, taliban: true, reported: false, remove: false, list: false });
  });

  it('makes typographic quotation marks tokens of their own (clause breaks for the subject finder)', () => {
    expect(tokens.filter((t) => t.norm === '“' || t.norm === '”')).toHaveLength(2);
    expect(CLAUSE_BREAK.has('“') && CLAUSE_BREAK.has('”')).toBe(true);
  });
});

describe('tokenize on abbreviations, hyphens and numbers', () => {
  it('keeps “U.S.” together as one token instead of splitting it at its dots', () => {
    const { tokens } = passage(SEED, 'The U.S. has never attended', 'attended');
    expect(tokens[1]!.norm).toBe('u.s.');
    expect(SEED.slice(tokens[1]!.start, tokens[1]!.end)).toBe('U.S.');
    expect(tokens.map((t) => t.norm)).not.toContain('u');
    expect(tokens.map((t) => t.norm)).toEqual(expect.arrayContaining(['has', 'never', 'attended']));
  });

  it('keeps the abbreviation whole in “U.S.-backed Afghan insurgents” and splits the hyphen off', () => {
    const { tokens } = passage(SEED, 'U.S.-backed', 'insurgents');
    const norms = tokens.map((t) => t.norm);
    expect(norms[0]).toBe('u.s.');
    expect(norms.slice(-4)).toEqual(['-', 'backed', 'afghan', 'insurgents']);
  });

  it('splits hyphenated compounds so that the actor’s name is a token: “Taliban-appointed”, “IS-Khorasan”', () => {
    expect(passage(SEED, 'Taliban-appointed ambassadors', 'ambassadors').tokens.map((t) => t.norm)).toEqual(['taliban', '-', 'appointed', 'ambassadors']);
    expect(passage(SEED, 'IS-Khorasan', 'Khorasan').tokens.map((t) => t.norm)).toEqual(['is', '-', 'khorasan']);
  });

  it('keeps decimal numbers and percentages whole and leaves a trailing comma out', () => {
    const { tokens } = passage(UAE, 'AGL 28.07', '(8.5%)');
    expect(words(UAE, tokens)).toEqual(['AGL', '28.07', 'Increased', 'By', '▲', '2.20', '(', '8.5%', ')']);
    expect(passage(SEED, 'ending 20 years', 'war.').tokens.map((t) => t.norm)).toEqual(['ending', '20', 'years', 'of', 'war', '.']);
    expect(passage(UAE, '23 Aug, 2024', '2024').tokens.map((t) => t.norm)).toEqual(['23', 'aug', ',', '2024']);
  });

  it('makes a straight apostrophe possessive a token too: “Prosecutor General\'s Office”', () => {
    const text = source('2024-09-06_kyrgyzstan-removes-taliban');
    expect(passage(text, "Prosecutor General's Office", 'Office').tokens.map((t) => t.norm)).toEqual(['prosecutor', 'general', "'s", 'office']);
  });

  it('returns nothing for an empty or blank range', () => {
    expect(tokenize(SEED, 10, 10)).toEqual([]);
    const blank = SEED.indexOf('\n\n');
    expect(tokenize(SEED, blank, blank + 2)).toEqual([]);
  });
});

describe('tokenAt', () => {
  const { tokens, end } = passage(SEED, 'Russia reported Friday', 'terrorist organizations.');
  const taliban = SEED.indexOf('Taliban');

  it('finds the token that starts at an offset', () => {
    const i = tokenAt(tokens, taliban);
    expect(tokens[i]!.norm).toBe('taliban');
    expect(tokens[i]!.start).toBe(taliban);
  });

  it('gives the next token for an offset inside a word or in white space, and the length past the end', () => {
    expect(tokens[tokenAt(tokens, taliban + 3)]!.norm).toBe('from');
    expect(tokens[tokenAt(tokens, taliban - 1)]!.norm).toBe('taliban');
    expect(tokenAt(tokens, 0)).toBe(0);
    expect(tokenAt(tokens, end + 5)).toBe(tokens.length);
  });

  it('agrees with a linear search on every offset of the sentence', () => {
    for (let o = tokens[0]!.start; o <= end; o++) {
      const linear = tokens.findIndex((t) => t.start >= o);
      expect(tokenAt(tokens, o)).toBe(linear < 0 ? tokens.length : linear);
    }
  });
});
