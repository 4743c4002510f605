// Any id is data (issue 15): graphs whose ids, labels and attribute names are Object.prototype's
// member names ("constructor", "__proto__", …) export to GEXF, GraphML, CSV and a graph file, and
// the GEXF and JSON files open again with the same ids; a Gephi file named that way opens too.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { PROTOTYPE_NAMES, prototypeIdGraph, prototypeIds, type NamedPart } from '../__fixtures__/prototype-ids';
import { validateGraph, type GraphFile } from '../graph-contract';
import { RELATIONS_CSV_HEADER, toRelationsCsv } from './csv';
import { toGexf } from './gexf-export';
import { fromGexf } from './gexf-import';
import { fromGraphJson } from './graph-json';
import { toGraphML } from './graphml-export';
import { formatImportIssue, type ImportResult } from './issues';
import { subgraphFile } from './subgraph';

function opened(r: ImportResult): GraphFile {
  if (!r.ok) throw new Error(r.issues.map(formatImportIssue).join('\n'));
  return r.graph;
}

const sorted = (ids: Iterable<string>): string[] => [...ids].sort();

describe.each<NamedPart>(['nodes', 'edges', 'types'])('a graph whose %s are named after Object.prototype', (named) => {
  const graph = prototypeIdGraph(named);
  const ids = prototypeIds(named);
  const ends = (g: GraphFile) => g.edges.map((e) => [e.id, e.source, e.target]);

  it('exports to GEXF and opens again with the same ids, labels, types and attribute names', () => {
    const back = opened(fromGexf(toGexf(graph), 'named.gexf', { today: '2026-01-02' }));
    expect(back.nodes.map((n) => [n.id, n.label, n.kind])).toEqual(graph.nodes.map((n) => [n.id, n.label, n.kind]));
    expect(ends(back)).toEqual(ends(graph));
    // The relation type comes back labelled with the type id it had.
    const label = new Map(back.relationTypes.map((t) => [t.id, t.label]));
    expect(back.edges.map((e) => label.get(e.type))).toEqual(graph.edges.map((e) => e.type));
    for (const n of back.nodes.slice(0, PROTOTYPE_NAMES.length)) {
      PROTOTYPE_NAMES.forEach((name, i) => expect([name, Object.hasOwn(n.attributes!, name) && n.attributes![name]]).toEqual([name, i]));
    }
    PROTOTYPE_NAMES.forEach((name, i) => expect(back.edges[i]!.attributes![name]).toBe(`ring ${i}`));
    expect(back.edges.find((e) => e.id === ids.spokes[0])!.saidBy).toBe(ids.nodes[4]);
  });

  it('exports to GraphML with every id, end and attribute name', () => {
    const doc = new DOMParser().parseFromString(toGraphML(graph), 'text/xml');
    const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));
    expect(all('node').map((n) => n.getAttribute('id'))).toEqual(graph.nodes.map((n) => n.id));
    expect(all('edge').map((e) => [e.getAttribute('id'), e.getAttribute('source'), e.getAttribute('target')])).toEqual(ends(graph));
    const keys = all('key').filter((k) => k.getAttribute('for') === 'node');
    const keyOf = new Map(keys.map((k) => [k.getAttribute('attr.name')!, k.getAttribute('id')!]));
    for (const name of PROTOTYPE_NAMES) expect(keyOf.has(name)).toBe(true);
    const first = all('node')[0]!;
    const data = Array.from(first.getElementsByTagName('data'));
    PROTOTYPE_NAMES.forEach((name, i) => expect(data.find((d) => d.getAttribute('key') === keyOf.get(name))!.textContent).toBe(String(i)));
  });

  it('exports one CSV row per quote, with the ids, claim and outlet of each', () => {
    const rows = toRelationsCsv(graph).trimEnd().split('\r\n').map((r) => r.split(','));
    const col = (name: (typeof RELATIONS_CSV_HEADER)[number]) => RELATIONS_CSV_HEADER.indexOf(name);
    expect(rows).toHaveLength(1 + graph.edges.length);
    expect(rows.slice(1).map((r) => [r[col('claim id')], r[col('source id')], r[col('target id')]])).toEqual(ends(graph));
    expect(rows.slice(1).map((r) => r[col('outlet')])).toEqual(graph.edges.map((e) => e.evidence[0]!.sentenceId.split('#')[0]));
  });

  it('exports the visible part as a graph file that validates and opens again', () => {
    const [a0, a1] = ids.nodes as [string, string];
    const part = subgraphFile(graph, [a0, a1], undefined);
    expect(validateGraph(structuredClone(part)).ok).toBe(true);
    expect(part.nodes.map((n) => n.id)).toEqual([a0, a1]);
    expect(sorted(part.edges.map((e) => e.id))).toEqual(sorted([ids.ring[0]!, ...ids.parallel]));
    const back = opened(fromGraphJson(JSON.stringify(graph), 'named.json'));
    expect(ends(back)).toEqual(ends(graph));
    expect(back.relationTypes.map((t) => t.id)).toEqual(ids.types);
    expect(back.documents.map((d) => d.id)).toEqual([...PROTOTYPE_NAMES]);
  });
});

describe('a GEXF file whose ids, attribute ids and titles are Object.prototype names', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta lastmodifieddate="2024-05-01"><creator>hand-written</creator></meta>
  <graph defaultedgetype="undirected">
    <attributes class="node">
      <attribute id="constructor" title="__proto__" type="string"/>
      <attribute id="0" title="toString" type="integer"/>
      <attribute id="valueOf" type="string"><default>v</default></attribute>
    </attributes>
    <nodes>
      <node id="constructor" label="Constructor">
        <attvalues>
          <attvalue for="constructor" value="p"/>
          <attvalue for="0" value="7"/>
          <attvalue for="hasOwnProperty" value="h"/>
        </attvalues>
      </node>
      <node id="__proto__" label="Proto"/>
      <node id="toString"/>
    </nodes>
    <edges>
      <edge id="valueOf" source="constructor" target="__proto__"/>
      <edge id="hasOwnProperty" source="__proto__" target="toString"/>
      <edge source="toString" target="constructor"/>
    </edges>
  </graph>
</gexf>`;

  it('opens with those ids, and the attributes under those names', () => {
    const g = opened(fromGexf(xml, 'hostile.gexf'));
    expect(g.nodes.map((n) => [n.id, n.label])).toEqual([
      ['constructor', 'Constructor'],
      ['__proto__', 'Proto'],
      ['toString', 'toString'],
    ]);
    const own = (o: object | undefined) => Object.entries(o ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
    expect(own(g.nodes[0]!.attributes)).toEqual([
      ['__proto__', 'p'],
      ['hasOwnProperty', 'h'],
      ['toString', 7],
      ['valueOf', 'v'],
    ]);
    expect(own(g.nodes[1]!.attributes)).toEqual([['valueOf', 'v']]);
    expect(g.edges.map((e) => [e.id, e.source, e.target])).toEqual([
      ['valueOf', 'constructor', '__proto__'],
      ['hasOwnProperty', '__proto__', 'toString'],
      ['e2', 'toString', 'constructor'],
    ]);
  });
});
