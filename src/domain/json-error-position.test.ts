import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-error-position';
import { parseGraphText } from './graph-load';

describe('where JSON goes wrong', () => {
  it('finds the offset V8 does not name', () => {
    expect(jsonErrorOffset('{"a"::1}')).toBe(5);
    expect(jsonErrorOffset('{"a":')).toBe(5);
    expect(jsonErrorOffset('{"a":1} x')).toBe(8);
    expect(jsonErrorOffset('[1,]')).toBe(3);
    expect(jsonErrorOffset('{"a":1,}')).toBe(7);
    expect(jsonErrorOffset('{"a":"\u0001"}')).toBe(5);
  });

  it('passes valid JSON, deep nesting included', () => {
    for (const t of ['{}', '[]', ' {"a":[1,-2.5e3,true,null,"x\\n",{"b":{}}]} ', '"s"', '0', '[' .repeat(50_000) + ']'.repeat(50_000)]) {
      expect(jsonErrorOffset(t)).toBeUndefined();
      expect(() => JSON.parse(t)).not.toThrow();
    }
  });

  it('gives every syntax error of a graph file a line and column', () => {
    for (const t of ['{"a"::1}', '{\n"a":', '{"a":1} x', '{"schemaVersion": 3,\n  "nodes": [}']) {
      const r = parseGraphText(t, 'g.json');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]).toMatch(/at line \d+, column \d+$/);
    }
    const r = parseGraphText('{"schemaVersion": 3,\n  "nodes": [}', 'g.json');
    expect(!r.ok && r.problems[0]).toMatch(/line 2, column 13$/);
  });
});
