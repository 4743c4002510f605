// The details of a relation: a claim, with its sourcing, the facts it states, the claims it is
// linked to over time, and the reports (or the evidence) it rests on. Everything is rendered as text.
import { useMemo } from 'react';
import { BUNDLE_THRESHOLD, bundleIdOf } from '../../domain/bundles';
import { dateIsInferred, formatEdtf } from '../../domain/edtf-format';
import { isDirected, nodeLabel, pairKey } from '../../domain/graph-index';
import { claimWording, edgeStatus, isSuggested, statusStyle } from '../../domain/status';
import { restsOnSyntheticEvidence } from '../../domain/synthetic-evidence';
import { useActions, useExplorer } from '../store/store-context';
import { ActorLink, StatusBadge, TypeSwatch } from '../ui/bits';
import { ClaimLinkSections, ClaimReports, SourcingSummary } from './ClaimSections';
import { Attributes } from './DetailsSections';
import { RelationRow, SentencesByDocument } from './RelationRow';
import { DraftNotice } from './ReviewBadge';

export function EdgeDetails({ id }: { id: string }) {
  const index = useExplorer((s) => s.index);
  const focus = useExplorer((s) => s.focus);
  const edge = index.edges.get(id)!;
  const type = index.types.get(edge.type);
  const directed = isDirected(index, edge.type);
  const status = statusStyle(edgeStatus(edge));
  const wording = claimWording(edge, edge.saidBy ? nodeLabel(index, edge.saidBy) : undefined);
  // Generated lines of an imported file (e.g. GEXF) are no article: never name one as the speaker.
  const synthetic = restsOnSyntheticEvidence(edge, (sid) => index.sentences.get(sid)?.documentId);
  const sentenceIds = useMemo(() => [...new Set(edge.evidence.map((ev) => ev.sentenceId))], [edge]);
  const siblings = (index.parallel.get(pairKey(edge.source, edge.target)) ?? []).filter((e) => e !== id);
  const bundleId = bundleIdOf(edge.source, edge.target);
  const bundle = useExplorer((s) => s.bundleStates.get(bundleId));
  const { toggleBundle } = useActions();
  const source = nodeLabel(index, edge.source);
  const target = nodeLabel(index, edge.target);

  return (
    <article className="details" aria-labelledby="details-title">
      <p className="eyebrow">
        <TypeSwatch color={type?.color ?? '#888'} line={status.line} arrow={directed} suggested={isSuggested(edge)} /> Relation
      </p>
      <h2 id="details-title">{type?.label ?? edge.type}</h2>
      <DraftNotice item={edge} of="relation" />
      <p className="relation-ends big">
        <ActorLink id={edge.source} />
        <span className="arrow" aria-label={directed ? 'to' : 'and'}>
          {directed ? '→' : '—'}
        </span>
        <ActorLink id={edge.target} />
      </p>
      {/* An imported file's generated lines have no outlet or article to count. */}
      {!synthetic && <SourcingSummary edge={edge} />}
      <dl className="facts">
        <dt>Type</dt>
        <dd>
          {type?.label ?? edge.type}
          {type && (
            <span className="muted">
              {' '}
              · {type.polarity}
              {type.mode ? `, ${type.mode}` : ''}
              {type.plover ? ` · PLOVER ${type.plover}` : ''}
              {type.cameo ? ` · CAMEO ${type.cameo}` : ''}
            </span>
          )}
          {type?.description && <span className="type-description">{type.description}</span>}
        </dd>
        <dt>Direction</dt>
        <dd>{directed ? `${source} → ${target}` : `between ${source} and ${target} (undirected)`}</dd>
        <dt>Date</dt>
        <dd>
          {edge.date ? formatEdtf(edge.date) : <span className="muted">not stated</span>}
          {edge.dateInfo && (
            <span className="date-words">
              from “{edge.dateInfo.text}”, read against {formatEdtf(edge.dateInfo.anchor)}
            </span>
          )}
          {dateIsInferred(edge) && (
            <span className="date-words date-inferred">
              {synthetic ? 'given by the imported file' : `inferred by the annotator${edge.note ? ' (see note)' : ''}`}; the text has no words for it
            </span>
          )}
        </dd>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={wording.status} /> <span className="muted">{wording.description}</span>
        </dd>
        <dt>Said by</dt>
        <dd>
          {edge.saidBy ? (
            <ActorLink id={edge.saidBy} />
          ) : (
            <span className="muted">{synthetic ? 'not given (imported file, no source text)' : wording.status === 'asserted' ? 'the article' : 'not named'}</span>
          )}
        </dd>
        {edge.reportedBy && (
          <>
            <dt>Reported by</dt>
            <dd>
              <ActorLink id={edge.reportedBy} />
            </dd>
          </>
        )}
        {edge.note && (
          <>
            <dt>Note</dt>
            <dd>{edge.note}</dd>
          </>
        )}
      </dl>
      {edge.attributes && <Attributes attributes={edge.attributes} />}
      <ClaimLinkSections edge={edge} />
      {edge.reports ? (
        <ClaimReports edge={edge} marks={focus.marks} />
      ) : (
        <section className="details-section" aria-labelledby="edge-evidence">
          <h3 id="edge-evidence">
            Evidence <span className="count">{sentenceIds.length}</span>
          </h3>
          <SentencesByDocument sentenceIds={sentenceIds} marks={focus.marks} />
        </section>
      )}
      {siblings.length > 0 && (
        <section className="details-section" aria-labelledby="edge-siblings">
          <h3 id="edge-siblings">
            Other relations between {source} and {target}
          </h3>
          {bundle && bundle.visible.length >= BUNDLE_THRESHOLD && (
            <button type="button" className="text-button" onClick={() => toggleBundle(bundleId)}>
              {bundle.collapsed ? 'Spread them on the graph' : 'Draw them as one bundle on the graph'}
            </button>
          )}
          <ul className="plain-list">
            {siblings.map((s) => (
              <RelationRow key={s} edgeId={s} />
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

