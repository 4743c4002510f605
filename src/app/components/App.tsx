// The app shell: search, filters and legend on the left; the graph (with its toolbar), the
// timeline and the relations table in the centre; details, the article reader and the analyst
// tools on the right. Narrower windows rearrange the same panels (see Shell).
import { useEffect, useState, type ReactNode } from 'react';
import { startAnalytics } from '../analytics/start-analytics';
import { GRAPH_CANVAS_ID, GraphView } from '../graph-view/GraphView';
import { GraphSessionProvider, type GraphSession, type ImportNotice } from '../session/graph-session';
import type { ExplorerStore } from '../store/explorer-store';
import { ExplorerStoreProvider, useExplorer, useExplorerStore } from '../store/store-context';
import { markAnalyticsReady } from '../test-api';
import { FiltersPanel } from './FiltersPanel';
import { ImportDropZone } from '../session/ImportDropZone';
import { Inspector } from './Inspector';
import { RelationsTable } from './RelationsTable';
import { GroupLegend, Legend } from './Legend';
import { SearchBox } from './SearchBox';
import { Timeline } from './Timeline';
import { BottomSheet } from '../ui/BottomSheet';
import { useLayoutMode } from '../ui/layout-mode';
import type { SheetSize } from '../ui/sheet-size';
import { PanelButtons, SHEET_BUTTON_ID, SHEET_ELEMENT_ID } from './PanelButtons';
import { resized, sheetAfterClearing, sheetAfterSelection, sheetModeOf, sheetsOf, shownSheet, sizeOf, toggledSheet, type OpenSheet, type SheetId } from './panel-sheets';
import './App.css';

export function App({ store, session, notice }: { store: ExplorerStore; session: GraphSession; notice: ImportNotice | null }) {
  // The table and the inspector mount right after the graph's first frame: the canvas is what
  // the first second is for, and a smaller first DOM makes that frame come sooner.
  const [graphDrawn, setGraphDrawn] = useState(false);
  // Metrics and communities are computed once per graph, after the first frame, in a worker.
  useEffect(() => {
    if (!graphDrawn) return;
    const stop = startAnalytics(store);
    const unsubscribe = store.subscribe((s) => markAnalyticsReady(s.analytics !== null || s.analyticsError !== null));
    return () => {
      stop();
      unsubscribe();
    };
  }, [graphDrawn, store]);
  return (
    <GraphSessionProvider session={session}>
      <ExplorerStoreProvider store={store}>
        <ImportDropZone>
          <Shell source={session.source} notice={notice} graphDrawn={graphDrawn} onFirstDraw={() => setGraphDrawn(true)} />
        </ImportDropZone>
      </ExplorerStoreProvider>
    </GraphSessionProvider>
  );
}

/**
 * The three layouts (App.css): wide has the three columns; a tablet keeps the details on the
 * right and opens the filters as a drawer; a phone gives the graph the width and opens the
 * filters, the table and the details as bottom sheets, one at a time.
 */
function Shell({ source, notice, graphDrawn, onFirstDraw }: { source: string; notice: ImportNotice | null; graphDrawn: boolean; onFirstDraw(): void }) {
  const layout = useLayoutMode();
  const store = useExplorerStore();
  // A link to a selection opens on a phone with its details at peek height.
  const [open, setOpen] = useState<OpenSheet | null>(() => {
    const selection = store.getState().selection;
    return selection && selection.kind !== 'sentence' ? sheetAfterSelection(null, layout) : null;
  });
  // A new selection (canvas, search, table) opens the details; clearing it closes them.
  useEffect(
    () =>
      store.subscribe((s, before) => {
        if (s.selection === before.selection) return;
        if (!s.selection) setOpen((o) => sheetAfterClearing(o, layout));
        else if (s.selection.kind !== 'sentence') setOpen((o) => sheetAfterSelection(o, layout));
      }),
    [store, layout],
  );

  const sheet = (id: SheetId) => ({
    id: SHEET_ELEMENT_ID[id],
    mode: sheetModeOf(layout, id),
    size: sizeOf(open, layout, id),
    onSize: (size: SheetSize) => setOpen((o) => resized(o, id, size)),
    returnFocusId: SHEET_BUTTON_ID[id],
  });
  const shown = shownSheet(open, layout);

  return (
    <>
      <a
        className="skip-link"
        href={`#${GRAPH_CANVAS_ID}`}
        onClick={(e) => {
          // Focus, not only scroll: the canvas is where the arrow keys work (and no hash joins the URL).
          e.preventDefault();
          document.getElementById(GRAPH_CANVAS_ID)?.focus();
        }}
      >
        Skip to graph
      </a>
      <a
        className="skip-link"
        href="#relations-table"
        onClick={() => {
          if (sheetsOf(layout).includes('table')) setOpen({ id: 'table', size: 'peek' });
        }}
      >
        Skip to the relations table
      </a>
      <div className="app" data-sheet={shown?.size ?? 'none'}>
        <Header source={source}>
          <PanelButtons layout={layout} open={open} onToggle={(id) => setOpen((o) => toggledSheet(o, layout, id))} />
        </Header>
        <BottomSheet as="aside" className="sidebar" label="Search and filters" title="Filters" {...sheet('filters')}>
          <SearchBox />
          <GroupsWhenColoured />
          <FiltersPanel />
          <Legend />
        </BottomSheet>
        <main className="workspace">
          {notice && <ImportBanner notice={notice} />}
          <GraphView onFirstDraw={onFirstDraw} />
          <Timeline />
          <BottomSheet as="div" className="table-sheet" label="Relations table" title="Relations" {...sheet('table')}>
            {graphDrawn ? <RelationsTable /> : <div className="table-pane" />}
          </BottomSheet>
        </main>
        <BottomSheet as="aside" className="inspector" label="Details, article and analysis" title="Details" {...sheet('details')}>
          {graphDrawn && <Inspector />}
        </BottomSheet>
      </div>
    </>
  );
}

function ImportBanner({ notice }: { notice: ImportNotice }) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <div className="import-banner" role="status">
      <div>
        <p>
          Opened <strong>{notice.source}</strong>: {notice.nodes} actors, {notice.edges} relations.
        </p>
        {notice.warnings.length > 0 && (
          <ul className="import-warnings">
            {notice.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="text-button" onClick={() => setOpen(false)}>
        Dismiss
      </button>
    </div>
  );
}

function GroupsWhenColoured() {
  const colourBy = useExplorer((s) => s.colourBy);
  return colourBy === 'community' ? <GroupLegend /> : null;
}

function Header({ source, children }: { source: string; children: ReactNode }) {
  const index = useExplorer((s) => s.index);
  const docs = index.file.documents.length;
  return (
    <header className="app-header">
      <div className="brand">
        <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="6" cy="7" r="3.2" fill="#2f5d8c" />
          <circle cx="18" cy="6" r="2.6" fill="#93392f" />
          <circle cx="13" cy="18" r="3.6" fill="#3f6b35" />
          <path d="M6 7L18 6M6 7l7 11M18 6l-5 12" stroke="#64748b" strokeWidth="1.4" />
        </svg>
        <h1>News Knowledge Graph</h1>
      </div>
      <p className="graph-summary">
        <span>{index.nodes.size} actors</span>
        <span>{index.edges.size} relations</span>
        <span>
          {docs} article{docs === 1 ? '' : 's'}
        </span>
        <span className="source" title="Graph file">
          {source}
        </span>
      </p>
      {children}
    </header>
  );
}
