// The details of a relation, evidence first: the claim in plain words with who said it, who
// relayed it and when; the exact words it rests on, with their speaker and article; how it is
// sourced and the claims it answers or overtakes; and, behind a disclosure, its codes and raw
// fields. Everything is rendered as text.
import { useMemo } from 'react';
import { BUNDLE_THRESHOLD, bundleIdOf } from '../../domain/bundles';
import { claimSentence } from '../../domain/claims/claim-sentence';
import { nodeLabel, isDirected, pairKey } from '../../domain/graph-index';
import { edgeStatus, isSuggested, statusStyle } from '../../domain/status';
import { restsOnSyntheticEvidence } from '../../domain/synthetic-evidence';
import { useActions, useExplorer } from '../store/store-context';
import { TypeSwatch } from '../ui/bits';
import { ClaimAttribution, ClaimNote, ClaimStatementHeading, ClaimStatusLine } from './ClaimHeading';
import { ClaimEvidence, ClaimLinkSections, SourcingSummary } from './ClaimSections';
import { CodesDisclosure } from './CodesDisclosure';
import { EdgeCodes } from './EdgeCodes';
import { RelationRow, SentencesByDocument } from './RelationRow';
import { DraftNotice } from './ReviewBadge';

export function EdgeDetails({ id }: { id: string }) {
  const index = useExplorer((s) => s.index);
  const focus = useExplorer((s) => s.focus);
  const edge = index.edges.get(id)!;
  const type = index.types.get(edge.type);
  const directed = isDirected(index, edge.type);
  const status = statusStyle(edgeStatus(edge));
  // Generated lines of an imported file (e.g. GEXF) are no article: never name one as the speaker.
  const synthetic = restsOnSyntheticEvidence(edge, (sid) => index.sentences.get(sid)?.documentId);
  const sentence = useMemo(() => claimSentence(index, edge), [index, edge]);
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
        <TypeSwatch color={type?.color ?? '#888'} line={status.line} arrow={directed} suggested={isSuggested(edge)} /> Relation · {type?.label ?? edge.type}
      </p>
      <ClaimStatementHeading sentence={sentence} />
      <ClaimAttribution edge={edge} sentence={sentence} synthetic={synthetic} />
      <ClaimStatusLine edge={edge} />
      <DraftNotice item={edge} of="relation" />
      {synthetic ? (
        <section className="details-section" aria-labelledby="edge-evidence">
          <h3 id="edge-evidence">
            Evidence <span className="count">{sentenceIds.length}</span>
          </h3>
          <SentencesByDocument sentenceIds={sentenceIds} marks={focus.marks} />
        </section>
      ) : (
        <ClaimEvidence edge={edge} marks={focus.marks} />
      )}
      {/* An imported file's generated lines have no outlet or article to count. */}
      {!synthetic && <SourcingSummary edge={edge} />}
      <ClaimNote edge={edge} />
      <ClaimLinkSections edge={edge} />
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
      <CodesDisclosure name="relation-codes">{() => <EdgeCodes edge={edge} synthetic={synthetic} />}</CodesDisclosure>
    </article>
  );
}
