// The Sources facet on the nine committed articles (data/graph.json).
import { describe, expect, it } from 'vitest';
import graphText from '../../../data/graph.json?raw';
import { computeVisibility, DEFAULT_FILTERS } from '../filters';
import { validateGraph } from '../graph-contract';
import { buildGraphIndex } from '../graph-index';
import { sourcingOf } from './claim-view';
import { outletRows, sourceDiversity, type OutletRow } from './source-facet';

/** Hidden outlets that leave only `outlet` switched on. */
const onlyOutlet = (rows: readonly OutletRow[], outlet: string): string[] => rows.map((r) => r.outlet).filter((o) => o !== outlet).sort();

const checked = validateGraph(JSON.parse(graphText));
if (!checked.ok) throw new Error(`data/graph.json does not validate: ${JSON.stringify(checked.issues)}`);
const index = buildGraphIndex(checked.graph);
const allClaims = [...index.edges.keys()];

describe('the Sources facet on data/graph.json', () => {
  it('lists the nine outlets with the claims each reports, most first', () => {
    const rows = outletRows(index);
    expect(rows.map((r) => [r.outlet, r.total])).toEqual([
      ['voanews.com', 65],
      ['bnnbreaking.com', 18],
      ['themoscowtimes.com', 17],
      ['brecorder.com (AFP)', 16],
      ['kun.uz', 15],
      ['thefrontierpost.com', 14],
      ['gna.org.gh (dpa)', 12],
      ['kyma.com (AP)', 8],
      ['trtworld.com', 8],
    ]);
    expect(rows.every((r) => r.drafts === 0)).toBe(true);
    // A claim told by several outlets counts once for each of them.
    const reportsPerClaim = [...index.edges.values()].map((e) => sourcingOf(index, e).outlets.length);
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(reportsPerClaim.reduce((a, b) => a + b, 0));
  });

  it('hiding every outlet but one leaves exactly the claims that outlet reports', () => {
    const rows = outletRows(index);
    for (const { outlet, total } of rows) {
      const visible = computeVisibility(index, { ...DEFAULT_FILTERS, hiddenOutlets: onlyOutlet(rows, outlet) });
      const reported = allClaims.filter((id) => sourcingOf(index, index.edges.get(id)!).outlets.includes(outlet));
      expect([...visible.edges].sort(), outlet).toEqual(reported.sort());
      expect(visible.edges.size).toBe(total);
    }
  });

  it('counts corroborated and single-source claims, which add up to the claims', () => {
    expect(sourceDiversity(index, allClaims)).toEqual({ claims: 140, corroborated: 19, singleSource: 121 });
    // kun.uz alone: its claims that another article also reports stay corroborated.
    const kunUz = computeVisibility(index, { ...DEFAULT_FILTERS, hiddenOutlets: onlyOutlet(outletRows(index), 'kun.uz') });
    const d = sourceDiversity(index, kunUz.edges);
    expect(d.claims).toBe(15);
    expect(d.corroborated + d.singleSource).toBe(15);
    expect(d.corroborated).toBe([...kunUz.edges].filter((id) => sourcingOf(index, index.edges.get(id)!).origins.length > 1).length);
    expect(sourceDiversity(index, [])).toEqual({ claims: 0, corroborated: 0, singleSource: 0 });
  });

  it('"only" hides every other outlet, sorted so that equal filters compare equal', () => {
    const hidden = onlyOutlet(outletRows(index), 'kun.uz');
    expect(hidden).toHaveLength(8);
    expect(hidden).not.toContain('kun.uz');
    expect(hidden).toEqual([...hidden].sort());
  });
});
