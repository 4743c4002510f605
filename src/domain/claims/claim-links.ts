// How claims answer and overtake each other over time, by rules that live in the relation-type
// taxonomy (`ends`, `answers`) and in the order of statuses (hoped → planned → announced → decided → done).
import { parseEdtf } from '../analytics/time';
import type { ClaimStatus, GraphEdge, RelationType } from '../graph-contract';
import { claimSourcing, type ReportContext } from './reports';

/** How far a claim has come: a later claim further along overtakes an earlier one of the same kind. */
const PROGRESS: ReadonlyMap<string, number> = new Map<ClaimStatus, number>([
  ['hoped', 1],
  ['planned', 2],
  ['announced', 3],
  ['decided', 4],
  ['asserted', 5],
]);
/** A claim of an `ends` type overtakes only when it was decided or done, not when hoped for or planned. */
const ENDING: ReadonlySet<ClaimStatus> = new Set(['decided', 'asserted']);

export interface ClaimTimes {
  /** When the claim holds from (its date's start), else when it was first reported, in fractional years. */
  start: number;
  /** When it was first reported (publication of its first report), in fractional years. */
  known: number;
}

function dayToYears(day: string | undefined): number {
  if (day === undefined) return Infinity;
  return parseEdtf(day)?.start ?? Infinity;
}

export function claimTimes(edge: GraphEdge, ctx: ReportContext): ClaimTimes {
  const known = dayToYears(claimSourcing(edge, ctx).firstReported);
  const interval = edge.date !== undefined ? parseEdtf(edge.date) : null;
  const start = interval && interval.start !== -Infinity ? interval.start : known;
  return { start, known };
}

const statusOf = (e: GraphEdge): ClaimStatus => e.status ?? 'asserted';

export interface ClaimLinks {
  supersedes: Map<string, string[]>;
  contradicts: Map<string, string[]>;
  answers: Map<string, string[]>;
}

function add(map: Map<string, string[]>, from: string, to: string): void {
  const list = map.get(from);
  if (!list) map.set(from, [to]);
  else if (!list.includes(to)) list.push(to);
}

/** Finds, for every claim, the earlier claims it supersedes, contradicts or answers. */
export function findClaimLinks(claims: readonly GraphEdge[], types: readonly RelationType[], ctx: ReportContext): ClaimLinks {
  const typeById = new Map(types.map((t) => [t.id, t]));
  const times = new Map(claims.map((c) => [c.id, claimTimes(c, ctx)]));
  const byPair = new Map<string, GraphEdge[]>();
  for (const c of claims) {
    const key = `${c.source}\u0000${c.target}`;
    const list = byPair.get(key);
    if (list) list.push(c);
    else byPair.set(key, [c]);
  }
  const links: ClaimLinks = { supersedes: new Map(), contradicts: new Map(), answers: new Map() };
  for (const b of claims) {
    const tb = times.get(b.id)!;
    const rule = typeById.get(b.type);
    const sb = statusOf(b);
    for (const a of byPair.get(`${b.source}\u0000${b.target}`) ?? []) {
      if (a === b) continue;
      const ta = times.get(a.id)!;
      const sa = statusOf(a);
      if (a.type === b.type) {
        if (sb === 'denied' && sa !== 'denied' && tb.known >= ta.known) add(links.contradicts, b.id, a.id);
        const pa = PROGRESS.get(sa);
        const pb = PROGRESS.get(sb);
        if (pa !== undefined && pb !== undefined && pb > pa && tb.start > ta.start) add(links.supersedes, b.id, a.id);
      } else if (rule?.ends?.includes(a.type) && ENDING.has(sb) && sa !== 'denied' && tb.start > ta.start) {
        add(links.supersedes, b.id, a.id);
      }
    }
    if (rule?.answers?.length) {
      for (const a of byPair.get(`${b.target}\u0000${b.source}`) ?? []) {
        const ta = times.get(a.id)!;
        // The answer follows the claim, within a year of its first report.
        if (rule.answers.includes(a.type) && statusOf(a) !== 'denied' && ta.start <= tb.known && tb.known - ta.known <= 1) add(links.answers, b.id, a.id);
      }
    }
  }
  return links;
}

/** The claims with their links written on them (fields left out when empty). */
export function linkClaims(claims: readonly GraphEdge[], types: readonly RelationType[], ctx: ReportContext): GraphEdge[] {
  const links = findClaimLinks(claims, types, ctx);
  return claims.map((c) => {
    const supersedes = links.supersedes.get(c.id);
    const contradicts = links.contradicts.get(c.id);
    const answers = links.answers.get(c.id);
    if (!supersedes && !contradicts && !answers) return c;
    return { ...c, ...(supersedes ? { supersedes } : {}), ...(contradicts ? { contradicts } : {}), ...(answers ? { answers } : {}) };
  });
}
