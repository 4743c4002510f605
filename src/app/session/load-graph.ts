// Fetches and checks the graph file named by ?graph= (default: the committed /data/graph.json).
// The file is read as a stream so that a large graph shows its progress (bytes, then parsing and
// checking); each phase is timed with performance.measure (kg:fetch, kg:parse, kg:validate).
import { validateGraph, type GraphFile } from '../../domain/graph-contract';
import { parseGraphText } from '../../domain/graph-load';

export type LoadPhase = 'fetching' | 'parsing' | 'validating' | 'indexing' | 'drawing';

export interface LoadProgress {
  phase: LoadPhase;
  /** Bytes received so far, and the file size when the server gave it (else null). */
  loaded: number;
  total: number | null;
}

let progress: LoadProgress = { phase: 'fetching', loaded: 0, total: null };
const progressListeners = new Set<() => void>();

/** For useSyncExternalStore: the current loading progress, and a way to follow it. */
export function getLoadProgress(): LoadProgress {
  return progress;
}
export function subscribeLoadProgress(listener: () => void): () => void {
  progressListeners.add(listener);
  return () => progressListeners.delete(listener);
}
export function setLoadProgress(next: Partial<LoadProgress>): void {
  progress = { ...progress, ...next };
  for (const l of progressListeners) l();
}

/** Messages to and from graph-check-worker.ts; times are [epoch ms of the start, duration]. */
export interface CheckRequest {
  text: string;
  source: string;
}
export type CheckReply =
  | { kind: 'phase'; phase: LoadPhase }
  | { kind: 'valid'; parse: [number, number]; validate: [number, number] }
  | { kind: 'failed'; source: string; summary: string; problems: string[] };

/** Files above this size are checked in a worker; below, the round trip costs more than it saves. */
const WORKER_MIN_CHARS = 2_000_000;

/** Below this size the progress of reading and checking is not painted (see loadGraph). */
const PAINT_PHASES_MIN_CHARS = 1_000_000;

/** A worker that has not answered by then (died without an error event, e.g. out of memory) is given up: the check runs here. */
const CHECK_TIMEOUT_MS = 120_000;

/**
 * A contract checker in a worker, started as soon as a large file is on its way (its script
 * loads while the body streams in). null when no worker can be started.
 */
function startChecker(): { check(text: string, source: string): Promise<CheckReply | null>; stop(): void } | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./graph-check-worker.ts', import.meta.url), { type: 'module', name: 'graph-check' });
  } catch {
    return null;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settle: (r: CheckReply | null) => void = () => {};
  const reply = new Promise<CheckReply | null>((resolve) => {
    settle = (r) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(r);
    };
    worker.onmessage = (event: MessageEvent<CheckReply>) => {
      if (event.data.kind !== 'phase') settle(event.data);
    };
    // A worker that cannot start (blocked, unsupported) falls back to the main thread.
    worker.onerror = (event) => {
      event.preventDefault();
      settle(null);
    };
  });
  return {
    check(text, source) {
      worker.postMessage({ text, source } satisfies CheckRequest);
      timer = setTimeout(() => settle(null), CHECK_TIMEOUT_MS);
      return reply;
    },
    stop: () => settle(null),
  };
}

const HINT_FIX = 'Fix the file (npm run build:graph reports problems in the curated data), then reload.';

/** Lets the browser paint the progress before a long synchronous step. */
function paint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') return setTimeout(resolve, 0);
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/** The response body as text, reporting bytes as they arrive. */
async function readWithProgress(response: Response): Promise<string> {
  const length = Number(response.headers.get('Content-Length'));
  // A compressed response's Content-Length counts compressed bytes: no total then.
  const total = Number.isFinite(length) && length > 0 && !response.headers.get('Content-Encoding') ? length : null;
  setLoadProgress({ phase: 'fetching', loaded: 0, total });
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let loaded = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    // A listener per chunk would re-render for every 64 KB; every 1% (or 256 KB) is enough.
    if (loaded - reported > Math.max(256 * 1024, (total ?? 0) / 100)) {
      reported = loaded;
      setLoadProgress({ loaded });
    }
  }
  parts.push(decoder.decode());
  setLoadProgress({ loaded });
  return parts.join('');
}

export const DEFAULT_GRAPH_URL = '/data/graph.json';

export type LoadOutcome =
  | {
      ok: true;
      graph: GraphFile;
      source: string;
      /** A large file's contract check, still running: show the graph only if it passes (resolves to null). */
      checked?: Promise<LoadFailure | null>;
    }
  | LoadFailure;

export interface LoadFailure {
  ok: false;
  source: string;
  summary: string;
  problems: string[];
  hint?: string;
}

/** Resolves ?graph= against the page; only same-origin URLs can load (CSP connect-src 'self'). */
export function graphSource(param: string | null): { url: string; source: string } | { error: LoadOutcome } {
  if (!param) return { url: DEFAULT_GRAPH_URL, source: DEFAULT_GRAPH_URL };
  let url: URL;
  try {
    url = new URL(param, location.href);
  } catch {
    return { error: { ok: false, source: param, summary: `"${param}" is not a valid URL.`, problems: [] } };
  }
  if (url.origin !== location.origin) {
    return {
      error: {
        ok: false,
        source: param,
        summary: `${param} is on another site (${url.origin}); the explorer only loads graph files from its own origin.`,
        problems: [],
        hint: 'Copy the file next to the app (for example into data/ or public/) and use a relative URL such as ?graph=/data/other.json.',
      },
    };
  }
  return { url: url.href, source: param };
}

export async function loadGraph(param: string | null): Promise<LoadOutcome> {
  const where = graphSource(param);
  if ('error' in where) return where.error;
  const { url, source } = where;
  let response: Response;
  try {
    // Plain GET, so that the <link rel="preload"> of the default graph is reused.
    response = await fetch(url);
  } catch (error) {
    return {
      ok: false,
      source,
      summary: `Could not load ${source}: the request failed.`,
      problems: [error instanceof Error ? error.message : String(error)],
      hint: 'Check that the server is running and the URL is right.',
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      source,
      summary: `Could not load ${source}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      problems: [],
      hint: param ? 'Check the ?graph= URL.' : 'Build the graph with `npm run build:graph`, then reload.',
    };
  }
  const started = performance.now();
  const length = Number(response.headers.get('Content-Length'));
  const checker = Number.isFinite(length) && length >= WORKER_MIN_CHARS ? startChecker() : null;
  let text: string;
  try {
    text = await readWithProgress(response);
  } catch (error) {
    checker?.stop();
    throw error;
  }
  performance.mark('kg:graph-fetched');
  performance.measure('kg:fetch', { start: started, end: performance.now() });
  const failed = (): LoadFailure => {
    // The slow path names the line, column or field path of each problem.
    const parsed = parseGraphText(text, source);
    const outcome: LoadFailure = parsed.ok ? { ok: false, source, summary: `${source} could not be read.`, problems: [] } : { ...parsed, hint: HINT_FIX };
    return outcome;
  };
  setLoadProgress({ phase: 'parsing' });
  // A large file is parsed here and checked in a worker at the same time (the worker parses its
  // own copy: sending the parsed graph back would cost about a parse again). The caller may build
  // on the graph meanwhile, but shows it only once `checked` has passed it.
  // (Content-Length counts bytes, the threshold characters: a checker already started is used.)
  // The graph used is the parsed file itself, not the checker's copy: fields the contract does
  // not know are kept (a small file's come from the check, which drops them).
  const worker = checker ?? (text.length >= WORKER_MIN_CHARS ? startChecker() : null);
  if (worker) {
    const verdict = worker.check(text, source);
    await paint();
    const parseStart = performance.now();
    let data: unknown;
    try {
      data = text.trim() === '' ? undefined : JSON.parse(text);
    } catch {
      data = undefined;
    }
    if (data !== undefined) performance.measure('kg:parse', { start: parseStart, end: performance.now() });
    const checked = verdict.then((reply): LoadFailure | null => {
      if (reply?.kind === 'failed') return { ok: false, source, summary: reply.summary, problems: reply.problems, hint: HINT_FIX };
      if (reply?.kind === 'valid') {
        performance.measure('kg:validate', { start: reply.validate[0] - performance.timeOrigin, duration: reply.validate[1] });
        return null;
      }
      // No worker after all: the check runs here.
      if (data === undefined) return failed();
      const validateStart = performance.now();
      const result = validateGraph(data, 20);
      performance.measure('kg:validate', { start: validateStart, end: performance.now() });
      return result.ok ? null : failed();
    });
    if (data === undefined) return (await checked) ?? failed();
    setLoadProgress({ phase: 'indexing' });
    return { ok: true, graph: data as GraphFile, source, checked };
  }
  // A small file is read and checked in a few tens of ms: waiting for frames to show those
  // phases would cost more than the phases themselves (two frames of the first draw).
  const showPhases = text.length >= PAINT_PHASES_MIN_CHARS;
  if (showPhases) await paint();
  let data: unknown;
  const parseStart = performance.now();
  try {
    data = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    return failed();
  }
  if (data === undefined) return failed();
  performance.measure('kg:parse', { start: parseStart, end: performance.now() });
  setLoadProgress({ phase: 'validating' });
  if (showPhases) await paint();
  const validateStart = performance.now();
  const checked = validateGraph(data, 20);
  performance.measure('kg:validate', { start: validateStart, end: performance.now() });
  if (!checked.ok) return failed();
  setLoadProgress({ phase: 'indexing' });
  return { ok: true, graph: checked.graph, source };
}
