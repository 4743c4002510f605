// The keyboard of an ARIA combobox with a list of options (the actor search, the path pickers),
// as a pure function of its state, so that it is tested without a browser (use-combobox.ts
// wires it to React).

export interface ComboboxState {
  /** Whether the list may show (it shows only while there is text to match, too). */
  open: boolean;
  /** The highlighted option (aria-activedescendant), -1 for none. */
  active: number;
}

export const CLOSED: ComboboxState = { open: false, active: -1 };

export interface ComboboxKeyOutcome {
  state: ComboboxState;
  /** Keep the key from the input (arrows would move the caret, Enter submit a form). */
  preventDefault: boolean;
  /** The option Enter chose. */
  pick: number | null;
  /** Escape: 'closed' when it closed the list shown, 'dismissed' when no list was shown. */
  escape: 'closed' | 'dismissed' | null;
}

/**
 * What a key does. `count` is the number of options, `shown` whether the list is on screen.
 * The arrows open the list and move through the options, wrapping at both ends; Enter picks the
 * highlighted option (the first when none is); Escape closes. null: the key is not the combobox's.
 */
export function comboboxKey(state: ComboboxState, key: string, count: number, shown: boolean): ComboboxKeyOutcome | null {
  const { active } = state;
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    let next = -1;
    if (count > 0) {
      if (key === 'ArrowDown') next = (active + 1) % count;
      else next = active <= 0 ? count - 1 : active - 1;
    }
    return { state: { open: true, active: next }, preventDefault: true, pick: null, escape: null };
  }
  if (key === 'Enter') {
    if (!shown || count === 0) return null;
    return { state: CLOSED, preventDefault: true, pick: active >= 0 ? active : 0, escape: null };
  }
  if (key === 'Escape') {
    return { state: { open: shown ? false : state.open, active: -1 }, preventDefault: false, pick: null, escape: shown ? 'closed' : 'dismissed' };
  }
  return null;
}
