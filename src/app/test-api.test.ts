import { afterEach, describe, expect, it, vi } from 'vitest';

type Win = { __kgExplorer?: unknown };

async function freshTestApi(flag: string | undefined) {
  vi.resetModules();
  if (flag === undefined) vi.stubEnv('VITE_TEST_API', '');
  else vi.stubEnv('VITE_TEST_API', flag);
  vi.stubGlobal('window', {} as Win);
  return import('./test-api');
}

describe('the test handle window.__kgExplorer', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
  });

  it('is not installed in a default (production) build, and marking readiness installs nothing', async () => {
    const api = await freshTestApi(undefined);
    expect(api.installTestApi()).toBeNull();
    api.markReady();
    api.markAnalyticsReady(true);
    api.markLoading();
    expect((window as Win).__kgExplorer).toBeUndefined();
  });

  it('is installed in builds made with VITE_TEST_API=1 and reports readiness', async () => {
    const api = await freshTestApi('1');
    api.installTestApi();
    api.markReady();
    const handle = (window as Win).__kgExplorer as { ready: boolean; readyAt: number | null; visibleNodeIds(): string[] };
    expect(handle.ready).toBe(true);
    expect(handle.readyAt).not.toBeNull();
    expect(handle.visibleNodeIds()).toEqual([]);
  });
});
