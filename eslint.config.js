import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE = ['node:*', 'fs', 'path'];
const UI_LIBS = ['react', 'react-dom', 'zustand'];
const rule = (group, message) => ({ group, message });
const notCanvas = rule(['cytoscape', 'cytoscape/*'], 'Only src/app/graph-view touches Cytoscape.');
const notE2e = rule(['**/e2e/*', '**/e2e/**'], 'Tests in e2e/ may import src, never the other way round.');
const notPipeline = rule(['**/pipeline/*', '**/pipeline/**'], 'The app never imports the Node pipeline.');
const not = (folder, why) => rule([`**/${folder}/*`, `**/${folder}/**`, `../${folder}`, `./${folder}`], why);

/** Folder → what it must not import, and why. */
const LAYERS = {
  'src/domain/**/*.ts': [rule([...UI_LIBS, ...NODE, 'cytoscape'], 'The domain is pure TypeScript: no React, zustand, Cytoscape or Node built-ins.'), not('app', 'The domain never imports the app.'), notPipeline, notE2e],
  'src/pipeline/**/*.ts': [rule([...UI_LIBS, 'cytoscape'], 'The pipeline runs in Node: no React, zustand or Cytoscape.'), not('app', 'The pipeline never imports the app.'), notE2e],
  'src/app/store/**/*.{ts,tsx}': [notCanvas, notE2e, notPipeline, ...['components', 'details', 'graph-view', 'ui', 'session'].map((f) => not(f, 'The store holds state and actions; views read it, it reads no view.'))],
  'src/app/ui/**/*.{ts,tsx}': [notCanvas, notE2e, notPipeline, ...['components', 'details', 'graph-view', 'session'].map((f) => not(f, 'Shared UI primitives import no feature.'))],
  'src/app/details/**/*.{ts,tsx}': [notCanvas, notE2e, notPipeline, ...['components', 'graph-view', 'session'].map((f) => not(f, 'Details panels import only the store, ui and the domain.'))],
  'src/app/story/**/*.{ts,tsx}': [notCanvas, notE2e, notPipeline, ...['components', 'details', 'graph-view', 'session'].map((f) => not(f, 'The Story tab imports only the store, ui and the domain.'))],
  'src/app/session/**/*.{ts,tsx}': [notCanvas, notE2e, notPipeline, ...['components', 'details', 'graph-view'].map((f) => not(f, 'The session (load, check, import, URL) imports no panel or canvas.'))],
  'src/app/graph-view/**/*.{ts,tsx}': [notE2e, notPipeline, ...['components', 'details'].map((f) => not(f, 'The canvas imports no panel; shared pieces live in ui/ or theme.ts.'))],
  'src/app/components/**/*.{ts,tsx}': [notCanvas, notE2e, notPipeline],
  'src/app/analytics/**/*.ts': [notCanvas, notE2e, notPipeline, ...['components', 'details', 'graph-view', 'ui', 'session'].map((f) => not(f, 'The analytics worker runs domain code only.'))],
  'src/app/review/**/*.{ts,tsx}': [notCanvas, notE2e, notPipeline, ...['components', 'details', 'graph-view', 'session'].map((f) => not(f, 'Review panels read the review and explorer stores, ui and the domain; the server is reached over HTTP only.'))],
  'src/app/*.{ts,tsx}': [notCanvas, notE2e, notPipeline],
  'src/server/**/*.ts': [rule([...UI_LIBS, 'cytoscape'], 'The server is a thin HTTP layer in Node: no React, zustand or Cytoscape.'), not('app', 'The server serves the built app; it never imports its code.'), notE2e],
};

function layerRules() {
  return Object.entries(LAYERS).map(([files, patterns]) => ({ files: [files], rules: { 'no-restricted-imports': ['error', { patterns }] } }));
}

export default tseslint.config(
  { ignores: ['dist', 'dist-test', 'node_modules', 'test-results', 'playwright-report', 'bench-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The house's import rules (docs/architecture.md). Each folder lists what it must not import;
  // a later block for the same files replaces an earlier one, so every folder gets one block.
  ...layerRules(),
);
