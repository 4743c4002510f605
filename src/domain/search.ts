// Actor search over labels and aliases, forgiving about case, accents, dots and apostrophes
// ("washington", "u.s", "us" all find the United States).
import type { GraphIndex } from './graph-index';

export interface SearchHit {
  nodeId: string;
  label: string;
  kind: string;
  /** The label or alias that matched. */
  matched: string;
  via: 'label' | 'alias';
  score: number;
}

export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.’'‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function scoreCandidate(candidate: string, query: string): number {
  if (candidate === query) return 100;
  if (candidate.startsWith(query)) return 80;
  if (candidate.split(' ').some((word) => word.startsWith(query))) return 60;
  // Multi-word queries: every query word starts some word of the candidate.
  const words = candidate.split(' ');
  const parts = query.split(' ');
  if (parts.length > 1 && parts.every((p) => words.some((w) => w.startsWith(p)))) return 50;
  if (candidate.includes(query)) return 30;
  return 0;
}

export function searchActors(index: GraphIndex, query: string, limit = 8): SearchHit[] {
  const q = normalizeForSearch(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const node of index.file.nodes) {
    let best: SearchHit | undefined;
    const consider = (text: string, via: SearchHit['via']): void => {
      // An alias match ranks just below the same kind of match on the label.
      const score = scoreCandidate(normalizeForSearch(text), q) - (via === 'alias' ? 5 : 0);
      if (score > 0 && (!best || score > best.score)) best = { nodeId: node.id, label: node.label, kind: node.kind, matched: text, via, score };
    };
    consider(node.label, 'label');
    for (const alias of node.aliases) if (alias !== node.label) consider(alias, 'alias');
    if (best) hits.push(best);
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      (index.degree.get(b.nodeId) ?? 0) - (index.degree.get(a.nodeId) ?? 0) ||
      a.label.localeCompare(b.label),
  );
  return hits.slice(0, limit);
}

/** Ids of all nodes that match (for marking matches on the canvas). */
export function matchingNodeIds(index: GraphIndex, query: string): Set<string> {
  return new Set(searchActors(index, query, Number.POSITIVE_INFINITY).map((h) => h.nodeId));
}
