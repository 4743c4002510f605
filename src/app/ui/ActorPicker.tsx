// Picks one actor by typing part of its name or an alias (an ARIA combobox like the search box):
// arrows move, Enter or a click chooses, Escape closes.
import { useMemo, useState } from 'react';
import { searchActors } from '../../domain/search';
import { useExplorer } from '../store/store-context';
import { ActorOptions } from './ActorOptions';
import { useCombobox } from './use-combobox';
import './ActorPicker.css';

export function ActorPicker({ label, value, onChange }: { label: string; value: string | null; onChange: (nodeId: string | null) => void }) {
  const index = useExplorer((s) => s.index);
  const chosen = value ? (index.nodes.get(value)?.label ?? value) : '';
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? chosen;
  const hits = useMemo(() => (text === null ? [] : searchActors(index, text, 8)), [index, text]);
  // Choosing, Escape and leaving the field all drop the typed text: the chosen actor shows again.
  const combo = useCombobox({
    options: hits,
    hasQuery: text !== null && text.trim() !== '',
    onPick: (hit) => {
      onChange(hit.nodeId);
      setText(null);
    },
    onEscape: () => setText(null),
  });

  return (
    <div className="actor-picker">
      <label htmlFor={combo.inputProps.id}>{label}</label>
      <input
        {...combo.inputProps}
        placeholder="Type a name or alias"
        value={shown}
        onChange={(e) => {
          setText(e.target.value);
          combo.typed();
          if (e.target.value === '') onChange(null);
        }}
        onFocus={(e) => e.target.select()}
        onBlur={() => {
          combo.setOpen(false);
          setText(null);
        }}
      />
      <ActorOptions
        listId={combo.listId}
        label={`Actors matching for ${label}`}
        shown={combo.shown}
        query={text ?? ''}
        hits={hits}
        active={combo.active}
        onChoose={combo.pick}
        onActive={combo.setActive}
      />
    </div>
  );
}
