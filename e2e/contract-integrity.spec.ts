// The browser's loader refuses what the pipeline refuses, with the same messages and field paths:
// on the main thread for a small file, in the check worker (zod jitless) for a large one.
import type { GraphFile } from '../src/domain/graph-contract';
import { test, expect, smallGraph } from './support/fixtures';

/** The fixture with a repeated relation type id, an edge named like a node, a bodyStart past the text and two overlapping sentences. */
function broken(): { graph: GraphFile; problems: string[] } {
  const g = smallGraph();
  g.relationTypes.push({ ...g.relationTypes[0]! });
  const last = g.relationTypes.length - 1;
  const linked = new Set(g.edges.flatMap((e) => [...(e.supersedes ?? []), ...(e.contradicts ?? []), ...(e.answers ?? [])]));
  const at = g.edges.findIndex((e) => !linked.has(e.id) && !e.reports);
  g.edges[at]!.id = g.nodes[0]!.id;
  const doc = g.documents[1]!;
  doc.bodyStart = doc.text.length + 1;
  const [s0, s1] = [g.sentences[0]!, g.sentences[1]!];
  expect(s1.documentId).toBe(s0.documentId);
  s1.start = s0.end - 1;
  s1.text = g.documents[0]!.text.slice(s1.start, s1.end);
  return {
    graph: g,
    problems: [
      `documents[1].bodyStart: ${doc.text.length + 1} is beyond the end of the text (length ${doc.text.length})`,
      `sentences[1].start: offsets ${s1.start}..${s1.end} overlap sentence "${s0.id}" (${s0.start}..${s0.end}, sentences[0]): a document's sentences are listed in text order without overlap`,
      `relationTypes[${last}].id: duplicate relation type id "${g.relationTypes[0]!.id}" (first at relationTypes[0].id)`,
      `edges[${at}].id: edge id "${g.nodes[0]!.id}" is already the id of a node (nodes[0].id): relation types, nodes and edges need distinct ids`,
    ],
  };
}

test.describe('the contract in the browser', () => {
  test('a small file: the integrity problems are listed with their paths', async ({ explorer, page }) => {
    const { graph, problems } = broken();
    await explorer.serveGraph('/graphs/clash.json', graph);
    await page.goto('/?graph=/graphs/clash.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('/graphs/clash.json does not follow the graph contract (4 problems).');
    for (const p of problems) await expect(alert).toContainText(p);
  });

  test('a large file, checked in the worker: the same problems', async ({ explorer, page }) => {
    const { graph, problems } = broken();
    // Above 2,000,000 characters the check runs in the worker.
    graph.documents.push({ id: 'padding', title: 'Padding', published: '2024-10-05', text: 'x'.repeat(2_100_000) });
    await explorer.serveGraph('/graphs/clash-large.json', graph);
    const worker = page.waitForEvent('worker', (w) => w.url().includes('graph-check'));
    await page.goto('/?graph=/graphs/clash-large.json');
    await worker;
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('/graphs/clash-large.json does not follow the graph contract (4 problems).');
    for (const p of problems) await expect(alert).toContainText(p);
  });

  test('a published date that is no calendar day is refused, not shown as a year', async ({ explorer, page }) => {
    const g = smallGraph();
    g.documents[0]!.published = '2024-02-30';
    await explorer.serveGraph('/graphs/date.json', g);
    await page.goto('/?graph=/graphs/date.json');
    await expect(page.getByRole('alert')).toContainText('documents[0].published: "2024-02-30" is not a calendar day');
  });
});
