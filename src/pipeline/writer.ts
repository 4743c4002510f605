// Deterministic output: keys in a fixed order whatever order the objects were built in, two-space
// indentation and a final newline, so that the same inputs always give the same bytes.
import { writeFileSync } from 'node:fs';
import { graphJsonSchema, type GraphFile, type Report } from '../domain/graph-contract';

/** Copies `obj` with its keys in `order` (absent and undefined keys left out). */
function ordered<T extends object>(obj: T, order: ReadonlyArray<keyof T>): Partial<T> {
  const out: Partial<T> = {};
  for (const k of order) if (obj[k] !== undefined) out[k] = obj[k];
  return out;
}

function serializeReport(r: Report): Record<string, unknown> {
  return {
    ...ordered(r, ['id', 'documentId']),
    evidence: r.evidence.map((ev) => ordered(ev, ['sentenceId', 'quote', 'start', 'end'])),
    ...ordered(r, ['date']),
    ...(r.dateInfo ? { dateInfo: ordered(r.dateInfo, ['text', 'precision', 'anchor']) } : {}),
    ...ordered(r, ['status', 'saidBy', 'reportedBy', 'note', 'review', 'confidence', 'rule']),
  };
}

export function serializeGraph(graph: GraphFile): string {
  const out = {
    schemaVersion: graph.schemaVersion,
    documents: graph.documents.map((d) => ordered(d, ['id', 'title', 'published', 'text', 'place', 'agency', 'outlet', 'url', 'cites', 'sourceFile', 'bodyStart'])),
    sentences: graph.sentences.map((s) => ordered(s, ['id', 'documentId', 'index', 'start', 'end', 'text'])),
    nodes: graph.nodes.map((n) => ({
      ...ordered(n, ['id', 'label', 'kind', 'aliases']),
      mentions: n.mentions.map((m) => ordered(m, ['sentenceId', 'start', 'end', 'text', 'via', 'review'])),
      ...ordered(n, ['role', 'description', 'attributes', 'review', 'confidence', 'rule']),
    })),
    edges: graph.edges.map((e) => ({
      ...ordered(e, ['id', 'source', 'target', 'type']),
      evidence: e.evidence.map((ev) => ordered(ev, ['sentenceId', 'quote', 'start', 'end'])),
      ...ordered(e, ['date']),
      ...(e.dateInfo ? { dateInfo: ordered(e.dateInfo, ['text', 'precision', 'anchor']) } : {}),
      ...ordered(e, ['status', 'saidBy', 'reportedBy', 'note', 'attributes', 'review', 'confidence', 'rule']),
      ...(e.reports ? { reports: e.reports.map(serializeReport) } : {}),
      ...ordered(e, ['supersedes', 'contradicts', 'answers']),
    })),
    relationTypes: graph.relationTypes.map((t) =>
      ordered(t, ['id', 'label', 'color', 'plover', 'polarity', 'family', 'mode', 'description', 'directed', 'cameo', 'ends', 'answers', 'partOf']),
    ),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export function serializeSchema(): string {
  return `${JSON.stringify(graphJsonSchema(), null, 2)}\n`;
}

/** Writes `text` unless the file already holds exactly it; returns whether it wrote. */
export function writeIfChanged(path: string, text: string, read: (p: string) => string | undefined): boolean {
  if (read(path) === text) return false;
  writeFileSync(path, text);
  return true;
}
