// Registry actors a proposed actor may really be, best first, each with the reason a reviewer can
// check at a glance. Names are compared without case, accents or punctuation ("Sergeï" = "Sergei",
// "U.S." = "US").
import type { ActorCandidate, CandidateReason } from '../../domain/review-api';
import { editDistance } from '../schemas';

export type { ActorCandidate, CandidateReason } from '../../domain/review-api';

export interface NamedActor {
  id: string;
  label: string;
  aliases?: readonly string[];
}

const REASONS: readonly CandidateReason[] = ['same label', 'alias', 'near spelling', 'shares a name'];
/** Words that join names without naming anyone. */
const STOP_WORDS = new Set(['the', 'of', 'for', 'and', 'in', 'on', 'at', 'a', 'an', 'to']);

export function candidatesFor(proposed: NamedActor, registry: ReadonlyArray<NamedActor & { aliases: readonly string[] }>, limit = 5): ActorCandidate[] {
  const label = normalise(proposed.label);
  const names = unique([proposed.label, ...(proposed.aliases ?? [])].map(normalise));
  const ownTokens = unique(names.flatMap(tokens));
  // A word most actors share ("Russian", "Ministry") says little; a rare one ("Muttaqi") says a lot.
  const actorTokens = registry.map((a) => new Set([a.label, ...a.aliases].flatMap((n) => tokens(normalise(n)))));
  const frequency = new Map<string, number>();
  for (const set of actorTokens) for (const t of set) frequency.set(t, (frequency.get(t) ?? 0) + 1);

  const ranked: Array<{ candidate: ActorCandidate; tier: number; score: number; index: number }> = [];
  for (const [index, actor] of registry.entries()) {
    const theirLabel = normalise(actor.label);
    const theirNames = unique([theirLabel, ...actor.aliases.map(normalise)]);
    let tier = -1;
    let score = 0;
    if (label && label === theirLabel) tier = 0;
    else if (names.some((n) => theirNames.includes(n))) tier = 1;
    else {
      const near = names.flatMap((n) =>
        theirNames.flatMap((m) => {
          const cap = nearCap(n, m);
          const d = cap > 0 ? editDistance(n, m, cap + 1) : Infinity;
          return d <= cap ? [d] : [];
        }),
      );
      if (near.length) [tier, score] = [2, -Math.min(...near)];
      else {
        const theirs = actorTokens[index]!;
        for (const t of ownTokens) {
          const match = theirs.has(t) ? t : t.length >= 6 ? [...theirs].find((u) => u.length >= 6 && editDistance(t, u, 2) <= 1) : undefined;
          if (match) score += 1 / (frequency.get(match) ?? 1);
        }
        if (score > 0) tier = 3;
      }
    }
    if (tier >= 0) ranked.push({ candidate: { id: actor.id, label: actor.label, why: REASONS[tier]! }, tier, score, index });
  }
  ranked.sort((a, b) => a.tier - b.tier || b.score - a.score || a.index - b.index);
  return ranked.slice(0, Math.max(0, limit)).map((r) => r.candidate);
}

/** Lower case, without accents, apostrophes and dots; other punctuation becomes a space. */
export function normalise(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function tokens(normalised: string): string[] {
  return normalised.split(' ').filter((t) => t.length >= 2 && !STOP_WORDS.has(t));
}

/** Typos allowed between two names: none in short names ("UAE" is not "USA"), more in long ones. */
function nearCap(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return n < 5 ? 0 : n < 10 ? 1 : n < 18 ? 2 : 3;
}

function unique(list: string[]): string[] {
  return [...new Set(list.filter(Boolean))];
}
