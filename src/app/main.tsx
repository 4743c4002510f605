import './zod-config';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { buildGraphIndex } from '../domain/graph-index';
import { decodeViewState } from '../domain/view-state-url';
import { App } from './components/App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { LoadError } from './components/LoadError';
import { loadGraph, type LoadOutcome } from './load-graph';
import { createExplorerStore, type ExplorerStore } from './store/explorer-store';
import { installTestApi } from './test-api';
import { startUrlSync } from './url-sync';
import './styles/base.css';
import './styles/app.css';

type Boot = { ok: true; store: ExplorerStore; source: string } | Extract<LoadOutcome, { ok: false }>;

performance.mark('kg:boot');
installTestApi();
const graphParam = new URLSearchParams(location.search).get('graph');

// Start fetching before React renders: the first draw waits on this more than on anything else.
const boot: Promise<Boot> = loadGraph(graphParam).then((outcome) => {
  performance.mark('kg:graph-loaded');
  if (!outcome.ok) return outcome;
  const index = buildGraphIndex(outcome.graph);
  const view = decodeViewState(new URLSearchParams(location.search), { typeIds: [...index.types.keys()] });
  const store = createExplorerStore(index, view);
  startUrlSync(store, graphParam);
  performance.mark('kg:store-ready');
  return { ok: true, store, source: outcome.source };
});

function Loading() {
  return (
    <div className="screen-message" role="status">
      <p>Loading the graph…</p>
    </div>
  );
}

function Crash({ error }: { error: unknown }): never {
  // Rethrown inside the tree so that the error boundary shows it.
  throw error instanceof Error ? error : new Error(String(error));
}

// Rendered directly when the graph is ready, not through <Suspense>: React throttles Suspense
// reveals by up to 300 ms, a third of the first-draw budget.
const root = createRoot(document.getElementById('root')!);
const show = (content: ReactNode): void =>
  root.render(
    <StrictMode>
      <ErrorBoundary>{content}</ErrorBoundary>
    </StrictMode>,
  );
show(<Loading />);
boot.then(
  (result) => show(result.ok ? <App store={result.store} source={result.source} /> : <LoadError outcome={result} />),
  (error: unknown) => show(<Crash error={error} />),
);
