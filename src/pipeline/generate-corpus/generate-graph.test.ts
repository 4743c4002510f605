import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_STATUSES, validateGraph, type GraphFile } from '../../domain/graph-contract';
import { checkProvenance, type TimeInput } from '../provenance';
import { ACTOR_KINDS } from './actors';
import { GraphSections, buildSyntheticGraph, writeGraphJson } from './generate-graph';
import { planCorpus, type PlanOptions } from './plan';
import { BUILTIN_RELATION_TYPES, readRelationTypesFile } from './relation-types';

const SMALL: PlanOptions = { seed: 1, relations: 300, actors: 100, types: BUILTIN_RELATION_TYPES };
const SIZE_S: PlanOptions = { seed: 1, relations: 1000, actors: 333, types: BUILTIN_RELATION_TYPES };

function streamed(opts: PlanOptions, compact = false): string {
  const chunks: string[] = [];
  writeGraphJson({ write: (c) => chunks.push(c) }, new GraphSections(planCorpus(opts)), compact);
  return chunks.join('');
}

describe('synthetic graph', () => {
  let graph: GraphFile;
  beforeAll(() => {
    graph = buildSyntheticGraph(planCorpus(SIZE_S));
  });

  it('is byte-identical for the same seed and different for another seed', () => {
    const a = streamed(SMALL);
    expect(streamed(SMALL)).toBe(a);
    expect(streamed({ ...SMALL, seed: 2 })).not.toBe(a);
  });

  it('streams exactly what JSON.stringify would write, pretty and compact', () => {
    const whole = buildSyntheticGraph(planCorpus(SMALL));
    expect(streamed(SMALL)).toBe(`${JSON.stringify(whole, null, 2)}\n`);
    expect(streamed(SMALL, true)).toBe(`${JSON.stringify(whole)}\n`);
  });

  it('passes validateGraph after a JSON round trip', () => {
    const result = validateGraph(JSON.parse(streamed(SMALL)));
    expect(result.ok ? [] : result.issues).toEqual([]);
    const s = validateGraph(JSON.parse(JSON.stringify(graph)));
    expect(s.ok ? [] : s.issues).toEqual([]);
  });

  it('has the requested numbers of relations and actors', () => {
    expect(graph.edges).toHaveLength(1000);
    expect(graph.nodes).toHaveLength(333);
  });

  it('has skewed degrees: the top 1% of actors hold far more relation ends than the median actor', () => {
    const degree = new Map<string, number>(graph.nodes.map((n) => [n.id, 0]));
    for (const e of graph.edges) {
      degree.set(e.source, degree.get(e.source)! + 1);
      degree.set(e.target, degree.get(e.target)! + 1);
    }
    const sorted = [...degree.values()].sort((a, b) => b - a);
    const top = sorted.slice(0, Math.ceil(sorted.length / 100));
    const topMean = top.reduce((a, b) => a + b, 0) / top.length;
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(1);
    expect(topMean).toBeGreaterThan(20 * median);
    // Under uniform endpoints the top 1% would hold about 1–2% of the ends.
    const share = top.reduce((a, b) => a + b, 0) / (2 * graph.edges.length);
    expect(share).toBeGreaterThan(0.1);
  });

  it('uses every relation type, actor kind and claim status at size S', () => {
    expect(new Set(graph.edges.map((e) => e.type))).toEqual(new Set(BUILTIN_RELATION_TYPES.map((t) => t.id)));
    expect(new Set(graph.nodes.map((n) => n.kind))).toEqual(new Set(ACTOR_KINDS));
    expect(new Set(graph.edges.map((e) => e.status))).toEqual(new Set(CLAIM_STATUSES));
    expect(graph.relationTypes).toEqual(BUILTIN_RELATION_TYPES);
  });

  it('mixes dates: days, weeks, months, years, open and closed intervals, and undated claims, 1979–2024', () => {
    const dates = graph.edges.map((e) => e.date);
    expect(dates.some((d) => d === undefined)).toBe(true);
    expect(dates.some((d) => d && /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    expect(dates.some((d) => d && /^\d{4}-\d{2}$/.test(d))).toBe(true);
    expect(dates.some((d) => d && /^\d{4}$/.test(d))).toBe(true);
    expect(dates.some((d) => d && /^\d{4}\/\.\.$/.test(d))).toBe(true);
    expect(dates.some((d) => d && /^\d{4}\/\d{4}$/.test(d))).toBe(true);
    const years = dates.filter((d): d is string => d !== undefined).map((d) => Number(d.slice(0, 4)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1979);
    expect(Math.max(...years)).toBeLessThanOrEqual(2024);
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThan(30);
    for (const e of graph.edges) {
      if (!e.date) continue;
      // Every date keeps the article's words and the publication date it was resolved against.
      const doc = graph.documents.find((d) => e.id.startsWith(`${d.id}#`))!;
      expect(e.dateInfo?.anchor).toBe(doc.published);
      expect(doc.text).toContain(e.dateInfo!.text);
    }
  });

  it('quotes evidence that names both ends of the relation, and mentions use the actor’s aliases', () => {
    const mentionsIn = new Map<string, Array<{ start: number; end: number; node: string }>>();
    for (const n of graph.nodes) {
      for (const m of n.mentions) {
        expect(n.aliases).toContain(m.text);
        const list = mentionsIn.get(m.sentenceId) ?? [];
        list.push({ start: m.start, end: m.end, node: n.id });
        mentionsIn.set(m.sentenceId, list);
      }
    }
    for (const e of graph.edges) {
      const [ev] = e.evidence;
      const inside = (mentionsIn.get(ev!.sentenceId) ?? []).filter((m) => m.start >= ev!.start && m.end <= ev!.end).map((m) => m.node);
      expect(inside, e.id).toContain(e.source);
      expect(inside, e.id).toContain(e.target);
      if (e.saidBy && e.status !== 'alleged' && e.status !== 'denied') {
        // The speaker is named in the same sentence as the quote.
        expect((mentionsIn.get(ev!.sentenceId) ?? []).map((m) => m.node), e.id).toContain(e.saidBy);
      }
    }
    expect(graph.edges.some((e) => e.saidBy)).toBe(true);
    expect(graph.edges.some((e) => e.reportedBy)).toBe(true);
    expect(graph.edges.some((e) => e.evidence.length > 1)).toBe(true);
  });

  it('passes the build’s provenance rules: speakers for words, accusations alleged, dates from the claim’s own time words', () => {
    const times = new Map<string, TimeInput>(graph.edges.map((e) => [e.id, e.dateInfo ? { when: e.dateInfo.text } : {}]));
    expect(checkProvenance(graph, times).map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });

  it('writes documents in the seed’s format: " date YYYY-MM-DD PLACE — ", then paragraphs split by blank lines', () => {
    for (const d of graph.documents) {
      const header = ` date ${d.published} ${d.place} — `;
      expect(d.text.startsWith(header)).toBe(true);
      expect(d.bodyStart).toBe(header.length);
      expect(d.text).toMatch(/\n\n/);
      expect(Number(d.published.slice(0, 4))).toBeGreaterThanOrEqual(1979);
    }
  });
});

describe('relation types from a curated file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gen-corpus-types-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string): string => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('are all used, including types that only fit some kinds of actors', () => {
    const items = [
      ['delisting', 'CONCEDE', 'cooperation'],
      ['consultation', 'CONSULT', 'cooperation'],
      ['hosting', 'CONSULT', 'cooperation'],
      ['participation', 'CONSULT', 'cooperation'],
      ['recognition', 'SUPPORT', 'cooperation'],
      ['withdrawal', 'RETREAT', 'cooperation'],
      ['listing', 'COERCE', 'conflict'],
      ['opposition', 'REJECT', 'conflict'],
      ['denial', '', 'conflict'],
      ['affiliation', '', 'neutral'],
      ['reports', '', 'neutral'],
      ['odd-new-type', 'PROTEST', 'conflict'],
    ];
    const yaml = items
      .map(([id, plover, polarity], i) => `- id: ${id}\n  label: ${id}\n  color: "#${String(i).padStart(2, '0')}77AA"\n  plover: "${plover}"\n  polarity: ${polarity}\n  extra: ignored\n`)
      .join('\n');
    const types = readRelationTypesFile(write('types.yaml', yaml));
    expect(types.map((t) => t.id)).toEqual(items.map(([id]) => id));
    const graph = buildSyntheticGraph(planCorpus({ ...SIZE_S, types }));
    expect(new Set(graph.edges.map((e) => e.type))).toEqual(new Set(items.map(([id]) => id)));
    const kindOf = new Map(graph.nodes.map((n) => [n.id, n.kind]));
    for (const e of graph.edges.filter((x) => x.type === 'hosting' || x.type === 'participation')) {
      expect(['forum', 'event-series']).toContain(kindOf.get(e.target));
    }
    for (const e of graph.edges.filter((x) => x.type === 'reports')) expect(kindOf.get(e.source)).toBe('media');
    expect(validateGraph(JSON.parse(JSON.stringify(graph))).ok).toBe(true);
  });

  it('report problems with file, line and field', () => {
    const badColour = write('bad-colour.yaml', '- id: a\n  label: A\n  color: "#12345"\n  plover: ""\n  polarity: neutral\n');
    expect(() => readRelationTypesFile(badColour)).toThrow(`${badColour}:3: relation type [0] field "color": expected a colour as #rrggbb`);
    const badYaml = write('bad-yaml.yaml', '- id: a\n  label: [unclosed\n');
    expect(() => readRelationTypesFile(badYaml)).toThrow(new RegExp(`^${badYaml}:\\d+: YAML syntax error`));
    const duplicate = write('dup.yaml', '- {id: a, label: A, color: "#000000", plover: "", polarity: neutral}\n- {id: a, label: B, color: "#000000", plover: "", polarity: neutral}\n');
    expect(() => readRelationTypesFile(duplicate)).toThrow(`${duplicate}:2: duplicate relation type id "a"`);
  });
});
