// An ARIA combobox over a list of options (the actor search, the path pickers): which option is
// highlighted, whether the list is open, the keyboard (combobox-keys.ts) and the ARIA wiring of
// the input. The component keeps its text, its options and what choosing one does.
import { useCallback, useId, useState, type KeyboardEvent } from 'react';
import { CLOSED, comboboxKey, type ComboboxState } from './combobox-keys';

/** The id of option `i` of a combobox's list (what aria-activedescendant names). */
export function optionId(listId: string, i: number): string {
  return `${listId}-opt-${i}`;
}

export interface ComboboxOptions<T> {
  options: readonly T[];
  /** Whether there is text to match: the list shows only then, and only while open. */
  hasQuery: boolean;
  /** An option was chosen (Enter or a click); the list closes. */
  onPick(option: T): void;
  /** Escape: `closed` when it closed the list shown, false when no list was shown. */
  onEscape?(closed: boolean): void;
}

export function useCombobox<T>({ options, hasQuery, onPick, onEscape }: ComboboxOptions<T>) {
  const id = useId();
  const listId = `${id}-list`;
  const [state, setState] = useState<ComboboxState>(CLOSED);
  const shown = state.open && hasQuery;

  const pick = (option: T | undefined): void => {
    if (option === undefined) return;
    onPick(option);
    setState(CLOSED);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    const outcome = comboboxKey(state, e.key, options.length, shown);
    if (!outcome) return;
    if (outcome.preventDefault) e.preventDefault();
    setState(outcome.state);
    if (outcome.pick !== null) pick(options[outcome.pick]);
    if (outcome.escape) onEscape?.(outcome.escape === 'closed');
  };

  // Unchanged state is returned as is, so that React skips the render (mouse moves, refocus).
  const setActive = useCallback((active: number) => setState((s) => (s.active === active ? s : { ...s, active })), []);
  const setOpen = useCallback((open: boolean) => setState((s) => (s.open === open ? s : { ...s, open })), []);

  return {
    listId,
    shown,
    active: state.active,
    setActive,
    /** Opens or closes the list, keeping the highlight. */
    setOpen,
    /** The text changed: the list opens afresh, with nothing highlighted. */
    typed: () => setState({ open: true, active: -1 }),
    pick,
    /** The input's id, role, ARIA state and keyboard (no autocomplete or spelling marks of the browser's own). */
    inputProps: {
      id: `${id}-input`,
      type: 'text',
      role: 'combobox',
      autoComplete: 'off',
      spellCheck: false,
      'aria-autocomplete': 'list',
      'aria-expanded': shown,
      'aria-controls': listId,
      'aria-activedescendant': shown && state.active >= 0 ? optionId(listId, state.active) : undefined,
      onKeyDown,
    } as const,
  };
}
