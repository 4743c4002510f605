import type { Page } from '@playwright/test';
import { test, expect, committedGraph } from './support/fixtures';

const BUNDLE = 'bundle:russia|taliban';
const pairOf = () => committedGraph().edges.filter((e) => [e.source, e.target].sort().join('|') === 'russia|taliban');

/** Where Cytoscape draws each fanned relation (model coordinates) and the body of every other drawn actor. */
function fanGeometry(page: Page) {
  return page.evaluate(() => {
    type El = {
      id(): string;
      data(k: string): unknown;
      hasClass(c: string): boolean;
      position(): { x: number; y: number };
      outerWidth(): number;
      source(): El;
      target(): El;
      sourceEndpoint(): { x: number; y: number };
      targetEndpoint(): { x: number; y: number };
      controlPoints(): Array<{ x: number; y: number }> | undefined;
    };
    type Cy = { edges(s: string): El[]; nodes(): El[] };
    const host = [...document.querySelectorAll('div')].find((d) => (d as unknown as { _cyreg?: { cy?: Cy } })._cyreg?.cy);
    const cy = (host as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
    const bodies = cy
      .nodes()
      .filter((n) => !n.hasClass('hidden'))
      .map((n) => ({ id: n.id(), x: n.position().x, y: n.position().y, r: n.outerWidth() / 2 }));
    const edges = cy
      .edges('[fan]')
      .filter((e) => !e.hasClass('hidden'))
      .map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), from: e.sourceEndpoint(), to: e.targetEndpoint(), controls: e.controlPoints() ?? [] }));
    return { bodies, edges };
  });
}

test.describe('canvas interactions', () => {
  test('a click on a bundle lists its relations; picking one selects it and the canvas highlights it', async ({ explorer, page }) => {
    await explorer.open();
    expect(await explorer.visibleEdgeIds()).toContain(BUNDLE);
    await explorer.clickEdge(BUNDLE);
    await expect(explorer.detailsHeading).toHaveText('Russia and Taliban');
    const list = explorer.details.getByRole('list', { name: 'Relations between Russia and Taliban' });
    await expect(list.getByRole('listitem')).toHaveCount(pairOf().length);
    // The bundle stays drawn as one line, marked as the selection; the link names it.
    await expect.poll(() => explorer.classesOf(BUNDLE)).toContain('selected');
    expect(await explorer.visibleEdgeIds()).toContain(BUNDLE);
    expect(new URL(page.url()).searchParams.get('bundle')).toBe(BUNDLE);

    const row = list.getByRole('button').nth(1);
    const claim = (await row.locator('.bundle-claim').textContent())!;
    await row.click();
    await expect(explorer.detailsHeading).toHaveText(claim);
    const picked = new URL(page.url()).searchParams.get('edge')!;
    expect(pairOf().map((e) => e.id)).toContain(picked);
    await expect.poll(() => explorer.classesOf(picked)).toContain('selected');
    expect(await explorer.visibleEdgeIds()).not.toContain(BUNDLE);
  });

  test('from a shared link, the list spreads the bundle and draws it as one line again', async ({ explorer }) => {
    await explorer.open(`?bundle=${encodeURIComponent(BUNDLE)}`);
    await expect(explorer.detailsHeading).toHaveText('Russia and Taliban');
    await explorer.details.getByRole('button', { name: 'Spread them on the graph' }).click();
    await expect.poll(() => explorer.visibleEdgeIds()).not.toContain(BUNDLE);
    await explorer.details.getByRole('button', { name: 'Draw them as one line on the graph' }).click();
    await expect.poll(() => explorer.visibleEdgeIds()).toContain(BUNDLE);
  });

  test('spread relations fan out without passing over another actor (one the straight line does not), within a bounded distance', async ({ explorer, page }) => {
    await explorer.open(`?bundle=${encodeURIComponent(BUNDLE)}`);
    await explorer.details.getByRole('button', { name: 'Spread them on the graph' }).click();
    await expect.poll(() => explorer.visibleEdgeIds()).not.toContain(BUNDLE);
    const drawn = new Set(await explorer.visibleEdgeIds());
    const spread = pairOf().filter((e) => drawn.has(e.id));
    expect(spread.length).toBeGreaterThanOrEqual(4);

    const { bodies, edges } = await fanGeometry(page);
    for (const e of spread) expect(edges.map((x) => x.id)).toContain(e.id);
    // Fanned apart: no two of the pair's curves share a control point.
    const controls = edges.filter((e) => spread.some((x) => x.id === e.id)).map((e) => JSON.stringify(e.controls.map((p) => [Math.round(p.x), Math.round(p.y)])));
    expect(new Set(controls).size).toBe(spread.length);
    const at = new Map(bodies.map((b) => [b.id, b]));
    /** Whether the straight line between two actors' centres crosses a body (the layout's doing, which no fan can undo). */
    const lineCrosses = (s: { x: number; y: number }, t: { x: number; y: number }, b: { x: number; y: number; r: number }): boolean => {
      for (let i = 0; i <= 64; i += 1) {
        const x = s.x + ((t.x - s.x) * i) / 64;
        const y = s.y + ((t.y - s.y) * i) / 64;
        if (Math.abs(x - b.x) <= b.r && Math.abs(y - b.y) <= b.r) return true;
      }
      return false;
    };
    const over: string[] = [];
    for (const e of edges) {
      // The drawn path: a quadratic curve from endpoint to endpoint through Cytoscape's control point.
      const c = e.controls[0] ?? { x: (e.from.x + e.to.x) / 2, y: (e.from.y + e.to.y) / 2 };
      const mid = { x: (e.from.x + e.to.x) / 2, y: (e.from.y + e.to.y) / 2 };
      expect(Math.hypot(c.x - mid.x, c.y - mid.y) / 2, `${e.id} bulges within the bound`).toBeLessThanOrEqual(50);
      const others = bodies.filter((b) => b.id !== e.source && b.id !== e.target && !lineCrosses(at.get(e.source)!, at.get(e.target)!, b));
      for (let i = 0; i <= 64; i += 1) {
        const t = i / 64;
        const x = (1 - t) ** 2 * e.from.x + 2 * t * (1 - t) * c.x + t ** 2 * e.to.x;
        const y = (1 - t) ** 2 * e.from.y + 2 * t * (1 - t) * c.y + t ** 2 * e.to.y;
        for (const b of others) if (Math.abs(x - b.x) <= b.r && Math.abs(y - b.y) <= b.r) over.push(`${e.id} over ${b.id}`);
      }
    }
    expect([...new Set(over)]).toEqual([]);
  });

  test('actors left without a visible relation fade after a filter, and come back with it', async ({ explorer }) => {
    const graph = committedGraph();
    await explorer.open();
    const byActor = new Map<string, Set<string>>();
    for (const e of graph.edges) for (const n of [e.source, e.target]) byActor.set(n, (byActor.get(n) ?? new Set()).add(e.type));
    const drawn = new Set(await explorer.visibleNodeIds());
    let actor: string | undefined;
    for (const [id, types] of byActor) if (types.size === 1 && drawn.has(id) && !(await explorer.classesOf(id)).includes('faded')) actor = actor ?? id;
    expect(actor, 'an actor with relations of one type only').toBeDefined();
    const type = graph.relationTypes.find((t) => t.id === [...byActor.get(actor!)!][0])!;
    await explorer.typeFilter(type.label).uncheck();
    await expect.poll(() => explorer.classesOf(actor!)).toContain('faded');
    expect(await explorer.visibleNodeIds()).toContain(actor);
    await explorer.typeFilter(type.label).check();
    await expect.poll(() => explorer.classesOf(actor!)).not.toContain('faded');
  });

  test('the search highlight ends with the pick; typing again highlights again', async ({ explorer }) => {
    await explorer.open();
    await explorer.search.fill('Wash');
    await expect(explorer.searchResults.getByRole('option', { name: /United States/ })).toBeVisible();
    await expect.poll(() => explorer.classesOf('united-states')).toContain('match');
    await explorer.search.press('ArrowDown');
    await explorer.search.press('Enter');
    await expect(explorer.detailsHeading).toHaveText('United States');
    // A "go to" box: the pick ends the search, text and marks.
    await expect(explorer.search).toHaveValue('');
    await expect.poll(() => explorer.classesOf('united-states')).not.toContain('match');
    await expect.poll(() => explorer.classesOf('united-states')).toContain('selected');

    await explorer.search.fill('Pakis');
    await expect.poll(() => explorer.classesOf('pakistan')).toContain('match');
    await explorer.searchResults.getByRole('option', { name: /Pakistan/ }).click();
    await expect(explorer.detailsHeading).toHaveText('Pakistan');
    await expect.poll(() => explorer.classesOf('pakistan')).not.toContain('match');
  });
});
