import { describe, expect, it } from 'vitest';
import { selectionFocus } from './selection';
import { documentOf } from './selection-document';
import { fixtureIndex } from './test-fixture';

describe('documentOf (what the reader shows for a selection)', () => {
  const index = fixtureIndex();
  const focusOn = (id: string) => selectionFocus(index, { kind: 'node', id });

  it('opens the first document (in file order) that supports the selection', () => {
    expect(documentOf(index, focusOn('pakistan'), 'fx-a')).toBe('fx-b');
    expect(documentOf(index, focusOn('russia'), null)).toBe('fx-a');
    // The Taliban are in both documents: the earlier one, when the reader shows neither.
    expect(documentOf(index, focusOn('taliban'), null)).toBe('fx-a');
  });

  it('stays on the current document when that one supports the selection too', () => {
    expect(documentOf(index, focusOn('taliban'), 'fx-b')).toBe('fx-b');
    expect(documentOf(index, selectionFocus(index, { kind: 'edge', id: 'fx-b#r03' }), 'fx-b')).toBe('fx-b');
  });

  it('keeps the current document when nothing is selected', () => {
    expect(documentOf(index, selectionFocus(index, null), 'fx-b')).toBe('fx-b');
    expect(documentOf(index, selectionFocus(index, null), null)).toBeNull();
  });
});
