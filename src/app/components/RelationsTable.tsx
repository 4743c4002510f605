// The visible relations as a real, sortable table: the keyboard and screen-reader path
// through the data. Follows the filters; marks and scrolls to the selection's rows.
import { useEffect, useMemo, useRef, useState } from 'react';
import { edtfSortKey, formatEdtf } from '../../domain/edtf-format';
import type { GraphEdge } from '../../domain/graph-contract';
import { compareIds, isDirected, nodeLabel } from '../../domain/graph-index';
import { edgeStatus, statusStyle, STATUS_ORDER } from '../../domain/status';
import { useActions, useExplorer } from '../store/store-context';
import { ClaimLine, TypeSwatch } from './bits';

type SortKey = 'source' | 'type' | 'target' | 'date' | 'status' | 'evidence';
type Direction = 'ascending' | 'descending';

const COLUMNS: Array<{ key: SortKey; label: string; numeric?: boolean }> = [
  { key: 'source', label: 'Source' },
  { key: 'type', label: 'Relation' },
  { key: 'target', label: 'Target' },
  { key: 'date', label: 'Date' },
  { key: 'status', label: 'Status' },
  { key: 'evidence', label: 'Evidence', numeric: true },
];

function evidenceCount(e: GraphEdge): number {
  return new Set(e.evidence.map((ev) => ev.sentenceId)).size;
}

export function RelationsTable() {
  const index = useExplorer((s) => s.index);
  const visibility = useExplorer((s) => s.visibility);
  const focus = useExplorer((s) => s.focus);
  const selection = useExplorer((s) => s.selection);
  const { selectEdge } = useActions();
  const [sort, setSort] = useState<{ key: SortKey; dir: Direction }>({ key: 'source', dir: 'ascending' });
  const [onlySelection, setOnlySelection] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);

  const inFocus = useMemo(() => new Set([...focus.selectedEdges, ...focus.relatedEdges]), [focus]);
  const rows = useMemo(() => {
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
        case 'evidence':
          return evidenceCount(e);
      }
    };
    const list = index.file.edges.filter((e) => visibility.edges.has(e.id) && (!onlySelection || inFocus.size === 0 || inFocus.has(e.id)));
    const sign = sort.dir === 'ascending' ? 1 : -1;
    return list
      .map((e) => ({ e, k: key(e) }))
      .sort((a, b) => (a.k < b.k ? -sign : a.k > b.k ? sign : compareIds(a.e.id, b.e.id)))
      .map((r) => r.e);
  }, [index, visibility, sort, onlySelection, inFocus]);

  // Keep the selected relation's row in view inside the table's own scroll area.
  useEffect(() => {
    const box = scrollRef.current;
    if (!box || inFocus.size === 0) return;
    const row = box.querySelector<HTMLElement>('tr.is-selected') ?? box.querySelector<HTMLElement>('tr.is-related');
    if (!row) return;
    const top = row.offsetTop;
    const header = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    if (top - header < box.scrollTop || top + row.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = Math.max(0, top - header - 8);
  }, [inFocus, rows]);

  const toggleSort = (key: SortKey): void =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' } : { key, dir: key === 'evidence' ? 'descending' : 'ascending' }));

  const selectedEdge = selection?.kind === 'edge' ? selection.id : null;
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
        <table className="relations">
          <caption className="visually-hidden">
            Relations visible with the current filters, one row per claim. Sorted by {COLUMNS.find((c) => c.key === sort.key)?.label}, {sort.dir}. Choose a
            relation to see its evidence.
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
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
                <td colSpan={COLUMNS.length} className="empty-row">
                  No relation matches the filters.
                </td>
              </tr>
            )}
            {rows.map((e) => {
              const type = index.types.get(e.type);
              const source = nodeLabel(index, e.source);
              const target = nodeLabel(index, e.target);
              const cls = e.id === selectedEdge ? 'is-selected' : inFocus.has(e.id) ? 'is-related' : undefined;
              return (
                <tr key={e.id} className={cls} aria-current={e.id === selectedEdge ? 'true' : undefined} onClick={() => selectEdge(e.id)}>
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
                      <TypeSwatch color={type?.color ?? '#888'} line={statusStyle(edgeStatus(e)).line} arrow={isDirected(index, e.type)} />
                      {type?.label ?? e.type}
                    </button>
                  </td>
                  <td title={target}>{target}</td>
                  <td className="date-cell">{formatEdtf(e.date)}</td>
                  <td title={e.saidBy ? `${edgeStatus(e)}, per ${nodeLabel(index, e.saidBy)}` : edgeStatus(e)}>
                    <ClaimLine edge={e} />
                  </td>
                  <td className="num">{evidenceCount(e)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
