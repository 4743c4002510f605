// The visible relations as a real, sortable table: the keyboard and screen-reader path
// through the data. Follows the filters; marks and scrolls to the selection's rows.
// Large tables are virtualised: only the rows in view (plus a margin) are in the DOM, between
// two spacer rows, and aria-rowcount / aria-rowindex tell assistive technology where they are.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { isSingleSource, sourcingOf } from '../../domain/claims/claim-view';
import { counted } from '../../domain/count-format';
import { dateIsInferred, edtfSortKey, formatEdtf, INFERRED_DATE_TITLE } from '../../domain/edtf-format';
import type { GraphEdge } from '../../domain/graph-contract';
import { compareIds, isDirected, nodeLabel } from '../../domain/graph-index';
import { restsOnSyntheticEvidence } from '../../domain/synthetic-evidence';
import { anySuggested, claimWording, edgeStatus, isSuggested, statusStyle, STATUS_ORDER } from '../../domain/status';
import { useActions, useExplorer } from '../store/store-context';
import { ClaimLine, TypeSwatch } from '../ui/bits';
import { ReviewCell } from '../details/ReviewBadge';
import './RelationsTable.css';

type SortKey = 'source' | 'type' | 'target' | 'date' | 'status' | 'review' | 'evidence' | 'reports' | 'outlets';
type Direction = 'ascending' | 'descending';

const COLUMNS: Array<{ key: SortKey; label: string; numeric?: boolean }> = [
  { key: 'source', label: 'Source' },
  { key: 'type', label: 'Relation' },
  { key: 'target', label: 'Target' },
  { key: 'date', label: 'Date' },
  { key: 'status', label: 'Status' },
  { key: 'evidence', label: 'Evidence', numeric: true },
  { key: 'reports', label: 'Reports', numeric: true },
  { key: 'outlets', label: 'Outlets', numeric: true },
];
/** A graph holding machine drafts gets a Review column (sorted: least confident drafts first). */
const COLUMNS_WITH_REVIEW = [...COLUMNS.slice(0, 5), { key: 'review' as const, label: 'Review' }, ...COLUMNS.slice(5)];

function evidenceCount(e: GraphEdge): number {
  return new Set(e.evidence.map((ev) => ev.sentenceId)).size;
}

/** Numeric columns sort largest first on the first click. */
const NUMERIC: ReadonlySet<SortKey> = new Set(COLUMNS.filter((c) => c.numeric).map((c) => c.key));

/** Up to this many rows the table is rendered whole; above, only the rows in view. */
export const VIRTUAL_THRESHOLD = 300;
const ROW_HEIGHT = 29;
/** Matches `table.relations th` height in RelationsTable.css. */
const HEAD_HEIGHT = 32;
const rowHeight = (): number => ROW_HEIGHT;

export function RelationsTable() {
  const index = useExplorer((s) => s.index);
  // The table follows a filter or a selection a render later: the canvas and the details answer
  // first (filtering the rows passes over every relation of the file).
  const visibility = useDeferredValue(useExplorer((s) => s.visibility));
  const focus = useDeferredValue(useExplorer((s) => s.focus));
  const selection = useDeferredValue(useExplorer((s) => s.selection));
  const { selectEdge } = useActions();
  const [sort, setSort] = useState<{ key: SortKey; dir: Direction }>({ key: 'source', dir: 'ascending' });
  const [onlySelection, setOnlySelection] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);
  const withReview = useMemo(() => anySuggested(index.file.edges), [index]);
  const columns = withReview ? COLUMNS_WITH_REVIEW : COLUMNS;

  const documentOf = useCallback((sentenceId: string) => index.sentences.get(sentenceId)?.documentId, [index]);
  const inFocus = useMemo(() => new Set([...focus.selectedEdges, ...focus.relatedEdges]), [focus]);
  // Sorted once per sort order; a filter change then only filters (no re-sort of 100k rows).
  const sorted = useMemo(() => {
    const key = (e: GraphEdge): string | number => {
      switch (sort.key) {
        case 'source':
          return nodeLabel(index, e.source).toLowerCase();
        case 'target':
          return nodeLabel(index, e.target).toLowerCase();
        case 'type':
          return (index.types.get(e.type)?.label ?? e.type).toLowerCase();
        case 'date':
          return edtfSortKey(e.date);
        case 'status':
          return STATUS_ORDER.indexOf(edgeStatus(e));
        case 'review':
          return isSuggested(e) ? (e.confidence ?? 0) : 2;
        case 'evidence':
          return evidenceCount(e);
        case 'reports':
          return sourcingOf(index, e).reports;
        case 'outlets': {
          // Among claims with as many outlets, those resting on more independent origins first;
          // an imported file's generated lines have none.
          if (restsOnSyntheticEvidence(e, documentOf)) return -1;
          const s = sourcingOf(index, e);
          return s.outlets.length + s.origins.length / 1000;
        }
      }
    };
    const sign = sort.dir === 'ascending' ? 1 : -1;
    return index.file.edges
      .map((e) => ({ e, k: key(e) }))
      .sort((a, b) => (a.k < b.k ? -sign : a.k > b.k ? sign : compareIds(a.e.id, b.e.id)))
      .map((r) => r.e);
  }, [index, sort, documentOf]);
  const narrow = onlySelection && inFocus.size > 0 ? inFocus : null;
  const rows = useMemo(() => sorted.filter((e) => visibility.edges.has(e.id) && (!narrow || narrow.has(e.id))), [sorted, visibility, narrow]);

  const virtual = rows.length > VIRTUAL_THRESHOLD;
  const getItemKey = useCallback((i: number) => rows[i]?.id ?? i, [rows]);
  // No React Compiler in this project; the virtualiser re-renders the table itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    // Not virtual: nothing to observe (observing measures the page, a forced layout on the first draw).
    getScrollElement: () => (virtual ? scrollRef.current : null),
    estimateSize: rowHeight,
    // Rows start below the sticky header row, and scrolling to one must not leave it under the header.
    paddingStart: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
    // The scroll area may end on a fraction of a pixel: keep a row scrolled to wholly inside it.
    scrollPaddingEnd: 2,
    overscan: 12,
    // A stable function: a new one each render makes the virtualiser re-measure every row.
    getItemKey,
  });

  // Keep the selected relation's row in view inside the table's own scroll area.
  useEffect(() => {
    const box = scrollRef.current;
    if (!box || inFocus.size === 0) return;
    if (virtual) {
      const selectedId = selection?.kind === 'edge' ? selection.id : null;
      let at = selectedId ? rows.findIndex((e) => e.id === selectedId) : -1;
      if (at < 0) at = rows.findIndex((e) => inFocus.has(e.id));
      if (at < 0) return;
      // Scrolling measures the page (a forced layout): after the frame that shows the selection.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => {
        timer = setTimeout(() => virtualizer.scrollToIndex(at, { align: 'auto' }), 0);
      });
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      };
    }
    const row = box.querySelector<HTMLElement>('tr.is-selected') ?? box.querySelector<HTMLElement>('tr.is-related');
    if (!row) return;
    const top = row.offsetTop;
    const header = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    if (top - header < box.scrollTop || top + row.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = Math.max(0, top - header - 8);
  }, [inFocus, rows, virtual, virtualizer, selection]);

  const toggleSort = (key: SortKey): void =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' } : { key, dir: NUMERIC.has(key) ? 'descending' : 'ascending' }));

  const selectedEdge = selection?.kind === 'edge' ? selection.id : null;
  const items = virtual ? virtualizer.getVirtualItems() : [];
  return (
    <section className="table-pane" aria-labelledby="relations-title">
      <div className="pane-head">
        <h2 id="relations-title">
          Relations <span className="count">{rows.length === index.edges.size ? rows.length : `${rows.length} of ${index.edges.size}`}</span>
        </h2>
        <label className="toggle-row compact">
          <input type="checkbox" checked={onlySelection} onChange={(e) => setOnlySelection(e.target.checked)} />
          <span>Only the selection’s relations</span>
        </label>
      </div>
      <div className="table-scroll" ref={scrollRef} id="relations-table" tabIndex={-1}>
        {/* Virtual rows have one fixed height (cells do not wrap): measuring each row would force a layout per render. */}
        <table className={`relations${virtual ? ' virtual' : ''}${withReview ? ' with-review' : ''}`} aria-rowcount={rows.length + 1}>
          <caption className="visually-hidden">
            Relations visible with the current filters, one row per claim. Sorted by {columns.find((c) => c.key === sort.key)?.label}, {sort.dir}. Choose a
            relation to see its evidence.
          </caption>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.dir : undefined} className={`col-${c.key}${c.numeric ? ' num' : ''}`}>
                  <button type="button" className="sort-button" onClick={() => toggleSort(c.key)}>
                    {c.label}
                    <span className="sort-icon" aria-hidden="true">
                      {sort.key === c.key ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="empty-row">
                  No relation matches the filters.
                </td>
              </tr>
            )}
            {virtual && items.length > 0 && (
              <tr className="spacer-row" aria-hidden="true">
                <td colSpan={columns.length} style={{ height: items[0]!.start - HEAD_HEIGHT }} />
              </tr>
            )}
            {(virtual ? items.map((it) => ({ e: rows[it.index]!, i: it.index })) : rows.map((e, i) => ({ e, i }))).map(({ e, i }) => {
              const type = index.types.get(e.type);
              const source = nodeLabel(index, e.source);
              const target = nodeLabel(index, e.target);
              const cls = e.id === selectedEdge ? 'is-selected' : inFocus.has(e.id) ? 'is-related' : undefined;
              const sourcing = sourcingOf(index, e);
              const synthetic = restsOnSyntheticEvidence(e, documentOf);
              const single = !synthetic && isSingleSource(index, e);
              return (
                <tr
                  key={e.id}
                  className={cls}
                  aria-rowindex={i + 2}
                  aria-current={e.id === selectedEdge ? 'true' : undefined}
                  onClick={() => selectEdge(e.id)}
                >
                  <td title={source}>{source}</td>
                  <td>
                    <button
                      type="button"
                      className="cell-button"
                      aria-label={`${type?.label ?? e.type}: ${source} ${isDirected(index, e.type) ? '→' : '—'} ${target}`}
                      onClick={(ev) => {
                        ev.stopPropagation();
                        selectEdge(e.id);
                      }}
                    >
                      <TypeSwatch color={type?.color ?? '#888'} line={statusStyle(edgeStatus(e)).line} arrow={isDirected(index, e.type)} suggested={isSuggested(e)} />
                      {type?.label ?? e.type}
                    </button>
                  </td>
                  <td title={target}>{target}</td>
                  <td className="date-cell" title={dateIsInferred(e) ? INFERRED_DATE_TITLE : undefined}>
                    {formatEdtf(e.date)}
                    {dateIsInferred(e) && (
                      <>
                        <sup className="inferred-mark" aria-hidden="true">*</sup>
                        <span className="visually-hidden"> (inferred)</span>
                      </>
                    )}
                  </td>
                  <td title={claimWording(e, e.saidBy ? nodeLabel(index, e.saidBy) : undefined).text}>
                    <ClaimLine edge={e} />
                  </td>
                  {withReview && (
                    <td>
                      <ReviewCell edge={e} />
                    </td>
                  )}
                  <td className="num">{evidenceCount(e)}</td>
                  <td className="num">{sourcing.reports}</td>
                  {synthetic ? (
                    <td className="num outlets-cell" title="From the imported file: no outlet">
                      —<span className="visually-hidden">none (imported file)</span>
                    </td>
                  ) : (
                    <td className="num outlets-cell" title={`${counted(sourcing.outlets.length, 'outlet')}: ${sourcing.outlets.join(', ')}${single ? ' (single source)' : ''}`}>
                      {single && (
                        <span className="single-source-mark" aria-hidden="true">
                          1 source
                        </span>
                      )}
                      {sourcing.outlets.length}
                      {single && <span className="visually-hidden"> (single source)</span>}
                    </td>
                  )}
                </tr>
              );
            })}
            {virtual && items.length > 0 && (
              <tr className="spacer-row" aria-hidden="true">
                <td colSpan={columns.length} style={{ height: Math.max(0, virtualizer.getTotalSize() - items[items.length - 1]!.end) }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
