// Rows of the details panel: a relation seen from an actor (or on its own), and evidence
// sentences grouped by document.
import { useMemo } from 'react';
import type { GraphEdge, Sentence } from '../../domain/graph-contract';
import { isDirected, nodeLabel, otherEnd } from '../../domain/graph-index';
import { dateIsInferred, formatEdtf, INFERRED_DATE_TITLE } from '../../domain/edtf-format';
import type { Mark } from '../../domain/selection';
import { edgeStatus, isSuggested, statusStyle } from '../../domain/status';
import { useActions, useExplorer } from '../store/store-context';
import { ActorLink, ClaimLine, MarkedText, TypeSwatch } from '../ui/bits';
import { ReviewChip } from './ReviewBadge';
import './RelationRow.css';

function directionOf(edge: GraphEdge, from: string, directed: boolean): { symbol: string; word: string } {
  if (!directed) return { symbol: '—', word: 'with' };
  if (edge.source === edge.target) return { symbol: '↻', word: 'self' };
  return edge.source === from ? { symbol: '→', word: 'to' } : { symbol: '←', word: 'from' };
}

/** One relation seen from an actor: direction, the other actor, date, status, and a way to the evidence. */
export function RelationRow({ edgeId, from }: { edgeId: string; from?: string }) {
  const index = useExplorer((s) => s.index);
  const selected = useExplorer((s) => s.selection?.kind === 'edge' && s.selection.id === edgeId);
  const visible = useExplorer((s) => s.visibility.edges.has(edgeId));
  const { selectEdge } = useActions();
  const edge = index.edges.get(edgeId)!;
  const type = index.types.get(edge.type);
  const directed = isDirected(index, edge.type);
  const name = `${nodeLabel(index, edge.source)} ${type?.label ?? edge.type} ${nodeLabel(index, edge.target)}`;
  return (
    <li className={`relation-row${selected ? ' is-selected' : ''}${visible ? '' : ' is-filtered'}`}>
      {from ? (
        <>
          <span className="direction" title={directed ? (edge.source === from ? 'outgoing' : 'incoming') : 'undirected'}>
            <span aria-hidden="true">{directionOf(edge, from, directed).symbol}</span> {directionOf(edge, from, directed).word}
          </span>
          <ActorLink id={otherEnd(edge, from)} />
        </>
      ) : (
        <span className="relation-ends">
          <ActorLink id={edge.source} />
          <span className="type-name">
            <TypeSwatch color={type?.color ?? '#888'} line={statusStyle(edgeStatus(edge)).line} arrow={directed} suggested={isSuggested(edge)} />
            {type?.label ?? edge.type}
          </span>
          <ActorLink id={edge.target} />
        </span>
      )}
      <span className="row-meta">
        {edge.date && (
          <span className="date" title={dateIsInferred(edge) ? INFERRED_DATE_TITLE : undefined}>
            {formatEdtf(edge.date)}
            {dateIsInferred(edge) && (
              <>
                <sup className="inferred-mark" aria-hidden="true">*</sup>
                <span className="visually-hidden"> (inferred)</span>
              </>
            )}
          </span>
        )}
        <ReviewChip edge={edge} />
        <ClaimLine edge={edge} />
        {!visible && <span className="filtered-note">hidden by filters</span>}
      </span>
      <button type="button" className="row-open" onClick={() => selectEdge(edgeId)} aria-label={`Evidence: ${name}`} title="Show this relation and its evidence">
        Evidence <span aria-hidden="true">›</span>
      </button>
    </li>
  );
}

function SentenceCard({ sentence, marks, showDocument = true }: { sentence: Sentence; marks: readonly Mark[] | undefined; showDocument?: boolean }) {
  const doc = useExplorer((s) => s.index.documents.get(sentence.documentId));
  const { readSentence } = useActions();
  return (
    <li className="sentence-card">
      {showDocument && doc && (
        <p className="doc-line">
          <span className="doc-title">{doc.title}</span> <span className="doc-meta">{formatEdtf(doc.published)}</span>
        </p>
      )}
      <blockquote>
        <MarkedText sentence={sentence} marks={marks} />
      </blockquote>
      <button type="button" className="text-button" onClick={() => readSentence(sentence.id)}>
        Show in article <span aria-hidden="true">›</span>
      </button>
    </li>
  );
}

/** Evidence sentences of one document, in text order, each with its quotes marked and a way to the reader. */
export function SentenceCards({ sentences, marks }: { sentences: readonly Sentence[]; marks: ReadonlyMap<string, readonly Mark[]> }) {
  return (
    <ol className="plain-list">
      {sentences.map((s) => (
        <SentenceCard key={s.id} sentence={s} marks={marks.get(s.id)} showDocument={false} />
      ))}
    </ol>
  );
}

/** The sentences of some ids, each once, in text order (for one report or one document). */
export function sentencesOf(sentenceById: ReadonlyMap<string, Sentence>, ids: Iterable<string>): Sentence[] {
  const out = new Map<string, Sentence>();
  for (const id of ids) {
    const s = sentenceById.get(id);
    if (s) out.set(s.id, s);
  }
  return [...out.values()].sort((a, b) => a.start - b.start);
}

/** Sentences grouped by document, each document once with its title and date. */
export function SentencesByDocument({ sentenceIds, marks }: { sentenceIds: readonly string[]; marks: ReadonlyMap<string, readonly Mark[]> }) {
  const index = useExplorer((s) => s.index);
  const groups = useMemo(() => {
    const byDoc = new Map<string, Sentence[]>();
    for (const id of sentenceIds) {
      const s = index.sentences.get(id);
      if (!s) continue;
      const list = byDoc.get(s.documentId) ?? [];
      list.push(s);
      byDoc.set(s.documentId, list);
    }
    for (const list of byDoc.values()) list.sort((a, b) => a.start - b.start);
    return [...byDoc.entries()];
  }, [index, sentenceIds]);
  return (
    <>
      {groups.map(([docId, sentences]) => {
        const doc = index.documents.get(docId);
        return (
          <div key={docId} className="doc-group">
            <h4>
              <span className="doc-title">{doc?.title ?? docId}</span> <span className="doc-meta">{doc ? formatEdtf(doc.published) : ''}</span>
            </h4>
            <SentenceCards sentences={sentences} marks={marks} />
          </div>
        );
      })}
    </>
  );
}
