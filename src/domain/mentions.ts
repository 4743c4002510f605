// Finds actor mentions: registry aliases matched on word boundaries (case-sensitive, longest match
// wins), minus the registry's `except` contexts, then corrected by annotations (reassign, add
// indirect references such as "he", or drop with actor null).
import { sentenceIndexAt } from './sentences';

export interface AliasSpec {
  actorId: string;
  text: string;
  /** Exact passages in which this alias does not mean the actor. */
  except?: readonly string[];
  /**
   * EDTF interval in which the alias names this actor ("Moscow" is the Soviet Union in
   * 1922/1991, Russia from 1992). One text may have several dated owners with disjoint intervals.
   */
  during?: string;
}

export interface AliasHit {
  start: number;
  end: number;
  alias: AliasSpec;
  /** Dated owners of the same text, when there are several. */
  dated?: readonly AliasSpec[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  alias?: AliasSpec;
  /** Every owner of this text when its aliases are dated (the first is `alias`). */
  dated?: AliasSpec[];
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);

/**
 * A trie over all alias texts, built once per build: scanning a text costs its length times the
 * depth of the longest partial match, whatever the size of the registry.
 */
export class AliasMatcher {
  private readonly root: TrieNode = { next: new Map() };

  /** Later aliases with the same text replace earlier ones; callers reject such duplicates first. */
  constructor(aliases: Iterable<AliasSpec>) {
    for (const alias of aliases) {
      if (!alias.text) continue;
      let node = this.root;
      // Code units, not code points: the scan indexes the text by UTF-16 units.
      for (let k = 0; k < alias.text.length; k++) {
        const ch = alias.text[k]!;
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map() }));
        node = child;
      }
      if (alias.during !== undefined && node.alias?.during !== undefined) (node.dated ??= [node.alias]).push(alias);
      else node.alias = alias;
    }
  }

  /** Non-overlapping alias occurrences in text[from, to), leftmost first, longest at each start. */
  find(text: string, from = 0, to = text.length): AliasHit[] {
    const hits: AliasHit[] = [];
    let i = from;
    while (i < to) {
      const best = this.longestAt(text, i, to);
      if (best) {
        hits.push(best);
        i = best.end;
      } else i++;
    }
    return hits;
  }

  private longestAt(text: string, start: number, to: number): AliasHit | undefined {
    const first = text[start];
    if (first === undefined) return undefined;
    let node = this.root.next.get(first);
    // An alias that starts with a letter must not start inside a word.
    if (!node || (isWordChar(first) && isWordChar(text[start - 1]))) return undefined;
    let best: AliasHit | undefined;
    let j = start + 1;
    for (;;) {
      if (node.alias) {
        const last = text[j - 1];
        const after = j < to ? text[j] : undefined;
        if (!(isWordChar(last) && isWordChar(after))) best = { start, end: j, alias: node.alias, ...(node.dated ? { dated: node.dated } : {}) };
      }
      if (j >= to) break;
      const child: TrieNode | undefined = node.next.get(text[j]!);
      if (!child) break;
      node = child;
      j++;
    }
    return best;
  }
}

export interface MentionOverride {
  /** null drops the alias matches at this span: the words name nobody in the registry. */
  actorId: string | null;
  start: number;
  end: number;
  /** A draft's suggestion, not yet reviewed. */
  suggested?: boolean;
}

export interface FoundMention {
  sentenceIndex: number;
  start: number;
  end: number;
  actorId: string;
  via: 'alias' | 'annotation';
  suggested?: boolean;
}

export interface MentionResult {
  /** Sorted by start, end, actor id. */
  mentions: FoundMention[];
  /** Indexes of `overrides` with actor null that removed no alias match (probably a mistake). */
  idleDrops: number[];
  /** Except contexts that removed at least one match, as `${actorId}\u0000${alias}\u0000${context}`. */
  usedExcepts: Set<string>;
}

export const exceptKey = (alias: AliasSpec, context: string): string => `${alias.actorId}\u0000${alias.text}\u0000${context}`;

/**
 * Mentions in one document. `sentences` are sorted spans of the document text; alias matches are
 * found per sentence, so a mention never crosses a sentence break. Overrides must lie inside one
 * sentence (the pipeline checks); others are ignored.
 */
export function findMentions(
  text: string,
  sentences: ReadonlyArray<{ start: number; end: number }>,
  matcher: AliasMatcher,
  overrides: readonly MentionOverride[] = [],
  published?: string,
): MentionResult {
  const usedExcepts = new Set<string>();
  let aliasHits: FoundMention[] = [];
  for (const [sentenceIndex, s] of sentences.entries()) {
    for (const found of matcher.find(text, s.start, s.end)) {
      const hit = resolveDatedAlias(found, text.slice(s.start, s.end), published, found.start - s.start);
      if (!hit) continue;
      const context = hit.alias.except?.find((c) => isInsideOccurrence(text, s.start, s.end, c, hit.start, hit.end));
      if (context !== undefined) {
        usedExcepts.add(exceptKey(hit.alias, context));
        continue;
      }
      aliasHits.push({ sentenceIndex, start: hit.start, end: hit.end, actorId: hit.alias.actorId, via: 'alias' });
    }
  }

  const added: FoundMention[] = [];
  const idleDrops: number[] = [];
  for (const [k, o] of overrides.entries()) {
    const sentenceIndex = sentenceIndexAt(sentences, o.start);
    if (sentenceIndex < 0 || o.end > sentences[sentenceIndex]!.end || o.end <= o.start) continue;
    const before = aliasHits.length;
    if (o.actorId === null) {
      aliasHits = aliasHits.filter((h) => h.end <= o.start || h.start >= o.end);
      if (aliasHits.length === before) idleDrops.push(k);
      continue;
    }
    const actorId = o.actorId;
    // Quoting exactly an alias's words reassigns them; a longer description ("the Taliban chief
    // diplomat") is an extra mention, keeping the names inside it except the same actor's own.
    aliasHits = aliasHits.filter(
      (h) => !((h.start === o.start && h.end === o.end) || (h.actorId === actorId && h.start >= o.start && h.end <= o.end)),
    );
    if (!added.some((m) => m.actorId === actorId && m.start === o.start && m.end === o.end)) {
      added.push({ sentenceIndex, start: o.start, end: o.end, actorId, via: 'annotation', ...(o.suggested ? { suggested: true } : {}) });
    }
  }

  const mentions = [...aliasHits, ...added].sort(
    (a, b) => a.start - b.start || a.end - b.end || (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0),
  );
  return { mentions, idleDrops, usedExcepts };
}

/**
 * The time a name in a sentence belongs to: the last year (1900–2099) named before it in the
 * sentence ("in 1979 to help a pro-Moscow government"), else the publication date ("Moscow said on
 * Friday that the 1979 invasion …" is today's Moscow).
 */
export function sentenceTime(sentence: string, published: string | undefined, before = sentence.length): [number, number] | undefined {
  let year: string | undefined;
  for (const m of sentence.slice(0, before).matchAll(/(?<![\p{L}\p{N}])(19\d\d|20\d\d)(?![\p{L}\p{N}])/gu)) year = m[1];
  if (year) return [Number(year) * 10000 + 101, Number(year) * 10000 + 1231];
  const day = published && /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (!day) return undefined;
  const n = Number(day[1]) * 10000 + Number(day[2]) * 100 + Number(day[3]);
  return [n, n];
}

/** An EDTF point or interval as a span of yyyymmdd numbers (open ends unbounded). */
function spanOf(edtf: string): [number, number] {
  const [a = '..', b = a] = edtf.split('/');
  const point = (p: string, end: boolean): number => {
    if (p === '..' || p === '') return end ? Infinity : -Infinity;
    const [y = '0', m, d] = p.split('-');
    return Number(y) * 10000 + (m ? Number(m) : end ? 12 : 1) * 100 + (d ? Number(d) : end ? 31 : 1);
  };
  return [point(a, false), point(b, true)];
}

/**
 * Chooses among a text's dated owners by the sentence's time; an alias dated outside that time
 * names nobody ("Kabul" in 2010 is neither the 1979 government nor the Taliban).
 */
export function resolveDatedAlias(hit: AliasHit, sentence: string, published: string | undefined, offsetInSentence = sentence.length): AliasHit | undefined {
  const owners = hit.dated ?? (hit.alias.during !== undefined ? [hit.alias] : undefined);
  if (!owners) return hit;
  const time = sentenceTime(sentence, published, offsetInSentence);
  if (!time) return { start: hit.start, end: hit.end, alias: owners[0]! };
  const owner = owners.find((o) => {
    const [from, to] = spanOf(o.during!);
    return from <= time[1] && time[0] <= to;
  });
  return owner && { start: hit.start, end: hit.end, alias: owner };
}

/** Whether [start, end) lies inside some occurrence of `context` within text[from, to). */
function isInsideOccurrence(text: string, from: number, to: number, context: string, start: number, end: number): boolean {
  // Only occurrences that begin in [end - context.length, start] can contain the match.
  let pos = text.indexOf(context, Math.max(from, end - context.length));
  while (pos >= 0 && pos <= start && pos + context.length <= to) {
    if (pos + context.length >= end) return true;
    pos = text.indexOf(context, pos + 1);
  }
  return false;
}
