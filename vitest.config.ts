import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Files that stub globals, mock modules or drive the app's session modules (which keep state at
 * module level) run each in a fresh module graph. The rest share one per worker: importing
 * compromise, cytoscape and zod once per worker instead of once per file halves `npm run test:unit`.
 */
const ISOLATED = ['src/app/session/**/*.test.ts', 'src/app/test-api.test.ts', 'src/domain/sentences.test.ts'];
const ALL = ['src/**/*.test.ts', 'src/**/*.test.tsx'];

export default defineConfig({
  test: {
    environment: 'node',
    // Vitest leaves one core free by default: on a 2-core machine that is one worker. `npm test`
    // runs nothing beside it, so every core works (40 s → 30 s on 2 cores).
    maxWorkers: availableParallelism(),
    projects: [
      { extends: true, test: { name: 'shared', include: ALL, exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
