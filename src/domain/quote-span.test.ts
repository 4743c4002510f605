import { describe, expect, it } from 'vitest';
import { citeSpan, occurrences, quoteSpan } from './quote-span';

const TEXT = 'Kabulov met Muttaqi and Kabulov praised him. The theme was the plan.';
const first = { start: 0, end: 44 };
const second = { start: 45, end: TEXT.length };

describe('citing a selection exactly', () => {
  it('quotes a span that occurs once as it is', () => {
    expect(citeSpan(TEXT, 12, 19, first)).toEqual({ quote: 'Muttaqi' });
  });

  it('gives a passage in which a repeated word occurs once, for either occurrence', () => {
    const one = citeSpan(TEXT, 0, 7, first)!;
    const two = citeSpan(TEXT, 24, 31, first)!;
    for (const [cited, at] of [[one, 0], [two, 24]] as const) {
      expect(cited.quote).toBe('Kabulov');
      const w = TEXT.indexOf(cited.within!);
      expect(occurrences(TEXT, cited.within!, 0, TEXT.length)).toHaveLength(1);
      expect(occurrences(TEXT, 'Kabulov', w, w + cited.within!.length)).toEqual([at]);
    }
  });

  it('counts whole words only: "the" inside "theme" is not another "the"', () => {
    const at = TEXT.indexOf('the plan');
    expect(citeSpan(TEXT, at, at + 3, second)).toEqual({ quote: 'the' });
  });

  it('takes whole words when the selection cuts one, and drops spaces at its ends', () => {
    expect(citeSpan(TEXT, 14, 22, first)).toEqual({ quote: 'Muttaqi and' });
    expect(citeSpan(TEXT, 11, 20, first)).toEqual({ quote: 'Muttaqi' });
  });

  it('finds a quote inside its passage for display', () => {
    expect(quoteSpan(TEXT, 'Kabulov', 'and Kabulov praised')).toEqual({ start: 24, end: 31 });
    expect(quoteSpan(TEXT, 'nowhere')).toBeNull();
  });
});
