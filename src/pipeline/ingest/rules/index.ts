// The default extractor: rules kept as data (the registry's aliases, the relation types' trigger
// phrases and role words), an NLP library for names (compromise) and a date parser (chrono-node).
// Everything it returns is a suggestion with a confidence and the rule that produced it.
import { AliasMatcher } from '../../../domain/mentions';
import { sentenceIndexAt } from '../../../domain/sentences';
import type { ArticleText, Draft, DraftMention, DraftRelation, Extractor, Knowledge } from '../extractor';
import { aliasSpecs, findArticleActors, type ActorRef, type SentenceActors } from './actors';
import { statedOnOccasion, statementDay, timeFields, type StatementDay } from './dating';
import { governanceTies, governingActors } from './governance';
import { sentenceClaims, type ArticleContext, type SentenceClaim } from './relations';
import { findTimeWords } from './time-words';
import { compileTypes, type CompiledType } from './triggers';

interface Compiled {
  types: CompiledType[];
  matcher: AliasMatcher;
  /** Actor → its affiliation in the registry. */
  registryAffiliationOf: ReadonlyMap<string, string>;
}
const compiledCache = new WeakMap<Knowledge, Compiled>();

function compiled(knowledge: Knowledge): Compiled {
  let c = compiledCache.get(knowledge);
  if (!c) {
    const registryAffiliationOf = new Map(knowledge.actors.flatMap((a) => (a.affiliation ? [[a.id, a.affiliation] as const] : [])));
    compiledCache.set(knowledge, (c = { types: compileTypes(knowledge.relationTypes), matcher: new AliasMatcher(aliasSpecs(knowledge)), registryAffiliationOf }));
  }
  return c;
}

/** `within` for a quote that occurs more than once: the smallest unique surrounding sentence. */
function anchor(article: ArticleText, start: number, end: number): { quote: string; within?: string } | undefined {
  const quote = article.text.slice(start, end);
  const body = article.text.slice(article.bodyStart);
  const first = body.indexOf(quote);
  if (first >= 0 && body.indexOf(quote, first + 1) < 0) return { quote };
  // Sentences are sorted and disjoint: the one holding `start` is the only candidate.
  const s = article.sentences[sentenceIndexAt(article.sentences, start)];
  if (s && !(end <= s.end)) return undefined;
  if (!s) return undefined;
  const f = body.indexOf(s.text);
  return f >= 0 && body.indexOf(s.text, f + 1) < 0 ? { quote, within: s.text } : undefined;
}

export function extractDraft(article: ArticleText, knowledge: Knowledge): Draft {
  const { types, matcher, registryAffiliationOf } = compiled(knowledge);
  const actors = findArticleActors(article, knowledge, matcher);
  const ctx: ArticleContext = { outletOf: new Map(), affiliationOf: new Map(), registryAffiliationOf, kindOf: actors.kindOf, recent: [] };
  const relations: DraftRelation[] = [];
  const mentions: DraftMention[] = [];
  const mentioned = new Set<string>();
  const addMention = (r: ActorRef, actor = r.actor): void => {
    const key = `${actor}@${r.start}`;
    if (mentioned.has(key)) return;
    mentioned.add(key);
    const a = anchor(article, r.start, r.end);
    if (a) mentions.push({ actor, ...a, confidence: r.confidence, rule: r.rule });
  };
  const roleOf = new Map<string, string>();
  const governing = governingActors(knowledge);
  const ties = governanceTies(article, actors.sentences, governing);
  const timesOf = actors.sentences.map((s) => findTimeWords(article.text, s.start, s.end, article.published));
  const statedOn = statementDay(article, actors.sentences, timesOf);
  const verbal = new Set(types.filter((t) => t.mode === 'verbal').map((t) => t.id));
  // A verbal type whose sources can only be media is an outlet reporting someone's words.
  const reporting = new Set(types.filter((t) => t.mode === 'verbal' && t.sourceKinds?.length && t.sourceKinds.every((k) => k === 'media')).map((t) => t.id));

  for (const s of actors.sentences) {
    const times = timesOf[s.index]!;
    const claims: SentenceClaim[] = sentenceClaims(s, types, times, ctx);
    // The lead's statements, and words said at a named occasion ("said in his inaugural speech"), were made on the statement day.
    const day = s.index === 0 || statedOnOccasion(s.tokens) ? statedOn.date : undefined;
    for (const c of claims) {
      if (c.saidBy && c.reportedBy) ctx.outletOf.set(c.saidBy, c.reportedBy);
      if (c.type === 'affiliation' && !ctx.affiliationOf.has(c.source.actor)) {
        ctx.affiliationOf.set(c.source.actor, c.target.actor);
        // The title around the name: "Taliban Foreign Minister Amir Khan Muttaqi" → "Taliban Foreign Minister".
        if (actors.proposed.has(c.source.actor)) {
          const title = (article.text.slice(c.start, c.source.start) + article.text.slice(c.source.end, c.end)).replace(/^[\s,]+|[\s,]+$/g, '').replace(/^(?:the|a|an)\s+/i, '').replace(/\s*,\s*(?:the|a|an)?\s*/g, ' ').trim();
          if (title) roleOf.set(c.source.actor, title);
        }
      }
      const a = anchor(article, c.start, c.end);
      if (!a) continue;
      for (const end of [c.source, c.target]) if (end.via !== 'alias') addMention(end);
      relations.push({
        source: c.source.actor,
        type: c.type,
        target: c.target.actor,
        ...a,
        ...(c.time ? timeFields(article, c.start, c.time) : statementDate(c, verbal, reporting, day, statedOn)),
        ...(c.status ? { status: c.status } : {}),
        ...(c.saidBy ? { saidBy: c.saidBy } : {}),
        ...(c.reportedBy ? { reportedBy: c.reportedBy } : {}),
        confidence: Math.round(c.confidence * 100) / 100,
        rule: c.rule,
      });
    }
    // actors.sentences[i].index is i: the neighbours are a slice, not a pass over the article.
    const nearby = new Set(actors.sentences.slice(Math.max(0, s.index - 3), s.index + 4).flatMap((x) => x.refs).map((r) => r.actor));
    for (const c of [...namedAffiliations(article, s.refs, matcher, actors.kindOf), ...registryAffiliations(article, s, knowledge, roleWords(types), nearby, governing)]) {
      if (relations.some((r) => r.source === c.source && r.type === 'affiliation' && r.target === c.target)) continue;
      const a = anchor(article, c.start, c.end);
      if (a) relations.push({ source: c.source, type: 'affiliation', target: c.target, ...a, confidence: c.confidence, rule: c.rule });
    }
    // Every occurrence of a proposed actor's name is a mention, so its node has evidence.
    for (const r of s.refs) if (r.via === 'name' || (r.via === 'reference' && r.rule.includes('registry'))) addMention(r);
    ctx.recent = [...ctx.recent, ...s.refs].slice(-30);
  }

  // A movement that governs a state; an office "of" that state is the movement's ("the acting foreign minister of Afghanistan").
  for (const tie of ties.values()) {
    for (const r of relations) if (r.type === 'affiliation' && r.target === tie.target && actors.kindOf.get(r.source) === 'person') r.target = tie.source;
    for (const [person, owner] of ctx.affiliationOf) if (owner === tie.target && actors.kindOf.get(person) === 'person') ctx.affiliationOf.set(person, tie.source);
    const a = anchor(article, tie.start, tie.end);
    const same = (r: DraftRelation): boolean => r.source === tie.source && r.type === 'affiliation' && r.target === tie.target;
    // The dated tie stands for the triple; an undated one only where nothing else names it.
    if (tie.date) relations.splice(0, relations.length, ...relations.filter((r) => !same(r)));
    if (a && !relations.some(same)) relations.push({ source: tie.source, type: 'affiliation', target: tie.target, ...a, ...(tie.when ? { when: tie.when } : {}), ...(tie.date ? { date: tie.date } : {}), confidence: 0.6, rule: tie.rule });
  }
  dropRepeatedTriples(relations);
  const used = new Set(mentions.map((m) => m.actor));
  const proposed = [...actors.proposed.values()]
    .filter((p) => used.has(p.id))
    .map((p) => {
      const affiliation = ctx.affiliationOf.get(p.id);
      const role = roleOf.get(p.id);
      return { ...p, ...(affiliation ? { affiliation } : {}), ...(role ? { role } : {}) };
    });
  // Claims about proposed actors that the build could not place are kept only with their actor.
  const known = new Set([...knowledge.actors.map((a) => a.id), ...proposed.map((p) => p.id)]);
  return {
    actors: proposed,
    mentions: mentions.filter((m) => known.has(m.actor)),
    relations: relations.filter((r) => known.has(r.source) && known.has(r.target) && (!r.saidBy || known.has(r.saidBy)) && (!r.reportedBy || known.has(r.reportedBy))),
  };
}

export const ruleExtractor: Extractor = {
  name: 'rules',
  extract: extractDraft,
};

/**
 * "Supreme Court of Kazakhstan", "Russian Foreign Ministry", "UN Security Council": a body whose
 * own name contains a state's or organisation's name belongs to it.
 */
interface AffiliationClaim {
  source: string;
  target: string;
  start: number;
  end: number;
  confidence: number;
  rule: string;
}

function roleWords(types: readonly CompiledType[]): ReadonlySet<string> {
  return types.find((t) => t.id === 'affiliation')?.roles ?? new Set();
}

/**
 * The registry's `affiliation` of an actor, where the article names the tie: a body by its name
 * ("the State Duma"), a person with a title ("President Vladimir Putin", "Lavrov, the foreign minister").
 */
function registryAffiliations(
  article: ArticleText,
  s: SentenceActors,
  knowledge: Knowledge,
  roles: ReadonlySet<string>,
  nearby: ReadonlySet<string>,
  governing: ReadonlyMap<string, string>,
): AffiliationClaim[] {
  const out: AffiliationClaim[] = [];
  for (const r of s.refs) {
    // Registry names and names composed with their owner ("The UAE’s foreign ministry") state the tie.
    if (r.via !== 'alias' && !(r.via === 'reference' && r.rule.includes('registry name'))) continue;
    const actor = knowledge.actors.find((a) => a.id === r.actor);
    // A movement's rule over a state is drafted only where the article states it (./governance).
    if (!actor?.affiliation || actor.affiliation === r.actor || governing.has(actor.id)) continue;
    // The article must name the owner near the claim: the registry supplies the tie, not the actor.
    if (!nearby.has(actor.affiliation)) continue;
    let start = r.start;
    let end = r.end;
    if (actor.kind === 'person') {
      const i = s.tokens.findIndex((t) => t.start >= r.start);
      const before = s.tokens.slice(Math.max(0, i - 3), i);
      const titleAt = before.findIndex((t) => roles.has(t.norm));
      const after = s.tokens.slice(i + 1, i + 8);
      const apposition = s.tokens[i + 1 + (after.findIndex((t) => t.start >= r.end) || 0)];
      const titledAfter = apposition?.norm === ',' && after.some((t) => roles.has(t.norm));
      if (titleAt < 0 && !titledAfter) continue;
      if (titleAt >= 0) start = before[titleAt]!.start;
      else end = after.filter((t) => roles.has(t.norm)).at(0)!.end;
    }
    out.push({ source: r.actor, target: actor.affiliation, start, end, confidence: 0.65, rule: 'affiliation: the registry’s affiliation, named with a title or the body’s name' });
  }
  return out;
}

/** Kinds of a body that belongs to the actor named in its name (ner.ts ORG_HEADS). */
const BODY_KINDS = new Set(['agency', 'government', 'military']);

function namedAffiliations(article: ArticleText, refs: readonly ActorRef[], matcher: AliasMatcher, kindOf: ReadonlyMap<string, string>): AffiliationClaim[] {
  const out: AffiliationClaim[] = [];
  for (const r of refs) {
    if (r.via === 'reference' || kindOf.get(r.actor) === 'person') continue;
    // A public body named around a registry actor belongs to it ("UN Security Council" → the UN);
    // a forum, a newspaper or a group named after a place does not ("Moscow Format", "Moscow Times").
    if (r.inner && BODY_KINDS.has(kindOf.get(r.actor) ?? '')) {
      for (const target of r.inner) {
        if (target !== r.actor && kindOf.get(target) !== 'person' && !out.some((o) => o.source === r.actor && o.target === target)) {
          out.push({ source: r.actor, target, start: r.start, end: r.end, confidence: 0.6, rule: 'affiliation: a body named around another actor’s name' });
        }
      }
    }
    for (let from = r.start + 1; from < r.end; from++) {
      for (const hit of matcher.find(article.text, from, r.end)) {
        const target = hit.alias.actorId;
        const kind = kindOf.get(target);
        // "mission for Afghanistan", "envoy to Kabul": the place a body works on, not its owner.
        const area = /\b(?:for|to|in|on|at)\s+(?:the\s+)?$/i.test(article.text.slice(r.start, hit.start));
        if (!area && target !== r.actor && kind !== 'person' && !out.some((o) => o.source === r.actor && o.target === target)) {
          out.push({ source: r.actor, target, start: r.start, end: r.end, confidence: 0.7, rule: 'affiliation: a name that contains another actor’s name' });
        }
      }
      break;
    }
  }
  return out;
}

/**
 * A statement with no time words of its own (a verbal claim someone is quoted on) was made on the
 * article's statement day; so was an outlet's report of it ("was quoted by TASS as saying"),
 * wherever it stands, when the article names that day.
 */
function statementDate(c: SentenceClaim, verbal: ReadonlySet<string>, reporting: ReadonlySet<string>, day: string | undefined, statedOn: StatementDay): { date?: string } {
  if (reporting.has(c.type)) return statedOn.named ? { date: statedOn.date } : {};
  return day && c.saidBy && verbal.has(c.type) && c.status !== 'planned' && c.status !== 'hoped' ? { date: day } : {};
}

/** One claim per affiliation triple: a retargeted office can repeat one found already. */
function dropRepeatedTriples(relations: DraftRelation[]): void {
  const seen = new Set<string>();
  for (let i = 0; i < relations.length; i++) {
    const r = relations[i]!;
    const key = `${r.source}|${r.type}|${r.target}|${r.quote}|${r.within ?? ''}`;
    if (seen.has(key) || (r.type === 'affiliation' && relations.some((o, k) => k < i && o.type === 'affiliation' && o.source === r.source && o.target === r.target))) relations.splice(i--, 1);
    else seen.add(key);
  }
}
