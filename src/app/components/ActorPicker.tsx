// Picks one actor by typing part of its name or an alias (an ARIA combobox like the search box):
// arrows move, Enter or a click chooses, Escape closes.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { kindStyle } from '../../domain/kinds';
import { searchActors, type SearchHit } from '../../domain/search';
import { useExplorer } from '../store/store-context';
import { KindGlyph } from './bits';

export function ActorPicker({ label, value, onChange }: { label: string; value: string | null; onChange: (nodeId: string | null) => void }) {
  const index = useExplorer((s) => s.index);
  const chosen = value ? (index.nodes.get(value)?.label ?? value) : '';
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const id = useId();
  const shown = text ?? chosen;
  const hits = useMemo(() => (text === null ? [] : searchActors(index, text, 8)), [index, text]);
  const showList = open && text !== null && text.trim() !== '';

  const choose = (hit: SearchHit | undefined): void => {
    if (!hit) return;
    onChange(hit.nodeId);
    setText(null);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (hits.length ? (a + step + hits.length) % hits.length : -1));
    } else if (e.key === 'Enter') {
      if (showList && hits.length) {
        e.preventDefault();
        choose(hits[active >= 0 ? active : 0]);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
      setText(null);
      setActive(-1);
    }
  };

  const optionId = (i: number) => `${id}-opt-${i}`;
  return (
    <div className="actor-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Type a name or alias"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
        value={shown}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
          if (e.target.value === '') onChange(null);
        }}
        onFocus={(e) => e.target.select()}
        onBlur={() => {
          setOpen(false);
          setText(null);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={`Actors matching for ${label}`} className="search-results" hidden={!showList}>
        {showList && hits.length === 0 && (
          <li className="search-empty" role="option" aria-selected={false} aria-disabled="true">
            No actor matches “{text}”
          </li>
        )}
        {showList &&
          hits.map((hit, i) => (
            <li
              key={hit.nodeId}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(hit)}
              onMouseMove={() => setActive(i)}
            >
              <KindGlyph kind={hit.kind} />
              <span className="hit-label">{hit.label}</span>
              {hit.via === 'alias' && <span className="hit-alias">as “{hit.matched}”</span>}
              <span className="hit-kind">{kindStyle(hit.kind).label}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
