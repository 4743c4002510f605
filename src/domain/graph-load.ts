// Turns the text of a graph file into a graph, or into messages a person can act on:
// which file, what is wrong, and where (line for JSON syntax, field path for the contract).
import { validateGraph, type GraphFile } from './graph-contract';
import { jsonErrorOffset } from './json-error-position';

export type GraphLoadResult =
  | { ok: true; graph: GraphFile }
  | { ok: false; source: string; summary: string; problems: string[] };

/** Line and column (1-based) of a string offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function jsonErrorWhere(text: string, error: unknown): string {
  let message = error instanceof Error ? error.message : String(error);
  // V8 quotes the offending text; keep that short, a graph file can be megabytes.
  message = message.replace(/, "([\s\S]*)" is not valid JSON$/, (_, quoted: string) => {
    const flat = quoted.replace(/\s+/g, ' ');
    return ` near "${flat.length > 60 ? `${flat.slice(0, 60)}…` : flat}"`;
  });
  const at = /in JSON at position (\d+)(?: \(line \d+ column \d+\))?/.exec(message);
  if (at) {
    const { line, column } = lineColumn(text, Number(at[1]));
    return `${message.slice(0, at.index).trim()} at line ${line}, column ${column}`;
  }
  const offset = jsonErrorOffset(text);
  if (offset === undefined) return message;
  const { line, column } = lineColumn(text, offset);
  return `${message.replace(/ at position \d+.*$/, '')} at line ${line}, column ${column}`;
}

export function parseGraphText(text: string, source: string, maxProblems = 20): GraphLoadResult {
  if (text.trim() === '') return { ok: false, source, summary: `${source} is empty.`, problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, source, summary: `${source} is not valid JSON.`, problems: [jsonErrorWhere(text, error)] };
  }
  const result = validateGraph(data, maxProblems);
  if (result.ok) return result;
  const n = result.issues.length;
  return {
    ok: false,
    source,
    summary: `${source} does not follow the graph contract (${n}${n >= maxProblems ? '+' : ''} problem${n === 1 ? '' : 's'}).`,
    problems: result.issues.map((i) => `${i.path}: ${i.message}`),
  };
}
