// Equality by value of the parts of a view (filters, time, focus, path, selection), so that
// restoring a view recomputes only what really changed. Two parts built separately from the
// same URL compare equal; the same object always does.
import { sameRange } from './analytics/time';
import { sameList, type FilterState } from './filters';
import type { Selection } from './selection';
import type { PathQuery } from './view-state-url';
import type { FocusView, TimeFilter } from './view-visibility';

export { sameList };

export function sameFilters(a: FilterState, b: FilterState): boolean {
  return (
    a.hideIsolated === b.hideIsolated &&
    a.reviewedOnly === b.reviewedOnly &&
    sameList(a.hiddenTypes, b.hiddenTypes) &&
    sameList(a.hiddenPolarities, b.hiddenPolarities) &&
    sameList(a.hiddenKinds, b.hiddenKinds) &&
    sameList(a.hiddenOutlets ?? [], b.hiddenOutlets ?? [])
  );
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}

export function sameTime(a: TimeFilter, b: TimeFilter): boolean {
  return a.keepUndated === b.keepUndated && (a.asOf ?? null) === (b.asOf ?? null) && sameRange(a.range, b.range);
}

/** Same actor, depth and expanded actors (in the order they were added). */
export function sameFocus(a: FocusView | null, b: FocusView | null): boolean {
  return a === b || (a !== null && b !== null && a.nodeId === b.nodeId && a.depth === b.depth && sameList(a.expanded, b.expanded));
}

export function samePath(a: PathQuery | null, b: PathQuery | null): boolean {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to && a.directed === b.directed);
}
