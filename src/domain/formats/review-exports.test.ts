// Machine drafts keep their review state, confidence and rule through every export (and back).
import { MultiGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { PROPOSED_ACTOR, SUGGESTED_CONFIDENCE, SUGGESTED_EDGE, SUGGESTED_RULE, reviewGraph } from '../__fixtures__/review-graph';
import { fixtureGraph } from '../test-fixture';
import { RELATIONS_CSV_HEADER, toRelationsCsv } from './csv';
import { toGexf } from './gexf-export';
import { fromGexf } from './gexf-import';
import { toGraphML } from './graphml-export';
import { subgraphFile } from './subgraph';

const g = reviewGraph(fixtureGraph());
const draft = g.edges.find((e) => e.id === SUGGESTED_EDGE)!;

describe('review state in exports', () => {
  it('CSV: a review column, "reviewed" when the graph gives none, with the draft’s confidence and rule', () => {
    const lines = toRelationsCsv(g).trimEnd().split('\r\n');
    expect(lines[0]).toBe(RELATIONS_CSV_HEADER.join(','));
    expect(RELATIONS_CSV_HEADER.slice(13, 16)).toEqual(['review', 'confidence', 'rule']);
    const draftRow = lines.find((l) => l.includes(draft.evidence[0]!.quote))!;
    expect(draftRow).toContain(`,suggested,0.72,${SUGGESTED_RULE},${draft.id},`);
    const reviewedRows = lines.slice(1).filter((l) => !l.includes(',suggested,'));
    expect(reviewedRows).toHaveLength(fixtureGraph().edges.reduce((n, e) => n + e.evidence.length, 0));
    for (const row of reviewedRows) expect(row).toMatch(/,reviewed,,,[^,]+,,1,1$/);
  });

  it('GEXF: written as attributes, read back as the fields (a re-imported draft stays a draft)', () => {
    const result = fromGexf(toGexf(g), 'drafts.gexf', { today: '2026-01-02' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const edge = result.graph.edges.find((e) => e.id === SUGGESTED_EDGE)!;
    expect(edge).toMatchObject({ review: 'suggested', confidence: SUGGESTED_CONFIDENCE, rule: SUGGESTED_RULE });
    expect(edge.attributes?.review).toBeUndefined();
    expect(result.graph.edges.find((e) => e.id === 'fx-a#r03')!.review).toBe('reviewed');
    expect(result.graph.edges.find((e) => e.id === 'fx-a#r01')!.review).toBeUndefined();
    expect(result.graph.nodes.find((n) => n.id === PROPOSED_ACTOR)).toMatchObject({ review: 'suggested', confidence: 0.55 });
  });

  it('GraphML: review, confidence and rule on edges and nodes', () => {
    const back = parseGraphml(MultiGraph, toGraphML(g));
    expect(back.getEdgeAttributes(SUGGESTED_EDGE)).toMatchObject({ review: 'suggested', confidence: SUGGESTED_CONFIDENCE, rule: SUGGESTED_RULE });
    expect(back.getNodeAttributes(PROPOSED_ACTOR)).toMatchObject({ review: 'suggested', confidence: 0.55 });
    expect(back.getNodeAttributes('russia').review).toBeUndefined();
  });

  it('graph JSON: the visible part keeps the fields as they are', () => {
    const sub = subgraphFile(g, undefined, [SUGGESTED_EDGE, 'fx-a#r03']);
    expect(sub.edges.find((e) => e.id === SUGGESTED_EDGE)).toEqual(draft);
    expect(sub.edges.find((e) => e.id === 'fx-a#r03')!.review).toBe('reviewed');
    expect(sub.nodes.find((n) => n.id === PROPOSED_ACTOR)).toEqual(g.nodes.find((n) => n.id === PROPOSED_ACTOR));
  });
});
