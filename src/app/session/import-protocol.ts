// What the import worker and the page say to each other, and the wording of an import's outcome.
// Pure (no DOM, no worker): the page, the worker and the unit tests share it.
import type { GraphFile } from '../../domain/graph-contract';
import type { GraphFormat, ImportResult } from '../../domain/formats';
import { formatImportIssue } from '../../domain/formats/issues';

/**
 * The largest file the explorer opens (bytes; 1 MB = 1,000,000 bytes). A larger file is refused
 * with its size before it is read: parsing XML of that size takes about 20 times its size in
 * memory (a 50 MB GEXF used 1 GB) and tens of seconds.
 */
export const MAX_IMPORT_BYTES = 50_000_000;

/** Why a file was not opened: a summary naming the file, and each problem with where it is. */
export interface ImportRefusal {
  ok: false;
  source: string;
  summary: string;
  problems: string[];
  /** What the user can do about it. */
  hint?: string;
  /** The user stopped the import: nothing to report. */
  cancelled?: true;
}

export type ImportOutcome = { ok: true; graph: GraphFile; source: string; warnings: string[] } | ImportRefusal;

/** reading: bytes of the file (a GraphML file is parsed as it is read); parsing: a JSON or GEXF text; checking: the converted graph; opening: indexing and drawing on the page. */
export type ImportPhase = 'reading' | 'parsing' | 'checking' | 'opening';

export interface ImportProgress {
  file: string;
  /** null until the file's start has been looked at. */
  format: GraphFormat | null;
  phase: ImportPhase;
  /** Bytes read so far, of `total` (the file's size). */
  loaded: number;
  total: number;
}

/** Page → worker: the file itself (a File is passed by reference, not copied). */
export interface ImportRequest {
  file: File;
}

/**
 * Worker → page. A graph comes in parts (then `done` with the rest of it): one message with the
 * whole graph would be copied into the page, and its memory collected, in one long task.
 */
export type ImportReply = { kind: 'progress'; progress: ImportProgress } | { kind: 'part'; part: GraphPart } | { kind: 'done'; outcome: ImportOutcome };

type ListKey = 'documents' | 'sentences' | 'nodes' | 'edges' | 'relationTypes';
const LISTS: readonly ListKey[] = ['documents', 'sentences', 'nodes', 'edges', 'relationTypes'];

/** Some items of one of the graph's lists, in order. */
export interface GraphPart {
  list: ListKey;
  items: unknown[];
}

/**
 * About how much a part carries at most, in characters of text (an object counts as 40 more: many
 * small objects cost more to copy than their text says); one larger item goes alone. At this size
 * a part takes the page about 10–30 ms to take in.
 */
export const PART_CHARS = 250_000;

/** The weight of a value: what copying it between threads costs, roughly. */
function textSize(value: unknown): number {
  if (typeof value === 'string') return value.length + 8;
  if (typeof value !== 'object' || value === null) return 8;
  let n = 40;
  for (const v of Array.isArray(value) ? value : Object.values(value)) n += textSize(v);
  return n;
}

/** The graph's lists cut into parts of about `limit` characters, and the graph without them. */
export function splitGraph(graph: GraphFile, limit = PART_CHARS): { parts: GraphPart[]; rest: GraphFile } {
  const parts: GraphPart[] = [];
  for (const list of LISTS) {
    let items: unknown[] = [];
    let size = 0;
    for (const item of graph[list]) {
      const n = textSize(item);
      if (items.length && size + n > limit) {
        parts.push({ list, items });
        items = [];
        size = 0;
      }
      items.push(item);
      size += n;
    }
    if (items.length) parts.push({ list, items });
  }
  return { parts, rest: { ...graph, documents: [], sentences: [], nodes: [], edges: [], relationTypes: [] } };
}

/** Puts the parts back into the graph they were cut from (in the order they came). */
export function joinGraph(rest: GraphFile, parts: readonly GraphPart[]): GraphFile {
  const graph: GraphFile = { ...rest, documents: [...rest.documents], sentences: [...rest.sentences], nodes: [...rest.nodes], edges: [...rest.edges], relationTypes: [...rest.relationTypes] };
  for (const { list, items } of parts) for (const item of items) (graph[list] as unknown[]).push(item);
  return graph;
}

const MAX_PROBLEMS = 20;

/** "63.2 MB (63,180,544 bytes)": exact, so a file just over the limit does not read as equal to it. */
export function describeSize(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB (${bytes.toLocaleString('en-US')} bytes)`;
}

/** The user stopped the import. */
export function cancelled(name: string): ImportRefusal {
  return { ok: false, source: name, summary: `Opening ${name} was cancelled.`, problems: [], cancelled: true };
}

/** A file over MAX_IMPORT_BYTES, refused before anything is read. */
export function sizeRefusal(file: { name: string; size: number }, limit = MAX_IMPORT_BYTES): ImportRefusal | null {
  if (file.size <= limit) return null;
  const name = file.name || 'the file';
  return {
    ok: false,
    source: name,
    summary: `${name} is too large to open: ${describeSize(file.size)}, over the limit of ${describeSize(limit)}.`,
    problems: [],
    hint: 'Open a smaller part of the graph: filter it in the tool that made the file (Gephi, yEd, NetworkX) and export what is left.',
  };
}

export const FORMAT_NAMES: Record<GraphFormat, string> = { json: 'graph JSON', gexf: 'GEXF', graphml: 'GraphML' };

/** A file that no reader opens: says so by name, and what the file looks like instead. */
export function unknownFormat(name: string, reason: string): ImportRefusal {
  return {
    ok: false,
    source: name,
    summary: `${name} is neither graph JSON, GEXF nor GraphML.`,
    problems: [`${name}: ${reason === 'empty' ? 'the file is empty' : `it is ${reason}`}`],
    hint: 'The explorer opens graph JSON (.json), GEXF (.gexf, from Gephi) and GraphML (.graphml, from yEd, NetworkX, Cytoscape…).',
  };
}

/** Contract problems are at a path into the converted graph; a reader's at the file's root or an element. */
const CONTRACT_PATH = /^(schemaVersion|documents|sentences|nodes|edges|relationTypes)\b/;

/** The outcome of a reader, worded as the loader words it: the file, then each problem with where it is. */
export function importOutcome(result: ImportResult, name: string, format: GraphFormat): ImportOutcome {
  if (result.ok) return { ok: true, graph: result.graph, source: name, warnings: result.warnings };
  const issues = result.issues;
  const first = issues[0];
  const n = issues.length;
  let summary: string;
  if (first && first.message === 'the file is empty') summary = `${name} is empty.`;
  else if (format === 'json' && first && /^not valid JSON/.test(first.message)) summary = `${name} is not valid JSON.`;
  else if (format !== 'json' && first && !CONTRACT_PATH.test(first.path)) summary = `${name} is not a ${FORMAT_NAMES[format]} file this explorer can read.`;
  else summary = `${name} does not follow the graph contract (${n}${n >= 50 ? '+' : ''} problem${n === 1 ? '' : 's'}).`;
  return { ok: false, source: name, summary, problems: issues.slice(0, MAX_PROBLEMS).map(formatImportIssue) };
}
