import { describe, expect, it } from 'vitest';
import { lineColumn, parseGraphText } from './graph-load';
import { fixtureGraph } from './test-fixture';

describe('parseGraphText', () => {
  it('accepts a graph that follows the contract', () => {
    const r = parseGraphText(JSON.stringify(fixtureGraph()), 'graph.json');
    expect(r.ok).toBe(true);
  });

  it('says the file is not JSON and where the syntax breaks', () => {
    const r = parseGraphText('{\n  "nodes": [],\n}', '/data/broken.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.summary).toBe('/data/broken.json is not valid JSON.');
    expect(r.problems[0]).toMatch(/^Expected double-quoted property name at line 3, column 1$/);
  });

  it('keeps the quoted text of a syntax error short', () => {
    const r = parseGraphText(`<html>${'x'.repeat(500)}</html>`, 'page.html');
    expect(r.ok ? '' : r.problems[0]).toMatch(/^Unexpected token '<'/);
    expect((r.ok ? '' : r.problems[0]!).length).toBeLessThan(120);
  });

  it('names the field path of a broken reference', () => {
    const g = fixtureGraph();
    g.edges[3]!.source = 'xyz';
    const r = parseGraphText(JSON.stringify(g), 'bad.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.summary).toMatch(/^bad\.json does not follow the graph contract \(1 problem\)/);
    expect(r.problems).toEqual(['edges[3].source: refers to unknown node "xyz"']);
  });

  it('reports an empty file', () => {
    const r = parseGraphText('  ', 'empty.json');
    expect(r.ok ? '' : r.summary).toBe('empty.json is empty.');
  });

  it('computes 1-based line and column', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
