// The Sources facet and the two ways the explorer weighs claims by their reports (line width and
// size by reports), on the committed nine-article graph. What each outlet reports is worked out
// here from the documents, not taken from the code under test.
import { mkdirSync } from 'node:fs';
import type { GraphEdge, GraphFile } from '../src/domain/graph-contract';
import { test, expect, committedGraph } from './support/fixtures';

/** "brecorder.com (AFP)": the outlet, and the agency whose copy it carries. */
function outletsOf(graph: GraphFile, claim: GraphEdge): Set<string> {
  const docOfSentence = new Map(graph.sentences.map((s) => [s.id, s.documentId]));
  const docs = claim.reports ? claim.reports.map((r) => r.documentId) : [docOfSentence.get(claim.evidence[0]!.sentenceId)!];
  return new Set(
    docs.map((id) => {
      const d = graph.documents.find((x) => x.id === id)!;
      const outlet = d.outlet ?? d.title;
      return d.agency && d.agency !== d.outlet ? `${outlet} (${d.agency})` : outlet;
    }),
  );
}

/** Independent origins: an agency's story carried by two sites is one. */
function originsOf(graph: GraphFile, claim: GraphEdge): Set<string> {
  const docOfSentence = new Map(graph.sentences.map((s) => [s.id, s.documentId]));
  const docs = claim.reports ? claim.reports.map((r) => r.documentId) : [docOfSentence.get(claim.evidence[0]!.sentenceId)!];
  return new Set(docs.map((id) => graph.documents.find((x) => x.id === id)!).map((d) => d.agency ?? d.outlet ?? d.id));
}

/** How the relations table names a claim's row: "Talks: Russia → Taliban". */
function rowName(graph: GraphFile, e: GraphEdge): string {
  const type = graph.relationTypes.find((t) => t.id === e.type)!;
  const label = (id: string) => graph.nodes.find((n) => n.id === id)!.label;
  return `${type.label}: ${label(e.source)} ${type.directed === false ? '—' : '→'} ${label(e.target)}`;
}

function summary(graph: GraphFile, claims: readonly GraphEdge[]): string {
  const corroborated = claims.filter((e) => originsOf(graph, e).size > 1).length;
  return `${claims.length} claims · ${corroborated} from 2+ sources · ${claims.length - corroborated} single-source`;
}

test.describe('sources', () => {
  test('lists every outlet with its claims; keeping one leaves its claims, in the URL and after a reload; "All" brings the rest back', async ({ explorer, page, pageProblems }) => {
    const graph = committedGraph();
    const byOutlet = new Map<string, GraphEdge[]>();
    for (const e of graph.edges) for (const o of outletsOf(graph, e)) byOutlet.set(o, [...(byOutlet.get(o) ?? []), e]);
    expect(byOutlet.size, 'nine articles from nine outlets').toBe(9);
    const kept = 'kun.uz';
    const keptClaims = byOutlet.get(kept)!;
    const diversity = async () => (await explorer.sources.getByText(/^\d+ claims? ·/).textContent())!.replace(/\s+/g, ' ');

    await explorer.open();
    await expect(explorer.sources.getByRole('checkbox')).toHaveCount(byOutlet.size);
    for (const [outlet, claims] of byOutlet) {
      await expect(explorer.sourceFilter(outlet)).toHaveAccessibleName(`${outlet} ${claims.length}`);
      await expect(explorer.sourceFilter(outlet)).toBeChecked();
    }
    // Most claims first.
    const counts = (await explorer.sources.getByRole('checkbox').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).labels![0]!.textContent!))).map((t) => Number(t.match(/(\d+)$/)![1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await expect.poll(() => diversity()).toBe(summary(graph, graph.edges));
    await expect(explorer.sources.getByRole('button', { name: 'Show all sources' })).toBeDisabled();

    for (const outlet of byOutlet.keys()) if (outlet !== kept) await explorer.sourceFilter(outlet).uncheck();
    await expect(explorer.tableRows).toHaveCount(keptClaims.length);
    const rows = await explorer.table.locator('tbody tr .cell-button').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')!));
    expect(rows.sort()).toEqual(keptClaims.map((e) => rowName(graph, e)).sort());
    expect((await explorer.visibleEdgeIds()).sort()).toEqual(keptClaims.map((e) => e.id).sort());
    await expect.poll(() => diversity()).toBe(summary(graph, keptClaims));
    await expect.poll(() => new URL(page.url()).searchParams.getAll('hide-outlet').sort()).toEqual([...byOutlet.keys()].filter((o) => o !== kept).sort());

    await page.reload();
    await explorer.waitUntilDrawn();
    await expect(explorer.sourceFilter(kept)).toBeChecked();
    for (const outlet of byOutlet.keys()) if (outlet !== kept) await expect(explorer.sourceFilter(outlet)).not.toBeChecked();
    await expect(explorer.tableRows).toHaveCount(keptClaims.length);

    await explorer.sources.getByRole('button', { name: 'Show all sources' }).click();
    await expect(explorer.tableRows).toHaveCount(graph.edges.length);
    for (const outlet of byOutlet.keys()) await expect(explorer.sourceFilter(outlet)).toBeChecked();
    await expect.poll(() => page.url()).not.toContain('hide-outlet');
    expect(pageProblems.console).toEqual([]);
  });

  test('"Line width: number of reports" draws a claim told by four articles wider than one told once, and is shared in the URL', async ({ explorer, page }) => {
    const graph = committedGraph();
    const reports = (e: GraphEdge) => e.reports?.length ?? 1;
    const four = graph.edges.find((e) => reports(e) === 4)!.id;
    const once = graph.edges.find((e) => reports(e) === 1)!.id;
    const toggle = page.getByRole('region', { name: 'Legend' }).getByRole('checkbox', { name: 'Line width: number of reports' });

    await explorer.open();
    await expect(toggle).not.toBeChecked();
    expect(await explorer.edgeWidth(four)).toBe(await explorer.edgeWidth(once));
    await toggle.check();
    await expect.poll(() => explorer.edgeWidth(four)).toBeGreaterThan((await explorer.edgeWidth(once))!);
    await expect(page).toHaveURL(/[?&]width=reports\b/);

    await page.reload();
    await explorer.waitUntilDrawn();
    await expect(toggle).toBeChecked();
    expect(await explorer.edgeWidth(four)).toBeGreaterThan((await explorer.edgeWidth(once))!);
    await toggle.uncheck();
    expect(await explorer.edgeWidth(four)).toBe(await explorer.edgeWidth(once));
    await expect.poll(() => page.url()).not.toContain('width=reports');
  });

  test('"Size by: Reports" weighs each actor\'s claims by the articles that tell them', async ({ explorer, page }) => {
    const graph = committedGraph();
    const claims = graph.edges.filter((e) => e.source === 'russia' || e.target === 'russia');
    const weighted = claims.reduce((n, e) => n + (e.reports?.length ?? 1), 0);
    expect(weighted).toBeGreaterThan(claims.length);

    await explorer.open();
    await explorer.waitForAnalytics();
    await explorer.sizeBy.selectOption({ label: 'Reports (report-weighted degree)' });
    await expect(page).toHaveURL(/size=reportDegree/);
    await expect(page.getByRole('region', { name: 'Legend' })).toContainText('size: reports (report-weighted degree)');
    await explorer.clickNode('russia');
    await explorer.details.getByRole('button', { name: 'Codes and metrics' }).click();
    const table = explorer.details.getByRole('table', { name: /^Importance of this actor/ });
    await expect(table.getByRole('row', { name: /^Relations \(degree\) / })).toContainText(`${claims.length}`);
    await expect(table.getByRole('row', { name: /^Reports \(report-weighted degree\) / })).toContainText(`${weighted}`);
  });

  test('screenshots: the filters with the Sources facet, the legend\'s line width switch', async ({ explorer, page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await explorer.open();
    await explorer.sourceFilter('kyma.com (AP)').uncheck();
    await explorer.sources.scrollIntoViewIfNeeded();
    await page.getByRole('heading', { name: 'Polarity' }).scrollIntoViewIfNeeded();
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.locator('.sidebar').screenshot({ path: 'test-results/screenshots/sources.png' });
    // The legend's switch, and the canvas with lines sized by reports.
    const legend = page.getByRole('region', { name: 'Legend' });
    await legend.getByRole('checkbox', { name: 'Line width: number of reports' }).check();
    await legend.screenshot({ path: 'test-results/screenshots/sources-legend.png' });
    await page.locator('.graph-canvas').screenshot({ path: 'test-results/screenshots/sources-width-by-reports.png' });
  });
});
