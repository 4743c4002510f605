// The app shell: search, filters and legend on the left; the graph and the relations table in
// the centre; details and the article reader on the right.
import { useState } from 'react';
import { GraphView } from '../graph-view/GraphView';
import type { ExplorerStore } from '../store/explorer-store';
import { ExplorerStoreProvider, useExplorer } from '../store/store-context';
import { FiltersPanel } from './FiltersPanel';
import { Inspector } from './Inspector';
import { Legend } from './Legend';
import { RelationsTable } from './RelationsTable';
import { SearchBox } from './SearchBox';

export function App({ store, source }: { store: ExplorerStore; source: string }) {
  // The table and the inspector mount right after the graph's first frame: the canvas is what
  // the first second is for, and a smaller first DOM makes that frame come sooner.
  const [graphDrawn, setGraphDrawn] = useState(false);
  return (
    <ExplorerStoreProvider store={store}>
      <a className="skip-link" href="#relations-table">
        Skip to the relations table
      </a>
      <div className="app">
        <Header source={source} />
        <aside className="sidebar" aria-label="Search and filters">
          <SearchBox />
          <FiltersPanel />
          <Legend />
        </aside>
        <main className="workspace">
          <GraphView onFirstDraw={() => setGraphDrawn(true)} />
          {graphDrawn ? <RelationsTable /> : <div className="table-pane" />}
        </main>
        <aside className="inspector" aria-label="Details and article">
          {graphDrawn && <Inspector />}
        </aside>
      </div>
    </ExplorerStoreProvider>
  );
}

function Header({ source }: { source: string }) {
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
    </header>
  );
}
