import './zod-config';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { GraphFile } from '../domain/graph-contract';
import { buildGraphIndex } from '../domain/graph-index';
import { DEFAULT_VIEW_STATE, decodeViewState } from '../domain/view-state-url';
import { App, type ImportNotice } from './components/App';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { LoadError } from './session/LoadError';
import { readGraphFile, type ImportRefusal } from './session/imports';
import { loadGraph, setLoadProgress, type LoadFailure } from './session/load-graph';
import { LoadProgressBar } from './session/load-progress';
import type { GraphSession } from './session/graph-session';
import { createExplorerStore, type ExplorerStore } from './store/explorer-store';
import { installTestApi, markLoading } from './test-api';
import { graphState, startUrlSync } from './session/url-sync';
import './styles/base.css';
import './styles/app.css';
import './styles/review.css';

type Boot = { ok: true; store: ExplorerStore; source: string } | LoadFailure;

performance.mark('kg:boot');
installTestApi();
const graphParam = new URLSearchParams(location.search).get('graph');
let stopUrlSync: (() => void) | null = null;

// Start fetching before React renders: the first draw waits on this more than on anything else.
const boot: Promise<Boot> = loadGraph(graphParam).then(async (outcome) => {
  performance.mark('kg:graph-loaded');
  if (!outcome.ok) return outcome;
  // A large file is still being checked in a worker: the index is built meanwhile, and nothing
  // is shown before the check has passed (a file that breaks the index is reported by the check).
  let index;
  try {
    index = buildGraphIndex(outcome.graph);
  } catch (error) {
    const failure = await outcome.checked;
    if (failure) return failure;
    throw error;
  }
  if (outcome.checked) {
    setLoadProgress({ phase: 'validating' });
    const failure = await outcome.checked;
    if (failure) return failure;
  }
  const view = decodeViewState(new URLSearchParams(location.search), { typeIds: [...index.types.keys()] });
  const store = createExplorerStore(index, view);
  stopUrlSync = startUrlSync(store, graphParam, `boot:${graphParam ?? ''}`);
  performance.mark('kg:store-ready');
  return { ok: true, store, source: outcome.source };
});

function Loading() {
  return (
    <div className="screen-message" role="status">
      <LoadProgressBar />
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

let generation = 0;
function showGraph(store: ExplorerStore, source: string, notice: ImportNotice | null): void {
  const session: GraphSession = { source, openFile };
  // A new key mounts a new graph view (one Cytoscape instance per graph).
  show(<App key={++generation} store={store} session={session} notice={notice} />);
}

/** The latest import request: a slower, earlier file must not replace a later one. */
let importRequest = 0;

/** Import: a valid file replaces the graph (in this tab; a reload shows the default graph again). */
async function openFile(file: File): Promise<ImportRefusal | null> {
  const request = ++importRequest;
  const outcome = await readGraphFile(file);
  // Another file was opened meanwhile: this result is stale, whether good or bad.
  if (request !== importRequest) return null;
  if (!outcome.ok) return outcome;
  openGraph(outcome.graph, outcome.source, outcome.warnings, request);
  return null;
}

function openGraph(graph: GraphFile, source: string, warnings: string[], request: number): void {
  const index = buildGraphIndex(graph);
  const store = createExplorerStore(index, DEFAULT_VIEW_STATE);
  stopUrlSync?.();
  // The view parameters of the old graph mean nothing for this one. The history entry carries
  // this graph's token, so Back to the old graph's entries reloads that graph (see url-sync).
  const token = `import:${request}:${Date.now()}`;
  history.pushState(graphState(token), '', location.pathname);
  stopUrlSync = startUrlSync(store, null, token);
  markLoading();
  showGraph(store, `${source} (imported)`, { source, nodes: index.nodes.size, edges: index.edges.size, warnings });
}

show(<Loading />);
boot.then(
  (result) => (result.ok ? showGraph(result.store, result.source, null) : show(<LoadError outcome={result} />)),
  (error: unknown) => show(<Crash error={error} />),
);
