// Where JSON text first goes wrong. V8's JSON.parse names a position for some errors only
// ("Unexpected end of JSON input", "Unexpected token ':'" have none), so a failed parse is
// scanned again here to give the reader a line and column. Iterative: nesting depth costs no stack.

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /true|false|null/y;

/** Offset of the first character that breaks JSON syntax, or undefined when the text is valid. */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const skip = (): void => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  const token = (re: RegExp): boolean => {
    re.lastIndex = i;
    if (!re.test(text)) return false;
    i = re.lastIndex;
    return true;
  };
  // Each frame: what the container expects next.
  type Expect = 'value' | 'key' | 'colon' | 'comma-or-end';
  const stack: Array<'{' | '['> = [];
  let expect: Expect = 'value';
  let first = false; // just after an opening bracket: the closing one is allowed
  for (;;) {
    skip();
    if (i >= text.length) return stack.length || expect === 'value' ? i : undefined;
    const c = text[i]!;
    const top = stack.at(-1);
    if (expect === 'comma-or-end') {
      if (!top) return i; // text after the top-level value
      if (c === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
        first = false;
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        i++;
        stack.pop();
      } else return i;
      continue;
    }
    if (first && ((c === '}' && top === '{') || (c === ']' && top === '['))) {
      i++;
      stack.pop();
      first = false;
      expect = 'comma-or-end';
      continue;
    }
    first = false;
    if (expect === 'key') {
      if (c !== '"' || !token(STRING)) return i;
      expect = 'colon';
    } else if (expect === 'colon') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
    } else if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      first = true;
      expect = c === '{' ? 'key' : 'value';
    } else if ((c === '"' && token(STRING)) || token(NUMBER) || token(LITERAL)) {
      expect = 'comma-or-end';
    } else return i;
  }
}
