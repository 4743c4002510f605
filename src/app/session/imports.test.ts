import { describe, expect, it } from 'vitest';
import lesMiserables from '../../domain/formats/__fixtures__/les-miserables.gexf?raw';
import { fixtureGraph } from '../../domain/test-fixture';
import { exportFileName } from '../exports';
import { readGraphFile } from './imports';
import { baseName } from './graph-session';

const file = (text: string, name: string) => new File([text], name);

describe('opening a graph file', () => {
  it('opens graph JSON and GEXF', async () => {
    const json = await readGraphFile(file(JSON.stringify(fixtureGraph()), 'small.json'));
    expect(json).toMatchObject({ ok: true, source: 'small.json', warnings: [] });
    const gexf = await readGraphFile(file(lesMiserables, 'Les Misérables.gexf'));
    expect(gexf.ok && [gexf.graph.nodes.length, gexf.graph.edges.length]).toEqual([77, 254]);
  });

  it('refuses broken files with the loader’s wording: file, then each problem with where it is', async () => {
    const bad = fixtureGraph();
    bad.edges[3]!.source = 'xyz';
    expect(await readGraphFile(file(JSON.stringify(bad), 'bad.json'))).toEqual({
      ok: false,
      source: 'bad.json',
      summary: 'bad.json does not follow the graph contract (1 problem).',
      problems: ['bad.json: edges[3].source: refers to unknown node "xyz"'],
    });
    const syntax = await readGraphFile(file('{\n  "nodes": [],\n}', 'broken.json'));
    expect(syntax.ok === false && syntax.summary).toBe('broken.json is not valid JSON.');
    expect(syntax.ok === false && syntax.problems[0]).toMatch(/^broken\.json:3:1: not valid JSON/);
    const xml = await readGraphFile(file('<gexf version="1.3">\n<graph>\n<nodes>\n</graph>', 'broken.gexf'));
    expect(xml.ok === false && xml.summary).toBe('broken.gexf is not a GEXF file this explorer can read.');
  });

  it('refuses other XML by naming its root element', async () => {
    const r = await readGraphFile(file('<?xml version="1.0"?><graphml><graph/></graphml>', 'g.graphml'));
    expect(r.ok === false && r.problems).toEqual(['g.graphml: not a GEXF file: the root element is <graphml>, expected <gexf>']);
  });

  it('reads a GEXF file by its content when the name does not say', async () => {
    const r = await readGraphFile(file(lesMiserables, 'export'));
    expect(r.ok).toBe(true);
  });
});

describe('export file names', () => {
  it('derive from where the graph came from', () => {
    expect(baseName('/data/graph.json')).toBe('graph');
    expect(baseName('Les Misérables.gexf (imported)')).toBe('les-miserables');
    expect(baseName('/graphs/x.json?v=2')).toBe('x');
    expect(baseName('')).toBe('graph');
    expect(exportFileName('graph', 'gexf')).toBe('graph-view.gexf');
  });
});
