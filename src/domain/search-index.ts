// The actor search's index, built once per graph: every label and alias normalised, and which
// actors hold each pair and each triple of letters inside a word. A keystroke then looks at the
// actors that hold every pair or triple of the query (the rarest one's list) instead of
// comparing every label; search.ts scores those few exactly as it would have scored them all.
// It can be built a slice at a time (`advance`), so that the app builds it while idle.
import type { GraphIndex } from './graph-index';

export interface SearchCandidate {
  /** The label or alias as written. */
  readonly text: string;
  readonly norm: string;
  readonly words: readonly string[];
  readonly via: 'label' | 'alias';
}

export interface SearchEntry {
  /** The actor's position in the file's node list. */
  readonly index: number;
  readonly candidates: readonly SearchCandidate[];
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function normalizeForSearch(text: string): string {
  // Most labels are plain ASCII: the same result without Unicode decomposition and classes.
  if (PRINTABLE_ASCII.test(text)) {
    return text
      .toLowerCase()
      .replace(/[.'`]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.’'‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const NONE: readonly number[] = [];
const SPACE = 32;

// Keys of a pair or a triple of UTF-16 code units (the units `includes` compares), folded into
// small integers (quick Map keys). Two letters that fold alike only widen a list: search.ts
// checks every candidate it is given.
const pairKey = (s: string, i: number): number => ((s.charCodeAt(i) & 0x7fff) << 15) | (s.charCodeAt(i + 1) & 0x7fff);
const tripleKey = (s: string, i: number): number => ((s.charCodeAt(i) & 0x3ff) << 20) | ((s.charCodeAt(i + 1) & 0x3ff) << 10) | (s.charCodeAt(i + 2) & 0x3ff);

export class SearchIndex {
  /** One entry per actor, in file order (those indexed so far). */
  readonly entries: SearchEntry[] = [];
  /** Pair or triple of letters → positions in `entries` of the actors holding it, ascending. */
  private readonly pairs = new Map<number, number[]>();
  private readonly triples = new Map<number, number[]>();

  constructor(private readonly graph: GraphIndex) {}

  get complete(): boolean {
    return this.entries.length >= this.graph.file.nodes.length;
  }

  /** Indexes up to `count` more actors; true once all are. */
  advance(count = Infinity): boolean {
    const nodes = this.graph.file.nodes;
    const end = Math.min(nodes.length, this.entries.length + count);
    for (let i = this.entries.length; i < end; i += 1) {
      const node = nodes[i]!;
      const candidates: SearchCandidate[] = [];
      const add = (text: string, via: SearchCandidate['via']): void => {
        const norm = normalizeForSearch(text);
        if (!norm) return;
        candidates.push({ text, norm, words: norm.split(' '), via });
        this.addGrams(norm, i);
      };
      add(node.label, 'label');
      for (const alias of node.aliases) if (alias !== node.label) add(alias, 'alias');
      this.entries.push({ index: i, candidates });
    }
    return this.complete;
  }

  /**
   * The actors whose labels or aliases may match the normalised query words `parts`: those that
   * hold every pair (two-letter word) or triple (longer word) of them, narrowed by the rarest.
   * A superset of the matches, in file order; every actor when no word has two letters.
   */
  candidates(parts: readonly string[]): readonly SearchEntry[] {
    this.advance();
    let rarest: readonly number[] | null = null;
    for (const part of parts) {
      if (part.length < 2) continue;
      const triple = part.length >= 3;
      for (let i = 0; i + (triple ? 3 : 2) <= part.length; i += 1) {
        const list = (triple ? this.triples.get(tripleKey(part, i)) : this.pairs.get(pairKey(part, i))) ?? NONE;
        if (list.length === 0) return [];
        if (rarest === null || list.length < rarest.length) rarest = list;
      }
    }
    return rarest === null ? this.entries : rarest.map((e) => this.entries[e]!);
  }

  private addGrams(norm: string, entry: number): void {
    for (let i = 0; i + 1 < norm.length; i += 1) {
      // Only inside words: a query word never holds a space.
      if (norm.charCodeAt(i) === SPACE || norm.charCodeAt(i + 1) === SPACE) continue;
      push(this.pairs, pairKey(norm, i), entry);
      if (i + 2 < norm.length && norm.charCodeAt(i + 2) !== SPACE) push(this.triples, tripleKey(norm, i), entry);
    }
  }
}

/** Adds `entry` to the list of `key` once (entries arrive in ascending order). */
function push(map: Map<number, number[]>, key: number, entry: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (list[list.length - 1] !== entry) list.push(entry);
}

// One per graph, kept as long as the graph is.
const indexes = new WeakMap<GraphIndex, SearchIndex>();

/** The graph's search index, as far as it is built (`candidates` completes it). */
export function searchIndexOf(graph: GraphIndex): SearchIndex {
  let index = indexes.get(graph);
  if (!index) indexes.set(graph, (index = new SearchIndex(graph)));
  return index;
}
