// Sources: the outlets whose articles report the claims, each with a checkbox and its number of
// claims, and the source diversity of the claims shown. A claim stays shown while any outlet that
// reports it is switched on.
import { useMemo, useState } from 'react';
import { outletRows, sourceDiversity } from '../../domain/claims/source-facet';
import { useActions, useExplorer } from '../store/store-context';
import { FilterCount } from './ReviewFilter';
import './SourcesFilter.css';

/** Beyond this many outlets (imported graphs without outlets list every article) the rest fold away. */
const FIRST_OUTLETS = 12;

export function SourcesFilter() {
  const index = useExplorer((s) => s.index);
  const hiddenOutlets = useExplorer((s) => s.filters.hiddenOutlets);
  const visibleEdges = useExplorer((s) => s.visibility.edges);
  const { toggleOutlet, showAllOutlets } = useActions();
  const [unfolded, setUnfolded] = useState(false);
  const rows = useMemo(() => outletRows(index), [index]);
  const diversity = useMemo(() => sourceDiversity(index, visibleEdges), [index, visibleEdges]);
  if (index.documents.size === 0) return null;

  const hidden = new Set(hiddenOutlets ?? []);
  const folded = !unfolded && rows.length > FIRST_OUTLETS + 2;
  // A switched-off outlet stays in view, so it can be switched back on.
  const shown = folded ? rows.filter((r, i) => i < FIRST_OUTLETS || hidden.has(r.outlet)) : rows;
  const { claims, corroborated, singleSource } = diversity;
  return (
    <section className="panel-section sources-filter" aria-labelledby="filter-sources">
      <div className="section-head">
        <h2 id="filter-sources">Sources</h2>
        <button type="button" className="text-button" onClick={showAllOutlets} disabled={hidden.size === 0} aria-label="Show all sources">
          All
        </button>
      </div>
      <p className="source-diversity" title="Of the claims shown. Sources are independent origins: two sites carrying the same agency story are one source.">
        {/* Each phrase stays whole (nowrap): the line wraps only at a dot. */}
        <span>
          <strong>{claims}</strong> claim{claims === 1 ? '' : 's'}
        </span>{' '}
        ·{' '}
        <span>
          <strong>{corroborated}</strong> from 2+ sources
        </span>{' '}
        ·{' '}
        <span>
          <strong>{singleSource}</strong> single-source
        </span>
      </p>
      <ul className="check-list">
        {shown.map((r) => (
          <li key={r.outlet} className={r.total === 0 ? 'is-empty' : undefined}>
            <label title={`Claims reported by ${r.outlet}; a claim stays shown while another outlet reports it`}>
              <input type="checkbox" checked={!hidden.has(r.outlet)} onChange={() => toggleOutlet(r.outlet)} />
              <span className="check-text source-name">{r.outlet}</span> <FilterCount total={r.total} drafts={r.drafts} />
            </label>
          </li>
        ))}
      </ul>
      {rows.length > FIRST_OUTLETS + 2 && (
        <button type="button" className="text-button sources-more" onClick={() => setUnfolded(!unfolded)} aria-expanded={unfolded}>
          {unfolded ? 'Show fewer sources' : `Show all ${rows.length} sources`}
        </button>
      )}
    </section>
  );
}
