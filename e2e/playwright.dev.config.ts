// For developing alongside other work in the same tree: the same tests against a build in its
// own folder and port, so that a concurrent `npm run build` elsewhere cannot swap the app
// under a running test. `npx playwright test -c e2e/playwright.dev.config.ts [spec]`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

// KG_E2E_PORT lets several people (or helpers) run their own copy side by side.
const port = Number(process.env.KG_E2E_PORT ?? 4273);
const outDir = `/tmp/kg-explorer-e2e-dist-${port}`;
process.env.KG_E2E_DIST = outDir;

export default defineConfig({
  ...base,
  testDir: '.',
  outputDir: '../test-results',
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `VITE_TEST_API=1 npx vite build --outDir ${outDir} --emptyOutDir && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
