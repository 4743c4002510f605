// How a relation's details open: the claim in plain words (its actors are links), who said it,
// who relayed it and when, and how sure it is; then the analyst's note, with any reference to
// another relation shown as that claim, never as an id.
import { Fragment, useMemo, type ReactNode } from 'react';
import { noteDocumentOf, noteParts, type NotePart } from '../../domain/claims/claim-notes';
import { statementRuns, type ClaimSentence } from '../../domain/claims/claim-sentence';
import { dateIsInferred, formatEdtf } from '../../domain/edtf-format';
import type { GraphEdge } from '../../domain/graph-contract';
import { claimWording } from '../../domain/status';
import { useActions, useExplorer } from '../store/store-context';
import { ActorLink, StatusBadge } from '../ui/bits';
import './ClaimHeading.css';

/** An actor's name inside the claim sentence: a link that selects the actor. */
function SentenceActor({ id, text }: { id: string; text: string }) {
  const selectNode = useExplorer((s) => s.selectNode);
  return (
    <button type="button" className="sentence-actor" onClick={() => selectNode(id)}>
      {text}
    </button>
  );
}

/** The claim in plain words as the details' heading. */
export function ClaimStatementHeading({ sentence }: { sentence: ClaimSentence }) {
  return (
    <h2 id="details-title" className="claim-sentence">
      {statementRuns(sentence).map((run, i) => (run.actor ? <SentenceActor key={i} id={run.actor} text={run.text} /> : <Fragment key={i}>{run.text}</Fragment>))}
    </h2>
  );
}

/** "Said by Zamir Kabulov · reported by TASS · published 5 Oct 2024", with the date's own words. */
export function ClaimAttribution({ edge, sentence, synthetic }: { edge: GraphEdge; sentence: ClaimSentence; synthetic: boolean }) {
  const parts: ReactNode[] = [];
  if (synthetic) parts.push(<span key="source">source not given (imported file, no source text)</span>);
  else if (sentence.speaker)
    parts.push(
      <span key="speaker">
        {sentence.speakerVerb} <ActorLink id={sentence.speaker.id} />
      </span>,
    );
  else if (edge.saidBy === undefined && edge.status && edge.status !== 'asserted') parts.push(<span key="speaker">speaker not named</span>);
  if (sentence.reporter)
    parts.push(
      <span key="reporter">
        reported by {'actor' in sentence.reporter ? <ActorLink id={sentence.reporter.actor.id} /> : sentence.reporter.outlets}
      </span>,
    );
  if (sentence.when)
    parts.push(
      <span key="when" className="claim-when">
        {sentence.when}
        {edge.dateInfo && (
          <span className="muted">
            {' '}
            (from “{edge.dateInfo.text}”, read against {formatEdtf(edge.dateInfo.anchor)})
          </span>
        )}
        {dateIsInferred(edge) && (
          <span className="muted"> ({synthetic ? 'given by the imported file' : 'inferred by the annotator; the text has no words for it'})</span>
        )}
      </span>,
    );
  if (parts.length === 0) return null;
  return (
    <p className="claim-attribution">
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          {i > 0 && <span className="visually-hidden">, </span>}
          {p}
        </Fragment>
      ))}
    </p>
  );
}

/** The status badge and what it means: "decided — A decision is reported; not yet carried out". */
export function ClaimStatusLine({ edge }: { edge: GraphEdge }) {
  const speaker = useExplorer((s) => (edge.saidBy ? s.index.nodes.get(edge.saidBy)?.label ?? edge.saidBy : undefined));
  const wording = claimWording(edge, speaker);
  return (
    <p className="claim-status-line">
      <StatusBadge status={wording.status} /> <span className="muted">{wording.description}</span>
    </p>
  );
}

/** A note with its references to other relations as buttons naming those claims. */
export function NoteText({ parts }: { parts: readonly NotePart[] }) {
  const { selectEdge } = useActions();
  return (
    <>
      {parts.map((p, i) =>
        p.kind === 'text' ? (
          <Fragment key={i}>{p.text}</Fragment>
        ) : (
          <button key={i} type="button" className="note-claim" onClick={() => selectEdge(p.claimId)} title="Show this claim">
            {p.text}
          </button>
        ),
      )}
    </>
  );
}

/** The claim's own note (the analyst's word on how it was coded). */
export function ClaimNote({ edge }: { edge: GraphEdge }) {
  const index = useExplorer((s) => s.index);
  const parts = useMemo(() => (edge.note ? noteParts(index, edge.note, noteDocumentOf(index, edge), edge.id) : []), [index, edge]);
  if (parts.length === 0) return null;
  return (
    <p className="claim-note">
      <span className="claim-note-label">Note</span> <NoteText parts={parts} />
    </p>
  );
}
