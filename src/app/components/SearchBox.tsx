// Actor search as an ARIA combobox: type to see matches (labels and aliases), arrows to move,
// Enter to choose (selects and centres the actor), Escape to close (and, with no list, to clear).
// Choosing ends the search, as a "go to" box does: the text and the marks on the graph go, so they
// never compete with the selection's highlight (and a shared link names the actor, not the query).
import { useMemo } from 'react';
import { searchActors } from '../../domain/search';
import { useExplorer } from '../store/store-context';
import { ActorOptions } from '../ui/ActorOptions';
import { useCombobox } from '../ui/use-combobox';
import './SearchBox.css';

export function SearchBox() {
  const index = useExplorer((s) => s.index);
  const query = useExplorer((s) => s.query);
  const setSearchQuery = useExplorer((s) => s.setSearchQuery);
  const pickSearchResult = useExplorer((s) => s.pickSearchResult);
  const hits = useMemo(() => searchActors(index, query, 8), [index, query]);
  const combo = useCombobox({
    options: hits,
    hasQuery: query.trim() !== '',
    onPick: (hit) => pickSearchResult(hit.nodeId),
    onEscape: (closed) => {
      if (!closed) setSearchQuery('');
    },
  });
  const showList = combo.shown;

  return (
    <div className="search">
      <label className="search-label" htmlFor={combo.inputProps.id}>
        Search actors
      </label>
      <div className="search-field">
        <svg className="search-icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <line x1="10.8" y1="10.8" x2="14.5" y2="14.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <input
          {...combo.inputProps}
          placeholder="Name or alias, e.g. Washington"
          value={query}
          onChange={(e) => {
            setSearchQuery(e.target.value);
            combo.typed();
          }}
          onFocus={() => combo.setOpen(true)}
          onBlur={() => combo.setOpen(false)}
        />
      </div>
      <ActorOptions
        listId={combo.listId}
        label="Matching actors"
        shown={showList}
        query={query}
        hits={hits}
        active={combo.active}
        onChoose={combo.pick}
        onActive={combo.setActive}
      />
      <p className="visually-hidden" aria-live="polite">
        {showList ? `${hits.length} actor${hits.length === 1 ? '' : 's'} found` : ''}
      </p>
    </div>
  );
}
