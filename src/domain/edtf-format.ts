// Human-readable dates for EDTF-style strings (2024-10-04, 2024-07, 2003/.., 1979/1989).
/** Short English month names, January first. */
export const MONTHS: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatPoint(point: string): string {
  const [y, m, d] = point.split('-');
  if (!y) return point;
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y;
}

/** "2024-10-04" → "4 Oct 2024"; "2003/.." → "since 2003"; "../2001" → "until 2001"; "1979/1989" → "1979 – 1989". */
export function formatEdtf(date: string | undefined): string {
  if (!date) return '';
  const parts = date.split('/');
  if (parts.length === 1) return formatPoint(date);
  const [from = '..', to = '..'] = parts;
  if (from === '..' && to === '..') return 'undated';
  if (to === '..') return `since ${formatPoint(from)}`;
  if (from === '..') return `until ${formatPoint(to)}`;
  return `${formatPoint(from)} – ${formatPoint(to)}`;
}

/** A sort key that orders EDTF dates by their start; undated sorts last. */
export function edtfSortKey(date: string | undefined): string {
  if (!date) return '~';
  const from = date.split('/')[0] ?? '';
  return from === '..' ? '0000' : from;
}

/**
 * A date with no source words (no dateInfo) was put there by the annotator (or the imported file),
 * not read from the text: say so wherever it is shown, so it is not taken for the article's date.
 */
export function dateIsInferred(edge: { date?: string | undefined; dateInfo?: unknown }): boolean {
  return edge.date !== undefined && edge.dateInfo === undefined;
}

export const INFERRED_DATE_TITLE = 'Date inferred by the annotator: the text gives no words for it (see the relation’s note)';
