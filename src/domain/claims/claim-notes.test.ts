// Notes refer to other relations by id ("(r61)"): the page shows the claim instead, or nothing.
// The last test reads every text the relation details show for every claim of data/graph.json.
import { describe, expect, it } from 'vitest';
import graphText from '../../../data/graph.json?raw';
import { validateGraph } from '../graph-contract';
import { buildGraphIndex, nodeLabel } from '../graph-index';
import { claimWording } from '../status';
import { actorSummary, keyClaims } from './actor-summary';
import { noteDocumentOf, noteParts, noteText } from './claim-notes';
import { attributionParts, claimSentence, claimStatement } from './claim-sentence';
import { speakerLine } from './claim-text';
import { reportViews } from './claim-view';

const checked = validateGraph(JSON.parse(graphText));
if (!checked.ok) throw new Error(`data/graph.json does not validate: ${JSON.stringify(checked.issues)}`);
const graph = checked.graph;
const index = buildGraphIndex(graph);
const SEED = '000_13209300025090b4';

describe('noteParts', () => {
  it("shows Pakistan's denial's reference to the accusation as that claim, in plain words", () => {
    const denial = index.edges.get(`${SEED}#r62`)!;
    expect(denial.note).toContain('(r61)');
    const parts = noteParts(index, denial.note!, noteDocumentOf(index, denial), denial.id);
    expect(parts).toEqual([
      { kind: 'text', text: "Pakistani officials refute the Taliban's charges (" },
      { kind: 'claim', claimId: `${SEED}#r61`, text: 'The Taliban accused Pakistan' },
      { kind: 'text', text: ') as unfounded; date not given.' },
    ]);
  });

  it('finds the claim a reference names when it is a report of a claim first told elsewhere', () => {
    // The UAE article's r10 is a report of the claim first built from the Frontier Post article.
    const gaac = index.edges.get('2024-08-23_uae-accepts-taliban-ambassador#r07')!;
    const parts = noteParts(index, gaac.note!, noteDocumentOf(index, gaac), gaac.id);
    expect(parts.find((p) => p.kind === 'claim')).toEqual({
      kind: 'claim',
      claimId: '2024-08-22_taliban-ambassador-uae#r08',
      text: 'The United Arab Emirates supported the Taliban',
    });
  });

  it('drops a reference to no other claim, and what it leaves behind', () => {
    expect(noteText(noteParts(index, 'Undated (see r99). Same as r62.', SEED, `${SEED}#r62`))).toBe('Undated. Same as.');
    expect(noteText(noteParts(index, 'As told (r61), then denied.', SEED, `${SEED}#r61`))).toBe('As told, then denied.');
    expect(noteText(noteParts(index, `Full id ${SEED}#r61 too.`, SEED, 'x'))).toBe('Full id The Taliban accused Pakistan too.');
    expect(noteParts(index, 'No reference here.', SEED, 'x')).toEqual([{ kind: 'text', text: 'No reference here.' }]);
  });
});

/** Ids a reader must never see: a relation's number in its article, a document's id, an actor's id. */
function idsIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\(r\d+\)|\br\d{1,5}\b|#r\d+/g)) found.push(m[0]);
  for (const d of graph.documents) if (text.includes(d.id)) found.push(d.id);
  // Actor ids that differ from every spelling of the actor ("zamir-kabulov", not "Russia").
  for (const n of graph.nodes) if (n.id.includes('-') && text.includes(n.id)) found.push(n.id);
  return found;
}

describe('the texts the details show', () => {
  it('hold no internal reference for any claim or actor of data/graph.json', () => {
    // Before the notes went through noteParts, four notes showed "(r61)", "(r03)", "r01", "(r10)".
    expect(graph.edges.filter((e) => e.note && idsIn(e.note).length > 0).length).toBeGreaterThan(0);
    const shown: Array<[string, string]> = [];
    for (const edge of graph.edges) {
      const s = claimSentence(index, edge);
      shown.push([edge.id, claimStatement(s)], [edge.id, attributionParts(s).join(' · ')], [edge.id, claimWording(edge, nodeLabel(index, edge.saidBy)).description]);
      if (edge.note) shown.push([edge.id, noteText(noteParts(index, edge.note, noteDocumentOf(index, edge), edge.id))]);
      for (const view of reportViews(index, edge)) {
        const r = view.report;
        shown.push([r.id, view.outlet], [r.id, view.document?.title ?? ''], [r.id, speakerLine(r).lead]);
        if (r.note) shown.push([r.id, noteText(noteParts(index, r.note, r.documentId, edge.id))]);
      }
    }
    for (const node of graph.nodes) {
      shown.push([node.id, actorSummary(index, node.id)]);
      for (const edge of keyClaims(index, node.id)) shown.push([node.id, claimStatement(claimSentence(index, edge))]);
    }
    const leaks = shown.flatMap(([where, text]) => idsIn(text).map((id) => `${where}: "${id}" in "${text}"`));
    expect(leaks).toEqual([]);
  });
});
