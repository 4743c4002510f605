// Which panel is open as a sheet on narrow screens: at most one at a time. The phone has three
// (filters, relations table, details); the tablet one (the filters, as a side drawer); wide none.
import type { LayoutMode } from '../ui/layout-mode';
import type { SheetMode, SheetSize } from '../ui/sheet-size';

export type SheetId = 'filters' | 'table' | 'details';

export interface OpenSheet {
  readonly id: SheetId;
  readonly size: Exclude<SheetSize, 'closed'>;
}

const SHEETS: Record<LayoutMode, readonly SheetId[]> = { wide: [], tablet: ['filters'], phone: ['filters', 'table', 'details'] };

export function sheetsOf(layout: LayoutMode): readonly SheetId[] {
  return SHEETS[layout];
}

/** The sheet this layout shows: a phone's sheet left open is forgotten on a wider screen, where the panel is in place. */
export function shownSheet(open: OpenSheet | null, layout: LayoutMode): OpenSheet | null {
  if (!open || !SHEETS[layout].includes(open.id)) return null;
  // A side drawer has one height.
  return layout === 'tablet' ? { id: open.id, size: 'full' } : open;
}

/** The size one sheet has now. */
export function sizeOf(open: OpenSheet | null, layout: LayoutMode, id: SheetId): SheetSize {
  const shown = shownSheet(open, layout);
  return shown?.id === id ? shown.size : 'closed';
}

/** A panel button: opens its sheet (at peek height on the phone) in place of another, or closes it when it is open. */
export function toggledSheet(open: OpenSheet | null, layout: LayoutMode, id: SheetId): OpenSheet | null {
  if (shownSheet(open, layout)?.id === id) return null;
  return { id, size: layout === 'phone' ? 'peek' : 'full' };
}

/**
 * A new selection on the phone opens the details at peek height, so that the graph stays in
 * view; details already open keep their height. On a tablet the details are in place and the
 * filters drawer closes: it would cover the actor just centred (a search's pick).
 */
export function sheetAfterSelection(open: OpenSheet | null, layout: LayoutMode): OpenSheet | null {
  if (layout === 'tablet') return null;
  if (layout !== 'phone') return open;
  const shown = shownSheet(open, layout);
  return shown?.id === 'details' ? shown : { id: 'details', size: 'peek' };
}

/** The selection was cleared (a tap on the background): details at peek height close, as a map's place card does. */
export function sheetAfterClearing(open: OpenSheet | null, layout: LayoutMode): OpenSheet | null {
  const shown = shownSheet(open, layout);
  return shown?.id === 'details' && shown.size === 'peek' ? null : open;
}

/** A sheet asked for a new size (its buttons, its bar, Escape). */
export function resized(open: OpenSheet | null, id: SheetId, size: SheetSize): OpenSheet | null {
  if (size === 'closed') return open?.id === id ? null : open;
  return { id, size };
}

/** How a panel shows in a layout: as itself, as a bottom sheet, or as a side drawer. */
export function sheetModeOf(layout: LayoutMode, id: SheetId): SheetMode {
  if (!SHEETS[layout].includes(id)) return 'off';
  return layout === 'phone' ? 'bottom' : 'side';
}
