/**
 * Opening a graph file (graph.json, or an export of this app): JSON syntax errors are reported
 * with line and column; then the contract's validateGraph checks shape and integrity.
 */
import { validateGraph } from '../graph-contract';
import type { ImportIssue, ImportResult } from './issues';

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Turns a JSON.parse error (V8, SpiderMonkey or JavaScriptCore wording) into an issue with a position. */
function syntaxIssue(text: string, fileName: string, error: unknown): ImportIssue {
  const raw = error instanceof Error ? error.message : String(error);
  let line: number | undefined;
  let column: number | undefined;
  const lc = /line (\d+) column (\d+)/.exec(raw);
  const pos = /at position (\d+)/.exec(raw);
  if (lc) {
    line = Number(lc[1]);
    column = Number(lc[2]);
  } else if (pos) {
    ({ line, column } = lineColumn(text, Number(pos[1])));
  } else if (/end of (JSON )?(input|data)/i.test(raw)) {
    ({ line, column } = lineColumn(text, text.length));
  }
  const message = raw
    .replace(/^JSON\.parse: /, '')
    .replace(/,? ?"[^"]*"\.\.\. is not valid JSON$/, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+/, '')
    .replace(/ at line \d+ column \d+ of the JSON data/, '');
  return { file: fileName, path: '(root)', message: `not valid JSON: ${message}`, ...(line !== undefined ? { line, column } : {}) };
}

export function fromGraphJson(text: string, fileName: string): ImportResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, issues: [{ file: fileName, path: '(root)', message: 'the file is empty' }] };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return { ok: false, issues: [syntaxIssue(body, fileName, error)] };
  }
  const result = validateGraph(data);
  if (!result.ok) return { ok: false, issues: result.issues.map((i) => ({ ...i, file: fileName })) };
  return { ok: true, graph: result.graph, warnings: [] };
}
