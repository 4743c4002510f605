import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureGraph } from '../../domain/test-fixture';
import { loadGraph } from './load-graph';

/** Serves `text` as the graph file and counts the frames the loader asks for (running each). */
function serve(text: string): { frames: () => number } {
  let frames = 0;
  vi.stubGlobal('location', new URL('http://127.0.0.1/'));
  vi.stubGlobal('document', { visibilityState: 'visible' });
  vi.stubGlobal('fetch', async () => new Response(text, { status: 200 }));
  vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) => {
    frames += 1;
    return setTimeout(() => fn(0), 0) as unknown as number;
  });
  return { frames: () => frames };
}

describe('loadGraph', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads and checks a small file without waiting for frames (the first draw comes sooner)', async () => {
    const page = serve(JSON.stringify(fixtureGraph()));
    const outcome = await loadGraph('/data/graph.json');
    expect(outcome.ok).toBe(true);
    expect(page.frames()).toBe(0);
  });

  it('lets a large file show its reading and checking phases (one frame before each)', async () => {
    // Whitespace makes the file large without changing what it holds.
    const page = serve(JSON.stringify(fixtureGraph()) + ' '.repeat(1_000_000));
    const outcome = await loadGraph('/data/graph.json');
    expect(outcome.ok).toBe(true);
    expect(page.frames()).toBe(2);
  });
});
