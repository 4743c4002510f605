// Version 3 of the contract: a claim's reports and its links are checked like the rest; files
// written before claims were grouped still load, each relation then being a claim of one report.
import { describe, expect, it } from 'vitest';
import graphText from '../../../data/graph.json?raw';
import smallV1 from '../__fixtures__/small-graph.json';
import { validateGraph, type GraphFile } from '../graph-contract';
import { buildGraphIndex } from '../graph-index';
import { subgraphFile } from '../formats/subgraph';
import { reportsOf } from './reports';
import { reportContextOf, sourcingOf } from './claim-view';

const committed = (): GraphFile => JSON.parse(graphText) as GraphFile;
const issuesOf = (g: unknown): string[] => {
  const r = validateGraph(g);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('claims in the contract', () => {
  it('loads a version 1 file, each relation a claim of one report from its own document', () => {
    const checked = validateGraph(smallV1);
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    const index = buildGraphIndex(checked.graph);
    for (const e of checked.graph.edges) {
      const reports = reportsOf(e, reportContextOf(index));
      expect(reports).toHaveLength(1);
      expect(reports[0]!.evidence).toBe(e.evidence);
      expect(sourcingOf(index, e).reports).toBe(1);
      expect(index.claimOfReport.get(e.id)).toBe(e.id);
    }
  });

  it('says where a report quotes another document than its own, and where a link points at nothing', () => {
    const g = committed();
    const i = g.edges.findIndex((e) => e.reports);
    const claim = g.edges[i]!;
    const other = g.documents.find((d) => d.id !== claim.reports![0]!.documentId)!;
    claim.reports![0]!.documentId = other.id;
    expect(issuesOf(g)).toContain(`edges[${i}].reports[0].evidence[0].sentenceId: quotes document "${claim.reports![0]!.evidence[0]!.sentenceId.split('#')[0]}", not the report's "${other.id}"`);

    const h = committed();
    const j = h.edges.findIndex((e) => e.supersedes);
    h.edges[j]!.supersedes = ['no-such-claim'];
    expect(issuesOf(h)).toEqual([`edges[${j}].supersedes[0]: refers to unknown relation "no-such-claim"`]);
  });

  it('refuses a report list of one, a report listed twice and a cited outlet that is not an actor', () => {
    const g = committed();
    const i = g.edges.findIndex((e) => e.reports);
    g.edges[i]!.reports = g.edges[i]!.reports!.slice(0, 1);
    expect(issuesOf(g)[0]).toMatch(/^edges\[\d+\]\.reports: /);

    const h = committed();
    const j = h.edges.findIndex((e) => e.reports);
    h.edges[j]!.reports!.push(h.edges[j]!.reports![0]!);
    expect(issuesOf(h)).toContain(`edges[${j}].reports[${h.edges[j]!.reports!.length - 1}].id: report "${h.edges[j]!.reports![0]!.id}" is listed twice`);

    const k = committed();
    k.documents[0]!.cites = ['<img src=x>'];
    expect(issuesOf(k)).toEqual(['documents[0].cites[0]: refers to unknown node "<img src=x>"']);
  });

  it('exports a part of the story as a valid file: links to claims left out are dropped, report speakers kept', () => {
    const g = committed();
    const listing = g.edges.find((e) => e.source === 'russia' && e.type === 'listing')!;
    const decision = g.edges.find((e) => e.supersedes?.includes(listing.id))!;
    const sub = subgraphFile(g, ['russia', 'taliban'], [decision.id]);
    expect(issuesOf(sub)).toEqual([]);
    expect(sub.edges).toHaveLength(1);
    expect(sub.edges[0]!.supersedes).toBeUndefined();
    const withBoth = subgraphFile(g, ['russia', 'taliban'], [decision.id, listing.id]);
    expect(issuesOf(withBoth)).toEqual([]);
    expect(withBoth.edges.find((e) => e.id === decision.id)!.supersedes).toEqual([listing.id]);
    // Every document a kept report quotes comes along.
    expect(withBoth.documents.map((d) => d.id)).toEqual(expect.arrayContaining(listing.reports!.map((r) => r.documentId)));
  });
});

describe('claims in the CSV export', () => {
  it('gives each report’s quotes with that report’s own document, status and speaker, and the claim’s counts', async () => {
    const { toRelationsCsv, RELATIONS_CSV_HEADER } = await import('../formats/csv');
    const g = committed();
    const uae = g.edges.find((e) => e.source === 'uae' && e.type === 'recognition' && e.reports)!;
    const rows = toRelationsCsv(g, undefined, [uae.id]).trimEnd().split('\r\n').slice(1);
    expect(rows).toHaveLength(uae.reports!.reduce((n, r) => n + r.evidence.length, 0));
    const col = (name: (typeof RELATIONS_CSV_HEADER)[number]) => RELATIONS_CSV_HEADER.indexOf(name);
    // Quotes hold no commas here, so a plain split finds the cells.
    const afp = rows.map((r) => r.split(',')).filter((cells) => cells[col('outlet')] === 'brecorder.com (AFP)');
    expect(afp.length).toBeGreaterThan(0);
    for (const cells of afp) expect([cells[col('claim id')], cells[col('reports')], cells[col('outlets')]]).toEqual([uae.id, '4', '3']);
  });
});

describe('claims in the GEXF and GraphML exports', () => {
  it('write a claim’s reports, outlets and links as edge attributes', async () => {
    const { toGexf } = await import('../formats/gexf-export');
    const { toGraphML } = await import('../formats/graphml-export');
    const g = committed();
    const listing = g.edges.find((e) => e.source === 'russia' && e.type === 'listing')!;
    const decision = g.edges.find((e) => e.supersedes?.includes(listing.id))!;
    for (const text of [toGexf(g, undefined, [listing.id, decision.id]), toGraphML(g, undefined, [listing.id, decision.id])]) {
      expect(text).toContain('voanews.com; trtworld.com; kyma.com (AP); themoscowtimes.com');
      expect(text).toContain(listing.id);
    }
  });
});
