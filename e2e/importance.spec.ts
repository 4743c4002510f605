import type { GraphFile } from '../src/domain/graph-contract';
import { MAX_NODE_SIZE, MIN_NODE_SIZE, sizesFor } from '../src/domain/importance';
import { test, expect, committedGraph } from './support/fixtures';

/** Relations per actor; weighted, each relation counts once per sentence of its evidence. */
function degrees(graph: GraphFile, weighted = false): Map<string, number> {
  const out = new Map(graph.nodes.map((n) => [n.id, 0]));
  for (const e of graph.edges) {
    const w = weighted ? new Set(e.evidence.map((ev) => ev.sentenceId)).size : 1;
    for (const id of new Set([e.source, e.target])) out.set(id, out.get(id)! + w);
  }
  return out;
}

/**
 * Betweenness of each actor on the undirected graph of actors (two actors linked when they
 * have a relation), up to a constant factor: Brandes's algorithm, written here so that the
 * test does not take its answers from the code it checks.
 */
function betweenness(graph: GraphFile): Map<string, number> {
  const links = new Map(graph.nodes.map((n) => [n.id, new Set<string>()]));
  for (const e of graph.edges) {
    if (e.source === e.target) continue;
    links.get(e.source)?.add(e.target);
    links.get(e.target)?.add(e.source);
  }
  const out = new Map(graph.nodes.map((n) => [n.id, 0]));
  for (const s of links.keys()) {
    const order: string[] = [s];
    const dist = new Map([[s, 0]]);
    const paths = new Map([[s, 1]]);
    const preds = new Map<string, string[]>();
    for (let i = 0; i < order.length; i++) {
      const v = order[i]!;
      for (const w of links.get(v)!) {
        if (!dist.has(w)) {
          dist.set(w, dist.get(v)! + 1);
          order.push(w);
        }
        if (dist.get(w) === dist.get(v)! + 1) {
          paths.set(w, (paths.get(w) ?? 0) + paths.get(v)!);
          preds.set(w, [...(preds.get(w) ?? []), v]);
        }
      }
    }
    const delta = new Map<string, number>();
    for (const w of order.reverse()) {
      for (const v of preds.get(w) ?? []) delta.set(v, (delta.get(v) ?? 0) + (paths.get(v)! / paths.get(w)!) * (1 + (delta.get(w) ?? 0)));
      if (w !== s) out.set(w, out.get(w)! + (delta.get(w) ?? 0));
    }
  }
  return out;
}

/** "3 of 68": 1 + the number of actors with a clearly higher value (ties share a rank). */
function rankOf(values: ReadonlyMap<string, number>, id: string): string {
  const v = values.get(id)!;
  return `${1 + [...values.values()].filter((x) => x > v + 1e-9 * Math.abs(v) + 1e-12).length} of ${values.size}`;
}

// The metrics are unit-tested on small graphs (src/domain/analytics); here the explorer must
// show them for the committed graph. The actors to look at are picked from the data, not
// named, so that a new article does not break the test: the actor with the most relations; a
// broker, drawn smaller than a busier actor by relations but bigger by betweenness; and
// actors with relations whose neighbours all know each other, so that they broker nothing.
test.describe('importance', () => {
  test('the chosen metric sizes the actors, and the details list every value with its rank', async ({ explorer, page, pageProblems }) => {
    const graph = committedGraph();
    const label = (id: string) => graph.nodes.find((n) => n.id === id)!.label;
    const degree = degrees(graph);
    const weighted = degrees(graph, true);
    const between = betweenness(graph);
    const ranked = (values: ReadonlyMap<string, number>) => [...values.keys()].sort((a, b) => values.get(b)! - values.get(a)!);
    const byDegree = sizesFor('degree', degree);
    const byBetweenness = sizesFor('betweenness', between);

    const hub = ranked(degree)[0]!;
    const brokers = ranked(between);
    const pairs = brokers.flatMap((broker) =>
      [...degree.keys()]
        .filter((busy) => byDegree.get(busy)! > byDegree.get(broker)! && byBetweenness.get(broker)! > byBetweenness.get(busy)!)
        .map((busy) => ({ broker, busy })),
    );
    expect(pairs.length, 'some actor brokers more than a busier one').toBeGreaterThan(0);
    const { broker, busy } = pairs[0]!;
    const leaves = ranked(degree).filter((id) => degree.get(id)! > 0 && between.get(id) === 0);
    expect(leaves.length, 'some actor with relations brokers nothing').toBeGreaterThan(0);

    await explorer.open();
    await explorer.waitForAnalytics();
    await expect(explorer.sizeBy).toHaveValue('degree');
    const size = async (id: string) => (await explorer.nodeStyle(id))!.size;
    expect(await size(busy), `${busy} is drawn bigger than ${broker} by relations`).toBeGreaterThan(await size(broker));

    await explorer.sizeBy.selectOption({ label: 'Betweenness' });
    await expect.poll(() => size(broker), `${broker} is drawn bigger than ${busy} by betweenness`).toBeGreaterThan(await size(busy));
    expect(await size(brokers[0]!)).toBe(MAX_NODE_SIZE);
    for (const id of leaves) expect(await size(id), `${id} brokers nothing`).toBe(MIN_NODE_SIZE);
    await expect(page.getByRole('region', { name: 'Legend' })).toContainText('size: betweenness');
    await expect(page).toHaveURL(/size=betweenness/);

    await explorer.clickNode(hub);
    await expect(explorer.detailsHeading).toHaveText(label(hub));
    // Behind "Codes and metrics", which stays open for the next actor.
    await explorer.details.getByRole('button', { name: 'Codes and metrics' }).click();
    const table = explorer.details.getByRole('table', { name: /^Importance of this actor/ });
    const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')} `) });
    const n = graph.nodes.length;
    await expect(row('Relations (degree)')).toHaveText(`Relations (degree)${degree.get(hub)}${rankOf(degree, hub)}`);
    await expect(row('Evidence-weighted degree')).toHaveText(`Evidence-weighted degree${weighted.get(hub)}${rankOf(weighted, hub)}`);
    await expect(row('PageRank')).toHaveText(new RegExp(`^PageRank\\s*0\\.\\d{4}\\s*\\d+ of ${n}$`));
    await expect(row('Betweenness')).toHaveText(new RegExp(`^Betweenness\\s*0\\.\\d{3}\\s*${rankOf(between, hub)}$`));

    // Back to the graph, should opening the disclosure have scrolled the page.
    await page.locator('.graph-canvas').scrollIntoViewIfNeeded();
    const leaf = await explorer.clickableNode(leaves);
    expect(leaf, 'an actor that brokers nothing can be clicked').not.toBeNull();
    await explorer.clickNode(leaf!);
    await expect(explorer.detailsHeading).toHaveText(label(leaf!));
    await expect(row('Betweenness')).toHaveText(`Betweenness0${rankOf(between, leaf!)}`);

    // The ranking in the Analyse tab follows the chosen metric.
    await explorer.openAnalyse();
    const items = explorer.analyse.getByRole('region', { name: 'Most important by Betweenness' }).getByRole('listitem');
    await expect(items.nth(0)).toContainText(label(brokers[0]!));
    await expect(items.nth(1)).toContainText(label(brokers[1]!));
    await explorer.sizeBy.selectOption({ label: 'PageRank' });
    const byPagerank = explorer.analyse.getByRole('region', { name: 'Most important by PageRank' }).getByRole('listitem');
    await expect(byPagerank).not.toHaveCount(0);
    const values = (await byPagerank.locator('.count').allTextContents()).map(Number);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const top = (await byPagerank.nth(0).getByRole('button').first().textContent())!.trim();
    await expect.poll(() => size(graph.nodes.find((x) => x.label === top)!.id), `${top}, first by PageRank, is drawn biggest`).toBe(MAX_NODE_SIZE);
    // The metrics came from a Web Worker that the Content-Security-Policy allows.
    expect(pageProblems.csp).toEqual([]);
    expect(pageProblems.console).toEqual([]);
  });

  test('a shared link restores the size metric', async ({ explorer, page }) => {
    await explorer.open('?size=pagerank');
    await explorer.waitForAnalytics();
    await expect(explorer.sizeBy).toHaveValue('pagerank');
    await expect.poll(async () => (await explorer.nodeStyle('taliban'))!.size).toBe(MAX_NODE_SIZE);
    await expect(page.getByRole('region', { name: 'Legend' })).toContainText('size: pagerank');
  });
});
