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

  it('gives the integrity problems of the contract with their field paths, as the pipeline does', () => {
    const g = fixtureGraph();
    g.relationTypes.push({ ...g.relationTypes[0]! });
    g.documents[0]!.bodyStart = g.documents[0]!.text.length + 1;
    g.edges[0]!.id = g.nodes[0]!.id;
    const r = parseGraphText(JSON.stringify(g), 'bad.json');
    expect(r.ok ? [] : [r.summary, ...r.problems]).toEqual([
      'bad.json does not follow the graph contract (3 problems).',
      `documents[0].bodyStart: ${g.documents[0]!.bodyStart} is beyond the end of the text (length ${g.documents[0]!.text.length})`,
      `relationTypes[${g.relationTypes.length - 1}].id: duplicate relation type id "${g.relationTypes[0]!.id}" (first at relationTypes[0].id)`,
      `edges[0].id: edge id "${g.nodes[0]!.id}" is already the id of a node (nodes[0].id): relation types, nodes and edges need distinct ids`,
    ]);
  });

  it('reports an empty file', () => {
    const r = parseGraphText('  ', 'empty.json');
    expect(r.ok ? '' : r.summary).toBe('empty.json is empty.');
  });

  it('computes 1-based line and column', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
