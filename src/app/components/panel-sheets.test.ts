import { describe, expect, it } from 'vitest';
import { resized, sheetAfterClearing, sheetAfterSelection, sheetModeOf, shownSheet, sizeOf, toggledSheet, type OpenSheet, type SheetId } from './panel-sheets';

const IDS: SheetId[] = ['filters', 'table', 'details'];

const details = (size: 'peek' | 'full'): OpenSheet => ({ id: 'details', size });

describe('panel sheets', () => {
  it('each layout has its sheets: all three on a phone, the filters drawer on a tablet, none wide', () => {
    expect(IDS.map((id) => sheetModeOf('phone', id))).toEqual(['bottom', 'bottom', 'bottom']);
    expect(IDS.map((id) => sheetModeOf('tablet', id))).toEqual(['side', 'off', 'off']);
    expect(IDS.map((id) => sheetModeOf('wide', id))).toEqual(['off', 'off', 'off']);
  });

  it('a sheet left open on a phone is not shown where its panel is in place, and a drawer has one height', () => {
    expect(shownSheet(details('peek'), 'tablet')).toBeNull();
    expect(shownSheet(details('full'), 'wide')).toBeNull();
    expect(shownSheet({ id: 'filters', size: 'peek' }, 'tablet')).toEqual({ id: 'filters', size: 'full' });
    expect(sizeOf({ id: 'filters', size: 'peek' }, 'phone', 'filters')).toBe('peek');
    expect(sizeOf({ id: 'filters', size: 'peek' }, 'phone', 'table')).toBe('closed');
  });

  it('a panel button opens its sheet in place of another (at peek height on a phone) and closes it when open', () => {
    expect(toggledSheet(null, 'phone', 'table')).toEqual({ id: 'table', size: 'peek' });
    expect(toggledSheet(details('full'), 'phone', 'table')).toEqual({ id: 'table', size: 'peek' });
    expect(toggledSheet(details('full'), 'phone', 'details')).toBeNull();
    expect(toggledSheet(null, 'tablet', 'filters')).toEqual({ id: 'filters', size: 'full' });
    expect(toggledSheet({ id: 'filters', size: 'full' }, 'tablet', 'filters')).toBeNull();
  });

  it('a selection on a phone opens the details at peek height, keeping a height the user chose', () => {
    expect(sheetAfterSelection(null, 'phone')).toEqual(details('peek'));
    expect(sheetAfterSelection({ id: 'filters', size: 'full' }, 'phone')).toEqual(details('peek'));
    expect(sheetAfterSelection(details('full'), 'phone')).toEqual(details('full'));
  });

  it('a selection on a tablet closes the filters drawer; wide has nothing to open', () => {
    expect(sheetAfterSelection({ id: 'filters', size: 'full' }, 'tablet')).toBeNull();
    expect(sheetAfterSelection(null, 'wide')).toBeNull();
  });

  it('clearing the selection closes details at peek height only', () => {
    expect(sheetAfterClearing(details('peek'), 'phone')).toBeNull();
    expect(sheetAfterClearing(details('full'), 'phone')).toEqual(details('full'));
    const filters: OpenSheet = { id: 'filters', size: 'peek' };
    expect(sheetAfterClearing(filters, 'phone')).toBe(filters);
  });

  it("a sheet's own request changes only that sheet", () => {
    expect(resized(details('peek'), 'details', 'full')).toEqual(details('full'));
    expect(resized(details('peek'), 'details', 'closed')).toBeNull();
    // A closing request from a sheet that is no longer the open one leaves the open one alone.
    expect(resized(details('peek'), 'filters', 'closed')).toEqual(details('peek'));
  });
});
