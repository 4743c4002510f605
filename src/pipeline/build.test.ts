// The build on a fixture project (the seed article with a small test registry), through
// `buildGraph` and through the CLI as `npm run build:graph` runs it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graphJsonSchema, type GraphFile } from '../domain/graph-contract';
import { buildGraph } from './build';

const FIXTURE = join(import.meta.dirname, '__fixtures__/mini');
const SEED = '000_13209300025090b4';

function built(): Extract<ReturnType<typeof buildGraph>, { ok: true }> {
  const result = buildGraph(FIXTURE);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
}
const { graph, json, schemaJson, summary } = built();
const text = graph.documents.find((d) => d.id === SEED)!.text;
const sentencesById = new Map(graph.sentences.map((s) => [s.id, s]));
const node = (id: string): GraphFile['nodes'][number] | undefined => graph.nodes.find((n) => n.id === id);

describe('buildGraph on the fixture project', () => {
  it('is deterministic: a second build gives the same bytes', () => {
    const again = built();
    expect(again.json).toBe(json);
    expect(again.schemaJson).toBe(schemaJson);
  });

  it('writes JSON with two-space indentation, a final newline and keys in the contract order', () => {
    expect(json.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(json) as object)).toEqual(['schemaVersion', 'documents', 'sentences', 'nodes', 'edges', 'relationTypes']);
    expect(json).toContain('\n  "documents": [\n    {\n      "id": "000_13209300025090b4",\n      "title": ');
    const edge = (JSON.parse(json) as GraphFile).edges[0]!;
    expect(Object.keys(edge)).toEqual(['id', 'source', 'target', 'type', 'evidence', 'date', 'dateInfo', 'status', 'saidBy', 'reportedBy', 'note', 'review']);
    expect(schemaJson).toBe(`${JSON.stringify(graphJsonSchema(), null, 2)}\n`);
  });

  it('summarises the build in one line', () => {
    expect(summary).toMatch(/^graph: 2 documents, \d+ sentences, 9 actors, 4 claims from 4 relations, \d+ ms$/);
  });

  it('reads metadata: published date, place, body start and title', () => {
    const [seed, short] = graph.documents;
    expect(seed).toMatchObject({ id: SEED, published: '2024-10-05', place: 'ISLAMABAD', sourceFile: `${SEED}.txt`, title: 'Russia moves to take the Taliban off its terrorist list' });
    expect(text.slice(seed!.bodyStart!).startsWith('Russia reported Friday')).toBe(true);
    // Without an annotation title the first sentence is the title.
    expect(short).toMatchObject({ id: '001_short', title: 'Lavrov met Muttaqi in Moscow.', place: 'MOSCOW' });
  });

  it('keeps the date line and dateline out of the sentences', () => {
    const first = graph.sentences[0]!;
    expect(first.id).toBe(`${SEED}#s0`);
    expect(first.text.startsWith('Russia reported Friday')).toBe(true);
    expect(graph.sentences.some((s) => s.text.includes('ISLAMABAD') || s.text.includes('date 2024'))).toBe(false);
  });

  it('the 1979 sentence: the Soviet Union, not Russia or the Taliban', () => {
    const s = graph.sentences.find((x) => x.text.startsWith('The Soviet army entered'))!;
    const inSentence = (id: string): string[] => (node(id)?.mentions ?? []).filter((m) => m.sentenceId === s.id).map((m) => m.text ?? '');
    expect(inSentence('taliban')).toEqual([]);
    expect(inSentence('russia')).toEqual([]);
    expect(inSentence('soviet-union')).toEqual(['The Soviet army', 'Moscow']);
  });

  it('lists nodes that are mentioned or related, with mentions in document order', () => {
    expect(node('never-mentioned')).toBeUndefined();
    const russia = node('russia')!;
    expect(russia.aliases).toEqual(['Russia', 'Russian Federation', 'Moscow']);
    const order = russia.mentions.map((m) => [m.sentenceId.split('#')[0], m.start] as const);
    expect(order).toEqual([...order].sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : a[1] - b[1])));
    expect(node('zamir-kabulov')?.role).toBe('Russian presidential envoy for Afghanistan');
    expect(node('sergey-lavrov')?.mentions.filter((m) => m.via === 'annotation').map((m) => m.text)).toEqual(['he']);
  });

  it('resolves relation dates and keeps the original words', () => {
    const byId = new Map(graph.edges.map((e) => [e.id, e]));
    expect(byId.get(`${SEED}#r01`)).toMatchObject({ date: '2024-10-04', dateInfo: { text: 'Friday', precision: 'day', anchor: '2024-10-05' }, status: 'decided', saidBy: 'zamir-kabulov', reportedBy: 'tass' });
    expect(byId.get(`${SEED}#r04`)).toMatchObject({ date: '2003/..', dateInfo: { text: 'since 2003', precision: 'interval' }, status: 'asserted' });
    expect(byId.get(`${SEED}#r02`)?.date).toBeUndefined();
  });

  it('splits a quote across a sentence break into one evidence item per sentence', () => {
    const edge = graph.edges.find((e) => e.id === `${SEED}#r03`)!;
    expect(edge.evidence.map((ev) => ev.quote)).toEqual(['tumultuous.', 'The Soviet army entered the country in 1979']);
    for (const ev of edge.evidence) {
      const s = sentencesById.get(ev.sentenceId)!;
      expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
      expect(ev.start >= s.start && ev.end <= s.end).toBe(true);
    }
  });
});

describe('the CLI (npm run build:graph)', () => {
  const tsx = join(import.meta.dirname, '../../node_modules/.bin/tsx');
  const cli = join(import.meta.dirname, 'cli.ts');
  const dirs: string[] = [];
  const copyFixture = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-build-'));
    dirs.push(dir);
    cpSync(FIXTURE, dir, { recursive: true });
    return dir;
  };
  const run = (root: string, ...args: string[]) => spawnSync(tsx, [cli, '--root', root, ...args], { encoding: 'utf8' });
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('writes graph.json and graph.schema.json, prints the summary, and then --check passes', () => {
    const root = copyFixture();
    const first = run(root);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^graph: 2 documents, \d+ sentences, 9 actors, 4 claims from 4 relations, \d+ ms\n$/);
    expect(readFileSync(join(root, 'data/graph.json'), 'utf8')).toBe(json);
    expect(readFileSync(join(root, 'data/graph.schema.json'), 'utf8')).toBe(schemaJson);
    expect(run(root, '--check').status).toBe(0);
  });

  it('prints every error as file:line: message, exits 1 and writes nothing', () => {
    const root = copyFixture();
    const annotation = join(root, `data/annotations/${SEED}.yaml`);
    writeFileSync(annotation, readFileSync(annotation, 'utf8').replace('type: meeting', 'type: meetin').replace('source: russia', 'source: rusia'));
    const result = run(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`data/annotations/${SEED}.yaml:15: relations[0].source: unknown actor id "rusia"; did you mean "russia"?`);
    expect(result.stderr).toMatch(/relations\[1\]\.type: unknown relation type id "meetin"; did you mean "meeting"\?/);
    expect(result.stderr).toContain('build:graph: 2 errors; nothing written');
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(join(root, 'data/graph.json'))).toBe(false);
  });
});
