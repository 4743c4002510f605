import { readFileSync } from 'node:fs';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { subgraphFile } from '../src/domain/formats/subgraph';
import type { GraphFile } from '../src/domain/graph-contract';
import { buildGraphIndex } from '../src/domain/graph-index';
import { DEFAULT_FILTERS } from '../src/domain/filters';
import { computeViewVisibility } from '../src/domain/view-visibility';
import { test, expect, committedGraph, smallGraph } from './support/fixtures';

const LES_MISERABLES = 'src/domain/formats/__fixtures__/les-miserables.gexf';

async function downloadedText(download: import('@playwright/test').Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8');
}

test.describe('exports', () => {
  test('the visible subgraph as graph JSON imports back equal to the original subgraph', async ({ explorer, page }) => {
    const graph = committedGraph();
    // What the view shows: no affiliations, 2021 onwards, actors left without relations hidden.
    const filters = { ...DEFAULT_FILTERS, hiddenTypes: ['affiliation'], hideIsolated: true };
    const visible = computeViewVisibility(buildGraphIndex(graph), filters, { range: { from: 2021, to: 2024 }, keepUndated: true });
    const expected = subgraphFile(graph, visible.nodes, visible.edges);
    await explorer.open('?hide-type=affiliation&isolated=hide&years=2021-2024&undated=show');

    const download = await explorer.exportAs('Graph JSON');
    expect(download.suggestedFilename()).toBe('graph-view.json');
    const exported = JSON.parse(await downloadedText(download)) as GraphFile;
    expect(exported).toEqual(expected);
    expect(exported.edges.length).toBeLessThan(graph.edges.length);

    // Open the export: the same actors and relations come back.
    await explorer.importFile(await download.path().then((p) => ({ name: 'graph-view.json', mimeType: 'application/json', buffer: readFileSync(p) })));
    await explorer.waitUntilDrawn();
    await expect(page.getByText('graph-view.json (imported)')).toBeVisible();
    await expect(page.getByText(`${expected.nodes.length} actors`, { exact: true })).toBeVisible();
    // A graph opens with its undated relations set aside: show them, and nothing is hidden.
    await explorer.timeline.getByRole('checkbox', { name: /undated/ }).check();
    await expect(explorer.tableRows).toHaveCount(expected.edges.length);
    expect(await explorer.visibleNodeIds()).toEqual(expected.nodes.map((n) => n.id).sort());
    // Exported again with nothing hidden, it is the same file.
    const again = JSON.parse(await downloadedText(await explorer.exportAs('Graph JSON'))) as GraphFile;
    expect(again).toEqual(expected);
  });

  test('GEXF, GraphML and CSV hold the visible relations with their evidence', async ({ explorer }) => {
    const graph = committedGraph();
    const hidden = new Set(['affiliation', 'participation']);
    const edges = graph.edges.filter((e) => !hidden.has(e.type));
    await explorer.open('?hide-type=affiliation&hide-type=participation&undated=show');

    const gexf = parseGexf(MultiGraph, await downloadedText(await explorer.exportAs('GEXF (Gephi)')));
    expect(gexf.order).toBe(graph.nodes.length);
    expect(gexf.size).toBe(edges.length);
    const denial = edges.find((e) => e.type === 'denial')!;
    expect(gexf.getEdgeAttributes(denial.id)).toMatchObject({ type: 'denial', status: 'asserted', evidence: denial.evidence[0]!.quote });

    const graphml = parseGraphml(MultiGraph, await downloadedText(await explorer.exportAs('GraphML')));
    expect(graphml.size).toBe(edges.length);
    expect(graphml.getNodeAttribute('pakistan', 'label')).toBe('Pakistan');

    const csv = await downloadedText(await explorer.exportAs('CSV of relations'));
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('source id,source label,type,target id,target label,date,date words,status,said by,reported by,document,sentence id,quote,review,confidence,rule,claim id,outlet,reports,outlets');
    // Every relation of the committed graph is reviewed; a row per quote of each report of a claim.
    expect(lines.slice(1).every((l) => /,reviewed,,,[^,]+,[^,]+,\d+,\d+$/.test(l))).toBe(true);
    expect(lines).toHaveLength(1 + edges.reduce((n, e) => n + (e.reports ?? [e]).reduce((m, r) => m + r.evidence.length, 0), 0));
    expect(csv).toContain(denial.evidence[0]!.quote);
    expect(csv).not.toContain(',Affiliation,');
  });

  test('PNG and SVG images of the view, inside the Content-Security-Policy', async ({ explorer, pageProblems }) => {
    await explorer.open('?node=taliban');
    // The page's start is app.spec's to check; here the exports'.
    const [csp, errors] = [pageProblems.csp.length, pageProblems.console.length];
    const png = await explorer.exportAs('PNG image');
    expect(png.suggestedFilename()).toBe('graph-view.png');
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.length).toBeGreaterThan(20_000);
    // The confirmation can be read, whatever the toolbar holds at this width.
    const saved = explorer.page.getByRole('status').filter({ hasText: 'Saved graph-view.png' });
    await expect(saved).toBeVisible();
    expect((await saved.boundingBox())!.width).toBeGreaterThan(100);

    const svg = await downloadedText(await explorer.exportAs('SVG image'));
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // Labels are text, in the canvas's font.
    expect(svg).toMatch(/<text [^>]*font-family="[^"]*Inter[^"]*"[^>]*>Taliban<\/text>/);
    expect(svg).toContain('>Moscow Format</text>');
    // Text sits on its alphabetic baseline (dominant-baseline reads differently in Inkscape), and
    // no outline runs on after closing (a closed shape joined to the next one drew a streak).
    expect(svg).not.toContain('dominant-baseline');
    expect(svg).not.toMatch(/Z\s*[LA]/);
    expect(pageProblems.csp.slice(csp)).toEqual([]);
    expect(pageProblems.console.slice(errors)).toEqual([]);
  });

  test('an image of the fitted overview names every actor at its own label size, not with the screen’s landmark labels', async ({ explorer, page }) => {
    await explorer.open();
    // Fitted, the canvas names its main actors with landmark labels (13 px on screen at any zoom).
    await expect.poll(async () => (await page.evaluate(() => window.__kgExplorer!.drawnLabels())).some((l) => l.id === 'taliban')).toBe(true);
    expect(await explorer.classesOf('taliban')).toContain('landmark');
    const svg = await downloadedText(await explorer.exportAs('SVG image'));
    // At the image's own scale every actor's label is its own (12 px at 100 %; counts on lines are
    // smaller); a landmark's would be 13 px ÷ the zoom, over 30.
    const sizes = [...svg.matchAll(/<text [^>]*font-size="([\d.]+)(?:px)?"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(50);
    expect(Math.max(...sizes)).toBe(12);
    expect(svg).toContain('>Karen Decker</text>');
    // And the screen keeps its landmarks.
    expect(await explorer.classesOf('taliban')).toContain('landmark');
  });
});

test.describe('imports', () => {
  test('a real Gephi GEXF file opens with its nodes, edges and attributes', async ({ explorer, page, pageProblems }) => {
    await explorer.open();
    await explorer.importFile(LES_MISERABLES);
    await explorer.waitUntilDrawn();
    await expect(page.getByText('77 actors', { exact: true })).toBeVisible();
    await expect(page.getByText('254 relations', { exact: true })).toBeVisible();
    const notice = page.getByRole('status').filter({ hasText: 'Opened les-miserables.gexf' });
    await expect(notice).toContainText('77 actors, 254 relations');
    await expect(notice).toContainText('generated line describing the GEXF edge, not a quotation');
    expect(await explorer.visibleNodeIds()).toHaveLength(77);
    await expect(explorer.tableRows).toHaveCount(254);
    await expect(explorer.timeline).toContainText('No relation in this graph has a date');

    // Gephi's attributes are shown with the actor.
    await explorer.search.fill('Valjean');
    await explorer.search.press('Enter');
    await expect(explorer.detailsHeading).toHaveText('Valjean');
    // Raw fields and metrics wait behind "Codes and metrics", which then stays open for actors.
    await explorer.details.getByRole('button', { name: 'Codes and metrics' }).click();
    const attributes = explorer.details.getByRole('region', { name: 'Attributes from the file' });
    await expect(attributes).toContainText('Modularity Class');
    await expect(attributes.getByRole('definition').first()).toHaveText('1');

    // A GEXF edge has no claim status and no source text: neither fact nor "the article".
    await explorer.details.getByRole('button', { name: /^Evidence: Valjean Related / }).first().click();
    await explorer.details.getByRole('button', { name: 'Codes and metrics' }).click();
    const facts = explorer.details.locator('dl.facts').first();
    await expect(facts.locator('.status')).toHaveText('status not given');
    await expect(facts).toContainText('not given (imported file, no source text)');
    await expect(facts).not.toContainText('the article');
    await explorer.details.getByRole('button', { name: 'Valjean', exact: true }).first().click();
    await expect(explorer.detailsHeading).toHaveText('Valjean');

    // The analyst tools work on it: importance, groups and paths.
    await explorer.waitForAnalytics();
    await expect(explorer.details.getByRole('table', { name: /^Importance of this actor/ }).getByRole('row', { name: /^Relations \(degree\)/ })).toContainText('1 of 77');
    await explorer.colourBy.selectOption({ label: 'Group (community)' });
    await expect(page.getByRole('list', { name: 'Groups' }).getByRole('listitem').first()).toContainText('Group 1');
    await explorer.openAnalyse();
    await explorer.pickActor('From actor', 'Myriel');
    await explorer.pickActor('To actor', 'Javert');
    await explorer.analyse.getByRole('button', { name: 'Find paths' }).click();
    await expect(explorer.analyse.getByRole('region', { name: /^Path 1: Myriel → .* → Javert$/ }).first()).toBeVisible();
    expect(pageProblems.csp).toEqual([]);
  });

  test('Back after an import returns to the previous graph with its own view, not the imported one', async ({ explorer, page }) => {
    const graph = committedGraph();
    const small = smallGraph();
    await explorer.open('?node=pakistan');
    await explorer.importFile({ name: 'small.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(small)) });
    await explorer.waitUntilDrawn();
    await expect(page.getByText('small.json (imported)')).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    await page.goBack();
    await explorer.waitUntilDrawn();
    await expect(page.getByText(`${graph.nodes.length} actors`, { exact: true })).toBeVisible();
    await expect(page.getByText('small.json (imported)')).toHaveCount(0);
    await expect(explorer.detailsHeading).toHaveText('Pakistan');
  });

  test('a file dropped on the window opens', async ({ explorer, page }) => {
    const small = smallGraph();
    await explorer.open();
    await explorer.dropFile('small.json', JSON.stringify(small), 'application/json');
    await explorer.waitUntilDrawn();
    await expect(page.getByText('small.json (imported)')).toBeVisible();
    await expect(page.getByText(`${small.nodes.length} actors`, { exact: true })).toBeVisible();
    await explorer.dropFile('les-miserables.gexf', readFileSync(LES_MISERABLES, 'utf8'), 'application/xml');
    await expect(page.getByText('77 actors', { exact: true })).toBeVisible();
  });

  test('a broken file is refused with the loader’s clear messages, and the graph stays', async ({ explorer, page }) => {
    const graph = committedGraph();
    await explorer.open('?undated=show');
    const bad = smallGraph();
    bad.edges[3]!.source = 'xyz';
    await explorer.importFile({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The file could not be opened');
    await expect(alert).toContainText('bad.json does not follow the graph contract (1 problem).');
    await expect(alert).toContainText('bad.json: edges[3].source: refers to unknown node "xyz"');
    await expect(alert).toContainText('The graph shown is unchanged.');
    await expect(page.getByText(`${graph.nodes.length} actors`, { exact: true })).toBeVisible();

    await explorer.importFile({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "nodes": [],\n}') });
    await expect(alert).toContainText('broken.json is not valid JSON.');
    await expect(alert).toContainText('broken.json:3:1: not valid JSON');

    await explorer.importFile({ name: 'broken.gexf', mimeType: 'application/xml', buffer: Buffer.from('<gexf version="1.3">\n<graph>\n<nodes>\n</graph>') });
    await expect(alert).toContainText('broken.gexf is not a GEXF file this explorer can read.');
    await expect(alert).toContainText(/broken\.gexf:4:\d+:/);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
    await expect(explorer.tableRows).toHaveCount(graph.edges.length);
  });
});
