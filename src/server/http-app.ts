// The workspace server's HTTP layer: the built explorer, the graph, and an API over the project's
// data/ folder. It owns no domain logic: every read and write goes through the pipeline's Workspace.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { reviewActionSchema } from '../domain/review-actions';
import type { Failure, Workspace } from '../pipeline/workspace/workspace';
import { securityHeaders } from './security-headers';

export interface ServerOptions {
  workspace: Workspace;
  /** The built explorer (dist/). */
  distDir: string;
  token: string;
  /** Host names (with port) this server answers as, e.g. 127.0.0.1:5173 and localhost:5173; read per request (the port is known once listening). */
  hosts: string[];
  maxBodyBytes?: number;
}

const TOKEN_HEADER = 'x-workspace-token';
const baseSchema = z.strictObject({ version: z.string().max(64), registryVersion: z.string().max(64) });
const actionBody = z.strictObject({ base: baseSchema, action: reviewActionSchema });
const restoreBody = z.strictObject({ base: baseSchema, texts: z.strictObject({ annotation: z.string().optional(), actors: z.string().optional() }) });
const ingestBody = z.strictObject({
  text: z.string().min(1, 'the article text is empty'),
  html: z.boolean().optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD').optional(),
  outlet: z.string().max(200).optional(),
  title: z.string().max(500).optional(),
  url: z.string().max(2000).optional(),
});

const sameToken = (given: string | undefined, token: string): boolean => {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

const fail = (c: Context, f: Failure) => c.json({ error: f.message, ...(f.errors ? { errors: f.errors.slice(0, 20) } : {}) }, f.status);

async function readJson<T>(c: Context, schema: z.ZodType<T>): Promise<{ ok: true; value: T } | { ok: false; response: Response }> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return { ok: false, response: c.json({ error: 'the request body is not JSON' }, 400) };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, response: c.json({ error: `${issue.path.join('.') || 'body'}: ${issue.message}` }, 400) };
  }
  return { ok: true, value: parsed.data };
}

export function createServerApp(options: ServerOptions): Hono {
  const { workspace, token, hosts } = options;
  const app = new Hono();

  // First, so that refusals below carry them too (a 403 shown in another site's frame is not sniffed).
  app.use('*', securityHeaders());
  // A page on another site, or a name that resolves here (DNS rebinding), gets nothing.
  app.use('*', async (c, next) => {
    const host = c.req.header('host');
    if (!host || !hosts.includes(host)) return c.text(`unknown host ${JSON.stringify(host ?? '')}`, 421);
    const origin = c.req.header('origin');
    if (origin !== undefined && !hosts.some((h) => `http://${h}` === origin)) return c.json({ error: `requests from ${origin} are refused` }, 403);
    if (c.req.header('sec-fetch-site') === 'cross-site') return c.json({ error: 'cross-site requests are refused' }, 403);
    await next();
  });

  const api = new Hono();
  api.use('*', bodyLimit({ maxSize: options.maxBodyBytes ?? 2 * 1024 * 1024, onError: (c) => c.json({ error: 'the request body is too large' }, 413) }));
  api.use('*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && !sameToken(c.req.header(TOKEN_HEADER), token)) {
      return c.json({ error: 'this write needs the access token: open the address `npm start` printed (it ends in ?token=…)' }, 401);
    }
    await next();
  });
  api.get('/workspace', (c) => {
    const given = c.req.header(TOKEN_HEADER);
    return c.json({ editable: true, token: given === undefined ? 'missing' : sameToken(given, token) ? 'valid' : 'wrong' });
  });
  api.get('/articles', (c) => c.json({ articles: workspace.listArticles() }));
  api.post('/articles', async (c) => {
    const body = await readJson(c, ingestBody);
    if (!body.ok) return body.response;
    const result = workspace.ingest(body.value);
    return result.ok ? c.json(result, 201) : fail(c, result);
  });
  api.get('/articles/:id', (c) => {
    const result = workspace.article(c.req.param('id'));
    return result.ok ? c.json(result.article) : fail(c, result);
  });
  api.post('/articles/:id/actions', async (c) => {
    const body = await readJson(c, actionBody);
    if (!body.ok) return body.response;
    const result = workspace.apply(c.req.param('id'), body.value.base, body.value.action);
    return result.ok ? c.json(result) : conflictOrFail(c, workspace, c.req.param('id'), result);
  });
  api.post('/articles/:id/restore', async (c) => {
    const body = await readJson(c, restoreBody);
    if (!body.ok) return body.response;
    const result = workspace.restore(c.req.param('id'), body.value.base, body.value.texts);
    return result.ok ? c.json(result) : conflictOrFail(c, workspace, c.req.param('id'), result);
  });
  api.all('*', (c) => c.json({ error: `no API route ${c.req.method} ${c.req.path}` }, 404));
  app.route('/api', api);

  // The graph is read from disk on every request, so a rebuilt graph shows without a restart.
  app.get('/data/:name', (c) => {
    const name = c.req.param('name');
    if (name === 'graph.json') workspace.freshGraph();
    const text = /^[\w-]+\.json$/.test(name) ? workspace.files.read(`data/${name}`) : undefined;
    if (text === undefined) return c.json({ error: `not found: /data/${name}` }, 404);
    c.header('Cache-Control', 'no-cache');
    c.header('Content-Type', 'application/json; charset=utf-8');
    return c.body(text);
  });
  app.use('*', serveStatic({ root: relative(process.cwd(), options.distDir) || '.' }));
  app.get('/', (c) => c.html(readFileSync(join(options.distDir, 'index.html'), 'utf8')));
  app.notFound((c) => c.text(`not found: ${c.req.path}`, 404));
  // A disk that refuses a write (full, read-only): a message the page can show, not a stack trace.
  app.onError((error, c) => {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(`workspace: ${c.req.method} ${c.req.path}: ${error.message}`);
    return c.json({ error: `the server could not do this${code ? ` (${code})` : ''}: ${error.message.split('\n')[0]}; nothing was half-written` }, 500);
  });
  return app;
}

/** A stale write answers 409 with the newer version, so the page can show it and offer to re-apply. */
function conflictOrFail(c: Context, workspace: Workspace, id: string, f: Failure) {
  if (f.status !== 409) return fail(c, f);
  const current = workspace.article(id);
  return c.json({ error: f.message, conflict: true, ...(current.ok ? { current: current.article } : {}) }, 409);
}
