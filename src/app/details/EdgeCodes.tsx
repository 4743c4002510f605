// A relation's codes and raw fields, for analysts, behind the "Codes and metrics" disclosure: the
// type with its PLOVER and CAMEO codes, direction, date as coded, status, speaker and relay, ids,
// a draft's rule and confidence, and attributes carried over from an imported file.
import { dateIsInferred, formatEdtf } from '../../domain/edtf-format';
import type { GraphEdge } from '../../domain/graph-contract';
import { isDirected, nodeLabel } from '../../domain/graph-index';
import { claimWording, draftProvenance } from '../../domain/status';
import { useExplorer } from '../store/store-context';
import { ActorLink, StatusBadge } from '../ui/bits';
import { Attributes } from './DetailsSections';

export function EdgeCodes({ edge, synthetic }: { edge: GraphEdge; synthetic: boolean }) {
  const index = useExplorer((s) => s.index);
  const type = index.types.get(edge.type);
  const directed = isDirected(index, edge.type);
  const source = nodeLabel(index, edge.source);
  const target = nodeLabel(index, edge.target);
  const wording = claimWording(edge, edge.saidBy ? nodeLabel(index, edge.saidBy) : undefined);
  const provenance = draftProvenance(edge);
  return (
    <>
      <dl className="facts">
        <dt>Type</dt>
        <dd>
          {type?.label ?? edge.type} <span className="id-code">{edge.type}</span>
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
        <dd>
          {directed ? (
            <>
              <ActorLink id={edge.source} /> → <ActorLink id={edge.target} />
            </>
          ) : (
            `between ${source} and ${target} (undirected)`
          )}
        </dd>
        <dt>Date</dt>
        <dd>
          {edge.date ? (
            <>
              {formatEdtf(edge.date)} <span className="id-code">{edge.date}</span>
            </>
          ) : (
            <span className="muted">not stated</span>
          )}
          {edge.dateInfo && (
            <span className="date-words">
              from “{edge.dateInfo.text}”, read against {formatEdtf(edge.dateInfo.anchor)} ({edge.dateInfo.precision})
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
        {provenance && (
          <>
            <dt>Draft</dt>
            <dd>{provenance}</dd>
          </>
        )}
        <dt>Claim id</dt>
        <dd className="id-code">{edge.id}</dd>
        {edge.reports && (
          <>
            <dt>Report ids</dt>
            <dd>
              <ul className="plain-list">
                {edge.reports.map((r) => (
                  <li key={r.id} className="id-code">
                    {r.id}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {edge.attributes && <Attributes attributes={edge.attributes} />}
    </>
  );
}
