import { describe, expect, it } from 'vitest';
import { anySuggested, draftProvenance, formatConfidence, isSuggested } from './status';

describe('review state', () => {
  it('reads an absent review as reviewed (version 1 files)', () => {
    expect(isSuggested({})).toBe(false);
    expect(isSuggested({ review: 'reviewed' })).toBe(false);
    expect(isSuggested({ review: 'suggested' })).toBe(true);
  });

  it('marks a set of relations as holding a draft when any one is', () => {
    expect(anySuggested([{}, { review: 'reviewed' }])).toBe(false);
    expect(anySuggested([{}, { review: 'suggested' }])).toBe(true);
    expect(anySuggested([])).toBe(false);
  });

  it('says why a draft exists: its rule and confidence', () => {
    expect(draftProvenance({ rule: 'delisting: remove … from … list', confidence: 0.72 })).toBe('rule: delisting: remove … from … list · confidence 0.72');
    expect(draftProvenance({ confidence: 0.5 })).toBe('confidence 0.50');
    expect(draftProvenance({ rule: 'alias' })).toBe('rule: alias');
    expect(draftProvenance({})).toBeNull();
    expect(formatConfidence(1)).toBe('1.00');
  });
});
