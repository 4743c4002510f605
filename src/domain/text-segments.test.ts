import { describe, expect, it } from 'vitest';
import { documentParagraphs, splitByMarks } from './text-segments';
import { fixtureIndex } from './test-fixture';

describe('documentParagraphs', () => {
  const index = fixtureIndex();
  const doc = index.documents.get('fx-a')!;
  const paragraphs = documentParagraphs(doc, index.sentencesByDocument.get('fx-a')!);

  it('starts after the date line and dateline, and splits at blank lines', () => {
    expect(paragraphs).toHaveLength(4);
    const first = paragraphs[0]!.segments[0]!;
    expect(first.kind).toBe('sentence');
    expect(doc.text.slice(first.start, first.end)).toMatch(/^Russia reported Friday/);
  });

  it('keeps every sentence once, in order, with the text between them', () => {
    const ids = paragraphs.flatMap((p) => p.segments.flatMap((s) => (s.kind === 'sentence' ? [s.sentence.id] : [])));
    expect(ids).toEqual(['fx-a#s0', 'fx-a#s1', 'fx-a#s2', 'fx-a#s3', 'fx-a#s4']);
    const third = paragraphs[2]!.segments.map((s) => s.kind);
    expect(third).toEqual(['sentence', 'text', 'sentence']);
  });

  it('shows text that no sentence covers', () => {
    const d = { id: 'x', title: 'x', published: '2024-01-01', text: 'Head.\n\nLoose words here.', bodyStart: 0 };
    const ps = documentParagraphs(d, [{ id: 'x#s0', documentId: 'x', index: 0, start: 0, end: 5, text: 'Head.' }]);
    expect(ps.map((p) => p.segments.map((s) => s.kind))).toEqual([['sentence'], ['text']]);
  });
});

describe('splitByMarks', () => {
  it('cuts text into plain and marked runs at document offsets', () => {
    const runs = splitByMarks('Russia met the Taliban.', 100, [
      { start: 100, end: 106, kind: 'mention' },
      { start: 115, end: 122, kind: 'quote' },
    ]);
    expect(runs.map((r) => [r.text, r.marks])).toEqual([
      ['Russia', ['mention']],
      [' met the ', []],
      ['Taliban', ['quote']],
      ['.', []],
    ]);
  });

  it('handles overlapping marks and marks that run past the text', () => {
    const runs = splitByMarks('abcdef', 0, [
      { start: 0, end: 4, kind: 'quote' },
      { start: 2, end: 10, kind: 'mention' },
    ]);
    expect(runs.map((r) => [r.text, r.marks])).toEqual([
      ['ab', ['quote']],
      ['cd', ['mention', 'quote']],
      ['ef', ['mention']],
    ]);
  });
});
