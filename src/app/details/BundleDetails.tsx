// The relations between two actors drawn as one line (a bundle, or a merged line at scale), as a
// list: each row says the claim in plain words with its type and status; picking one selects it
// (the graph spreads the bundle and highlights it). Drawing them spread or as one line stays a
// button away. Everything is rendered as text.
import { useMemo, useState } from 'react';
import { BUNDLE_THRESHOLD } from '../../domain/bundles';
import { claimSentence, claimStatement } from '../../domain/claims/claim-sentence';
import { formatCount } from '../../domain/count-format';
import { isDirected, nodeLabel } from '../../domain/graph-index';
import { pairRelations } from '../../domain/bundles';
import { edgeStatus, isSuggested, statusStyle } from '../../domain/status';
import { useActions, useExplorer } from '../store/store-context';
import { ActorLink, StatusBadge, TypeSwatch } from '../ui/bits';
import { ReviewChip } from './ReviewBadge';
import './BundleDetails.css';

/** Rows drawn before "Show all": a pair of a large corpus may have hundreds of relations. */
const ROWS_LISTED = 40;

/** Dated claims first, oldest first (EDTF strings sort by their year), then undated ones; ties by id. */
function byDate(a: { id: string; date?: string | undefined }, b: { id: string; date?: string | undefined }): number {
  if ((a.date ?? '') !== (b.date ?? '')) return a.date === undefined ? 1 : b.date === undefined ? -1 : a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function BundleDetails({ id }: { id: string }) {
  const index = useExplorer((s) => s.index);
  const visibleEdges = useExplorer((s) => s.visibility.edges);
  const bundle = useExplorer((s) => s.bundleStates.get(id));
  const { toggleBundle } = useActions();
  const [all, setAll] = useState(false);
  const members = useMemo(
    () => [...(pairRelations(index, id) ?? [])].map((m) => index.edges.get(m)!).sort(byDate),
    [index, id],
  );
  if (members.length === 0) return null;
  const first = members[0]!;
  const [a, b] = first.source < first.target ? [first.source, first.target] : [first.target, first.source];
  const hidden = members.filter((e) => !visibleEdges.has(e.id)).length;
  const listed = all ? members : members.slice(0, ROWS_LISTED);
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="eyebrow">Relations between two actors</p>
      <h2 id="details-title">
        {nodeLabel(index, a)} and {nodeLabel(index, b)}
      </h2>
      <p className="lead">
        {members.length} relations{hidden > 0 ? `, ${hidden} of them hidden by the filters` : ''}. Pick one to see its evidence.
      </p>
      <p className="bundle-ends">
        <ActorLink id={a} /> <ActorLink id={b} />
      </p>
      {bundle && bundle.visible.length >= BUNDLE_THRESHOLD && (
        <button type="button" className="text-button" onClick={() => toggleBundle(id)}>
          {bundle.collapsed ? 'Spread them on the graph' : 'Draw them as one line on the graph'}
        </button>
      )}
      <ul className="plain-list bundle-relations" aria-label={`Relations between ${nodeLabel(index, a)} and ${nodeLabel(index, b)}`}>
        {listed.map((e) => (
          <BundleRelation key={e.id} edgeId={e.id} visible={visibleEdges.has(e.id)} />
        ))}
      </ul>
      {!all && members.length > ROWS_LISTED && (
        <button type="button" className="text-button show-all" onClick={() => setAll(true)}>
          Show {formatCount(members.length - ROWS_LISTED)} more relations
        </button>
      )}
    </article>
  );
}

/** One relation of the pair: a button that selects it, reading as its claim. */
function BundleRelation({ edgeId, visible }: { edgeId: string; visible: boolean }) {
  const index = useExplorer((s) => s.index);
  const { selectEdge } = useActions();
  const edge = index.edges.get(edgeId)!;
  const type = index.types.get(edge.type);
  const status = edgeStatus(edge);
  const sentence = useMemo(() => claimSentence(index, index.edges.get(edgeId)!), [index, edgeId]);
  return (
    <li className={`bundle-relation${visible ? '' : ' is-filtered'}`}>
      <button type="button" className="bundle-pick" onClick={() => selectEdge(edgeId)} title="Show this relation and its evidence">
        <span className="bundle-type">
          <TypeSwatch color={type?.color ?? '#888'} line={statusStyle(status).line} arrow={isDirected(index, edge.type)} suggested={isSuggested(edge)} />
          {type?.label ?? edge.type}
        </span>
        <span className="bundle-claim">{claimStatement(sentence)}</span>
        <span className="bundle-meta">
          <StatusBadge status={status} />
          {sentence.when && <span className="bundle-when">{sentence.when}</span>}
          <ReviewChip edge={edge} />
          {!visible && <span className="filtered-note">hidden by filters</span>}
        </span>
      </button>
    </li>
  );
}
