// The import worker's message protocol, both ends, in Node: the worker script with a stand-in for
// its global scope, and the page's side (readGraphFile) with a stand-in Worker that runs the same
// reading in this thread and answers through messages.
import { afterEach, describe, expect, it, vi } from 'vitest';
import yed from '../../domain/formats/__fixtures__/airports-yed.graphml?raw';
import { joinGraph, splitGraph, type ImportReply, type ImportRequest } from './import-protocol';
import { cancelImport, getImportProgress, readGraphFile } from './imports';

afterEach(() => {
  cancelImport();
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the worker script', () => {
  it('answers a file with its progress, then one outcome', async () => {
    const posted: ImportReply[] = [];
    const scope: { postMessage(m: ImportReply): void; onmessage?: (e: { data: ImportRequest }) => Promise<void> } = { postMessage: (m) => posted.push(structuredClone(m)) };
    vi.stubGlobal('self', scope);
    await import('./import-worker');
    await scope.onmessage!({ data: { file: new File([yed], 'airports.graphml') } });
    const done = posted.at(-1)!;
    expect(done.kind === 'done' && done.outcome.ok).toBe(true);
    const parts = posted.flatMap((m) => (m.kind === 'part' ? [m.part] : []));
    expect(done.kind === 'done' && done.outcome.ok && joinGraph(done.outcome.graph, parts).nodes).toHaveLength(8);
    expect(posted.slice(0, posted.findIndex((m) => m.kind !== 'progress')).length).toBeGreaterThan(0);
    expect(posted.filter((m) => m.kind === 'done')).toHaveLength(1);
    expect(posted.map((m) => (m.kind === 'progress' ? m.progress.phase : 'done'))).toEqual(expect.arrayContaining(['reading', 'checking', 'done']));
  });
});

describe('a graph cut into parts', () => {
  it('comes back whole and in order, each part about the size asked (one larger item alone)', async () => {
    const { fromGraphML } = await import('../../domain/formats/graphml-import');
    const r = fromGraphML(yed, 'airports.graphml', { today: '2026-01-02' });
    if (!r.ok) throw new Error('fixture refused');
    const { parts, rest } = splitGraph(r.graph, 600);
    // Every list in order; the longer ones cut.
    expect([...new Set(parts.map((p) => p.list))]).toEqual(['documents', 'sentences', 'nodes', 'edges', 'relationTypes']);
    expect(parts.filter((p) => p.list === 'nodes').length).toBeGreaterThan(1);
    expect(parts.every((p) => p.items.length === 1 || JSON.stringify(p.items).length < 1200)).toBe(true);
    expect(rest.nodes).toEqual([]);
    expect(joinGraph(structuredClone(rest), structuredClone(parts))).toEqual(r.graph);
  });
});

/**
 * Runs the real worker script in this thread, behind a Worker's interface: messages both ways are
 * copied and delivered later, as between threads; a terminated one says nothing more.
 */
class StandInWorker {
  static made: StandInWorker[] = [];
  static failToStart = false;
  static dieAfterProgress = false;
  onmessage: ((e: MessageEvent<ImportReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  received: ImportRequest[] = [];
  replies: ImportReply[] = [];
  private readonly scope: { postMessage(m: ImportReply): void; onmessage?: (e: { data: ImportRequest }) => Promise<void> };
  private readonly script: Promise<unknown>;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    StandInWorker.made.push(this);
    this.scope = {
      postMessage: (m) => {
        if (StandInWorker.dieAfterProgress && m.kind !== 'progress') return this.fail('Uncaught RangeError: Array buffer allocation failed');
        const copy = structuredClone(m);
        setTimeout(() => {
          if (this.terminated) return;
          this.replies.push(copy);
          this.onmessage?.({ data: copy } as MessageEvent<ImportReply>);
        });
      },
    };
    vi.stubGlobal('self', this.scope);
    vi.resetModules();
    this.script = import('./import-worker');
  }
  private fail(message: string): void {
    setTimeout(() => !this.terminated && this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent));
  }
  postMessage(request: ImportRequest): void {
    this.received.push(request);
    if (StandInWorker.failToStart) return this.fail('');
    void this.script.then(() => {
      if (!this.terminated) void this.scope.onmessage!({ data: structuredClone(request) });
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('readGraphFile with a worker', () => {
  function useStandIn(options: { failToStart?: boolean; dieAfterProgress?: boolean } = {}) {
    StandInWorker.made = [];
    StandInWorker.failToStart = options.failToStart ?? false;
    StandInWorker.dieAfterProgress = options.dieAfterProgress ?? false;
    vi.stubGlobal('Worker', StandInWorker);
  }

  it('hands the file itself to a module worker and shows what it answers; the worker ends with the import', async () => {
    useStandIn();
    const file = new File([yed], 'airports.graphml');
    const r = await readGraphFile(file);
    expect(r.ok && r.graph.nodes.length).toBe(8);
    const [worker] = StandInWorker.made;
    expect(worker!.url.pathname).toMatch(/import-worker\.ts$/);
    expect(worker!.options).toMatchObject({ type: 'module' });
    expect(worker!.received).toEqual([{ file }]);
    expect(worker!.terminated).toBe(true);
    // The graph came in parts, then the rest of it.
    expect(worker!.replies.filter((m) => m.kind === 'part').map((m) => m.kind === 'part' && m.part.list)).toEqual(['documents', 'sentences', 'nodes', 'edges', 'relationTypes']);
    const done = worker!.replies.at(-1)!;
    expect(done.kind === 'done' && done.outcome.ok && done.outcome.graph.nodes).toEqual([]);
  });

  it('Cancel terminates the worker at once; what it would still say is ignored', async () => {
    useStandIn();
    const reading = readGraphFile(new File([yed], 'airports.graphml'));
    cancelImport();
    expect(StandInWorker.made[0]!.terminated).toBe(true);
    expect(await reading).toMatchObject({ ok: false, cancelled: true });
    expect(getImportProgress()).toBeNull();
  });

  it('reads on the page when the worker cannot start', async () => {
    useStandIn({ failToStart: true });
    const r = await readGraphFile(new File([yed], 'airports.graphml'));
    expect(r.ok).toBe(true);
    expect(StandInWorker.made[0]!.terminated).toBe(true);
  });

  it('a worker that dies while reading gives a refusal that says so, not a hang', async () => {
    useStandIn({ dieAfterProgress: true });
    expect(await readGraphFile(new File([yed], 'airports.graphml'))).toEqual({
      ok: false,
      source: 'airports.graphml',
      summary: 'Could not read airports.graphml: the import stopped: Uncaught RangeError: Array buffer allocation failed.',
      problems: [],
    });
  });
});
