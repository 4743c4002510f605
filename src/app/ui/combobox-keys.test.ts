import { describe, expect, it } from 'vitest';
import { CLOSED, comboboxKey, type ComboboxState } from './combobox-keys';

const shownAt = (active: number): ComboboxState => ({ open: true, active });

/** The highlighted option after pressing keys one after another, the list showing three options. */
function after(keys: string[], start: ComboboxState = CLOSED, count = 3): ComboboxState {
  let state = start;
  for (const key of keys) state = comboboxKey(state, key, count, state.open)?.state ?? state;
  return state;
}

describe('combobox keyboard', () => {
  it('ArrowDown opens the list and highlights the first option, then the next', () => {
    expect(after(['ArrowDown'])).toEqual({ open: true, active: 0 });
    expect(after(['ArrowDown', 'ArrowDown'])).toEqual({ open: true, active: 1 });
  });

  it('ArrowDown past the last option wraps to the first', () => {
    expect(after(['ArrowDown'], shownAt(2))).toEqual({ open: true, active: 0 });
  });

  it('ArrowUp from no highlight goes to the last option, and from the first wraps to the last', () => {
    expect(after(['ArrowUp'])).toEqual({ open: true, active: 2 });
    expect(after(['ArrowUp'], shownAt(0))).toEqual({ open: true, active: 2 });
    expect(after(['ArrowUp'], shownAt(2))).toEqual({ open: true, active: 1 });
  });

  it('arrows with no options open the list but highlight nothing', () => {
    expect(after(['ArrowDown'], CLOSED, 0)).toEqual({ open: true, active: -1 });
    expect(after(['ArrowUp'], CLOSED, 0)).toEqual({ open: true, active: -1 });
  });

  it('arrows keep the caret where it is', () => {
    expect(comboboxKey(CLOSED, 'ArrowDown', 3, false)?.preventDefault).toBe(true);
    expect(comboboxKey(CLOSED, 'ArrowUp', 3, false)?.preventDefault).toBe(true);
  });

  it('Enter picks the highlighted option, or the first when none is, and closes the list', () => {
    expect(comboboxKey(shownAt(1), 'Enter', 3, true)).toEqual({ state: CLOSED, preventDefault: true, pick: 1, escape: null });
    expect(comboboxKey(shownAt(-1), 'Enter', 3, true)?.pick).toBe(0);
  });

  it('Enter does nothing when no list is shown or nothing matches', () => {
    expect(comboboxKey(shownAt(1), 'Enter', 3, false)).toBeNull();
    expect(comboboxKey(shownAt(-1), 'Enter', 0, true)).toBeNull();
  });

  it('Escape closes a shown list and clears the highlight', () => {
    expect(comboboxKey(shownAt(1), 'Escape', 3, true)).toEqual({ state: CLOSED, preventDefault: false, pick: null, escape: 'closed' });
  });

  it('Escape with no list shown is a dismissal (the search box then clears its text)', () => {
    expect(comboboxKey(shownAt(-1), 'Escape', 0, false)).toEqual({ state: { open: true, active: -1 }, preventDefault: false, pick: null, escape: 'dismissed' });
  });

  it('leaves other keys to the input', () => {
    expect(comboboxKey(shownAt(0), 'a', 3, true)).toBeNull();
    expect(comboboxKey(shownAt(0), 'Tab', 3, true)).toBeNull();
    expect(comboboxKey(shownAt(0), 'Home', 3, true)).toBeNull();
  });
});
