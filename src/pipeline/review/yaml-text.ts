// Edits YAML text in place. The `yaml` Document model finds the nodes and their offsets; an edit
// rewrites only those characters, because re-serialising the whole document would re-wrap folded
// notes, move aligned comments and re-indent lists, and a reviewer's git diff would show all of it.
import { isMap, isScalar, isSeq, parseDocument, stringify, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

/** A field value the review actions write: a text or a list of texts (aliases). */
export type Value = string | string[];
/** Fields in the order they are to be written. */
export type Fields = ReadonlyArray<readonly [string, Value]>;
export type YMap = YAMLMap<unknown, unknown>;
export type YSeq = YAMLSeq<unknown>;
type YPair = Pair<unknown, unknown>;

interface Edit {
  start: number;
  end: number;
  text: string;
  order: number;
}

export class YamlText {
  private readonly edits: Edit[] = [];
  private readonly eol: string;

  private constructor(
    readonly text: string,
    readonly doc: Document.Parsed,
  ) {
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
  }

  /** The parsed text, or the first YAML syntax error. */
  static parse(text: string): YamlText | { error: string } {
    const doc = parseDocument(text);
    const first = doc.errors[0];
    if (first) return { error: `YAML syntax error: ${first.message.split('\n')[0] ?? ''}` };
    return new YamlText(text, doc);
  }

  get root(): YMap | undefined {
    return isMap(this.doc.contents) ? this.doc.contents : undefined;
  }

  get changed(): boolean {
    return this.edits.some((e) => e.start !== e.end || e.text !== '');
  }

  /** The text with every edit applied. Edits address the original text and must not overlap. */
  result(): string {
    // From the end backwards so earlier offsets stay valid; at one offset a removal goes first and
    // inserts keep the order they were made in.
    const sorted = [...this.edits].sort((a, b) => b.start - a.start || b.end - a.end || b.order - a.order);
    let out = this.text;
    let limit = Infinity;
    for (const e of sorted) {
      if (e.end > limit) throw new Error('overlapping YAML edits');
      out = out.slice(0, e.start) + e.text.replaceAll('\n', this.eol) + out.slice(e.end);
      limit = e.start;
    }
    return out;
  }

  private edit(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text, order: this.edits.length });
  }

  // --- positions --------------------------------------------------------------------------

  private lineStart(pos: number): number {
    return this.text.lastIndexOf('\n', pos - 1) + 1;
  }

  /** The offset just after the line break that ends the line holding `pos`. */
  private lineEnd(pos: number): number {
    const nl = this.text.indexOf('\n', pos);
    return nl === -1 ? this.text.length : nl + 1;
  }

  private column(pos: number): number {
    return pos - this.lineStart(pos);
  }

  /** Whether only spaces (and list dashes) come before `pos` on its line. */
  private startsLine(pos: number): boolean {
    return this.text.slice(this.lineStart(pos), pos).trim() === '';
  }

  /** End of a node's own characters: without the trailing comments and blank lines of its range. */
  private contentEnd(node: Node): number {
    const [start, end] = range(node);
    let e = end;
    while (e > start && /\s/.test(this.text[e - 1]!)) e--;
    return e;
  }

  /** The end of the last line a block-map pair occupies (with its trailing comment). */
  private pairEnd(p: YPair): number {
    const keyEnd = range(p.key as Node)[1];
    const valueEnd = isNodeWithRange(p.value) ? this.contentEnd(p.value) : keyEnd;
    return this.lineEnd(Math.max(keyEnd, valueEnd) - 1);
  }

  private atLineBreak(pos: number, text: string): string {
    // A file that does not end with a line break gets one before an appended line.
    return pos === this.text.length && this.text.length > 0 && !this.text.endsWith('\n') ? `\n${text}` : text;
  }

  // --- scalars ----------------------------------------------------------------------------

  setScalar(node: Node, value: string, key: string, flow: boolean): void {
    const [start] = range(node);
    const end = this.contentEnd(node);
    // An empty value (`note:`) sits right after the colon.
    const space = start === end && this.text[start - 1] === ':' ? ' ' : '';
    this.edit(start, end, space + scalarText(value, key, flow));
  }

  // --- maps -------------------------------------------------------------------------------

  /** Adds `key` after the present field that comes last before it in `order` (else first). */
  insertPair(map: YMap, key: string, value: Value, order: readonly string[], skip: ReadonlySet<string> = new Set()): void {
    const at = order.indexOf(key);
    let anchor: YPair | undefined;
    let anchorAt = -1;
    for (const p of map.items) {
      const i = order.indexOf(keyOf(p) ?? '');
      if (i >= 0 && i < at && i > anchorAt && !skip.has(keyOf(p)!)) [anchor, anchorAt] = [p, i];
    }
    if (map.flow) {
      const text = `${key}: ${flowValue(value, key)}`;
      if (anchor) this.edit(endOf(anchor), endOf(anchor), `, ${text}`);
      else if (map.items[0]) this.edit(range(map.items[0].key as Node)[0], range(map.items[0].key as Node)[0], `${text}, `);
      else this.edit(range(map)[0] + 1, range(map)[0] + 1, ` ${text} `);
      return;
    }
    if (anchor) {
      const pos = this.pairEnd(anchor);
      this.edit(pos, pos, this.atLineBreak(pos, blockPair(key, value, this.column(range(anchor.key as Node)[0]))));
      return;
    }
    const first = map.items[0];
    if (!first) throw new Error('an empty block map');
    const keyStart = range(first.key as Node)[0];
    const col = this.column(keyStart);
    if (this.startsLine(keyStart)) this.edit(this.lineStart(keyStart), this.lineStart(keyStart), blockPair(key, value, col));
    else this.edit(keyStart, keyStart, `${blockPair(key, value, col).slice(col)}${' '.repeat(col)}`);
  }

  removePair(map: YMap, key: string, withBlankLineBefore = false): void {
    const i = map.items.findIndex((p) => keyOf(p) === key);
    const p = map.items[i];
    if (!p) return;
    const next = map.items[i + 1];
    const keyStart = range(p.key as Node)[0];
    if (map.flow) {
      const prev = map.items[i - 1];
      if (prev) this.edit(endOf(prev), endOf(p), '');
      else this.edit(keyStart, next ? range(next.key as Node)[0] : endOf(p), '');
    } else if (!next && i === 0) this.edit(keyStart, this.contentEnd(map), '{}');
    else if (!this.startsLine(keyStart) && next) this.edit(keyStart, range(next.key as Node)[0], '');
    else {
      let start = this.lineStart(keyStart);
      // A top-level list goes with the blank line that set it apart.
      if (withBlankLineBefore && start > 0) {
        const prevStart = this.lineStart(start - 1);
        if (this.text.slice(prevStart, start).trim() === '') start = prevStart;
      }
      this.edit(start, this.pairEnd(p), '');
    }
  }

  // --- sequences --------------------------------------------------------------------------

  /**
   * Appends items in the style of the list's last item (block or flow map, text); a blank line
   * first where the items are set apart by blank lines (the registry).
   */
  appendItems(seq: YSeq, items: ReadonlyArray<Value | Fields>): void {
    if (!items.length) return;
    const last = seq.items.at(-1);
    if (seq.flow || !isNodeWithRange(last)) {
      const text = items.map(flowItem).join(', ');
      if (isNodeWithRange(last)) this.edit(range(last)[1], range(last)[1], `, ${text}`);
      else this.edit(range(seq)[0] + 1, range(seq)[0] + 1, text);
      return;
    }
    const itemStart = range(last)[0];
    const dash = this.text.lastIndexOf('-', itemStart - 1);
    const dashCol = this.column(dash);
    const pos = this.lineEnd(this.contentEnd(last) - 1);
    const lineBefore = this.lineStart(dash) > 0 ? this.text.slice(this.lineStart(this.lineStart(dash) - 1), this.lineStart(dash)) : 'x';
    const gap = seq.items.length > 1 && lineBefore.trim() === '' ? '\n' : '';
    const text = items
      .map((item) => (isMap(last) && last.flow ? `${' '.repeat(dashCol)}- ${flowItem(item)}\n` : blockItem(item, dashCol, this.column(itemStart))))
      .map((t) => gap + t)
      .join('');
    this.edit(pos, pos, this.atLineBreak(pos, text));
  }

  removeItem(seq: YSeq, index: number): void {
    const item = seq.items[index];
    if (!isNodeWithRange(item)) return;
    if (seq.flow) {
      const prev = seq.items[index - 1];
      const next = seq.items[index + 1];
      if (isNodeWithRange(prev)) this.edit(range(prev)[1], range(item)[1], '');
      else this.edit(range(item)[0], isNodeWithRange(next) ? range(next)[0] : range(item)[1], '');
      return;
    }
    this.edit(this.lineStart(range(item)[0]), this.lineEnd(this.contentEnd(item) - 1), '');
  }

  /**
   * Appends an item to the top-level list `key`, creating the list after the fields that come
   * before it in `order` when the file has none (as the ingest writer does: a blank line first).
   */
  appendToTopList(key: string, item: Fields, order: readonly string[]): void {
    const root = this.root;
    const existing = root?.items.find((p) => keyOf(p) === key);
    if (existing && isSeq(existing.value) && existing.value.items.length) return this.appendItems(existing.value, [item]);
    const indent = this.listIndent();
    const items = blockItem(item, indent, indent + 2);
    if (existing) {
      // `relations:` with nothing after it, or `relations: []`: the items go on the lines below.
      if (isNodeWithRange(existing.value)) this.edit(range(existing.value)[0], this.contentEnd(existing.value), '');
      const pos = this.lineEnd(range(existing.key as Node)[1]);
      this.edit(pos, pos, this.atLineBreak(pos, items));
      return;
    }
    const block = `${key}:\n${items}`;
    if (!root) {
      const pos = this.text.length;
      this.edit(pos, pos, this.atLineBreak(pos, this.text.trim() ? `\n${block}` : block));
      return;
    }
    if (root.flow && !root.items.length) {
      this.edit(range(root)[0], this.contentEnd(root), block.replace(/\n$/, ''));
      return;
    }
    if (root.flow) throw new Error('a flow-style top-level map');
    const at = order.indexOf(key);
    const before = root.items.filter((p) => order.indexOf(keyOf(p) ?? '') < at);
    const anchor = before.at(-1);
    if (anchor) {
      const pos = this.pairEnd(anchor);
      this.edit(pos, pos, this.atLineBreak(pos, `\n${block}`));
    } else {
      const pos = this.lineStart(range(root.items[0]!.key as Node)[0]);
      this.edit(pos, pos, `${block}\n`);
    }
  }

  /** Starts the list that is the whole document (an empty registry): `- …` at the end. */
  appendToEmptyList(item: Fields): void {
    const pos = this.text.length;
    const text = blockItem(item, 0, 2);
    this.edit(pos, pos, this.atLineBreak(pos, this.text.trim() ? `\n${text}` : text));
  }

  /** The dash column of the file's top-level lists (2 in annotation files). */
  private listIndent(): number {
    for (const p of this.root?.items ?? []) {
      const first = isSeq(p.value) && !p.value.flow ? p.value.items[0] : undefined;
      if (isNodeWithRange(first)) return this.column(this.text.lastIndexOf('-', range(first)[0] - 1));
    }
    return 2;
  }
}

// --- helpers ------------------------------------------------------------------------------

export function keyOf(p: YPair): string | undefined {
  return isScalar(p.key) && typeof p.key.value === 'string' ? p.key.value : undefined;
}

export function pairOf(map: YMap, key: string): YPair | undefined {
  return map.items.find((p) => keyOf(p) === key);
}

function isNodeWithRange(n: unknown): n is Node {
  return typeof n === 'object' && n !== null && Array.isArray((n as Node).range);
}

function range(node: Node): [number, number, number] {
  if (!node.range) throw new Error('a YAML node without a source range');
  return node.range;
}

/** In a flow map: where a pair's value (or key, when it has no value) ends. */
function endOf(p: YPair): number {
  return range(isNodeWithRange(p.value) ? p.value : (p.key as Node))[1];
}

/** One text as YAML: plain where that reads back the same, quoted otherwise, always on one line. */
export function scalarText(value: string, key: string, flow: boolean): string {
  // Dates are quoted throughout the annotation files ("2024-10-04"), so new ones are too.
  if (key === 'date' || hasControlCharacter(value)) return JSON.stringify(value);
  const text = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  if (text.includes('\n')) return JSON.stringify(value);
  // Inside { } or [ ] a plain text cannot hold the flow indicators.
  if (flow && !/^["']/.test(text) && /[,[\]{}]/.test(text)) return JSON.stringify(value);
  return text;
}

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

function flowValue(value: Value, key: string): string {
  return typeof value === 'string' ? scalarText(value, key, true) : `[${value.map((v) => scalarText(v, key, true)).join(', ')}]`;
}

function flowItem(item: Value | Fields): string {
  if (typeof item === 'string' || isTextList(item)) return flowValue(item, '');
  return `{ ${item.map(([k, v]) => `${k}: ${flowValue(v, k)}`).join(', ')} }`;
}

function isTextList(v: Value | Fields): v is string[] {
  return Array.isArray(v) && v.every((x: unknown) => typeof x === 'string');
}

function blockPair(key: string, value: Value, col: number): string {
  const pad = ' '.repeat(col);
  if (typeof value === 'string') return `${pad}${key}: ${scalarText(value, key, false)}\n`;
  return `${pad}${key}:\n${value.map((v) => `${pad}  - ${scalarText(v, key, false)}\n`).join('')}`;
}

/** A list item on its own lines: `- text`, or a map whose keys line up at `keyCol`. */
function blockItem(item: Value | Fields, dashCol: number, keyCol: number): string {
  const dash = `${' '.repeat(dashCol)}-${' '.repeat(Math.max(1, keyCol - dashCol - 1))}`;
  if (typeof item === 'string') return `${dash}${scalarText(item, '', false)}\n`;
  if (isTextList(item)) return `${dash}${flowValue(item, '')}\n`;
  const body = item.map(([k, v]) => blockPair(k, v, keyCol)).join('');
  return dash + body.slice(keyCol);
}
