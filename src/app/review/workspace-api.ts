// The browser's side of the workspace server's API. Without a server (dist/ on a static host) the
// probe finds no API and the explorer stays read-only. The access token comes from the address
// `npm start` printed (?token=…); it is kept for this tab and taken out of the address bar.
import type { ArticleSummary, ArticleView, SavedReview } from '../../domain/review-api';
import type { ReviewAction } from '../../domain/review-actions';

export type { ArticleSummary, ArticleView, FileChange, ProposedActorItem, RelationItem } from '../../domain/review-api';
export type Saved = SavedReview;

export type ApiResult<T> =
  | { ok: true; value: T }
  | { ok: false; kind: 'offline'; message: string }
  | { ok: false; kind: 'conflict'; message: string; current?: ArticleView }
  | { ok: false; kind: 'unauthorised' | 'refused'; message: string; errors?: string[] };

export type WorkspaceStatus = { kind: 'none' } | { kind: 'editable' } | { kind: 'read-only'; why: string };

const TOKEN_KEY = 'kg-workspace-token';

/** Moves ?token= from the address into this tab's session storage (before the URL sync starts). */
export function takeTokenFromAddress(): void {
  const url = new URL(location.href);
  const token = url.searchParams.get('token');
  if (token === null) return;
  try {
    sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Storage can be disabled; the token then lasts until reload, in memory.
    memoryToken = token;
  }
  url.searchParams.delete('token');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

let memoryToken: string | null = null;
function token(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? memoryToken;
  } catch {
    return memoryToken;
  }
}

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    const t = token();
    response = await fetch(`/api${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(t !== null ? { 'X-Workspace-Token': t } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      cache: 'no-store',
    });
  } catch {
    return { ok: false, kind: 'offline', message: 'The workspace server does not answer (was `npm start` stopped?).' };
  }
  let json: Record<string, unknown> = {};
  try {
    json = (await response.json()) as Record<string, unknown>;
  } catch {
    if (response.ok) return { ok: false, kind: 'refused', message: `the server's answer to ${path} is not JSON` };
  }
  if (response.ok) return { ok: true, value: json as T };
  const message = typeof json.error === 'string' ? json.error : `${response.status} ${response.statusText}`;
  if (response.status === 409) return { ok: false, kind: 'conflict', message, ...(json.current ? { current: json.current as ArticleView } : {}) };
  if (response.status === 401) return { ok: false, kind: 'unauthorised', message };
  if (response.status >= 502 && response.status <= 504) return { ok: false, kind: 'offline', message };
  return { ok: false, kind: 'refused', message, ...(Array.isArray(json.errors) ? { errors: json.errors as string[] } : {}) };
}

/** Whether this page is served by a workspace, and whether this tab may write to it. */
export async function probeWorkspace(): Promise<WorkspaceStatus> {
  const r = await call<{ editable?: boolean; token?: string }>('GET', '/workspace');
  if (!r.ok || r.value.editable !== true) return { kind: 'none' };
  if (r.value.token === 'valid') return { kind: 'editable' };
  return {
    kind: 'read-only',
    why: r.value.token === 'wrong' ? 'The access token of this tab belongs to an earlier run of the server.' : 'This tab has no access token.',
  };
}

export const workspaceApi = {
  articles: () => call<{ articles: ArticleSummary[] }>('GET', '/articles'),
  article: (id: string) => call<ArticleView>('GET', `/articles/${encodeURIComponent(id)}`),
  ingest: (body: { text: string; html?: boolean; date?: string; outlet?: string; title?: string; url?: string }) =>
    call<{ id: string; summary: string; warnings: string[]; article: ArticleView }>('POST', '/articles', body),
  act: (id: string, base: { version: string; registryVersion: string }, action: ReviewAction) =>
    call<Saved>('POST', `/articles/${encodeURIComponent(id)}/actions`, { base, action }),
  restore: (id: string, base: { version: string; registryVersion: string }, texts: { annotation?: string; actors?: string }) =>
    call<Saved>('POST', `/articles/${encodeURIComponent(id)}/restore`, { base, texts }),
};
