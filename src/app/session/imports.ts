// Opening a graph file the user picked or dropped: graph JSON (the contract) or GEXF (Gephi),
// checked with the same rules and wording as the loader. The formats bundle (~1 MB: zod is in
// the main bundle already, but xmldom, saxes and graphology-gexf are not) loads on demand.
import type { GraphFile } from '../../domain/graph-contract';

/** Why a file was not opened: a summary naming the file, and each problem with where it is. */
export interface ImportRefusal {
  ok: false;
  source: string;
  summary: string;
  problems: string[];
}

export type ImportOutcome = { ok: true; graph: GraphFile; source: string; warnings: string[] } | ImportRefusal;

const MAX_PROBLEMS = 20;

export async function readGraphFile(file: File): Promise<ImportOutcome> {
  const name = file.name || 'the file';
  const lower = name.toLowerCase();
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, source: name, summary: `Could not read ${name}.`, problems: [error instanceof Error ? error.message : String(error)] };
  }
  const looksXml = text.replace(/^\uFEFF/, '').trimStart().startsWith('<');
  // Any other XML (GraphML, …) goes to the GEXF reader, which names its root element in the refusal.
  const isGexf = lower.endsWith('.gexf') || (looksXml && !lower.endsWith('.json'));
  const { fromGexf, fromGraphJson, formatImportIssue } = await import('../../domain/formats');
  const result = isGexf ? fromGexf(text, name) : fromGraphJson(text, name);
  if (result.ok) return { ok: true, graph: result.graph, source: name, warnings: result.warnings };
  const issues = result.issues;
  const first = issues[0];
  const n = issues.length;
  let summary: string;
  if (first && /^not valid JSON/.test(first.message)) summary = `${name} is not valid JSON.`;
  else if (isGexf && first && (first.line !== undefined || /GEXF|XML/i.test(first.message))) summary = `${name} is not a GEXF file this explorer can read.`;
  else summary = `${name} does not follow the graph contract (${n}${n >= 50 ? '+' : ''} problem${n === 1 ? '' : 's'}).`;
  return { ok: false, source: name, summary, problems: issues.slice(0, MAX_PROBLEMS).map(formatImportIssue) };
}
