import { afterEach, describe, expect, it, vi } from 'vitest';
import lesMiserables from '../../domain/formats/__fixtures__/les-miserables.gexf?raw';
import networkx from '../../domain/formats/__fixtures__/routes-networkx.graphml?raw';
import yed from '../../domain/formats/__fixtures__/airports-yed.graphml?raw';
import { fixtureGraph } from '../../domain/test-fixture';
import { exportFileName } from '../exports';
import { cancelImport, getImportProgress, MAX_IMPORT_BYTES, readGraphFile, subscribeImportProgress, type ImportProgress } from './imports';
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

  it('opens GraphML from yEd and NetworkX, by name or by content', async () => {
    const fromYed = await readGraphFile(file(yed, 'airports.graphml'));
    expect(fromYed.ok && fromYed.graph.nodes.map((n) => n.label).slice(0, 3)).toEqual(['FRA', 'LHR', 'JFK']);
    const fromNetworkx = await readGraphFile(file(networkx, 'routes.xml'));
    expect(fromNetworkx.ok && [fromNetworkx.source, fromNetworkx.graph.nodes.length, fromNetworkx.graph.edges.length]).toEqual(['routes.xml', 5, 6]);
  });

  it('refuses a broken GraphML file with the line and column of the error', async () => {
    const r = await readGraphFile(file('<graphml>\n<graph edgedefault="directed">\n<node id="a">\n</graph>', 'broken.graphml'));
    expect(r.ok === false && [r.summary, r.problems]).toEqual(['broken.graphml is not a GraphML file this explorer can read.', [expect.stringMatching(/^broken\.graphml:4:\d+: not well-formed XML/)]]);
  });

  it('says by name that a file is neither graph JSON, GEXF nor GraphML, and what it is', async () => {
    const svg = await readGraphFile(file('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', 'drawing.svg'));
    expect(svg).toMatchObject({ ok: false, summary: 'drawing.svg is neither graph JSON, GEXF nor GraphML.', problems: ['drawing.svg: it is an XML file whose root element is <svg>'] });
    const csv = await readGraphFile(file('source,target\nA,B\n', 'edges.csv'));
    expect(csv.ok === false && csv.problems).toEqual(['edges.csv: it is a text file that starts with "source,target A,B"']);
  });

  it('reads a GEXF file by its content when the name does not say', async () => {
    const r = await readGraphFile(file(lesMiserables, 'export'));
    expect(r.ok).toBe(true);
  });
});

describe('a file over the size limit', () => {
  it('is refused with its size and the limit, before anything is read', async () => {
    const big = file('{}', 'huge.gexf');
    Object.defineProperty(big, 'size', { value: 63_180_544 });
    const reads = [vi.spyOn(big, 'text'), vi.spyOn(big, 'stream'), vi.spyOn(big, 'slice'), vi.spyOn(big, 'arrayBuffer')];
    expect(await readGraphFile(big)).toEqual({
      ok: false,
      source: 'huge.gexf',
      summary: 'huge.gexf is too large to open: 63.2 MB (63,180,544 bytes), over the limit of 50.0 MB (50,000,000 bytes).',
      problems: [],
      hint: expect.stringMatching(/^Open a smaller part of the graph/),
    });
    for (const read of reads) expect(read).not.toHaveBeenCalled();
  });

  it('is 50 MB; a file of exactly that size is read', async () => {
    expect(MAX_IMPORT_BYTES).toBe(50_000_000);
    const atLimit = file('{', 'limit.json');
    Object.defineProperty(atLimit, 'size', { value: MAX_IMPORT_BYTES });
    expect(await readGraphFile(atLimit)).toMatchObject({ ok: false, summary: 'limit.json is not valid JSON.' });
  });
});

describe('progress and cancel (read on the page: Node has no Worker)', () => {
  const unsubscribe: Array<() => void> = [];
  afterEach(() => {
    cancelImport();
    unsubscribe.splice(0).forEach((u) => u());
  });

  function follow(): ImportProgress[] {
    const seen: ImportProgress[] = [];
    unsubscribe.push(
      subscribeImportProgress(() => {
        const p = getImportProgress();
        if (p) seen.push(p);
      }),
    );
    return seen;
  }

  it('reports the format, the bytes read up to the size, then the phases, and clears when done', async () => {
    const seen = follow();
    const r = await readGraphFile(file(yed, 'airports.graphml'));
    expect(r.ok).toBe(true);
    const size = new Blob([yed]).size;
    expect(seen[0]).toEqual({ file: 'airports.graphml', format: null, phase: 'reading', loaded: 0, total: size });
    expect(seen.map((p) => p.phase).filter((p, i, all) => p !== all[i - 1])).toEqual(['reading', 'checking', 'opening']);
    expect(seen.find((p) => p.phase === 'checking')).toMatchObject({ format: 'graphml', loaded: size });
    const json = follow();
    await readGraphFile(file('{', 'broken.json'));
    expect(json.map((p) => p.phase).filter((p, i, all) => p !== all[i - 1])).toEqual(['reading', 'parsing']);
    expect(getImportProgress()).toBeNull();
  });

  it('Cancel resolves the import as cancelled, with nothing to show and no progress left', async () => {
    const reading = readGraphFile(file(lesMiserables, 'les-miserables.gexf'));
    expect(getImportProgress()).toMatchObject({ file: 'les-miserables.gexf', phase: 'reading' });
    cancelImport();
    expect(await reading).toEqual({ ok: false, source: 'les-miserables.gexf', summary: 'Opening les-miserables.gexf was cancelled.', problems: [], cancelled: true });
    expect(getImportProgress()).toBeNull();
  });

  it('a second file cancels the first', async () => {
    const first = readGraphFile(file(lesMiserables, 'first.gexf'));
    const second = readGraphFile(file(yed, 'second.graphml'));
    expect(await first).toMatchObject({ ok: false, cancelled: true });
    expect(await second).toMatchObject({ ok: true, source: 'second.graphml' });
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
