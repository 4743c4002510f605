// The workspace server's HTTP rules, through Hono's request(): token, origin, host, body size,
// ids that try to leave data/, stale writes, and writes that would break the build.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildGraph } from '../pipeline/build';
import { ruleExtractor } from '../pipeline/ingest/rules/index';
import { Workspace } from '../pipeline/workspace/workspace';
import { createServerApp } from './http-app';

const ARTICLE = '2024-09-06_kyrgyzstan-removes-taliban';
const HOST = '127.0.0.1:5999';
const TOKEN = 'secret-token';

let root: string;
let app: ReturnType<typeof createServerApp>;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kg-server-'));
  cpSync('data', join(root, 'data'), { recursive: true });
  const dist = join(root, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
  const workspace = new Workspace(root, ruleExtractor);
  // As `npm start` does before it listens.
  workspace.rebuild();
  app = createServerApp({ workspace, distDir: dist, token: TOKEN, hosts: [HOST] });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const request = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
  app.request(path, { ...init, headers: { host: HOST, ...init.headers } });
const post = (path: string, body: unknown, headers: Record<string, string> = { 'x-workspace-token': TOKEN }) =>
  request(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

async function articleView(id = ARTICLE) {
  return (await (await request(`/api/articles/${id}`)).json()) as { version: string; registryVersion: string; relations: Array<{ id: string; review: string }> };
}
const annotationText = () => readFileSync(join(root, 'data/annotations', `${ARTICLE}.yaml`), 'utf8');

describe('workspace server', () => {
  it('serves the app with the security headers and answers a missing file with 404', async () => {
    const page = await request('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await request('/data/graph.json')).status).toBe(200);
    expect((await request('/data/nope.json')).status).toBe(404);
    expect((await request('/assets/nope.js')).status).toBe(404);
  });

  it('refuses writes without the token, from other origins and for other host names', async () => {
    const { version, registryVersion } = await articleView();
    const body = { base: { version, registryVersion }, action: { kind: 'accept-relation', id: 'r06' } };
    expect((await post(`/api/articles/${ARTICLE}/actions`, body, {})).status).toBe(401);
    expect((await post(`/api/articles/${ARTICLE}/actions`, body, { 'x-workspace-token': 'wrong' })).status).toBe(401);
    expect((await post(`/api/articles/${ARTICLE}/actions`, body, { 'x-workspace-token': TOKEN, origin: 'http://evil.example' })).status).toBe(403);
    const misdirected = await request('/api/articles', { headers: { host: 'evil.example:5999' } });
    expect(misdirected.status).toBe(421);
    expect(misdirected.headers.get('x-content-type-options')).toBe('nosniff');
    const crossSite = await request('/', { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(annotationText()).toBe(readFileSync(`data/annotations/${ARTICLE}.yaml`, 'utf8'));
    expect((await request('/api/workspace')).status).toBe(200);
    expect(await (await request('/api/workspace', { headers: { 'x-workspace-token': TOKEN } })).json()).toEqual({ editable: true, token: 'valid' });
  });

  it('keeps ids inside data/ and bodies small', async () => {
    for (const id of ['..%2F..%2Fetc%2Fpasswd', '..', '%2e%2e', 'nope']) expect((await request(`/api/articles/${id}`)).status).toBe(404);
    const huge = await post('/api/articles', { text: 'x'.repeat(3 * 1024 * 1024) });
    expect(huge.status).toBe(413);
  });

  it('applies an action, rebuilds the graph as a full build would, and refuses a stale write with the newer version', async () => {
    const base = await articleView();
    const ok = await post(`/api/articles/${ARTICLE}/actions`, { base: { version: base.version, registryVersion: base.registryVersion }, action: { kind: 'edit-relation', id: 'r06', set: { status: 'planned' } } });
    expect(ok.status).toBe(200);
    const saved = (await ok.json()) as { reread: string[]; changes: Array<{ file: string; before: string; after: string }> };
    expect(saved.reread).toEqual([ARTICLE]);
    expect(saved.changes.map((c) => c.file)).toEqual(['annotation']);
    expect(annotationText()).toContain('status: planned');
    const full = buildGraph(root);
    expect(full.ok && full.json).toBe(readFileSync(join(root, 'data/graph.json'), 'utf8'));

    const stale = await post(`/api/articles/${ARTICLE}/actions`, { base: { version: base.version, registryVersion: base.registryVersion }, action: { kind: 'reject-relation', id: 'r06' } });
    expect(stale.status).toBe(409);
    const conflict = (await stale.json()) as { error: string; current: { version: string } };
    expect(conflict.error).toMatch(/changed since this page loaded it/);
    expect(conflict.current.version).not.toBe(base.version);

    // Undo: the texts from before, based on the version after.
    const current = await articleView();
    const undo = await post(`/api/articles/${ARTICLE}/restore`, { base: { version: current.version, registryVersion: current.registryVersion }, texts: { annotation: saved.changes[0]!.before } });
    expect(undo.status).toBe(200);
    expect(annotationText()).toBe(readFileSync(`data/annotations/${ARTICLE}.yaml`, 'utf8'));
  });

  it('refuses a write that would break the build, naming the file and line, and writes nothing', async () => {
    const base = await articleView();
    const before = annotationText();
    const res = await post(`/api/articles/${ARTICLE}/actions`, { base: { version: base.version, registryVersion: base.registryVersion }, action: { kind: 'edit-relation', id: 'r06', set: { target: 'no-such-actor' } } });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: string };
    expect(body.error).toMatch(new RegExp(`data/annotations/${ARTICLE}\\.yaml:\\d+: .*unknown actor id "no-such-actor"`));
    expect(annotationText()).toBe(before);
  });

  it('ingests a pasted article: its suggestions at once, and the graph served next includes it', async () => {
    const text = readFileSync(`data/sources/${ARTICLE}.txt`, 'utf8').replace('20 organizations', 'twenty organizations');
    const res = await post('/api/articles', { text, title: 'Kyrgyzstan list, retold' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; article: { relations: Array<{ review: string }> } };
    expect(body.id).toMatch(/^2024-09-06_kyrgyzstan-list-retold$/);
    expect(body.article.relations.length).toBeGreaterThan(0);
    expect(body.article.relations.every((r) => r.review === 'suggested')).toBe(true);
    const graph = (await (await request('/data/graph.json')).json()) as { documents: Array<{ id: string }> };
    expect(graph.documents.map((d) => d.id)).toContain(body.id);
    const full = buildGraph(root);
    expect(full.ok && full.json).toBe(readFileSync(join(root, 'data/graph.json'), 'utf8'));
    // The same text again is refused, naming the article it already is.
    const again = await post('/api/articles', { text });
    expect(again.status).toBe(422);
    expect(((await again.json()) as { error: string }).error).toContain(body.id);
  });

  it('answers bad JSON and unknown actions with 400', async () => {
    const res = await request(`/api/articles/${ARTICLE}/actions`, { method: 'POST', body: '{', headers: { 'content-type': 'application/json', 'x-workspace-token': TOKEN } });
    expect(res.status).toBe(400);
    const base = await articleView();
    const unknown = await post(`/api/articles/${ARTICLE}/actions`, { base: { version: base.version, registryVersion: base.registryVersion }, action: { kind: 'explode' } });
    expect(unknown.status).toBe(400);
  });
});
