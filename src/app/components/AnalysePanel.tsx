// The Analyse tab: "How is A connected to B?" (shortest paths, listed hop by hop with each
// relation's type, status and evidence: the screen-reader path through a path), focus on an
// actor's neighbourhood, and the ranking by the chosen importance metric.
import { useMemo, useState } from 'react';
import type { FocusDepth } from '../../domain/analytics/focus';
import type { PathHop } from '../../domain/analytics/paths';
import { formatEdtf } from '../../domain/edtf-format';
import { isDirected, nodeLabel } from '../../domain/graph-index';
import { formatMetric, SIZE_METRIC_LABEL } from '../../domain/importance';
import type { Mark } from '../../domain/selection';
import { edgeStatus, isSuggested, statusStyle } from '../../domain/status';
import { hiddenNeighboursOf } from '../store/selectors';
import { useActions, useExplorer } from '../store/store-context';
import { ActorPicker } from '../ui/ActorPicker';
import { ActorLink, ClaimLine, MarkedText, TypeSwatch } from '../ui/bits';
import { ReviewChip } from '../details/ReviewBadge';
import './AnalysePanel.css';

export function AnalysePanel() {
  return (
    <div className="analyse">
      <ConnectionsSection />
      <FocusSection />
      <RankingSection />
    </div>
  );
}

function useSelectedNode(): string | null {
  return useExplorer((s) => (s.selection?.kind === 'node' ? s.selection.id : null));
}

function ConnectionsSection() {
  const path = useExplorer((s) => s.path);
  const selected = useSelectedNode();
  const { findPath, setPathDirected, clearPath } = useActions();
  const [chosenFrom, setFrom] = useState<string | null>(path?.from ?? null);
  // Until the user picks one, the selected actor is where paths start.
  const from = chosenFrom ?? selected;
  const [to, setTo] = useState<string | null>(path?.to ?? null);
  const [directed, setDirected] = useState(path?.directed ?? false);
  // Follow a path restored from the URL or history.
  const [seen, setSeen] = useState(path);
  if (path !== seen) {
    setSeen(path);
    if (path) {
      setFrom(path.from);
      setTo(path.to);
      setDirected(path.directed);
    }
  }

  return (
    <section className="analyse-section" aria-labelledby="connections-title">
      <h2 id="connections-title">Connections</h2>
      <p className="muted small">How is one actor connected to another? The shortest chains of visible relations.</p>
      <form
        className="path-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (from && to) findPath(from, to, directed);
        }}
      >
        <ActorPicker label="From actor" value={from} onChange={setFrom} />
        <button
          type="button"
          className="swap-button"
          aria-label="Swap from and to"
          title="Swap"
          onClick={() => {
            setFrom(to);
            setTo(from);
          }}
        >
          ⇅
        </button>
        <ActorPicker label="To actor" value={to} onChange={setTo} />
        <fieldset className="radio-row">
          <legend>Direction</legend>
          <label>
            <input
              type="radio"
              name="path-direction"
              checked={!directed}
              onChange={() => {
                setDirected(false);
                setPathDirected(false);
              }}
            />
            Any direction
          </label>
          <label>
            <input
              type="radio"
              name="path-direction"
              checked={directed}
              onChange={() => {
                setDirected(true);
                setPathDirected(true);
              }}
            />
            Follow the arrows
          </label>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="primary-button" disabled={!from || !to}>
            Find paths
          </button>
          {selected && selected !== from && selected !== to && (
            <button type="button" className="text-button" onClick={() => (from ? setTo(selected) : setFrom(selected))}>
              Use the selected actor
            </button>
          )}
          {path && (
            <button type="button" className="text-button" onClick={clearPath}>
              Clear
            </button>
          )}
        </div>
      </form>
      <PathResult />
    </section>
  );
}

function PathResult() {
  const index = useExplorer((s) => s.index);
  const result = useExplorer((s) => s.pathResult);
  if (!result) return null;
  if (!result.found) {
    return (
      <p className="path-message" role="status">
        {result.message}
      </p>
    );
  }
  const { paths, length, totalPaths, truncated } = result;
  return (
    <div className="path-result">
      <p role="status">
        {totalPaths === 1 ? 'One shortest path' : `${totalPaths} shortest paths`} of {length} hop{length === 1 ? '' : 's'}
        {truncated ? `; the first ${paths.length} are listed` : ''}.
      </p>
      {paths.map((hops, i) => {
        const names = [hops[0]!.from, ...hops.map((h) => h.to)].map((id) => nodeLabel(index, id));
        return (
          <section key={i} className="path" aria-label={`Path ${i + 1}: ${names.join(' → ')}`}>
            {paths.length > 1 && <h3 className="path-title">Path {i + 1}</h3>}
            <p className="path-summary">{names.join(' → ')}</p>
            <ol className="hops">
              {hops.map((hop, j) => (
                <Hop key={j} hop={hop} />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

function Hop({ hop }: { hop: PathHop }) {
  return (
    <li className="hop">
      <p className="hop-ends">
        <ActorLink id={hop.from} /> <span aria-hidden="true">→</span>
        <span className="visually-hidden">to</span> <ActorLink id={hop.to} />
      </p>
      <ul className="plain-list hop-relations">
        {hop.edgeIds.map((id) => (
          <HopRelation key={id} edgeId={id} />
        ))}
      </ul>
      {hop.edgeIds.length > 1 && <p className="muted small">{hop.edgeIds.length} relations link these two actors.</p>}
    </li>
  );
}

function HopRelation({ edgeId }: { edgeId: string }) {
  const index = useExplorer((s) => s.index);
  const { selectEdge } = useActions();
  const edge = index.edges.get(edgeId)!;
  const type = index.types.get(edge.type);
  const directed = isDirected(index, edge.type);
  const first = edge.evidence[0]!;
  const sentence = index.sentences.get(first.sentenceId);
  const marks: Mark[] = edge.evidence.filter((ev) => ev.sentenceId === first.sentenceId).map((ev) => ({ start: ev.start, end: ev.end, kind: 'quote' }));
  const source = nodeLabel(index, edge.source);
  const target = nodeLabel(index, edge.target);
  return (
    <li className="hop-relation">
      <p className="hop-type">
        <TypeSwatch color={type?.color ?? '#888'} line={statusStyle(edgeStatus(edge)).line} arrow={directed} suggested={isSuggested(edge)} />
        <strong>{type?.label ?? edge.type}</strong>
        <span className="muted">
          {' '}
          {source} {directed ? '→' : '—'} {target}
        </span>
      </p>
      <p className="row-meta">
        {edge.date && <span className="date">{formatEdtf(edge.date)}</span>}
        <ReviewChip edge={edge} />
        <ClaimLine edge={edge} />
      </p>
      {sentence && (
        <blockquote className="hop-evidence">
          <MarkedText sentence={sentence} marks={marks} />
        </blockquote>
      )}
      <button type="button" className="text-button" onClick={() => selectEdge(edgeId)} aria-label={`Evidence of ${type?.label ?? edge.type}: ${source} ${directed ? '→' : '—'} ${target}`}>
        Evidence <span aria-hidden="true">›</span>
      </button>
    </li>
  );
}

const DEPTHS: FocusDepth[] = [1, 2, 3];

function FocusSection() {
  const index = useExplorer((s) => s.index);
  const focusView = useExplorer((s) => s.focusView);
  const visibility = useExplorer((s) => s.visibility);
  const selected = useSelectedNode();
  const hidden = useExplorer((s) => hiddenNeighboursOf(s, selected));
  const { focusOn, setFocusDepth, leaveFocus, expandNeighbours } = useActions();
  const [actor, setActor] = useState<string | null>(focusView?.nodeId ?? selected);
  const [depth, setDepth] = useState<FocusDepth>(focusView?.depth ?? 1);
  const [seen, setSeen] = useState(focusView);
  if (focusView !== seen) {
    setSeen(focusView);
    if (focusView) {
      setActor(focusView.nodeId);
      setDepth(focusView.depth);
    }
  }

  return (
    <section className="analyse-section" aria-labelledby="focus-title">
      <h2 id="focus-title">Focus</h2>
      <p className="muted small">Show only an actor’s neighbourhood, then bring in more on demand (or double-click an actor).</p>
      <form
        className="focus-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (actor) focusOn(actor, depth);
        }}
      >
        <ActorPicker label="Focus on" value={actor} onChange={setActor} />
        <fieldset className="radio-row">
          <legend>Steps away</legend>
          {DEPTHS.map((d) => (
            <label key={d}>
              <input
                type="radio"
                name="focus-depth"
                checked={depth === d}
                onChange={() => {
                  setDepth(d);
                  setFocusDepth(d);
                }}
              />
              {d}
            </label>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="primary-button" disabled={!actor}>
            Show neighbourhood
          </button>
          {selected && selected !== actor && (
            <button type="button" className="text-button" onClick={() => setActor(selected)}>
              Use the selected actor
            </button>
          )}
        </div>
      </form>
      {focusView && (
        <div className="focus-status">
          <p role="status">
            Showing {visibility.nodes.size} actor{visibility.nodes.size === 1 ? '' : 's'} around {nodeLabel(index, focusView.nodeId)}.
          </p>
          {selected && hidden.length > 0 && (
            <button type="button" className="secondary-button" onClick={() => expandNeighbours(selected)}>
              Show {hidden.length} hidden neighbour{hidden.length === 1 ? '' : 's'} of {nodeLabel(index, selected)}
            </button>
          )}
          <button type="button" className="secondary-button" onClick={leaveFocus}>
            Show the whole graph
          </button>
        </div>
      )}
    </section>
  );
}

function RankingSection() {
  const index = useExplorer((s) => s.index);
  const sizeBy = useExplorer((s) => s.sizeBy);
  const analytics = useExplorer((s) => s.analytics);
  const error = useExplorer((s) => s.analyticsError);
  const top = useMemo(() => {
    if (!analytics) return [];
    const { metrics, ranks } = analytics.metrics;
    // The ten best of tens of thousands: keep the ranks that can make it, then sort those only.
    const ranked = index.file.nodes.map((n) => ({ id: n.id, rank: ranks[n.id]?.[sizeBy] ?? null })).filter((r) => r.rank !== null);
    const cut = ranked.length > 10 ? [...ranked.map((r) => r.rank!)].sort((a, b) => a - b)[9]! : Infinity;
    return ranked
      .filter((r) => r.rank! <= cut)
      .sort((a, b) => a.rank! - b.rank! || nodeLabel(index, a.id).localeCompare(nodeLabel(index, b.id)))
      .slice(0, 10)
      .map((r) => ({ ...r, value: metrics[r.id]?.[sizeBy] ?? null }));
  }, [analytics, index, sizeBy]);
  return (
    <section className="analyse-section" aria-labelledby="ranking-title">
      <h2 id="ranking-title">Most important by {SIZE_METRIC_LABEL[sizeBy]}</h2>
      {error && <p className="muted">Importance could not be computed: {error}</p>}
      {!analytics && !error && <p className="muted">Computing…</p>}
      {analytics && (
        <ol className="plain-list ranked">
          {top.map((r) => (
            <li key={r.id}>
              <span className="rank">{r.rank}</span>
              <ActorLink id={r.id} centre />
              <span className="count">{formatMetric(sizeBy, r.value)}</span>
            </li>
          ))}
        </ol>
      )}
      <p className="muted small">Choose the metric with “Size by” above the graph.</p>
    </section>
  );
}
