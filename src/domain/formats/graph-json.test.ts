import { describe, expect, it } from 'vitest';
import { seedMini } from '../analytics/__fixtures__/seed-mini';
import { fromGraphJson, lineColumn } from './graph-json';
import { formatImportIssue } from './issues';

describe('fromGraphJson', () => {
  it('opens a valid graph file', () => {
    const g = seedMini();
    const r = fromGraphJson(JSON.stringify(g, null, 2) + '\n', 'graph.json');
    expect(r).toEqual({ ok: true, graph: g, warnings: [] });
  });

  it('accepts a byte-order mark', () => {
    expect(fromGraphJson('\uFEFF' + JSON.stringify(seedMini()), 'bom.json').ok).toBe(true);
  });

  it('reports a syntax error with line and column', () => {
    const text = '{\n  "schemaVersion": 1,\n  "documents": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}\n';
    const r = fromGraphJson(text, 'broken.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ file: 'broken.json', line: 5, column: 5 });
    expect(r.issues[0]!.message).toMatch(/^not valid JSON: /);
    expect(r.issues[0]!.message).not.toMatch(/position/);
    expect(formatImportIssue(r.issues[0]!)).toMatch(/^broken\.json:5:5: not valid JSON/);
  });

  it('reports a truncated file at its end', () => {
    const r = fromGraphJson('{\n  "nodes": [', 'cut.json');
    expect(!r.ok && r.issues[0]).toMatchObject({ line: 2, column: 13 });
  });

  it('reports contract problems with their JSON path', () => {
    const g = seedMini();
    const broken = { ...g, edges: [{ ...g.edges[0]!, target: 'nobody' }] };
    const r = fromGraphJson(JSON.stringify(broken), 'graph.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([{ file: 'graph.json', path: 'edges[0].target', message: 'refers to unknown node "nobody"' }]);
    expect(formatImportIssue(r.issues[0]!)).toBe('graph.json: edges[0].target: refers to unknown node "nobody"');
  });

  it('says when the file is empty or not a graph at all', () => {
    expect(fromGraphJson('', 'empty.json')).toEqual({ ok: false, issues: [{ file: 'empty.json', path: '(root)', message: 'the file is empty' }] });
    const r = fromGraphJson('[1, 2]', 'list.json');
    expect(!r.ok && r.issues[0]!.path).toBe('(root)');
  });
});

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
