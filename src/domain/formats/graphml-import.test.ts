import { describe, expect, it } from 'vitest';
import { validateGraph } from '../graph-contract';
import { isSyntheticDocument } from '../synthetic-evidence';
import yed from './__fixtures__/airports-yed.graphml?raw';
import networkx from './__fixtures__/routes-networkx.graphml?raw';
import { createGraphMLImport, fromGraphML } from './graphml-import';
import { formatImportIssue } from './issues';

function opened(text: string, name = 'g.graphml') {
  const r = fromGraphML(text, name, { today: '2026-01-02' });
  if (!r.ok) throw new Error(r.issues.map(formatImportIssue).join('\n'));
  return r;
}
function refused(text: string, name = 'g.graphml') {
  const r = fromGraphML(text, name, { today: '2026-01-02' });
  if (r.ok) throw new Error('the file was opened');
  return r.issues.map(formatImportIssue);
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
const graphml = (body: string, edgedefault = 'undirected') => `${HEAD}<graph edgedefault="${edgedefault}">\n${body}\n</graph>\n</graphml>\n`;

describe('fromGraphML with a yEd export (yEd 3.23)', () => {
  const r = opened(yed, 'airports.graphml');
  const g = r.graph;
  const node = (id: string) => g.nodes.find((n) => n.id === id)!;

  it('opens every node (groups and their members too) and edge, and validates', () => {
    expect(g.nodes).toHaveLength(8);
    expect(g.edges).toHaveLength(6);
    expect(validateGraph(JSON.parse(JSON.stringify(g))).ok).toBe(true);
  });

  it('labels nodes with their y:NodeLabel, a group node with the label of its active realizer', () => {
    expect(g.nodes.map((n) => [n.id, n.label])).toEqual([
      ['n0', 'FRA'],
      ['n1', 'LHR'],
      ['n2', 'JFK'],
      ['n3', 'Gulf hubs'],
      ['n3::n0', 'DXB'],
      ['n3::n1', 'DOH'],
      ['n4', 'Star Alliance (closed)'],
      ['n4::n0', 'MUC'],
    ]);
  });

  it('keeps custom properties (cast by attr.type, with the key’s default), fill colour, position and group; no graphics key leaks', () => {
    expect(node('n0').attributes).toEqual({ hub: true, description: 'Main hub of Lufthansa', color: '#FFCC00', x: 120, y: 80 });
    expect(node('n2').attributes).toEqual({ url: 'https://www.jfkairport.com/', hub: false, color: '#99CCFF', x: -260, y: 140 });
    expect(node('n3::n0').attributes).toMatchObject({ group: 'Gulf hubs' });
    expect(node('n4::n0').attributes).toMatchObject({ group: 'Star Alliance (closed)' });
    expect(g.nodes.every((n) => n.kind === 'entity')).toBe(true);
  });

  it('types edges by their y:EdgeLabel; an edge drawn without arrows is undirected', () => {
    expect(g.relationTypes.map((t) => [t.id, t.label, t.directed])).toEqual([
      ['competes-with', 'competes with', false],
      ['codeshare', 'codeshare', true],
      ['related', 'Related', false],
    ]);
    expect(g.edges.map((e) => [e.id, e.source, e.target, e.type])).toEqual([
      ['n3::e0', 'n3::n0', 'n3::n1', 'competes-with'],
      ['e0', 'n0', 'n2', 'codeshare'],
      ['e1', 'n1', 'n2', 'related'],
      ['e2', 'n3::n0', 'n0', 'related'],
      ['e3', 'n0', 'n1', 'related'],
      ['e4', 'n4::n0', 'n0', 'codeshare'],
    ]);
    const sentence = (id: string) => g.edges.find((e) => e.id === id)!.evidence[0]!.quote;
    expect(sentence('e0')).toBe('Edge e0: FRA → JFK (codeshare).');
    expect(sentence('e3')).toBe('Edge e3: FRA — LHR (Related).');
  });

  it('backs each edge by a generated line of a synthetic document, and says so', () => {
    expect(g.documents).toHaveLength(1);
    expect(isSyntheticDocument(g.documents[0]!.id)).toBe(true);
    expect(g.documents[0]).toMatchObject({ title: 'Imported from airports.graphml', published: '2026-01-02', sourceFile: 'airports.graphml' });
    expect(r.warnings).toEqual([
      'The evidence of every relation is a generated line describing the GraphML edge, not a quotation from a source.',
      'The file gives no date, so the imported document is dated 2026-01-02, the day of the import, not when the graph was made.',
    ]);
  });
});

describe('fromGraphML with a NetworkX export (write_graphml of a DiGraph)', () => {
  const g = opened(networkx, 'routes.graphml').graph;

  it('labels nodes by their name attribute and casts long, double and Python’s True / False', () => {
    expect(g.nodes.map((n) => n.label)).toEqual(['London Heathrow', 'Paris Charles de Gaulle', 'Amsterdam Schiphol', 'Dublin', 'Humberto Delgado']);
    expect(g.nodes[0]!.attributes).toEqual({ city: 'London', country: 'United Kingdom', latitude: 51.4706, longitude: -0.461941, hub: true, passengers: 79200000 });
    expect(g.nodes[3]!.attributes).toMatchObject({ hub: false });
    expect(g.nodes[4]!.attributes).not.toHaveProperty('passengers');
  });

  it('names the edges NetworkX leaves without id, all directed by edgedefault, keeping their data', () => {
    expect(g.edges.map((e) => [e.id, e.source, e.target])).toEqual([
      ['e0', 'LHR', 'CDG'],
      ['e1', 'LHR', 'DUB'],
      ['e2', 'CDG', 'AMS'],
      ['e3', 'AMS', 'LHR'],
      ['e4', 'DUB', 'LIS'],
      ['e5', 'LIS', 'CDG'],
    ]);
    expect(g.edges[0]!.attributes).toEqual({ distance_km: 348, airline: 'Air France' });
    expect(g.relationTypes).toMatchObject([{ id: 'related', directed: true }]);
  });
});

describe('fromGraphML: what other files hold', () => {
  it('takes kind, relation type, claim fields and labels from the attributes our rules name', () => {
    const r = opened(
      `${HEAD}<key id="k" for="node" attr.name="Category" attr.type="string"/><key id="l" for="node" attr.name="label" attr.type="string"/>
<key id="t" for="edge" attr.name="relation" attr.type="string"/><key id="s" for="edge" attr.name="status" attr.type="string"/><key id="w" for="edge" attr.name="weight" attr.type="int"/>
<graph edgedefault="directed"><node id="un"><data key="l">United Nations</data><data key="k">igo</data></node><node id="af"><data key="l">Afghanistan</data></node>
<edge source="af" target="un"><data key="t">member of</data><data key="s">decided</data><data key="w">3</data></edge></graph></graphml>`,
    );
    expect(r.graph.nodes.map((n) => [n.id, n.label, n.kind, n.attributes])).toEqual([
      ['un', 'United Nations', 'igo', undefined],
      ['af', 'Afghanistan', 'entity', undefined],
    ]);
    expect(r.graph.edges[0]).toMatchObject({ type: 'member-of', status: 'decided', attributes: { weight: 3 } });
    expect(r.graph.edges[0]!.evidence[0]!.quote).toBe('Edge e0: Afghanistan → United Nations (member of, weight 3).');
  });

  it('keeps data under undeclared keys, applies for="all" defaults, and keeps a value that does not fit its type as text, with a warning', () => {
    const r = opened(
      `${HEAD}<key id="c" for="all" attr.name="colour" attr.type="string"><default>grey</default></key><key id="n" for="node" attr.name="size" attr.type="double"/>
<graph edgedefault="undirected"><node id="a"><data key="n">big</data><data key="x">free</data></node><node id="b"><data key="c">red</data><data key="n">2.5</data></node><edge source="a" target="b"/></graph></graphml>`,
    );
    expect(r.graph.nodes.map((n) => n.attributes)).toEqual([
      { size: 'big', x: 'free', colour: 'grey' },
      { colour: 'red', size: 2.5 },
    ]);
    expect(r.graph.edges[0]!.attributes).toEqual({ colour: 'grey' });
    expect(r.warnings).toContain('Values that do not fit their declared type, kept as text (1): size (double): 1.');
  });

  it('skips edges to undeclared nodes and hyperedges, reads only the first graph, and takes a graph without edgedefault as undirected, all with warnings', () => {
    const r = opened(
      `${HEAD}<graph><node id="a"/><node id="b"/><edge id="ab" source="a" target="b"/><edge id="ax" source="a" target="x"/>
<hyperedge><endpoint node="a"/><endpoint node="b"/></hyperedge></graph>
<graph edgedefault="directed"><node id="c"/></graph></graphml>`,
    );
    expect(r.graph.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(r.graph.edges.map((e) => e.id)).toEqual(['ab']);
    expect(r.graph.relationTypes[0]!.directed).toBe(false);
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        'The file holds several graphs: only the first is imported.',
        'Graphs without edgedefault="directed" or "undirected", taken as undirected (1): <graph> at line 3.',
        'Skipped hyperedges (not supported) (1): hyperedge at line 4.',
        'Skipped edges to nodes the file does not declare (1): edge "ax" (a → x: no node "x").',
      ]),
    );
  });

  it('treats names from the file as data: ids and attribute names such as __proto__ and constructor', () => {
    const r = opened(
      `${HEAD}<key id="__proto__" for="node" attr.name="constructor"/><graph edgedefault="directed">
<node id="__proto__"><data key="__proto__">x</data></node><node id="toString"/><edge id="constructor" source="__proto__" target="toString"/></graph></graphml>`,
    );
    expect(r.graph.nodes.map((n) => n.id)).toEqual(['__proto__', 'toString']);
    expect(Object.entries(r.graph.nodes[0]!.attributes ?? {})).toEqual([['constructor', 'x']]);
    expect(r.graph.edges.map((e) => e.id)).toEqual(['constructor']);
  });

  it('gives an edge whose id is a node’s another id, as the contract wants ids distinct', () => {
    const r = opened(graphml('<node id="0"/><node id="1"/><edge id="0" source="0" target="1"/><edge id="1" source="1" target="0"/>'));
    expect(r.graph.edges.map((e) => e.id)).toEqual(['e0', 'e1']);
    expect(r.warnings).toContain('Renamed edges whose id is already the id of a node, a relation type or another edge (2): "0" → "e0"; "1" → "e1".');
  });
});

describe('fromGraphML: refusals say where', () => {
  it('not well-formed XML: the line and column of the first error', () => {
    expect(refused(`${HEAD}<graph edgedefault="directed">\n<node id="a">\n</graph>\n</graphml>`)).toEqual([expect.stringMatching(/^g\.graphml:5:\d+: not well-formed XML: unexpected close tag/)]);
  });

  it('another root, no graph, text that is not XML, an empty file', () => {
    expect(refused('<svg xmlns="http://www.w3.org/2000/svg"/>')).toEqual(['g.graphml: not a GraphML file: the root element is <svg>, expected <graphml>']);
    expect(refused(`${HEAD}</graphml>`)).toEqual(['g.graphml: the GraphML file has no <graph> element']);
    expect(refused('id,label\n1,a\n')).toEqual(['g.graphml:1:1: not a GraphML file: it is not XML (it does not start with "<")']);
    expect(refused('  \n')).toEqual(['g.graphml: the file is empty']);
  });

  it('a node without id, or two nodes with one id: the line of the node', () => {
    expect(refused(graphml('<node id="a"/>\n<node/>'))).toEqual([expect.stringMatching(/^g\.graphml:5:\d+: node number 2 has no id$/)]);
    expect(refused(graphml('<node id="a"/>\n<node id="b"/>\n<node id="a"/>'))).toEqual([expect.stringMatching(/^g\.graphml:6:\d+: two nodes have the id "a" \(the first is node number 1\)$/)]);
  });
});

describe('createGraphMLImport reads a file in pieces', () => {
  it('gives the same graph whatever the pieces, even split inside a tag or a character reference', () => {
    const whole = opened(yed, 'airports.graphml').graph;
    for (const size of [1, 7, 4096]) {
      const reader = createGraphMLImport('airports.graphml', { today: '2026-01-02' });
      for (let i = 0; i < yed.length; i += size) expect(reader.write(yed.slice(i, i + size))).toBe(true);
      const r = reader.finish();
      expect(r.ok && r.graph).toEqual(whole);
    }
  });

  it('stops taking pieces at the first error, with its line and column', () => {
    const reader = createGraphMLImport('g.graphml');
    expect(reader.write(`${HEAD}<graph edgedefault="directed">\n<node id="a"></edge>`)).toBe(false);
    expect(reader.write('<node id="b"/>')).toBe(false);
    const r = reader.finish();
    expect(!r.ok && r.issues.map(formatImportIssue)).toEqual([expect.stringMatching(/^g\.graphml:4:\d+: not well-formed XML: unexpected close tag/)]);
  });
});
