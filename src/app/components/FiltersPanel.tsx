// Filters: relation types (with counts, colours of the legend, "all" and "only"), polarity,
// sources (outlets), review state, actor kinds, and hiding actors without visible relations.
import { useMemo } from 'react';
import { polaritiesInUse } from '../../domain/filters';
import type { Polarity } from '../../domain/graph-contract';
import { kindStyle } from '../../domain/kinds';
import { useActions, useExplorer } from '../store/store-context';
import { KindGlyph, TypeSwatch } from '../ui/bits';
import { FilterCount, ReviewFilter, useDraftCounts } from './ReviewFilter';
import { SourcesFilter } from './SourcesFilter';
import './FiltersPanel.css';

const POLARITY_LABEL: Record<Polarity, string> = { cooperation: 'Cooperation', conflict: 'Conflict', neutral: 'Neutral' };

export function FiltersPanel() {
  const index = useExplorer((s) => s.index);
  const filters = useExplorer((s) => s.filters);
  const visibility = useExplorer((s) => s.visibility);
  const actions = useActions();
  const drafts = useDraftCounts();
  const polarities = useMemo(() => polaritiesInUse(index), [index]);
  const polarityCounts = useMemo(() => {
    const counts = new Map<Polarity, number>();
    for (const e of index.file.edges) {
      const p = index.types.get(e.type)?.polarity;
      if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    return counts;
  }, [index]);
  const hiddenTypes = new Set(filters.hiddenTypes);
  const types = index.file.relationTypes;

  return (
    <div className="filters">
      <section className="panel-section" aria-labelledby="filter-types">
        <div className="section-head">
          <h2 id="filter-types">Relation types</h2>
          <button type="button" className="text-button" onClick={actions.showAllRelationTypes} disabled={hiddenTypes.size === 0} aria-label="Show all relation types">
            All
          </button>
        </div>
        <ul className="check-list type-list">
          {types.map((t) => {
            const count = index.typeCounts.get(t.id) ?? 0;
            const on = !hiddenTypes.has(t.id);
            return (
              <li key={t.id} className={count === 0 ? 'is-empty' : undefined}>
                <label title={t.description}>
                  <input type="checkbox" checked={on} onChange={() => actions.toggleRelationType(t.id)} style={{ accentColor: t.color }} />
                  <TypeSwatch color={t.color} arrow={t.directed !== false} />
                  <span className="check-text">{t.label}</span> <FilterCount total={count} drafts={drafts.byType.get(t.id) ?? 0} />
                </label>
                <button type="button" className="only-button" onClick={() => actions.showOnlyRelationType(t.id)} aria-label={`Show only ${t.label}`}>
                  only
                </button>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="panel-section" aria-labelledby="filter-polarity">
        <div className="section-head">
          <h2 id="filter-polarity">Polarity</h2>
        </div>
        <ul className="check-list">
          {polarities.map((p) => (
            <li key={p}>
              <label>
                <input type="checkbox" checked={!filters.hiddenPolarities.includes(p)} onChange={() => actions.togglePolarity(p)} />
                <span className={`polarity-dot polarity-${p}`} aria-hidden="true" />
                <span className="check-text">{POLARITY_LABEL[p]}</span> <FilterCount total={polarityCounts.get(p) ?? 0} drafts={drafts.byPolarity.get(p) ?? 0} />
              </label>
            </li>
          ))}
        </ul>
      </section>

      <SourcesFilter />

      <ReviewFilter />

      <section className="panel-section" aria-labelledby="filter-kinds">
        <div className="section-head">
          <h2 id="filter-kinds">Actor kinds</h2>
        </div>
        <ul className="check-list">
          {index.kinds.map((k) => (
            <li key={k}>
              <label>
                <input type="checkbox" checked={!filters.hiddenKinds.includes(k)} onChange={() => actions.toggleKind(k)} />
                <KindGlyph kind={k} />
                <span className="check-text">{kindStyle(k).label}</span>{' '}
                <FilterCount total={index.kindCounts.get(k) ?? 0} drafts={drafts.byKind.get(k) ?? 0} noun="proposed" />
              </label>
            </li>
          ))}
        </ul>
        <label className="toggle-row">
          <input type="checkbox" checked={filters.hideIsolated} onChange={(e) => actions.setHideIsolated(e.target.checked)} />
          <span>Hide actors without visible relations</span>
        </label>
      </section>
      <p className="filter-summary" aria-live="polite">
        Showing {visibility.nodes.size} of {index.nodes.size} actors and {visibility.edges.size} of {index.edges.size} relations
      </p>
    </div>
  );
}
