import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const DATA_DIR = resolve(import.meta.dirname, 'data');
/** Graph files the app may fetch: data/<name>.json, served at /data/<name>.json. */
const DATA_URL = /^\/data\/([\w-]+(?:\.[\w-]+)*\.json)(?:\?.*)?$/;

function serveData(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const match = req.url ? DATA_URL.exec(req.url) : null;
  const file = match ? resolve(DATA_DIR, match[1]!) : '';
  if (!match || !existsSync(file)) return next();
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache');
  res.end(readFileSync(file));
}

/**
 * The committed graph is fetched at run time from /data/graph.json: read from disk in dev and
 * preview (so a rebuilt graph shows on reload) and copied into dist/data/ for static hosting.
 */
function graphData(): Plugin {
  return {
    name: 'kg-graph-data',
    configureServer(server) {
      server.middlewares.use(serveData);
    },
    configurePreviewServer(server) {
      server.middlewares.use(serveData);
    },
    generateBundle() {
      const file = resolve(DATA_DIR, 'graph.json');
      if (!existsSync(file)) {
        this.warn('data/graph.json does not exist: run `npm run build:graph`. The app will show a loading error.');
        return;
      }
      this.emitFile({ type: 'asset', fileName: 'data/graph.json', source: readFileSync(file) });
    },
  };
}

/**
 * The dev server needs an inline script (React refresh preamble), inline styles (CSS HMR)
 * and a websocket; relax the Content-Security-Policy for `vite` only. The build keeps it strict.
 */
function devCsp(): Plugin {
  return {
    name: 'kg-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: wss:");
    },
  };
}

export default defineConfig({
  plugins: [react(), graphData(), devCsp()],
  publicDir: 'public',
  server: { fs: { allow: ['.'] } },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1200 },
});
