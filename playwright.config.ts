import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findTestChromium } from './e2e/chromium-path';

const port = 4173;
/** The responsive layout checks (phone and tablet projects). */
const RESPONSIVE = /responsive\.spec\.ts$/;
/** Cases of that file the desktop run leaves to the phone and tablet projects. */
const NARROW_ONLY = /@phone|@tablet|@narrow/;
/** The test build; review tests serve it from the real workspace server (e2e/support/workspace-server.ts). */
process.env.KG_E2E_DIST ??= 'dist-test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  // Two workers on any machine, CI included: the suite is written to run in parallel (two cores are busy).
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    browserName: 'chromium',
    launchOptions: { executablePath: findTestChromium(), args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
    // Recording a trace of every test costs a fifth of the suite's CPU; to debug a failure, rerun it
    // with `npx playwright test <spec> --trace retain-on-failure` (a screenshot is kept either way).
    trace: 'off',
  },
  // Every spec runs once at desktop size ("wide"). e2e/responsive.spec.ts tags its cases by the
  // layout they check: the phone and tablet projects run only that file's @phone / @tablet /
  // @narrow cases, with touch as Playwright's devices have it; "wide" runs its @wide ones.
  projects: [
    { name: 'wide', grepInvert: NARROW_ONLY },
    {
      name: 'tablet',
      testMatch: RESPONSIVE,
      grep: /@tablet|@narrow/,
      use: { viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
    },
    {
      name: 'phone',
      testMatch: RESPONSIVE,
      grep: /@phone|@narrow/,
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
    },
  ],
  webServer: {
    // The test handle (window.__kgExplorer) exists only in builds made with VITE_TEST_API=1; they go
    // to their own folder, so `npm start`'s dist/ never carries it.
    command: `VITE_TEST_API=1 npx vite build --outDir dist-test --emptyOutDir && npx vite preview --outDir dist-test --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
