// Sections of an actor's (and a relation's) details: actions, importance, imported attributes.
import { formatMetric, SIZE_METRICS, SIZE_METRIC_HELP, SIZE_METRIC_LABEL } from '../../domain/importance';
import { hiddenNeighboursOf } from '../store/selectors';
import { useActions, useExplorer } from '../store/store-context';
import './DetailsSections.css';

/** Focus on the actor, ask how it is connected, or bring in neighbours a focus hides. */
export function NodeActions({ id }: { id: string }) {
  const focusView = useExplorer((s) => s.focusView);
  const hidden = useExplorer((s) => hiddenNeighboursOf(s, id));
  const { focusOn, expandNeighbours, showPanel } = useActions();
  return (
    <div className="node-actions">
      {focusView?.nodeId !== id && (
        <button type="button" className="secondary-button" onClick={() => focusOn(id)}>
          Focus on its neighbourhood
        </button>
      )}
      {hidden.length > 0 && (
        <button type="button" className="secondary-button" onClick={() => expandNeighbours(id)}>
          Show {hidden.length} hidden neighbour{hidden.length === 1 ? '' : 's'}
        </button>
      )}
      <button type="button" className="secondary-button" onClick={() => showPanel('analyse')}>
        Find connections
      </button>
    </div>
  );
}

/** The actor's importance by every metric, with its rank among all actors. */
export function Importance({ id }: { id: string }) {
  const analytics = useExplorer((s) => s.analytics);
  const error = useExplorer((s) => s.analyticsError);
  const sizeBy = useExplorer((s) => s.sizeBy);
  const total = useExplorer((s) => s.index.nodes.size);
  const values = analytics?.metrics.metrics[id];
  const ranks = analytics?.metrics.ranks[id];
  return (
    <section className="details-section" aria-labelledby="node-importance">
      <h3 id="node-importance">Importance</h3>
      {error && <p className="muted">Not available: {error}</p>}
      {!analytics && !error && <p className="muted">Computing…</p>}
      {values && ranks && (
        <table className="metrics-table">
          <caption className="visually-hidden">Importance of this actor by each metric, with its rank among {total} actors (1 = most important)</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col" className="num">
                Value
              </th>
              <th scope="col" className="num">
                Rank
              </th>
            </tr>
          </thead>
          <tbody>
            {SIZE_METRICS.map((m) => (
              <tr key={m} className={m === sizeBy ? 'is-current' : undefined} title={SIZE_METRIC_HELP[m]}>
                <th scope="row">{SIZE_METRIC_LABEL[m]}</th>
                <td className="num">{formatMetric(m, values[m])}</td>
                <td className="num">{ranks[m] === null ? '–' : `${ranks[m]} of ${total}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Attributes carried over from an imported file (GEXF, GraphML), as they were. */
export function Attributes({ attributes }: { attributes: Readonly<Record<string, string | number | boolean>> }) {
  const entries = Object.entries(attributes);
  if (entries.length === 0) return null;
  return (
    <section className="details-section" aria-labelledby="attributes-title">
      <h3 id="attributes-title">Attributes from the file</h3>
      <dl className="facts attributes">
        {entries.map(([k, v]) => (
          <div key={k} className="fact">
            <dt>{k}</dt>
            <dd>{String(v)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
