// The committed data/graph.json: valid, every offset pointing at the words it quotes, and exactly
// what a fresh build of data/ produces (so it can never fall behind its inputs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateGraph, type GraphFile } from '../domain/graph-contract';
import { buildGraph } from './build';

const ROOT = join(import.meta.dirname, '../..');
const graphText = readFileSync(join(ROOT, 'data/graph.json'), 'utf8');
const schemaText = readFileSync(join(ROOT, 'data/graph.schema.json'), 'utf8');
const graph = JSON.parse(graphText) as GraphFile;
const docs = new Map(graph.documents.map((d) => [d.id, d]));
const sentences = new Map(graph.sentences.map((s) => [s.id, s]));

/** The document text between start and end of a span inside sentence `sentenceId`. */
function spanText(sentenceId: string, start: number, end: number): string | undefined {
  const s = sentences.get(sentenceId);
  if (!s || start < s.start || end > s.end || end <= start) return undefined;
  return docs.get(s.documentId)?.text.slice(start, end);
}

describe('data/graph.json', () => {
  it('holds reviewed claims only: no suggested relation, mention or proposed actor', () => {
    const suggested = [
      ...graph.edges.filter((e) => e.review !== 'reviewed').map((e) => e.id),
      ...graph.edges.flatMap((e) => (e.reports ?? []).filter((r) => r.review !== 'reviewed').map((r) => r.id)),
      ...graph.nodes.filter((n) => n.review === 'suggested').map((n) => n.id),
      ...graph.nodes.flatMap((n) => n.mentions.filter((m) => m.review === 'suggested').map((m) => `${n.id}@${m.sentenceId}`)),
    ];
    expect(suggested).toEqual([]);
    expect(graph.documents.length).toBeGreaterThanOrEqual(9);
  });

  it('passes validateGraph', () => {
    const result = validateGraph(graph, 1000);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('has sentences equal to the document text, trimmed, after the date line and dateline', () => {
    const bad = graph.sentences.filter((s) => {
      const d = docs.get(s.documentId);
      return !d || d.text.slice(s.start, s.end) !== s.text || s.text !== s.text.trim() || s.start < (d.bodyStart ?? 0) || s.id !== `${d.id}#s${s.index}`;
    });
    expect(bad).toEqual([]);
  });

  it('has every mention and evidence quote equal to the text at its offsets, inside its sentence', () => {
    const bad: string[] = [];
    for (const n of graph.nodes) {
      for (const m of n.mentions) if (m.text === undefined || spanText(m.sentenceId, m.start, m.end) !== m.text) bad.push(`${n.id} ${m.sentenceId} ${m.start}`);
    }
    for (const e of graph.edges) {
      for (const ev of e.evidence) if (spanText(ev.sentenceId, ev.start, ev.end) !== ev.quote) bad.push(`${e.id} ${ev.sentenceId} ${ev.start}`);
    }
    expect(bad).toEqual([]);
  });

  it('has every edge end, type, speaker and outlet defined', () => {
    const nodeIds = new Set(graph.nodes.map((n) => n.id));
    const typeIds = new Set(graph.relationTypes.map((t) => t.id));
    const bad = graph.edges.filter(
      (e) =>
        !nodeIds.has(e.source) ||
        !nodeIds.has(e.target) ||
        !typeIds.has(e.type) ||
        (e.saidBy !== undefined && !nodeIds.has(e.saidBy)) ||
        (e.reportedBy !== undefined && !nodeIds.has(e.reportedBy)),
    );
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('is exactly what building data/ produces now (graph.json and graph.schema.json)', () => {
    const rebuilt = buildGraph(ROOT);
    expect(rebuilt.ok ? [] : rebuilt.errors).toEqual([]);
    if (!rebuilt.ok) return;
    // Compare bytes; a mismatch means data/ changed without `npm run build:graph`.
    expect(rebuilt.json === graphText).toBe(true);
    expect(rebuilt.schemaJson === schemaText).toBe(true);
  });
});
