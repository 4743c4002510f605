// Scores one article's predicted claims and actors against its gold ones. Pure: views of the two
// built graphs in, counts out; the caller sums counts over articles (micro averages).
import type { ClaimStatus } from '../../domain/graph-contract';

/** One relation claim of a built graph, reduced to what is scored. */
export interface Claim {
  id: string;
  source: string;
  type: string;
  target: string;
  status: ClaimStatus;
  date?: string;
  saidBy?: string;
  reportedBy?: string;
  /** Evidence sentence ids, to pair claims cited from the same sentence. */
  sentenceIds: string[];
  quote: string;
  /** Text of the first evidence sentence, for --verbose. */
  sentence: string;
  /** The extractor's rule (drafts only), for --verbose. */
  rule?: string;
}

/** What one article contributes to a graph: the actors it mentions or relates, and its claims. */
export interface DocView {
  actors: ReadonlySet<string>;
  claims: Claim[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Tally {
  correct: number;
  total: number;
}
export interface ClaimPair {
  gold: Claim;
  predicted: Claim;
}
/** A triple found on one side only, with the claims that carry it. */
export interface TripleClaims {
  triple: string;
  directed: boolean;
  claims: Claim[];
}
export interface Mismatch {
  field: 'status' | 'date' | 'saidBy';
  gold?: string;
  predicted?: string;
  pair: ClaimPair;
}

export interface ArticleScore {
  actors: Counts;
  relations: Counts;
  byType: Record<string, Counts>;
  status: Tally;
  date: Tally;
  /** Matched pairs where neither side has a date (not in `date`). */
  bothUndated: number;
  saidBy: Tally;
  missedActors: string[];
  extraActors: string[];
  falseNegatives: TripleClaims[];
  falsePositives: TripleClaims[];
  mismatches: Mismatch[];
}

export const zeroCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
export const zeroTally = (): Tally => ({ correct: 0, total: 0 });

export function addCounts(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}
export function addTally(into: Tally, t: Tally): void {
  into.correct += t.correct;
  into.total += t.total;
}

/** null when the denominator is 0 (nothing to measure), so "no prediction" is not read as 0 or 1. */
export const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);
export const precision = (c: Counts): number | null => ratio(c.tp, c.tp + c.fp);
export const recall = (c: Counts): number | null => ratio(c.tp, c.tp + c.fn);
/** F1 as 2tp / (2tp + fp + fn): the harmonic mean of P and R, defined even when one of them is not. */
export const f1 = (c: Counts): number | null => ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn);
export const accuracy = (t: Tally): number | null => ratio(t.correct, t.total);

/** The scored identity of a claim: source, type, target; the pair unordered for undirected types. */
export function tripleKey(c: Pick<Claim, 'source' | 'type' | 'target'>, undirected: ReadonlySet<string>): string {
  const swap = undirected.has(c.type) && c.target < c.source;
  return swap ? `${c.target} ${c.type} ${c.source}` : `${c.source} ${c.type} ${c.target}`;
}

function groupByTriple(claims: readonly Claim[], undirected: ReadonlySet<string>): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = tripleKey(c, undirected);
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  return groups;
}

/**
 * Pairs every gold claim of one triple with a predicted claim of it: claims whose main quotes share
 * a sentence first, then claims cited from the same sentence, then any unused one; a predicted
 * claim is reused only when there are fewer predicted claims than gold ones, so that each gold
 * claim is checked.
 */
export function pairClaims(gold: readonly Claim[], predicted: readonly Claim[]): ClaimPair[] {
  if (!predicted.length) return [];
  const used = new Set<Claim>();
  const picked = new Map<Claim, Claim>();
  const sameSentence = (g: Claim, p: Claim): boolean => p.sentenceIds.some((s) => g.sentenceIds.includes(s));
  const pass = (choose: (g: Claim) => Claim | undefined): void => {
    for (const g of gold) {
      if (picked.has(g)) continue;
      const p = choose(g);
      if (!p) continue;
      picked.set(g, p);
      used.add(p);
    }
  };
  // The sentence of the gold claim's main quote first: "a banned group in Russia" (also cited) is not its dated evidence.
  pass((g) => predicted.find((p) => !used.has(p) && p.sentenceIds[0] !== undefined && p.sentenceIds[0] === g.sentenceIds[0]));
  pass((g) => predicted.find((p) => !used.has(p) && sameSentence(g, p)));
  pass(() => predicted.find((p) => !used.has(p)));
  pass((g) => predicted.find((p) => sameSentence(g, p)) ?? predicted[0]);
  return gold.map((g) => ({ gold: g, predicted: picked.get(g)! }));
}

export function scoreArticle(gold: DocView, predicted: DocView, undirected: ReadonlySet<string>): ArticleScore {
  const score: ArticleScore = {
    actors: zeroCounts(),
    relations: zeroCounts(),
    // Keyed by relation-type ids from input: no prototype, so "constructor" is a type like any other.
    byType: Object.create(null) as Record<string, Counts>,
    status: zeroTally(),
    date: zeroTally(),
    bothUndated: 0,
    saidBy: zeroTally(),
    missedActors: [...gold.actors].filter((a) => !predicted.actors.has(a)).sort(),
    extraActors: [...predicted.actors].filter((a) => !gold.actors.has(a)).sort(),
    falseNegatives: [],
    falsePositives: [],
    mismatches: [],
  };
  score.actors.fn = score.missedActors.length;
  score.actors.fp = score.extraActors.length;
  score.actors.tp = gold.actors.size - score.actors.fn;

  const byType = (type: string): Counts => (score.byType[type] ??= zeroCounts());
  const goldTriples = groupByTriple(gold.claims, undirected);
  const predictedTriples = groupByTriple(predicted.claims, undirected);
  for (const [triple, goldClaims] of goldTriples) {
    const type = goldClaims[0]!.type;
    const predictedClaims = predictedTriples.get(triple);
    if (!predictedClaims) {
      score.relations.fn++;
      byType(type).fn++;
      score.falseNegatives.push({ triple, directed: !undirected.has(type), claims: goldClaims });
      continue;
    }
    score.relations.tp++;
    byType(type).tp++;
    for (const pair of pairClaims(goldClaims, predictedClaims)) comparePair(pair, score);
  }
  for (const [triple, predictedClaims] of predictedTriples) {
    if (goldTriples.has(triple)) continue;
    const type = predictedClaims[0]!.type;
    score.relations.fp++;
    byType(type).fp++;
    score.falsePositives.push({ triple, directed: !undirected.has(type), claims: predictedClaims });
  }
  return score;
}

function comparePair(pair: ClaimPair, score: ArticleScore): void {
  const { gold, predicted } = pair;
  const check = (field: Mismatch['field'], tally: Tally, g: string | undefined, p: string | undefined): void => {
    tally.total++;
    if (g === p) tally.correct++;
    else score.mismatches.push({ field, ...(g !== undefined ? { gold: g } : {}), ...(p !== undefined ? { predicted: p } : {}), pair });
  };
  check('status', score.status, gold.status, predicted.status);
  if (gold.date === undefined && predicted.date === undefined) score.bothUndated++;
  else check('date', score.date, gold.date, predicted.date);
  if (gold.saidBy !== undefined) check('saidBy', score.saidBy, gold.saidBy, predicted.saidBy);
}
