// Actor search as an ARIA combobox: type to see matches (labels and aliases), arrows to move,
// Enter to choose (selects and centres the actor), Escape to close.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { searchActors, type SearchHit } from '../../domain/search';
import { useExplorer } from '../store/store-context';
import { actorOptionId, ActorOptions } from '../ui/ActorOptions';

export function SearchBox() {
  const index = useExplorer((s) => s.index);
  const query = useExplorer((s) => s.query);
  const setSearchQuery = useExplorer((s) => s.setSearchQuery);
  const selectNode = useExplorer((s) => s.selectNode);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const hits = useMemo(() => searchActors(index, query, 8), [index, query]);
  const showList = open && query.trim() !== '';

  const choose = (hit: SearchHit | undefined): void => {
    if (!hit) return;
    selectNode(hit.nodeId, { centre: true });
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (hits.length ? (a + 1) % hits.length : -1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (hits.length ? (a <= 0 ? hits.length - 1 : a - 1) : -1));
    } else if (e.key === 'Enter') {
      if (showList && hits.length) {
        e.preventDefault();
        choose(hits[active >= 0 ? active : 0]);
      }
    } else if (e.key === 'Escape') {
      if (showList) setOpen(false);
      else setSearchQuery('');
      setActive(-1);
    }
  };

  const optionId = (i: number) => actorOptionId(listId, i);
  return (
    <div className="search">
      <label className="search-label" htmlFor={`${listId}-input`}>
        Search actors
      </label>
      <div className="search-field">
        <svg className="search-icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <line x1="10.8" y1="10.8" x2="14.5" y2="14.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <input
          id={`${listId}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder="Name or alias, e.g. Washington"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
          value={query}
          onChange={(e) => {
            setSearchQuery(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
      </div>
      <ActorOptions listId={listId} label="Matching actors" shown={showList} query={query} hits={hits} active={active} onChoose={choose} onActive={setActive} />
      <p className="visually-hidden" aria-live="polite">
        {showList ? `${hits.length} actor${hits.length === 1 ? '' : 's'} found` : ''}
      </p>
    </div>
  );
}
