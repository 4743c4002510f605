// Opening a graph file the user picked or dropped: graph JSON (the contract), GEXF (Gephi) or
// GraphML (yEd, NetworkX…), checked with the same rules and wording as the loader. A file over
// MAX_IMPORT_BYTES is refused before it is read; the others are read in a worker
// (import-worker.ts) with progress, so the page stays responsive and the user can cancel. Only one
// import runs at a time: a later file cancels an earlier one.
import { cancelled, joinGraph, sizeRefusal, type GraphPart, type ImportOutcome, type ImportProgress, type ImportReply, type ImportRequest } from './import-protocol';

export { MAX_IMPORT_BYTES } from './import-protocol';
export type { ImportOutcome, ImportProgress, ImportRefusal } from './import-protocol';

let progress: ImportProgress | null = null;
const listeners = new Set<() => void>();

/** For useSyncExternalStore: the running import's progress (null when none runs). */
export function getImportProgress(): ImportProgress | null {
  return progress;
}
export function subscribeImportProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
function setProgress(next: ImportProgress | null): void {
  progress = next;
  for (const l of listeners) l();
}
/** The graph is shown (or failed to show): the import is over. */
export function clearImportProgress(): void {
  if (progress) setProgress(null);
}
/** A graph was just shown: an import that was being drawn is over (one still being read goes on). */
export function importShown(): void {
  if (progress?.phase === 'opening') setProgress(null);
}

let running: { cancel(): void } | null = null;

/** Stops the running import: its worker is terminated and it resolves as cancelled; the graph shown stays. */
export function cancelImport(): void {
  running?.cancel();
}

/** Lets the browser paint (the "Drawing the graph" state) before the page's own long step. */
function paint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof document === 'undefined' || document.visibilityState === 'hidden' || typeof requestAnimationFrame !== 'function') return setTimeout(resolve, 0);
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

function startWorker(): Worker | null {
  if (typeof Worker !== 'function') return null;
  try {
    return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'graph-import' });
  } catch {
    return null;
  }
}

export function readGraphFile(file: File): Promise<ImportOutcome> {
  running?.cancel();
  const name = file.name || 'the file';
  const tooLarge = sizeRefusal(file);
  if (tooLarge) return Promise.resolve(tooLarge);
  const started = performance.now();
  return new Promise<ImportOutcome>((resolve) => {
    const abort = new AbortController();
    let worker: Worker | null = null;
    let settled = false;
    const job = { cancel: () => void finish(cancelled(name)) };
    running = job;
    const report = (p: ImportProgress): void => {
      if (!settled) setProgress(p);
    };
    async function finish(outcome: ImportOutcome): Promise<void> {
      if (settled) return;
      settled = true;
      worker?.terminate();
      abort.abort();
      if (running === job) running = null;
      // The file read and checked (kg:import); what follows on the page is opening the graph.
      if (outcome.ok || !outcome.cancelled) performance.measure('kg:import', { start: started, end: performance.now() });
      if (outcome.ok && progress) {
        // Indexing and drawing a large graph take a moment on the page: say so first.
        setProgress({ ...progress, phase: 'opening' });
        await paint();
      } else setProgress(null);
      resolve(outcome);
    }
    /** No worker (or it failed to start): the same reading on the page, which freezes it while parsing. */
    async function here(): Promise<void> {
      const { runImport } = await import('./import-runner');
      if (!settled) void finish(await runImport(file, report, { signal: abort.signal }));
    }
    report({ file: name, format: null, phase: 'reading', loaded: 0, total: file.size });
    worker = startWorker();
    if (!worker) return void here();
    let answered = false;
    const parts: GraphPart[] = [];
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      answered = true;
      const reply = event.data;
      if (reply.kind === 'progress') report(reply.progress);
      else if (reply.kind === 'part') parts.push(reply.part);
      else void finish(reply.outcome.ok ? { ...reply.outcome, graph: joinGraph(reply.outcome.graph, parts) } : reply.outcome);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (settled) return;
      if (!answered) {
        // The worker's script did not start (blocked, unsupported): read on the page instead.
        worker?.terminate();
        worker = null;
        void here();
        return;
      }
      const detail = event.message ? `: ${event.message}` : ' (it may have run out of memory)';
      void finish({ ok: false, source: name, summary: `Could not read ${name}: the import stopped${detail}.`, problems: [] });
    };
    worker.postMessage({ file } satisfies ImportRequest);
  });
}
