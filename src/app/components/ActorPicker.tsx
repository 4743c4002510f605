// Picks one actor by typing part of its name or an alias (an ARIA combobox like the search box):
// arrows move, Enter or a click chooses, Escape closes.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { searchActors, type SearchHit } from '../../domain/search';
import { useExplorer } from '../store/store-context';
import { actorOptionId, ActorOptions } from '../ui/ActorOptions';

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

  const optionId = (i: number) => actorOptionId(`${id}-list`, i);
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
      <ActorOptions
        listId={`${id}-list`}
        label={`Actors matching for ${label}`}
        shown={showList}
        query={text ?? ''}
        hits={hits}
        active={active}
        onChoose={choose}
        onActive={setActive}
      />
    </div>
  );
}
