// The header's panel buttons on narrow screens: each opens its panel as a sheet (Filters on a
// tablet; Filters, Relations and Details on a phone) or closes it when it is open.
import type { LayoutMode } from '../ui/layout-mode';
import { sheetsOf, shownSheet, type OpenSheet, type SheetId } from './panel-sheets';

export const SHEET_ELEMENT_ID: Record<SheetId, string> = { filters: 'sheet-filters', table: 'sheet-table', details: 'sheet-details' };
export const SHEET_BUTTON_ID: Record<SheetId, string> = { filters: 'show-filters', table: 'show-table', details: 'show-details' };

const LABEL: Record<SheetId, string> = { filters: 'Filters', table: 'Relations', details: 'Details' };

const ICON: Record<SheetId, string> = {
  filters: 'M2 3.5h12l-4.6 5.4v4.2L6.6 14.5V8.9z',
  table: 'M2.5 3h11M2.5 6.3h11M2.5 9.7h11M2.5 13h11',
  details: 'M3 2.5h10v11H3zM5.5 5.5h5M5.5 8h5M5.5 10.5h3',
};

export function PanelButtons({ layout, open, onToggle }: { layout: LayoutMode; open: OpenSheet | null; onToggle(id: SheetId): void }) {
  const ids = sheetsOf(layout);
  if (ids.length === 0) return null;
  const shown = shownSheet(open, layout);
  return (
    <nav className="panel-buttons" aria-label="Panels">
      {ids.map((id) => (
        <button
          key={id}
          id={SHEET_BUTTON_ID[id]}
          type="button"
          className="panel-button"
          aria-expanded={shown?.id === id}
          aria-controls={SHEET_ELEMENT_ID[id]}
          onClick={() => onToggle(id)}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d={ICON[id]} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span>{LABEL[id]}</span>
        </button>
      ))}
    </nav>
  );
}
