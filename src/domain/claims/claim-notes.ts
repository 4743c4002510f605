// An analyst's note as the page shows it. Notes refer to other relations of their article by id
// ("refute the Taliban's charges (r61)"); an id means nothing to a reader, so each becomes a link
// to that claim, named in plain words, or is dropped when it names no other claim.
import type { GraphEdge } from '../graph-contract';
import { claimIdOf, type GraphIndex } from '../graph-index';
import { claimSentence, claimStatement } from './claim-sentence';

export type NotePart = { kind: 'text'; text: string } | { kind: 'claim'; claimId: string; text: string };

/** A relation's id within its article ("r61"), alone or after the article's id ("doc#r61"). */
const RELATION_REF = /(?:[\w.:-]+#)?\br\d{1,5}\b/g;

/** Tidies what a dropped reference leaves behind: "()", "(see )", a space before punctuation. */
function tidy(text: string): string {
  return text
    .replace(/\(\s*(?:see(?: also)?\s*)?\)/gi, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.;:)])/g, '$1');
}

/** The document a claim's own note was written in: the report that carries it, else its first. */
export function noteDocumentOf(index: GraphIndex, edge: GraphEdge): string {
  const report = edge.reports?.find((r) => r.note === edge.note) ?? edge.reports?.[0];
  return report?.documentId ?? index.sentences.get(edge.evidence[0]!.sentenceId)?.documentId ?? '';
}

/**
 * A note split into text and links to the claims it refers to. `documentId` is the article the
 * note was written for (its references are relations of that article); `selfId` the claim shown,
 * which a note never links to.
 */
export function noteParts(index: GraphIndex, note: string, documentId: string, selfId: string): NotePart[] {
  const parts: NotePart[] = [];
  let text = '';
  let last = 0;
  for (const m of note.matchAll(RELATION_REF)) {
    text += note.slice(last, m.index);
    last = m.index + m[0].length;
    const ref = m[0].includes('#') ? m[0] : `${documentId}#${m[0]}`;
    const claimId = claimIdOf(index, ref);
    const claim = claimId === undefined || claimId === selfId ? undefined : index.edges.get(claimId);
    if (!claim) continue;
    parts.push({ kind: 'text', text });
    text = '';
    parts.push({ kind: 'claim', claimId: claim.id, text: claimStatement(claimSentence(index, claim)) });
  }
  text += note.slice(last);
  parts.push({ kind: 'text', text });
  // Tidy each text run, and across a dropped reference's neighbours; keep no empty runs.
  return parts.map((p) => (p.kind === 'text' ? { ...p, text: tidy(p.text) } : p)).filter((p) => p.kind === 'claim' || p.text !== '');
}

/** The note as plain text, references read as their claims (for tests and tooltips). */
export function noteText(parts: readonly NotePart[]): string {
  return parts.map((p) => p.text).join('');
}
