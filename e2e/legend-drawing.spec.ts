// The legend and the drawing agree: for every claim status and every relation type the legend
// shows, the sample line's colour, dashes and arrow head are what Cytoscape computed for a
// relation of that status or type. And at the overview of a large graph (size M, 3,333 actors)
// the most important actors are named, at every zoom, without labels covering each other.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { simulationMatrix } from '../src/domain/colour-vision';
import type { GraphFile } from '../src/domain/graph-contract';
import { typesByFamily } from '../src/domain/relation-palette';
import { STATUS_ORDER, type DisplayStatus } from '../src/domain/status';
import { GraphSections, writeGraphJson } from '../src/pipeline/generate-corpus/generate-graph';
import { planCorpus } from '../src/pipeline/generate-corpus/plan';
import { readRelationTypesFile } from '../src/pipeline/generate-corpus/relation-types';
import { committedGraph, expect, test } from './support/fixtures';

/** The committed graph with one claim denied and one without a status, so that every status is drawn. */
function everyStatusGraph(): { graph: GraphFile; byStatus: Map<DisplayStatus, string> } {
  const graph = committedGraph();
  const plain = graph.edges.filter((e) => e.status === 'asserted' && !e.reports && e.type !== 'denial');
  const [toDeny, toBlank] = [plain[0]!, plain[1]!];
  toDeny.status = 'denied';
  delete toBlank.status;
  const byStatus = new Map<DisplayStatus, string>();
  for (const e of graph.edges) if (!byStatus.has(e.status ?? 'unknown')) byStatus.set(e.status ?? 'unknown', e.id);
  return { graph, byStatus };
}

interface LegendLine {
  stroke: string;
  dash: number[] | null;
  arrow: string;
}

/** What a legend entry draws: its sample line's colour and dashes, and its arrow head (none without one). */
async function legendLine(page: Page, selector: string): Promise<LegendLine> {
  return page.locator(selector).evaluate((li) => {
    const line = li.querySelector('svg [data-part="line"]')!;
    const dash = line.getAttribute('stroke-dasharray');
    return {
      stroke: line.getAttribute('stroke')!.toLowerCase(),
      dash: dash ? dash.split(/[\s,]+/).map(Number) : null,
      arrow: li.querySelector('svg [data-arrow]')?.getAttribute('data-arrow') ?? 'none',
    };
  });
}

test.describe('the legend matches the drawing', () => {
  test('every status line and every relation type: colour, dashes and arrow head as Cytoscape draws them', async ({ explorer, page, pageProblems }) => {
    const { graph, byStatus } = everyStatusGraph();
    expect([...byStatus.keys()].sort()).toEqual([...STATUS_ORDER].sort());
    await explorer.serveGraph('/every-status.json', graph);
    await explorer.open('?graph=/every-status.json');
    const legend = page.getByRole('region', { name: 'Legend' });

    // Statuses: one legend line per line style, naming the statuses drawn with it.
    const rows = legend.locator('li[data-statuses]');
    await expect(rows).toHaveCount(4);
    const listed: string[] = [];
    for (const row of await rows.all()) {
      const statuses = (await row.getAttribute('data-statuses'))!.split(' ') as DisplayStatus[];
      const line = await legendLine(page, `li[data-statuses="${statuses.join(' ')}"]`);
      for (const status of statuses) {
        listed.push(status);
        const look = await page.evaluate((id) => window.__kgExplorer!.edgeLook(id), byStatus.get(status)!);
        expect(look, status).not.toBeNull();
        expect({ status, lineStyle: look!.lineStyle, dash: look!.dash }).toEqual({ status, lineStyle: line.dash ? 'dashed' : 'solid', dash: line.dash });
      }
    }
    expect(listed.sort()).toEqual([...STATUS_ORDER].sort());
    // The defect of issue 16: a denied claim is drawn dotted, as its legend line (not solid).
    const denied = await page.evaluate((id) => window.__kgExplorer!.edgeLook(id), byStatus.get('denied')!);
    expect(denied!.lineStyle).toBe('dashed');
    expect(denied!.dash).toEqual((await legendLine(page, 'li[data-statuses~="denied"]')).dash);

    // Types: every type of the file, grouped by family, each with a relation drawn in its colour and head.
    const families = typesByFamily(graph.relationTypes);
    await expect(legend.locator('li[data-family]')).toHaveCount(families.length);
    await expect(legend.locator('li[data-type]')).toHaveCount(graph.relationTypes.length);
    for (const { family, types } of families) {
      await expect(legend.getByRole('list', { name: family.label }).locator('li[data-type]')).toHaveCount(types.length);
      for (const t of types) {
        const line = await legendLine(page, `li[data-type="${t.id}"]`);
        const edge = graph.edges.find((e) => e.type === t.id && e.status === 'asserted') ?? graph.edges.find((e) => e.type === t.id)!;
        const look = await page.evaluate((id) => window.__kgExplorer!.edgeLook(id), edge.id);
        expect({ type: t.id, color: look!.color, arrow: look!.arrow }).toEqual({ type: t.id, color: line.stroke, arrow: line.arrow });
        expect(line.dash, `${t.id}: a type's sample is solid`).toBeNull();
      }
    }
    // A Denial relation reported as fact is drawn solid, as the legend's Denial sample shows it.
    const denial = graph.edges.find((e) => e.type === 'denial' && e.status === 'asserted')!;
    expect((await page.evaluate((id) => window.__kgExplorer!.edgeLook(id), denial.id))!.lineStyle).toBe('solid');
    expect(pageProblems.console).toEqual([]);
  });
});

// ---------- Labels at the overview of a graph of size M ----------

const M_PATH = '/size-m.json';
let sizeM: { body: string; ranked: string[] } | undefined;

/** Size M as `npm run gen:corpus -- --size M --seed 1` makes it (3,333 actors, 10,000 relations), built once per worker. */
function graphM(): { body: string; ranked: string[] } {
  if (sizeM) return sizeM;
  const types = readRelationTypesFile(fileURLToPath(new URL('../data/curated/relation-types.yaml', import.meta.url)));
  const plan = planCorpus({ seed: '1', actors: 3_333, relations: 10_000, types });
  const chunks: string[] = [];
  writeGraphJson({ write: (c) => chunks.push(c) }, new GraphSections(plan), true);
  const body = chunks.join('');
  const graph = JSON.parse(body) as GraphFile;
  const degree = new Map<string, number>(graph.nodes.map((n) => [n.id, 0]));
  for (const e of graph.edges) {
    degree.set(e.source, degree.get(e.source)! + 1);
    if (e.target !== e.source) degree.set(e.target, degree.get(e.target)! + 1);
  }
  const ranked = graph.nodes.map((n) => n.id).sort((a, b) => degree.get(b)! - degree.get(a)! || (a < b ? -1 : 1));
  sizeM = { body, ranked };
  return sizeM;
}

/** The labels drawn now, once the drawing has settled (labels follow the view 250 ms after it stops). */
async function settledLabels(page: Page) {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await page.evaluate(() => window.__kgExplorer!.drawnLabels()));
        const same = now === last && now !== '[]';
        last = now;
        return same;
      },
      { intervals: [400], timeout: 20_000 },
    )
    .toBe(true);
  return JSON.parse(last) as Array<{ id: string; fontSize: number; x1: number; y1: number; x2: number; y2: number }>;
}

function expectNoOverlap(labels: Array<{ id: string; x1: number; y1: number; x2: number; y2: number }>): void {
  // One pixel of slack: Cytoscape rounds label boxes to whole pixels.
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i]!, labels[j]!];
      const overlap = a.x1 + 1 < b.x2 && b.x1 + 1 < a.x2 && a.y1 + 1 < b.y2 && b.y1 + 1 < a.y2;
      expect(overlap, `labels of ${a.id} and ${b.id} overlap`).toBe(false);
    }
  }
}

test.describe('labels at the overview of a large graph', () => {
  test.beforeAll(() => {
    graphM();
  });

  test('size M: the fitted overview names its most important actors, readable and apart, and keeps naming them zoomed further out', async ({ explorer, page }) => {
    test.setTimeout(120_000);
    const { body, ranked } = graphM();
    await explorer.serveGraph(M_PATH, body);
    await explorer.open(`?graph=${M_PATH}`);
    // The force layout arrives from its worker, is fitted and remembered: the overview a user sees.
    await expect.poll(() => explorer.hasRememberedLayout(), { timeout: 30_000 }).toBe(true);
    const labels = await settledLabels(page);
    const zoom = await page.evaluate(() => window.__kgExplorer!.zoom());
    // Ordinary labels (12px at zoom 1) are too small to be drawn at this zoom: without landmarks there would be none.
    expect(zoom * 12).toBeLessThan(7);
    expect(labels.length).toBeGreaterThanOrEqual(10);
    for (const l of labels) expect(l.fontSize, l.id).toBeGreaterThanOrEqual(12);
    const named = new Set(labels.map((l) => l.id));
    expect(named.has(ranked[0]!), `the most connected actor ${ranked[0]} is named`).toBe(true);
    expect(ranked.slice(0, 10).filter((id) => named.has(id)).length).toBeGreaterThanOrEqual(5);
    expectNoOverlap(labels);

    // Zoomed out further, and back in (still too far out for ordinary labels), the most important
    // actors stay named at the same size on screen.
    const zoomOut = page.getByRole('button', { name: 'Zoom out' });
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    for (const [button, times] of [[zoomOut, 2], [zoomIn, 3]] as const) {
      const before = await page.evaluate(() => window.__kgExplorer!.zoom());
      for (let i = 0; i < times; i++) await button.click();
      await expect.poll(() => page.evaluate(() => window.__kgExplorer!.zoom())).not.toBeCloseTo(before, 3);
      const now = await page.evaluate(() => window.__kgExplorer!.zoom());
      expect(now * 12).toBeLessThan(7);
      const after = await settledLabels(page);
      expect(after.length, `labels at zoom ${now.toFixed(2)}`).toBeGreaterThanOrEqual(5);
      for (const l of after) expect(l.fontSize, l.id).toBeGreaterThanOrEqual(12);
      expect(new Set(after.map((l) => l.id)).has(ranked[0]!), `${ranked[0]} named at zoom ${now.toFixed(2)}`).toBe(true);
      expectNoOverlap(after);
    }
  });
});

// ---------- The colour-blind check picture (docs/explorer.md) ----------

// Written to docs/screenshots only with UPDATE_DOCS_SCREENSHOTS=1; otherwise kept in test-results.
const SHOTS = process.env.UPDATE_DOCS_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots/docs';

test.describe('the colour-blind check picture', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the graph and its legend as seen with normal vision and with deuteranopia, side by side', async ({ explorer, page }) => {
    mkdirSync(SHOTS, { recursive: true });
    await explorer.open('?undated=show');
    const legend = page.getByRole('region', { name: 'Legend' });
    await expect(legend.locator('li[data-type]')).toHaveCount(16);
    await expect(legend.locator('li[data-family]')).toHaveCount(4);
    // Closer than the fit, so that arrow heads and dashes show.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const graph = page.locator('.graph-canvas');
    const types = legend.locator('ul.legend-families');
    const shoot = async () => {
      await types.scrollIntoViewIfNeeded();
      return { graph: (await graph.screenshot()).toString('base64'), legend: (await types.screenshot()).toString('base64') };
    };
    const normal = await shoot();
    // The whole page through Machado et al.'s deuteranopia matrix; SVG filters work on linear RGB, as the matrix expects.
    const values = simulationMatrix('deuteranopia').map((row) => `${row.join(' ')} 0 0`).join('  ') + '  0 0 0 1 0';
    await page.evaluate((matrix) => {
      const ns = 'http://www.w3.org/2000/svg';
      const svg = document.createElementNS(ns, 'svg');
      svg.setAttribute('width', '0');
      svg.setAttribute('height', '0');
      const filter = document.createElementNS(ns, 'filter');
      filter.id = 'kg-deuteranopia';
      filter.setAttribute('color-interpolation-filters', 'linearRGB');
      const m = document.createElementNS(ns, 'feColorMatrix');
      m.setAttribute('type', 'matrix');
      m.setAttribute('values', matrix);
      filter.append(m);
      svg.append(filter);
      document.body.append(svg);
      document.body.style.filter = 'url(#kg-deuteranopia)';
    }, values);
    const deutan = await shoot();
    expect(deutan.graph).not.toEqual(normal.graph);

    const sheet = await page.context().newPage();
    await sheet.setViewportSize({ width: 1400, height: 800 });
    const column = (title: string, shot: { graph: string; legend: string }) =>
      `<div class="col"><h2>${title}</h2><img class="graph" src="data:image/png;base64,${shot.graph}"><img class="legend" src="data:image/png;base64,${shot.legend}"></div>`;
    await sheet.setContent(
      `<html><body><style>body{margin:12px;font:14px system-ui,sans-serif;color:#1f2933;background:#fff}h2{font-size:15px;margin:4px 0 8px}.cols{display:flex;gap:20px}.col{width:680px}.graph{width:680px;border:1px solid #d0d7de;display:block;margin-bottom:8px}.legend{border:1px solid #d0d7de;display:block}</style><div class="cols">` +
        column('Normal vision', normal) +
        column('Deuteranopia, simulated (Machado et al. 2009)', deutan) +
        `</div></body></html>`,
    );
    await sheet.screenshot({ path: `${SHOTS}/colour-blind-check.png`, fullPage: true });
    await sheet.close();
  });
});
