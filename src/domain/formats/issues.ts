import type { ContractIssue, GraphFile } from '../graph-contract';

/** A problem that stops an import: where (JSON path, or XML element) and what, in words. */
export interface ImportIssue extends ContractIssue {
  /** The file the issue is in. */
  file: string;
  /** 1-based line and column, when known (syntax errors). */
  line?: number;
  column?: number;
}

export type ImportResult = { ok: true; graph: GraphFile; warnings: string[] } | { ok: false; issues: ImportIssue[] };

/** "file:line:column: message", or "file: path: message" — one line for the user. */
export function formatImportIssue(issue: ImportIssue): string {
  if (issue.line !== undefined) return `${issue.file}:${issue.line}:${issue.column ?? 1}: ${issue.message}`;
  return issue.path && issue.path !== '(root)' ? `${issue.file}: ${issue.path}: ${issue.message}` : `${issue.file}: ${issue.message}`;
}
