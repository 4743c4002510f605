import './zod-config';
// Tokens, reset and the shared controls first: each component's own CSS comes with it, after these.
import './styles/base.css';
import { StrictMode, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { carryViewToNextCanvas } from './graph-view/view-carry';
import { LoadError } from './session/LoadError';
import { loadGraph } from './session/load-graph';
import { LoadProgressBar } from './session/load-progress';
import { createGraphOpener } from './session/open-graph';
import { ReviewStoreProvider } from './review/review-context';
import { installReviewKeys } from './review/review-keys';
import { unsavedDecisions } from './review/review-selectors';
import { createReviewStore } from './review/review-store';
import type { ExplorerStore } from './store/explorer-store';
import { indexedDbOutbox } from './review/outbox';
import { probeWorkspace, takeTokenFromAddress, workspaceApi } from './review/workspace-api';
import { installTestApi } from './test-api';
import { ErrorBoundary } from './ui/ErrorBoundary';

performance.mark('kg:boot');
installTestApi();
// Before anything reads or writes the address: the workspace token is not part of the view.
takeTokenFromAddress();
const graphParam = new URLSearchParams(location.search).get('graph');
// Start fetching before React renders: the first draw waits on this more than on anything else.
const loading = loadGraph(graphParam);

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

/** After a review save: the rebuilt graph, shown with the view the address holds (filters, selection, tab). */
async function reloadGraph(): Promise<void> {
  // An imported file on screen is not the workspace's graph: it stays.
  if (shownSource === null) return;
  const outcome = await loadGraph(graphParam);
  if (!outcome.ok) return;
  carryViewToNextCanvas();
  await openGraph(outcome, { view: 'from-url', graphParam, token: `boot:${graphParam ?? ''}`, pushHistory: false });
}
const review = createReviewStore({ api: { ...workspaceApi, probe: probeWorkspace }, storage: indexedDbOutbox(), reloadGraph });
installReviewKeys(review);

let generation = 0;
/** Where the graph on screen came from (null before the first, and for an import). */
let shownSource: string | null = null;
let explorer: ExplorerStore | null = null;
const { openGraph } = createGraphOpener(({ store, session, notice }) => {
  explorer = store;
  // The same file again, not an import (the workspace's graph rebuilt after a review save).
  const sameGraph = notice === null && shownSource === session.source;
  shownSource = notice === null ? session.source : null;
  store.getState().showUnsavedReview(unsavedDecisions(review.getState()));
  // Another graph gets a new key: everything is mounted afresh for it. The same graph rebuilt
  // after a review save keeps the mounted panels, so what the user is typing there survives; the
  // graph view makes a new canvas for the new store (GraphView follows the store it is given).
  if (!sameGraph) generation += 1;
  const app = (
    <ReviewStoreProvider store={review}>
      <App key={generation} store={store} session={session} notice={notice} />
    </ReviewStoreProvider>
  );
  // The rebuilt graph's store takes over the mounted panels in this task: a click landing before
  // React's next render would change the old store, and be lost when the new one takes over.
  if (sameGraph) flushSync(() => show(app));
  else show(app);
});
// A decision shows on the canvas the moment it is taken, not when the rebuilt graph arrives.
review.subscribe((s) => explorer?.getState().showUnsavedReview(unsavedDecisions(s)));

show(<Loading />);
loading
  .then((outcome) => {
    performance.mark('kg:graph-loaded');
    if (!outcome.ok) return outcome;
    return openGraph(outcome, {
      view: 'from-url',
      graphParam,
      token: `boot:${graphParam ?? ''}`,
      pushHistory: false,
      onReady: () => performance.mark('kg:store-ready'),
    });
  })
  .then(
    (failure) => {
      if (failure) show(<LoadError outcome={failure} />);
      else void review.getState().start();
    },
    (error: unknown) => show(<Crash error={error} />),
  );
