import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../analytics/__fixtures__/build-graph';
import { seedMini } from '../analytics/__fixtures__/seed-mini';
import { csvCell, RELATIONS_CSV_HEADER, toRelationsCsv } from './csv';
import { toGexf } from './gexf-export';
import { toGraphML } from './graphml-export';

const g = seedMini();
const DOC = g.documents[0]!.id;

/** Minimal RFC 4180 reader for checking the writer. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('toGexf', () => {
  it('parses back with the same nodes, edges, directions and attributes', () => {
    const xml = toGexf(g);
    const back = parseGexf(MultiGraph, xml);
    expect(back.order).toBe(g.nodes.length);
    expect(back.size).toBe(g.edges.length);
    expect(back.getNodeAttributes('zamir-kabulov')).toMatchObject({
      label: 'Zamir Kabulov',
      kind: 'person',
      aliases: 'Kabulov',
      role: 'Russian presidential envoy for Afghanistan',
    });
    const delisting = back.getEdgeAttributes(`${DOC}#r01`);
    expect(delisting).toMatchObject({
      label: 'Removal from list',
      type: 'delisting',
      date: '2024-10-04',
      dateText: 'Friday',
      status: 'decided',
      saidBy: 'Zamir Kabulov',
      weight: 2,
      color: 'rgb(0,114,178)',
    });
    expect(delisting.evidence).toBe(g.edges[0]!.evidence.map((e) => e.quote).join(' | '));
    // No status in the graph: none written (a reader must not take it for a fact).
    expect(back.getEdgeAttribute(`${DOC}#r02`, 'status')).toBeUndefined();
    expect(back.isDirected(`${DOC}#r01`)).toBe(true);
    expect(back.isUndirected(`${DOC}#r04`)).toBe(true);
    expect(xml).toContain('<creator>news-kg-explorer</creator>');
  });

  it('exports only the visible part', () => {
    const back = parseGexf(MultiGraph, toGexf(g, ['russia', 'taliban', 'moscow-format'], [`${DOC}#r02`, `${DOC}#r03`, `${DOC}#r06`]));
    expect(back.order).toBe(3);
    expect(back.edges()).toEqual([`${DOC}#r02`, `${DOC}#r06`]);
  });
});

describe('toGraphML', () => {
  it('parses back with the same nodes, edges, directions and attributes', () => {
    const xml = toGraphML(g);
    const back = parseGraphml(MultiGraph, xml);
    expect(back.order).toBe(g.nodes.length);
    expect(back.size).toBe(g.edges.length);
    expect(back.getNodeAttribute('russia', 'label')).toBe('Russia');
    expect(back.getNodeAttribute('russia', 'aliases')).toBe('Russia; Moscow');
    const e = back.getEdgeAttributes(`${DOC}#r01`);
    expect(e).toMatchObject({ type: 'delisting', label: 'Removal from list', status: 'decided', saidBy: 'Zamir Kabulov', weight: 2 });
    expect(e.evidence).toContain('“A principal decision on this has already been made by the Russian leadership,” said Kabulov.');
    expect(back.isDirected(`${DOC}#r01`)).toBe(true);
    expect(back.isUndirected(`${DOC}#r04`)).toBe(true);
    expect(xml).toContain('<key id="e_weight" for="edge" attr.name="weight" attr.type="int"/>');
  });

  it('escapes markup in ids and values', () => {
    const tricky = buildGraph({ nodes: [['a&b', 'A <&> "B"'], 'c'], edges: [['a&b', 'c']] });
    const back = parseGraphml(MultiGraph, toGraphML(tricky));
    expect(back.getNodeAttribute('a&b', 'label')).toBe('A <&> "B"');
    expect(back.size).toBe(1);
  });
});

describe('toRelationsCsv', () => {
  it('writes a header and one row per evidence item', () => {
    const rows = readCsv(toRelationsCsv(g));
    expect(rows[0]).toEqual([...RELATIONS_CSV_HEADER]);
    expect(rows).toHaveLength(1 + g.edges.reduce((n, e) => n + e.evidence.length, 0));
    expect(rows[1]).toEqual([
      'russia',
      'Russia',
      'Removal from list',
      'taliban',
      'Taliban',
      '2024-10-04',
      'Friday',
      'decided',
      'Zamir Kabulov',
      '',
      'Russia moves to take the Taliban off its terrorist list',
      `${DOC}#s0`,
      'a “principal decision” had already been made to remove Afghanistan’s ruling Taliban from Moscow’s list of terrorist organizations',
      'reviewed',
      '',
      '',
      `${DOC}#r01`,
      '',
      '1',
      '1',
    ]);
    // The second evidence quote of r01 contains a comma: quoted, and read back intact.
    expect(rows[2]![12]).toBe('“A principal decision on this has already been made by the Russian leadership,” said Kabulov.');
    // r02 gives no status: the cell stays empty rather than claiming a fact.
    expect(rows[3]![7]).toBe('');
  });

  it('names the outlet that relayed a speaker in "reported by"', () => {
    const relayed = { ...g, nodes: [...g.nodes, { id: 'tass', label: 'TASS', kind: 'media', aliases: [], mentions: [] }], edges: g.edges.map((e, i) => (i === 0 ? { ...e, reportedBy: 'tass' } : e)) };
    const rows = readCsv(toRelationsCsv(relayed));
    const col = RELATIONS_CSV_HEADER.indexOf('reported by');
    expect(rows[0]![col]).toBe('reported by');
    expect(rows[1]![col]).toBe('TASS');
    expect(rows[3]![col]).toBe('');
  });

  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    const evil = buildGraph({ nodes: [['x', '=cmd|calc'], ['y', '@y']], edges: [['x', 'y']] });
    const rows = readCsv(toRelationsCsv(evil));
    expect(rows[1]![1]).toBe("'=cmd|calc");
    expect(rows[1]![4]).toBe("'@y");
  });

  it('can start with a byte-order mark for Excel, and respects the visible selection', () => {
    expect(toRelationsCsv(g, undefined, [], { bom: true })).toBe('\uFEFF' + RELATIONS_CSV_HEADER.join(',') + '\r\n');
    const rows = readCsv(toRelationsCsv(g, undefined, [`${DOC}#r03`]));
    expect(rows.map((r) => r[0])).toEqual(['source id', 'soviet-union']);
  });
});
