// Fetches and checks the graph file named by ?graph= (default: the committed /data/graph.json).
import type { GraphFile } from '../domain/graph-contract';
import { parseGraphText } from '../domain/graph-load';

export const DEFAULT_GRAPH_URL = '/data/graph.json';

export type LoadOutcome =
  | { ok: true; graph: GraphFile; source: string }
  | { ok: false; source: string; summary: string; problems: string[]; hint?: string };

/** Resolves ?graph= against the page; only same-origin URLs can load (CSP connect-src 'self'). */
export function graphSource(param: string | null): { url: string; source: string } | { error: LoadOutcome } {
  if (!param) return { url: DEFAULT_GRAPH_URL, source: DEFAULT_GRAPH_URL };
  let url: URL;
  try {
    url = new URL(param, location.href);
  } catch {
    return { error: { ok: false, source: param, summary: `"${param}" is not a valid URL.`, problems: [] } };
  }
  if (url.origin !== location.origin) {
    return {
      error: {
        ok: false,
        source: param,
        summary: `${param} is on another site (${url.origin}); the explorer only loads graph files from its own origin.`,
        problems: [],
        hint: 'Copy the file next to the app (for example into data/ or public/) and use a relative URL such as ?graph=/data/other.json.',
      },
    };
  }
  return { url: url.href, source: param };
}

export async function loadGraph(param: string | null): Promise<LoadOutcome> {
  const where = graphSource(param);
  if ('error' in where) return where.error;
  const { url, source } = where;
  let response: Response;
  try {
    // Plain GET, so that the <link rel="preload"> of the default graph is reused.
    response = await fetch(url);
  } catch (error) {
    return {
      ok: false,
      source,
      summary: `Could not load ${source}: the request failed.`,
      problems: [error instanceof Error ? error.message : String(error)],
      hint: 'Check that the server is running and the URL is right.',
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      source,
      summary: `Could not load ${source}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      problems: [],
      hint: param ? 'Check the ?graph= URL.' : 'Build the graph with `npm run build:graph`, then reload.',
    };
  }
  const text = await response.text();
  performance.mark('kg:graph-fetched');
  const parsed = parseGraphText(text, source);
  if (!parsed.ok) return { ...parsed, hint: 'Fix the file (npm run build:graph reports problems in the curated data), then reload.' };
  return { ok: true, graph: parsed.graph, source };
}
