import { mkdirSync } from 'node:fs';
import { BUNDLE_THRESHOLD } from '../src/domain/bundles';
import { test, expect, committedGraph, findEdge } from './support/fixtures';

test.describe('the graph canvas', () => {
  test('clicking a node shows the actor, its relations by type, and the sentences that mention it', async ({ explorer, page }) => {
    const graph = committedGraph();
    const pakistan = graph.nodes.find((n) => n.id === 'pakistan')!;
    await explorer.open();
    await explorer.clickNode('pakistan');

    await expect(explorer.detailsHeading).toHaveText('Pakistan');
    const details = explorer.details;
    await expect(details.getByText('State', { exact: true })).toBeVisible();
    await expect(details.getByRole('listitem').filter({ hasText: 'Islamabad' }).first()).toBeVisible();
    // Relations grouped by type, each row naming the other actor with direction and status.
    await expect(details.getByRole('heading', { name: /^Accusation/, level: 4 })).toBeVisible();
    const accusationRow = details
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: 'Taliban', exact: true }) })
      .filter({ hasText: 'alleged' });
    await expect(accusationRow).toContainText('from');
    // Every sentence that mentions Pakistan, with the mention marked.
    const sentences = new Set(pakistan.mentions.map((m) => m.sentenceId));
    await expect(details.getByRole('heading', { name: `Mentioned in ${sentences.size} sentences` })).toBeVisible();
    const mentioned = details.getByRole('region', { name: /^Mentioned in/ });
    await expect(mentioned.locator('blockquote')).toHaveCount(sentences.size);
    const marked = await mentioned.locator('mark').allTextContents();
    expect(marked.sort()).toEqual(pakistan.mentions.map((m) => m.text!).sort());
    await expect(details.getByText(graph.documents[0]!.title).first()).toBeVisible();

    // The canvas marks the selection and dims what is not around it.
    expect(await page.evaluate(() => window.__kgExplorer!.classesOf('pakistan'))).toContain('selected');
    expect(await page.evaluate(() => window.__kgExplorer!.classesOf('russia'))).toContain('dimmed');
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/selection.png' });

    // From a row, on to the other actor.
    await accusationRow.getByRole('button', { name: 'Taliban', exact: true }).click();
    await expect(explorer.detailsHeading).toHaveText('Taliban');
  });

  test('clicking an edge shows the claim: type, direction, date words, status, speaker and quoted evidence', async ({ explorer, page }) => {
    const graph = committedGraph();
    const id = findEdge(graph, 'taliban', 'accusation', 'pakistan');
    const edge = graph.edges.find((e) => e.id === id)!;
    await explorer.open();
    // When the Taliban and Pakistan have enough relations to be drawn as one bundle, the user
    // spreads it first and then picks the accusation.
    const pair = graph.edges.filter((e) => [e.source, e.target].sort().join('|') === 'pakistan|taliban');
    if (pair.length >= BUNDLE_THRESHOLD) {
      await explorer.clickEdge('bundle:pakistan|taliban');
      await explorer.details.getByRole('button', { name: 'Spread them on the graph' }).click();
      await expect.poll(() => explorer.visibleEdgeIds()).toContain(id);
    }
    await explorer.clickEdge(id);

    await expect(explorer.detailsHeading).toHaveText('The Taliban accused Pakistan');
    await expect(explorer.details.getByText('Relation · Accusation')).toBeVisible();
    // The coded fields, behind the "Codes and metrics" disclosure.
    await explorer.details.getByRole('button', { name: 'Codes and metrics' }).click();
    const facts = explorer.details.locator('dl');
    await expect(facts).toContainText('Taliban → Pakistan');
    await expect(facts).toContainText(`from “${edge.dateInfo!.text}”`);
    await expect(facts.locator('.status')).toHaveText('alleged');
    await expect(facts).toContainText('Said by');
    const quotes = await explorer.details.locator('mark.mark-quote').allTextContents();
    expect(quotes.join(' ')).toContain(edge.evidence[0]!.quote);
    expect(await page.evaluate((e) => window.__kgExplorer!.classesOf(e), id)).toContain('selected');
  });

  test('a fact stated by a named speaker rests on the speaker; a date without source words says it was inferred', async ({ explorer }) => {
    const graph = committedGraph();
    // Muttaqi's support for Russia: asserted, said by Muttaqi, dated by the annotator (no date words).
    const id = findEdge(graph, 'taliban', 'support', 'russia');
    const edge = graph.edges.find((e) => e.id === id)!;
    expect(edge).toMatchObject({ status: 'asserted', saidBy: 'amir-khan-muttaqi' });
    expect(edge.dateInfo).toBeUndefined();
    // It is drawn inside the Russia–Taliban bundle, so select it through the URL.
    await explorer.open(`?edge=${encodeURIComponent(id)}`);
    await explorer.details.getByRole('button', { name: 'Codes and metrics' }).click();
    const facts = explorer.details.locator('dl');
    await expect(facts.locator('.status')).toHaveText('asserted');
    await expect(facts).toContainText('Stated by Amir Khan Muttaqi; the claim rests on their words');
    await expect(facts).not.toContainText('Reported as fact');
    await expect(facts).not.toContainText('the article');
    await expect(facts.locator('.date-inferred')).toHaveText('inferred by the annotator (see note); the text has no words for it');
  });

  test('hovering a node highlights its neighbourhood and dims the rest', async ({ explorer, page }) => {
    await explorer.open();
    await explorer.hoverNode('pakistan');
    const classes = (id: string) => page.evaluate((x) => window.__kgExplorer!.classesOf(x), id);
    await expect.poll(() => classes('pakistan')).toContain('hovered');
    expect(await classes('taliban')).not.toContain('dimmed');
    expect(await classes('karen-decker')).toContain('dimmed');
    await page.mouse.move(5, 5);
    await expect.poll(() => classes('karen-decker')).not.toContain('dimmed');
  });

  test('many relations between two actors are one bundle with a count, which expands on click', async ({ explorer, page }) => {
    const graph = committedGraph();
    const members = graph.edges.filter((e) => [e.source, e.target].sort().join('|') === 'russia|taliban').map((e) => e.id);
    // The committed graph has ten relations between Russia and the Taliban.
    expect(members.length).toBeGreaterThanOrEqual(4);
    await explorer.open();
    const bundle = 'bundle:russia|taliban';
    expect(await explorer.visibleEdgeIds()).toContain(bundle);
    // Some members are only hoped for: the bundle is drawn dotted, not as a solid fact.
    expect(graph.edges.some((e) => members.includes(e.id) && e.status === 'hoped')).toBe(true);
    expect(await page.evaluate((b) => window.__kgExplorer!.edgeLine(b), bundle)).toBe('dotted');
    expect(await explorer.edgeMidpoint(members[0]!)).toBeNull();
    await explorer.clickEdge(bundle);
    await explorer.details.getByRole('button', { name: 'Spread them on the graph' }).click();
    await expect.poll(() => explorer.visibleEdgeIds()).not.toContain(bundle);
    const drawn = await explorer.visibleEdgeIds();
    for (const m of members) expect(drawn).toContain(m);
    await page.getByRole('button', { name: 'Reset layout' }).click();
    await expect.poll(() => explorer.visibleEdgeIds()).toContain(bundle);
  });
});
