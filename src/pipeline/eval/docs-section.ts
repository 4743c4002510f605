// Writing measured tables into committed documents between markers (as scripts/bench does), and
// naming the machine they were measured on.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** Replaces the text between `<!-- NAME:begin -->` and `<!-- NAME:end -->`; false when the markers are missing. */
export function writeBetweenMarkers(file: string, name: string, text: string): boolean {
  let doc: string;
  try {
    doc = readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  const replaced = replaceBetweenMarkers(doc, name, text);
  if (replaced === undefined) return false;
  if (replaced !== doc) writeFileSync(file, replaced);
  return true;
}

export function replaceBetweenMarkers(doc: string, name: string, text: string): string | undefined {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const a = doc.indexOf(begin);
  const b = doc.indexOf(end, a + begin.length);
  if (a < 0 || b < 0) return undefined;
  return `${doc.slice(0, a + begin.length)}\n${text.trimEnd()}\n${doc.slice(b)}`;
}

/** "2 × AMD EPYC 7B13, Node v20.19.0" */
export function machine(): string {
  const list = cpus();
  return `${list.length} × ${list[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`;
}

/** "2026-11-28 03:35 UTC" */
export const timestamp = (d = new Date()): string => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
