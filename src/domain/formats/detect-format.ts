/**
 * Which reader opens a file: by its content first (the root element of XML, or a JSON start),
 * else by its name's extension, so that a misnamed export still opens and a broken file is
 * reported by the reader of the format its name claims (with that format's line and column).
 */
export type GraphFormat = 'json' | 'gexf' | 'graphml';

export type Detected = { format: GraphFormat } | { format: null; reason: string };

/** How much of a file's start is enough to find its root element (past a long comment or DOCTYPE, the name decides). */
export const SNIFF_CHARS = 64 * 1024;

const BY_EXTENSION = new Map<string, GraphFormat>([
  ['json', 'json'],
  ['gexf', 'gexf'],
  ['graphml', 'graphml'],
]);

/** The root element's name (without prefix) of an XML text's start, or null when not found there. */
export function xmlRootName(head: string): string | null {
  let i = 0;
  for (;;) {
    while (i < head.length && /\s/.test(head[i]!)) i++;
    let close: [number, number];
    if (head.startsWith('<?', i)) close = [head.indexOf('?>', i), 2];
    else if (head.startsWith('<!--', i)) close = [head.indexOf('-->', i), 3];
    else if (head.startsWith('<!', i)) close = [skipDeclaration(head, i), 1];
    else break;
    // Not closed within the head: the root is further on.
    if (close[0] < 0) return null;
    i = close[0] + close[1];
  }
  const m = /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(i, i + 200));
  return m ? m[1]!.slice(m[1]!.indexOf(':') + 1) : null;
}

/** The index of the '>' that ends a <!DOCTYPE …> (which may hold an internal subset in brackets). */
function skipDeclaration(head: string, start: number): number {
  let depth = 0;
  for (let i = start + 2; i < head.length; i++) {
    if (head[i] === '[') depth++;
    else if (head[i] === ']') depth--;
    else if (head[i] === '>' && depth <= 0) return i;
  }
  return -1;
}

/** `head` is the start of the file (SNIFF_CHARS are enough), `fileName` its name. */
export function detectFormat(head: string, fileName: string): Detected {
  const body = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const lead = body.trimStart();
  const dot = fileName.lastIndexOf('.');
  const byName = dot >= 0 ? BY_EXTENSION.get(fileName.slice(dot + 1).toLowerCase()) : undefined;
  if (lead.startsWith('<')) {
    const root = xmlRootName(body);
    if (root === 'gexf') return { format: 'gexf' };
    if (root === 'graphml') return { format: 'graphml' };
    if (byName) return { format: byName };
    return { format: null, reason: root ? `an XML file whose root element is <${root}>` : 'an XML file without a root element in its first 64 KB' };
  }
  if (byName) return { format: byName };
  if (lead.startsWith('{') || lead.startsWith('[')) return { format: 'json' };
  if (lead === '') return { format: null, reason: 'empty' };
  const start = lead.slice(0, 24).replace(/\s+/g, ' ').trimEnd();
  // eslint-disable-next-line no-control-regex -- binary files are recognised by control characters
  return { format: null, reason: /[\u0000-\u0008\u000e-\u001f]/.test(start) ? 'not a text file' : `a text file that starts with "${start}${lead.length > 24 ? '…' : ''}"` };
}
