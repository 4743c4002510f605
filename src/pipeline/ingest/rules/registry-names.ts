// Registry names composed from parts: "the UAE’s foreign ministry", "the foreign ministry of
// Kazakhstan", a bare "the foreign ministry" next to the state it belongs to, and short forms
// ("General Assembly" for the "UN General Assembly").
import type { Knowledge } from '../extractor';
import type { ActorRef } from './actor-ref';
import type { Token } from './tokens';

/** Every label and alias, lower-cased, to the actor it names. */
export function nameIndex(knowledge: Knowledge): Map<string, string> {
  const index = new Map<string, string>();
  for (const a of knowledge.actors) {
    for (const raw of [a.label, ...(a.aliases ?? [])]) {
      const t = (typeof raw === 'string' ? raw : raw.text).toLowerCase().replace(/’/g, "'");
      if (!index.has(t)) index.set(t, a.id);
    }
  }
  return index;
}

/**
 * "The UAE’s foreign ministry", "the Kabul foreign ministry", "the foreign ministry of Kazakhstan":
 * a possessor's name composed with a common noun, looked up among the registry's names.
 */
/** Finds the registry body an owner's name and a common noun make: (Kazakhstan, "foreign ministry"). */
export type BodyLookup = (ownerId: string, noun: string) => string | undefined;

export function bodyLookup(knowledge: Knowledge, names: ReadonlyMap<string, string>): BodyLookup {
  const namesOf = (id: string): string[] => {
    const a = knowledge.actors.find((x) => x.id === id);
    return a ? [a.label, ...(a.aliases ?? []).map((x) => (typeof x === 'string' ? x : x.text))].map((n) => n.toLowerCase()) : [];
  };
  // A body of the actor or of what it governs: "Afghanistan’s foreign ministry" is the Taliban's.
  const owners = (id: string): string[] => [id, ...knowledge.actors.filter((a) => a.affiliation === id).map((a) => a.id)];
  return (id: string, noun: string): string | undefined => {
    for (const owner of owners(id)) {
      for (const a of namesOf(owner)) {
        const direct = names.get(`${a} ${noun}`) ?? names.get(`${noun} of ${a}`);
        if (direct) return direct;
      }
      // A registry body whose name ends in the noun and that belongs to the owner.
      const body = knowledge.actors.find((b) => b.kind !== 'person' && b.affiliation === owner && namesOf(b.id).some((n) => n.endsWith(` ${noun}`)));
      if (body) return body.id;
    }
    return undefined;
  };
}

export function composedNames(text: string, tokens: readonly Token[], refs: readonly ActorRef[], lookup: BodyLookup, knowledge: Knowledge): ActorRef[] {
  const out: ActorRef[] = [];
  // Words of another actor's name are not a common noun ("Lavrov in Moscow").
  const isNoun = (t: Token | undefined): boolean => isNounToken(text, t) && !refs.some((r) => t!.start < r.end && r.start < t!.end);
  for (const r of refs) {
    if (r.kind === 'person') continue;
    const first = tokens.findIndex((t) => t.start >= r.start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= r.end) last++;
    if (first < 0) continue;
    const after = tokens[last + 1]?.norm === "'s" ? last + 2 : last + 1;
    for (let n = 3; n >= 1; n--) {
      const words = tokens.slice(after, after + n);
      if (words.length < n || !words.every(isNoun)) continue;
      const noun = words.map((w) => w.norm).join(' ');
      const id = lookup(r.actor, noun);
      if (id && id !== r.actor) {
        out.push({ actor: id, kind: knowledge.actors.find((x) => x.id === id)!.kind, start: r.start, end: words.at(-1)!.end, via: 'reference', rule: 'possessor and noun → registry name', confidence: 0.6 });
        break;
      }
    }
    // "the foreign ministry in Afghanistan"
    const prep = tokens[first - 1];
    if (prep && (prep.norm === 'of' || prep.norm === 'in')) {
      for (let n = 3; n >= 1; n--) {
        const words = tokens.slice(first - 1 - n, first - 1);
        if (words.length < n || !words.every(isNoun)) continue;
        const noun = words.map((w) => w.norm).join(' ');
        const id = lookup(r.actor, noun);
        if (id && id !== r.actor) {
          out.push({ actor: id, kind: knowledge.actors.find((x) => x.id === id)!.kind, start: words[0]!.start, end: r.end, via: 'reference', rule: 'noun and possessor → registry name', confidence: 0.6 });
          break;
        }
      }
    }
  }
  return out;
}

/** The one registry actor with a name that starts or ends with `label` (the article's own actors, `seen`, first). */
export function shortFormOf(label: string, knowledge: Knowledge, seen: ReadonlySet<string>): string | undefined {
  const l = label.toLowerCase().replace(/’/g, "'");
  if (!l.includes(' ')) return undefined;
  const matches = knowledge.actors.filter((a) =>
    [a.label, ...(a.aliases ?? []).map((x) => (typeof x === 'string' ? x : x.text))]
      .map((n) => n.toLowerCase().replace(/’/g, "'"))
      .some((n) => n.startsWith(`${l} `) || n.endsWith(` ${l}`)),
  );
  const known = matches.filter((a) => seen.has(a.id));
  if (known.length === 1) return known[0]!.id;
  return matches.length === 1 ? matches[0]!.id : undefined;
}

const isNounToken = (text: string, t: Token | undefined): boolean =>
  !!t && /^\p{L}[\p{L}-]*$/u.test(text.slice(t.start, t.end)) && !/^(?:and|or|the|of|in|has|have|is|was|are|were|said)$/.test(t.norm);

/**
 * "the foreign ministry and national security agencies" in a sentence about Russia: a bare
 * description is the body of that name belonging to a state the sentence (or the one before) names.
 */
export function bareBodies(text: string, tokens: readonly Token[], refs: readonly ActorRef[], previous: readonly ActorRef[], lookup: BodyLookup, knowledge: Knowledge): ActorRef[] {
  const out: ActorRef[] = [];
  const states = [...refs, ...[...previous].reverse()].filter((r) => r.kind === 'state');
  const taken = (start: number, end: number): boolean => refs.some((r) => r.start < end && start < r.end) || out.some((r) => r.start < end && start < r.end);
  for (let i = 0; i < tokens.length; i++) {
    const lead = tokens[i]!.norm === 'the' || (tokens[i]!.norm === 'and' && out.at(-1)?.end === tokens[i - 1]?.end) ? i + 1 : -1;
    if (lead < 0) continue;
    for (let n = 3; n >= 1; n--) {
      const words = tokens.slice(lead, lead + n);
      if (words.length < n || !words.every((w) => isNounToken(text, w)) || taken(words[0]!.start, words.at(-1)!.end)) continue;
      const noun = words.map((w) => w.norm).join(' ');
      const id = states.map((st) => lookup(st.actor, noun)).find(Boolean);
      if (!id) continue;
      const kind = knowledge.actors.find((a) => a.id === id)!.kind;
      out.push({ actor: id, kind, start: tokens[i]!.norm === 'the' ? tokens[i]!.start : words[0]!.start, end: words.at(-1)!.end, via: 'reference', rule: 'description → registry body of a state in the sentence', confidence: 0.45 });
      break;
    }
  }
  return out;
}
