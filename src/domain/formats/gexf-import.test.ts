import { describe, expect, it } from 'vitest';
import committed from '../../../data/graph.json';
import { validateGraph, type GraphFile } from '../graph-contract';
import { isSyntheticDocument } from '../synthetic-evidence';
import { seedMini } from '../analytics/__fixtures__/seed-mini';
import { computeMetrics } from '../analytics/metrics';
import lesMiserables from './__fixtures__/les-miserables.gexf?raw';
import typedWithProblems from './__fixtures__/typed-with-problems.gexf?raw';
import { toGexf } from './gexf-export';
import { fromGexf } from './gexf-import';
import { formatImportIssue } from './issues';

function opened(text: string, name: string) {
  const r = fromGexf(text, name, { today: '2026-01-02' });
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
    // Gephi numbers nodes and edges from 0: edge "13" is renamed, as node "13" has that id.
    const e = g.edges.find((x) => x.id === '13-2')!;
    expect(e).toMatchObject({ source: '11', target: '0', type: 'related', attributes: { weight: 5 } });
    expect(r.warnings).toContain(
      'Renamed edges whose id was already used (77): "0" → "0-2"; "1" → "1-2"; "2" → "2-2"; "3" → "3-2"; "4" → "4-2"; "5" → "5-2"; "6" → "6-2"; "7" → "7-2"; "8" → "8-2"; "9" → "9-2" … and 67 more.',
    );
  });

  it('backs every edge with exactly its generated sentence', () => {
    const e = g.edges.find((x) => x.id === '13-2')!;
    const sentence = g.sentences.find((s) => s.id === e.evidence[0]!.sentenceId)!;
    expect(sentence.text).toBe('Edge 13-2: Valjean — Myriel (Related, weight 5).');
    expect(e.evidence).toEqual([{ sentenceId: sentence.id, quote: sentence.text, start: sentence.start, end: sentence.end }]);
    expect(g.documents).toHaveLength(1);
    expect(g.documents[0]).toMatchObject({ title: 'Imported from Les Miserables.gexf', published: '2023-01-27', sourceFile: 'Les Miserables.gexf' });
    expect(g.sentences).toHaveLength(254);
    expect(r.warnings[0]).toMatch(/generated line describing the GEXF edge, not a quotation/);
    expect(isSyntheticDocument(g.documents[0]!.id)).toBe(true);
    expect(r.warnings.join(' ')).not.toMatch(/gives no date/);
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

  it('renames an edge or a relation type whose id is a node\'s (they share one id space)', () => {
    const g = opened('<gexf><graph><nodes><node id="a"/><node id="related"/></nodes><edges><edge id="a" source="a" target="related"/></edges></graph></gexf>', 'shared.gexf').graph;
    expect(g.edges.map((e) => [e.id, e.type])).toEqual([['a-2', 'related-2']]);
    expect(g.relationTypes.map((t) => [t.id, t.label])).toEqual([['related-2', 'Related']]);
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
    // The claim comes back as the claim, not as loose attributes.
    expect(g.edges[0]).toMatchObject({ status: 'decided', saidBy: 'zamir-kabulov', date: '2024-10-04' });
    expect(g.edges[0]!.attributes).not.toHaveProperty('status');
    expect(g.edges[0]!.attributes).not.toHaveProperty('saidBy');
    expect(g.edges[0]!.attributes).toMatchObject({ dateText: 'Friday' });
  });

  it('keeps statuses, dates, speakers and outlets of a subgraph of the committed seed graph', () => {
    const seed = validateGraph(structuredClone(committed));
    if (!seed.ok) throw new Error('data/graph.json does not validate');
    const claims = seed.graph.edges.filter((e) => e.saidBy !== undefined || (e.status !== undefined && e.status !== 'asserted'));
    expect(claims.length).toBeGreaterThan(10);
    const ids = new Set(claims.flatMap((e) => [e.source, e.target, e.saidBy, e.reportedBy].filter((x): x is string => x !== undefined)));
    const back = opened(toGexf(seed.graph, [...ids], claims.map((e) => e.id)), 'seed.gexf').graph;
    const pick = (g: GraphFile) => g.edges.map((e) => ({ id: e.id, status: e.status, date: e.date, saidBy: e.saidBy, reportedBy: e.reportedBy }));
    expect(pick(back)).toEqual(pick({ ...seed.graph, edges: claims }));
    expect(back.edges.some((e) => e.reportedBy !== undefined)).toBe(true);
  });

  it('keeps values that are no status, date or known actor as attributes', () => {
    const xml = `<gexf><graph defaultedgetype="directed">
      <attributes class="edge"><attribute id="0" title="status" type="string"/><attribute id="1" title="date" type="string"/><attribute id="2" title="saidBy" type="string"/></attributes>
      <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
      <edges><edge id="x" source="a" target="b"><attvalues><attvalue for="0" value="rumoured"/><attvalue for="1" value="last spring"/><attvalue for="2" value="Somebody"/></attvalues></edge></edges>
    </graph></gexf>`;
    const e = opened(xml, 'odd.gexf').graph.edges[0]!;
    expect(e.status).toBeUndefined();
    expect(e.date).toBeUndefined();
    expect(e.saidBy).toBeUndefined();
    expect(e.attributes).toEqual({ status: 'rumoured', date: 'last spring', saidBy: 'Somebody' });
  });

  it('dates a file without <meta lastmodifieddate> by the import day, and says so', () => {
    const r = opened('<gexf><graph><nodes><node id="a"/></nodes></graph></gexf>', 'undated.gexf');
    expect(r.graph.documents[0]!.published).toBe('2026-01-02');
    expect(r.warnings).toContain('The file gives no date (<meta lastmodifieddate>), so the imported document is dated 2026-01-02, the day of the import, not when the graph was made.');
  });
});
