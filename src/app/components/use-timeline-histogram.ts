// The timeline's bars: relations per period of the span's unit, following the type, polarity,
// kind, review and outlet filters but not the time range itself. One histogram per relation
// type, summed over the types shown, makes a type toggle cost nothing here; the filters that cut
// across types (kinds, drafts, outlets) take one pass over all the relations.
import { useDeferredValue, useMemo } from 'react';
import { addHistograms, periodHistogram, type Histogram, type PeriodBin } from '../../domain/analytics/time';
import type { TimelineSpan } from '../../domain/timeline';
import { ALL_TIME, filteredEdges } from '../../domain/view-visibility';
import { useExplorer } from '../store/store-context';

export function useTimelineHistogram(span: TimelineSpan | null): Histogram<PeriodBin> {
  const index = useExplorer((s) => s.index);
  const filters = useExplorer((s) => s.filters);
  // Redrawn after the frame that shows a filter change (a pass over every relation at worst).
  const barFilters = useDeferredValue(filters);
  const periods = useMemo(() => (span ? { from: span.first, to: span.last } : { from: 0, to: -1 }), [span]);
  const unit = span?.unit ?? 'year';
  const byType = useMemo(
    () => new Map([...index.edgesByType].map(([type, list]) => [type, periodHistogram(list, unit, periods)])),
    [index, unit, periods],
  );
  return useMemo(() => {
    const acrossTypes = barFilters.hiddenKinds.length > 0 || barFilters.reviewedOnly || (barFilters.hiddenOutlets?.length ?? 0) > 0;
    if (!acrossTypes) {
      const hiddenTypes = new Set(barFilters.hiddenTypes);
      const hiddenPolarities = new Set<string>(barFilters.hiddenPolarities);
      const shown = [...byType].filter(([type]) => {
        const polarity = index.types.get(type)?.polarity;
        return !hiddenTypes.has(type) && !(polarity && hiddenPolarities.has(polarity));
      });
      // With every type hidden, empty bars over the same periods (the axis stays).
      return shown.length ? addHistograms(shown.map(([, h]) => h)) : periodHistogram([], unit, periods);
    }
    const edges = filteredEdges(index, barFilters, ALL_TIME).edges;
    return periodHistogram(
      index.file.edges.filter((e) => edges.has(e.id)),
      unit,
      periods,
    );
  }, [index, barFilters, byType, unit, periods]);
}
