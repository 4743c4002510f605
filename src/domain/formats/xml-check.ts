/**
 * Well-formedness check with a strict XML parser (saxes), because the DOM parser that
 * graphology-gexf uses (@xmldom/xmldom 0.8) silently accepts unclosed or mismatched tags.
 * Reports the first error with its line and column, and the root element's name.
 */
import { SaxesParser } from 'saxes';

export interface XmlError {
  message: string;
  line: number;
  column: number;
}

export interface XmlCheck {
  error: XmlError | null;
  /** Local name of the root element (without prefix), or null if there is none. */
  root: string | null;
}

export function checkXml(text: string): XmlCheck {
  const parser = new SaxesParser({ position: true });
  let error: XmlError | null = null;
  let root: string | null = null;
  parser.on('error', (err) => {
    if (error) return;
    // saxes prefixes "line:column: " to its messages.
    const m = /^(\d+):(\d+): ([\s\S]*)$/.exec(err.message);
    error = m ? { line: Number(m[1]), column: Number(m[2]), message: m[3]! } : { line: parser.line, column: parser.column, message: err.message };
  });
  parser.on('opentag', (tag) => {
    if (root === null) root = tag.name.includes(':') ? tag.name.slice(tag.name.indexOf(':') + 1) : tag.name;
  });
  try {
    parser.write(text).close();
  } catch (err) {
    if (!error) error = { line: parser.line, column: parser.column, message: err instanceof Error ? err.message : String(err) };
  }
  return { error, root };
}
