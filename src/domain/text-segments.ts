// Cuts a document into paragraphs of sentences (for the reader) and a sentence into
// runs of plain and marked text (for highlighted mentions and quotes). Offsets are UTF-16.
import type { GraphDocument, Sentence } from './graph-contract';
import type { Mark, MarkKind } from './selection';

export type Segment =
  | { kind: 'text'; start: number; end: number; text: string }
  | { kind: 'sentence'; start: number; end: number; sentence: Sentence };

export interface Paragraph {
  start: number;
  end: number;
  segments: Segment[];
}

/**
 * The body of a document as paragraphs (split at blank lines), each a run of sentences and
 * the text between them. Text before `bodyStart` (date line, dateline) is left out.
 */
export function documentParagraphs(doc: GraphDocument, sentences: readonly Sentence[]): Paragraph[] {
  const text = doc.text;
  const bodyStart = Math.min(doc.bodyStart ?? 0, text.length);
  const ranges: Array<[number, number]> = [];
  const breaks = /\n[ \t]*\n\s*/g;
  let from = bodyStart;
  for (const m of text.slice(bodyStart).matchAll(breaks)) {
    const at = bodyStart + m.index;
    ranges.push([from, at]);
    from = at + m[0].length;
  }
  ranges.push([from, text.length]);

  const sorted = [...sentences].filter((s) => s.end > bodyStart).sort((a, b) => a.start - b.start);
  const paragraphs: Paragraph[] = [];
  let si = 0;
  for (const [pStart, rawEnd] of ranges) {
    let pEnd = rawEnd;
    while (pEnd > pStart && /\s/.test(text.charAt(pEnd - 1))) pEnd -= 1;
    if (pEnd <= pStart) continue;
    const segments: Segment[] = [];
    let cursor = pStart;
    // A sentence that straddles a paragraph break stays whole in the paragraph where it starts.
    while (si < sorted.length && sorted[si]!.start < pEnd) {
      const s = sorted[si]!;
      si += 1;
      const start = Math.max(s.start, cursor);
      if (start > cursor) segments.push({ kind: 'text', start: cursor, end: start, text: text.slice(cursor, start) });
      segments.push({ kind: 'sentence', start: s.start, end: s.end, sentence: s });
      cursor = Math.max(cursor, s.end);
    }
    if (cursor < pEnd) segments.push({ kind: 'text', start: cursor, end: pEnd, text: text.slice(cursor, pEnd) });
    if (segments.length > 0) paragraphs.push({ start: pStart, end: Math.max(pEnd, cursor), segments });
  }
  return paragraphs;
}

export interface TextRun {
  text: string;
  start: number;
  end: number;
  /** Kinds of marks covering this run (empty for plain text). */
  marks: MarkKind[];
}

/**
 * Splits `text` (which starts at document offset `offset`) into runs at mark boundaries.
 * Overlapping marks are fine: a run carries every kind that covers it.
 */
export function splitByMarks(text: string, offset: number, marks: readonly Mark[]): TextRun[] {
  const end = offset + text.length;
  const cuts = new Set<number>([offset, end]);
  const inside = marks.filter((m) => m.end > offset && m.start < end && m.end > m.start);
  for (const m of inside) {
    cuts.add(Math.max(offset, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (b <= a) continue;
    const kinds = new Set<MarkKind>();
    for (const m of inside) if (m.start <= a && m.end >= b) kinds.add(m.kind);
    runs.push({ text: text.slice(a - offset, b - offset), start: a, end: b, marks: [...kinds].sort() });
  }
  return runs;
}
