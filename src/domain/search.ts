// Actor search over labels and aliases, forgiving about case, accents, dots and apostrophes
// ("washington", "u.s", "us" all find the United States). The labels are indexed once per
// graph (search-index.ts); a keystroke scores only the actors the index points at.
import type { GraphIndex } from './graph-index';
import { normalizeForSearch, searchIndexOf, type SearchCandidate, type SearchEntry } from './search-index';

export interface SearchHit {
  nodeId: string;
  label: string;
  kind: string;
  /** The label or alias that matched. */
  matched: string;
  via: 'label' | 'alias';
  score: number;
}

export { normalizeForSearch };

function scoreCandidate(c: SearchCandidate, query: string, parts: readonly string[]): number {
  const { norm, words } = c;
  if (norm === query) return 100;
  if (norm.startsWith(query)) return 80;
  if (words.some((word) => word.startsWith(query))) return 60;
  // Multi-word queries: every query word starts some word of the candidate.
  if (parts.length > 1 && parts.every((p) => words.some((w) => w.startsWith(p)))) return 50;
  if (norm.includes(query)) return 30;
  return 0;
}

// The search box and the canvas marks ask for the same query on the same keystroke: one scan.
// Typing on narrows the last query: whatever matches "kab" also matches "ka" (prefixes, word
// prefixes and substrings all shrink), so only the last matches need scoring again.
let lastScan: { index: GraphIndex; q: string; hits: readonly SearchHit[]; entries: readonly SearchEntry[] } | null = null;

/** The best-scoring label or alias of each matching node, in file order. */
function scan(index: GraphIndex, query: string): SearchHit[] {
  const q = normalizeForSearch(query);
  if (!q) return [];
  if (lastScan && lastScan.index === index && lastScan.q === q) return [...lastScan.hits];
  const parts = q.split(' ');
  // The actors that hold every pair or triple of letters of the query (search-index.ts), or the
  // last query's matches when the user typed on, whichever is fewer.
  const indexed = searchIndexOf(index).candidates(parts);
  const narrowed = lastScan && lastScan.index === index && q.startsWith(lastScan.q) ? lastScan.entries : null;
  const from = narrowed && narrowed.length < indexed.length ? narrowed : indexed;
  const entries: SearchEntry[] = [];
  const hits: SearchHit[] = [];
  for (const entry of from) {
    let best: SearchCandidate | undefined;
    let bestScore = 0;
    for (const c of entry.candidates) {
      // An alias match ranks just below the same kind of match on the label.
      const score = scoreCandidate(c, q, parts) - (c.via === 'alias' ? 5 : 0);
      if (score > 0 && score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best) {
      const node = index.file.nodes[entry.index]!;
      entries.push(entry);
      hits.push({ nodeId: node.id, label: node.label, kind: node.kind, matched: best.text, via: best.via, score: bestScore });
    }
  }
  lastScan = { index, q, hits, entries };
  return [...hits];
}

export function searchActors(index: GraphIndex, query: string, limit = 8): SearchHit[] {
  const hits = scan(index, query);
  const rank = (a: SearchHit, b: SearchHit) =>
    b.score - a.score || (index.degree.get(b.nodeId) ?? 0) - (index.degree.get(a.nodeId) ?? 0) || a.label.localeCompare(b.label);
  if (hits.length <= limit * 4) return hits.sort(rank).slice(0, limit);
  // A short query can match most of a large graph: keep the best few instead of sorting all.
  const top: SearchHit[] = [];
  for (const h of hits) {
    if (top.length === limit && rank(h, top[limit - 1]!) >= 0) continue;
    let i = top.length;
    while (i > 0 && rank(h, top[i - 1]!) < 0) i -= 1;
    top.splice(i, 0, h);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** Ids of all nodes that match (for marking matches on the canvas); no ranking needed. */
export function matchingNodeIds(index: GraphIndex, query: string): Set<string> {
  return new Set(scan(index, query).map((h) => h.nodeId));
}
