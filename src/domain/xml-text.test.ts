import { describe, expect, it } from 'vitest';
import { escapeXml, xmlSafe } from './xml-text';

describe('text from the graph file in XML', () => {
  it('replaces what XML 1.0 forbids and keeps every other character, emoji included', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf');
    expect(xmlSafe('tab\tnew\nline\r Ω 😀')).toBe('tab\tnew\nline\r Ω 😀');
    expect(xmlSafe('lone \uD800 high, lone \uDC00 low')).toBe('lone \uFFFD high, lone \uFFFD low');
  });

  it('escapes markup for attributes and text', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });
});
