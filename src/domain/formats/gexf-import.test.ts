import { describe, expect, it } from 'vitest';
import { validateGraph } from '../graph-contract';
import { seedMini } from '../analytics/__fixtures__/seed-mini';
import { computeMetrics } from '../analytics/metrics';
import lesMiserables from './__fixtures__/les-miserables.gexf?raw';
import typedWithProblems from './__fixtures__/typed-with-problems.gexf?raw';
import { toGexf } from './gexf-export';
import { fromGexf } from './gexf-import';
import { formatImportIssue } from './issues';

function opened(text: string, name: string) {
  const r = fromGexf(text, name);
  if (!r.ok) throw new Error(r.issues.map(formatImportIssue).join('\n'));
  return r;
}

describe('fromGexf with a real Gephi file (Les Misérables, Gephi 0.9.3)', () => {
  const r = opened(lesMiserables, 'Les Miserables.gexf');
  const g = r.graph;

  it('opens with all 77 nodes and 254 edges, and validates', () => {
    expect(g.nodes).toHaveLength(77);
    expect(g.edges).toHaveLength(254);
    expect(validateGraph(JSON.parse(JSON.stringify(g))).ok).toBe(true);
  });

  it('keeps labels, declared attributes (by title) and viz data', () => {
    const valjean = g.nodes.find((n) => n.id === '11')!;
    expect(valjean).toMatchObject({ label: 'Valjean', kind: 'entity', aliases: [], mentions: [] });
    expect(valjean.attributes).toEqual({ 'Modularity Class': 1, size: 100, x: -87.93029, y: 6.8120565, color: 'rgb(245,91,91)' });
  });

  it('types every edge with the generic undirected "related" type, keeping weights', () => {
    expect(g.relationTypes).toHaveLength(1);
    expect(g.relationTypes[0]).toMatchObject({ id: 'related', label: 'Related', directed: false, plover: '', polarity: 'neutral' });
    expect(g.relationTypes[0]!.color).toMatch(/^#[0-9A-F]{6}$/i);
    const e = g.edges.find((x) => x.id === '13')!;
    expect(e).toMatchObject({ source: '11', target: '0', type: 'related', attributes: { weight: 5 } });
  });

  it('backs every edge with exactly its generated sentence', () => {
    const e = g.edges.find((x) => x.id === '13')!;
    const sentence = g.sentences.find((s) => s.id === e.evidence[0]!.sentenceId)!;
    expect(sentence.text).toBe('Edge 13: Valjean — Myriel (Related, weight 5).');
    expect(e.evidence).toEqual([{ sentenceId: sentence.id, quote: sentence.text, start: sentence.start, end: sentence.end }]);
    expect(g.documents).toHaveLength(1);
    expect(g.documents[0]).toMatchObject({ title: 'Imported from Les Miserables.gexf', published: '2023-01-27', sourceFile: 'Les Miserables.gexf' });
    expect(g.sentences).toHaveLength(254);
    expect(r.warnings[0]).toMatch(/generated line describing the GEXF edge, not a quotation/);
  });

  it('can be analysed: Valjean is the most central character', () => {
    const m = computeMetrics(g);
    expect(m.ranks['11']).toMatchObject({ degree: 1, betweenness: 1 });
  });
});

describe('fromGexf with typed nodes and edges, and problems', () => {
  const r = opened(typedWithProblems, 'typed.gexf');
  const g = r.graph;

  it('takes kind from a "Category" attribute and the relation from a "relation" attribute', () => {
    expect(g.nodes.map((n) => [n.id, n.label, n.kind])).toEqual([
      ['un', 'United Nations', 'igo'],
      ['nato', 'NATO', 'alliance'],
      ['us', 'us', 'entity'],
    ]);
    expect(g.nodes[0]!.attributes).toEqual({ founded: 1945, tags: 'global|intergovernmental' });
    expect(g.relationTypes.map((t) => [t.id, t.label, t.directed])).toEqual([
      ['member-of', 'Member of', true],
      ['cooperates-with', 'Cooperates with', false],
    ]);
    expect(new Set(g.relationTypes.map((t) => t.color)).size).toBe(2);
  });

  it('skips the edge to an undeclared node with a warning, and names unnamed edges', () => {
    expect(g.edges.map((e) => [e.id, e.source, e.target, e.type])).toEqual([
      ['a', 'us', 'nato', 'member-of'],
      ['e1', 'us', 'un', 'member-of'],
      ['b', 'nato', 'un', 'cooperates-with'],
    ]);
    expect(r.warnings).toContain('Skipped edges to nodes the file does not declare (1): edge "c" (nato → ussr: no node "ussr").');
    // Declared defaults apply; the edge's own label stays as an attribute when "relation" gives the type.
    expect(g.edges[0]!.attributes).toEqual({ confidence: 0.9, label: 'ignored label' });
    expect(g.edges[1]!.attributes).toEqual({ confidence: 0.5 });
    expect(g.documents[0]!.published).toBe('2024-03-01');
  });
});

describe('fromGexf errors', () => {
  it('reports malformed XML with line and column', () => {
    const r = fromGexf('<gexf>\n  <graph>\n    <nodes>\n      <node id="a">\n    </nodes>\n  </graph>\n</gexf>', 'broken.gexf');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ file: 'broken.gexf', line: 5 });
    expect(r.issues[0]!.message).toMatch(/^not well-formed XML: unexpected close tag/);
    expect(formatImportIssue(r.issues[0]!)).toMatch(/^broken\.gexf:5:\d+: not well-formed XML/);
  });

  it('refuses text that is not XML, XML that is not GEXF, and an empty file', () => {
    const notXml = fromGexf('id,label\n1,Valjean\n', 'nodes.csv');
    expect(!notXml.ok && formatImportIssue(notXml.issues[0]!)).toBe('nodes.csv:1:1: not a GEXF file: it is not XML (it does not start with "<")');
    const unclosed = fromGexf('<gexf><graph><nodes><node id="a" label="x & y"/></nodes></graph></gexf>', 'amp.gexf');
    expect(!unclosed.ok && unclosed.issues[0]!.message).toMatch(/^not well-formed XML/);
    const graphml = fromGexf('<?xml version="1.0"?><graphml><graph/></graphml>', 'g.graphml');
    expect(!graphml.ok && graphml.issues[0]!.message).toBe('not a GEXF file: the root element is <graphml>, expected <gexf>');
    const empty = fromGexf('  \n', 'empty.gexf');
    expect(!empty.ok && empty.issues[0]!.message).toBe('the file is empty');
  });

  it('refuses duplicate node ids', () => {
    const r = fromGexf('<gexf><graph><nodes><node id="a"/><node id="a"/></nodes></graph></gexf>', 'dup.gexf');
    expect(!r.ok && formatImportIssue(r.issues[0]!)).toBe('dup.gexf: node[2]: two nodes have the id "a"');
  });
});

describe('our GEXF export read back by our import', () => {
  it('keeps actors, kinds, relation types and directions', () => {
    const seed = seedMini();
    const g = opened(toGexf(seed), 'export.gexf').graph;
    expect(g.nodes.map((n) => [n.id, n.label, n.kind])).toEqual(seed.nodes.map((n) => [n.id, n.label, n.kind]));
    expect(g.edges.map((e) => [e.id, e.source, e.target, e.type])).toEqual(seed.edges.map((e) => [e.id, e.source, e.target, e.type]));
    const directed = Object.fromEntries(g.relationTypes.map((t) => [t.id, t.directed]));
    expect(directed).toMatchObject({ delisting: true, ties: false });
    expect(g.edges[0]!.attributes).toMatchObject({ status: 'decided', saidBy: 'Zamir Kabulov', date: '2024-10-04' });
  });
});
