// The story of an actor, or of a pair of actors, across articles: their claims in the order they
// happened, each with its date, status, outlets and quote. The people and bodies that belong to an
// actor (a `partOf` relation: a minister, a parliament) speak for it, so their claims are included.
import type { Evidence, GraphEdge } from '../graph-contract';
import type { GraphIndex } from '../graph-index';
import { claimStart } from '../view-visibility';
import { sourcingOf } from './claim-view';

export interface StoryStep {
  edge: GraphEdge;
  /** When it happened (date start, else first reported), in fractional years; orders the story. */
  time: number;
  /** The day the graph steps to for this claim (YYYY-MM-DD). */
  day: string;
  /** Whether `day` comes from the claim's own date (else from its first report). */
  dated: boolean;
  outlets: readonly string[];
  firstReported: string | undefined;
  quote: Evidence;
}

/** An actor and the actors that belong to it, through relation types marked `partOf`. */
export function actorWithMembers(index: GraphIndex, actorId: string): Set<string> {
  const out = new Set([actorId]);
  for (const id of index.edgesByNode.get(actorId) ?? []) {
    const e = index.edges.get(id)!;
    if (e.target === actorId && index.types.get(e.type)?.partOf) out.add(e.source);
  }
  return out;
}

function dayOf(edge: GraphEdge, firstReported: string | undefined): { day: string; dated: boolean } {
  const start = edge.date?.split('/')[0];
  if (start && start !== '..') {
    const [y, m = '01', d = '01'] = start.split('-');
    return { day: `${y}-${m}-${d}`, dated: true };
  }
  return { day: firstReported ?? '', dated: false };
}

/**
 * The steps of a story: claims between the actor (with its members, when asked) and anyone, or
 * the other actor of a pair (with its members). Membership claims themselves are not steps.
 */
export function storySteps(index: GraphIndex, actorId: string, withId: string | null, options: { members: boolean } = { members: true }): StoryStep[] {
  if (!index.nodes.has(actorId)) return [];
  const side = options.members ? actorWithMembers(index, actorId) : new Set([actorId]);
  const other = withId === null ? null : options.members ? actorWithMembers(index, withId) : new Set([withId]);
  const seen = new Set<string>();
  const steps: StoryStep[] = [];
  for (const member of side) {
    for (const id of index.edgesByNode.get(member) ?? []) {
      if (seen.has(id)) continue;
      seen.add(id);
      const e = index.edges.get(id)!;
      if (index.types.get(e.type)?.partOf) continue;
      // A pair's story: claims from one side to the other, in either direction.
      if (other && !(side.has(e.source) && other.has(e.target)) && !(other.has(e.source) && side.has(e.target))) continue;
      const sourcing = sourcingOf(index, e);
      const { day, dated } = dayOf(e, sourcing.firstReported);
      steps.push({ edge: e, time: claimStart(index, e), day, dated, outlets: sourcing.outlets, firstReported: sourcing.firstReported, quote: e.evidence[0]! });
    }
  }
  return steps.sort((a, b) => a.time - b.time || (a.firstReported ?? '').localeCompare(b.firstReported ?? '') || (a.edge.id < b.edge.id ? -1 : 1));
}
