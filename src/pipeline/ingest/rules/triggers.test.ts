// Trigger phrases of data/curated/relation-types.yaml, compiled and matched on real sentences:
// inflections, "…" gaps, {source}/{target} slots, {role} titles, passive-only variants, and the
// limits of a match (a full stop, a preposition before an actor, a hyphenated modifier).
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE, sourceText } from './__fixtures__/corpus';
import { tokenAt, tokenize, type Token } from './tokens';
import { compilePattern, compileTypes, inflections, matchTrigger, type CompiledType, type MentionSpan, type Trigger } from './triggers';

const source = sourceText;
const TYPES = compileTypes(KNOWLEDGE.relationTypes);
const SEED = source('000_13209300025090b4');

const type = (id: string): CompiledType => TYPES.find((t) => t.id === id) ?? expect.unreachable(`no type ${id}`);
const trigger = (typeId: string, pattern: string): Trigger =>
  type(typeId).triggers.find((t) => t.pattern === pattern) ?? expect.unreachable(`no trigger "${pattern}" in ${typeId}`);

/** A passage of `text` from `first` to `last`, its tokens and the token spans of the named actors in it. */
function passage(text: string, first: string, last: string, names: string[] = []) {
  const start = text.indexOf(first);
  const end = text.indexOf(last, start) + last.length;
  if (start < 0 || end < start + last.length) throw new Error(`passage not found: ${first} … ${last}`);
  const tokens = tokenize(text, start, end);
  const spans: MentionSpan[] = names.map((n) => {
    const at = text.indexOf(n, start);
    if (at < 0 || at + n.length > end) throw new Error(`${n} is not in the passage`);
    return { from: tokenAt(tokens, at), to: tokenAt(tokens, at + n.length) };
  });
  const words = (from: number, to: number): string => text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  return { tokens, spans, words };
}
const match = (t: Trigger, p: { tokens: Token[]; spans: MentionSpan[] }, typeId = t.type) => matchTrigger(t, p.tokens, p.spans, type(typeId).roles);

describe('inflections', () => {
  it('conjugates a verb: remove → removed, removes, removing', () => {
    expect([...inflections('remove')]).toEqual(expect.arrayContaining(['remove', 'removed', 'removes', 'removing']));
  });

  it('knows irregular forms: hold → held, meet → met, lead → led, fight → fought', () => {
    expect(inflections('hold').has('held')).toBe(true);
    expect(inflections('meet').has('met')).toBe(true);
    expect(inflections('lead').has('led')).toBe(true);
    expect(inflections('fight').has('fought')).toBe(true);
  });

  it('adds British and American spellings: recognize ↔ recognised, label → labelled', () => {
    expect([...inflections('recognize')]).toEqual(expect.arrayContaining(['recognized', 'recognised', 'recognises']));
    expect([...inflections('recognise')]).toEqual(expect.arrayContaining(['recognised', 'recognized']));
    expect([...inflections('label')]).toEqual(expect.arrayContaining(['labeled', 'labelled']));
  });

  it('leaves short words and words with punctuation as they are, and caches the result', () => {
    expect([...inflections('of')]).toEqual(['of']);
    expect([...inflections("'s")]).toEqual(["'s"]);
    expect(inflections('remove')).toBe(inflections('remove'));
  });
});

describe('compilePattern', () => {
  it('reads words, "…" gaps and {source}/{target} slots in order', () => {
    const els = compilePattern('remove {target} from … list');
    expect(els.map((e) => e.kind)).toEqual(['word', 'slot', 'word', 'gap', 'word']);
    expect(els[1]).toEqual({ kind: 'slot', role: 'target' });
  });

  it('reads a choice "a|b" as the inflections of both, and "=word" as that exact word only', () => {
    const [strike] = compilePattern('strike|drop {target}');
    expect(strike?.kind === 'word' && ['strike', 'strikes', 'drop', 'dropped', 'dropping'].every((w) => strike.forms.has(w))).toBe(true);
    const [no, longer] = compilePattern('=no =longer');
    expect(no?.kind === 'word' && [...no.forms]).toEqual(['no']);
    expect(longer?.kind === 'word' && [...longer.forms]).toEqual(['longer']);
  });

  it('splits a possessive off a word, as the tokenizer does, and reads {role}', () => {
    expect(compilePattern("{target}'s delisting").map((e) => e.kind)).toEqual(['slot', 'word', 'word']);
    expect(compilePattern('{target} {role} {source}').map((e) => e.kind)).toEqual(['slot', 'role', 'slot']);
  });
});

describe('compileTypes on data/curated/relation-types.yaml', () => {
  it('compiles every relation type with its triggers, taking status and confidence from the file', () => {
    expect(TYPES.map((t) => t.id)).toEqual(KNOWLEDGE.relationTypes.map((t) => t.id));
    for (const t of TYPES) expect(t.triggers.length, t.id).toBeGreaterThan(0);
    expect(trigger('accusation', 'accuse {target}').status).toBe('alleged');
    expect(trigger('delisting', 'remove {target} from … list')).toMatchObject({ head: 'remove', confidence: 0.6 });
  });

  it('adds a passive-only variant of "verb {target} …" without the target slot, and none for other shapes', () => {
    const passive = trigger('listing', 'put {target} on … list (passive)');
    expect(passive.passiveOnly).toBe(true);
    expect(passive.elements.map((e) => e.kind)).toEqual(['word', 'word', 'gap', 'word']);
    expect(type('listing').triggers.some((t) => t.pattern === '{target} … put on {source} list (passive)')).toBe(false);
  });

  it('takes the role words of the affiliation type', () => {
    expect(['minister', 'envoy', 'ambassador', 'president'].every((r) => type('affiliation').roles.has(r))).toBe(true);
  });
});

describe('matchTrigger on the seed’s first sentence', () => {
  const p = passage(SEED, 'Russia reported Friday', 'terrorist organizations.', ['Russia', 'Afghanistan', 'Taliban', 'Moscow']);

  it('matches "remove {target} from … list" on “remove Afghanistan’s ruling Taliban from Moscow’s list”', () => {
    const [m, ...more] = match(trigger('delisting', 'remove {target} from … list'), p);
    expect(more).toEqual([]);
    expect(p.words(m!.from, m!.to)).toBe('remove Afghanistan’s ruling Taliban from Moscow’s list');
    // The target slot holds the Taliban (the possessor Afghanistan is only part of the lead-in).
    expect(m!.slots.target).toEqual(p.spans[2]);
    expect(m!.words.map((i) => p.tokens[i]!.norm)).toEqual(['remove', 'from', 'list']);
  });

  it('matches the possessive pattern "{target} \'s ruling {source}" on “Afghanistan’s ruling Taliban”', () => {
    const [m] = match(trigger('affiliation', "{target} 's ruling {source}"), p);
    expect(p.words(m!.from, m!.to)).toBe('Afghanistan’s ruling Taliban');
    expect(m!.slots).toEqual({ target: p.spans[1], source: p.spans[2] });
  });

  it('lets a gap span at most six words: "remove … list" needs seven here and fails', () => {
    const t: Trigger = { type: 'delisting', pattern: 'remove … list', elements: compilePattern('remove … list'), confidence: 0.5, head: 'remove' };
    expect(match(t, p, 'delisting')).toEqual([]);
    const lawmakers = passage(source('2024-12-17_lawmakers-pass-bill-taliban'), 'remove groups', 'terrorist organizations');
    const [m] = match(t, lawmakers, 'delisting');
    expect(lawmakers.words(m!.from, m!.to)).toBe('remove groups from the country’s list');
  });
});

describe('matchTrigger: {role}, appositions and passive-only variants', () => {
  it('matches "{target} {role} {source}" on “Russian Foreign Minister Sergey Lavrov”, the title being the role words', () => {
    const p = passage(SEED, 'with Russian Foreign Minister Sergey Lavrov', 'proceedings', ['Russian', 'Sergey Lavrov']);
    const [m] = match(trigger('affiliation', '{target} {role} {source}'), p);
    expect(p.words(m!.from, m!.to)).toBe('Russian Foreign Minister Sergey Lavrov');
    expect(m!.slots).toEqual({ target: p.spans[0], source: p.spans[1] });
    expect(m!.words.map((i) => p.tokens[i]!.norm)).toEqual(['foreign', 'minister']);
  });

  it('does not take a title without a role word: “the Russian capital” is no {role}', () => {
    const p = passage(SEED, 'in the Russian capital, organized under the Moscow Format', 'platform', ['Russian', 'Moscow Format']);
    expect(match(trigger('affiliation', '{target} {role} {source}'), p)).toEqual([]);
  });

  it('skips an apposition after the target: “the Islamic Emirate, commonly known as the Taliban, from its list”', () => {
    const text = source('2023-12-29_kazakhstan-removes-taliban');
    const p = passage(text, 'the Supreme Court of Kazakhstan has removed', 'banned groups.', ['Supreme Court of Kazakhstan', 'Islamic Emirate', 'Taliban', 'its']);
    const [m] = match(trigger('delisting', 'remove {target} from {source} list'), p);
    expect(p.words(m!.from, m!.to)).toBe('removed the Islamic Emirate, commonly known as the Taliban, from its list');
    expect(m!.slots).toEqual({ target: p.spans[1], source: p.spans[3] });
  });

  it('matches the passive-only variant on “The Taliban were put on Russia’s list”, where the active pattern finds no object', () => {
    const p = passage(source('2024-12-17_duma-bill-taliban'), 'The Taliban were put on', 'in 2003', ['Taliban', 'Russia']);
    expect(match(trigger('listing', 'put {target} on … list'), p)).toEqual([]);
    const [m] = match(trigger('listing', 'put {target} on … list (passive)'), p);
    expect(p.words(m!.from, m!.to)).toBe('put on Russia’s list');
    expect(m!.slots).toEqual({});
  });

  it('matches a slot-first pattern only where a mention starts: “… group has been on the Russian list of”', () => {
    const p = passage(SEED, 'The former Afghan insurgent group has been', 'since 2003.', ['The former Afghan insurgent group', 'Russian']);
    const [m, ...more] = match(trigger('listing', '{target} … on {source} list of'), p);
    expect(more).toEqual([]);
    expect(p.words(m!.from, m!.to)).toBe('The former Afghan insurgent group has been on the Russian list of');
    expect(m!.slots).toEqual({ target: p.spans[0], source: p.spans[1] });
  });
});

describe('matchTrigger: where a phrase stops', () => {
  it('does not match across a full stop', () => {
    const text = ' date 2024-10-05 MOSCOW — Russia will remove the Taliban. From the list of banned groups, nothing changed.\n';
    const p = passage(text, 'Russia will', 'changed.', ['Russia', 'Taliban']);
    expect(match(trigger('delisting', 'remove {target} from … list'), p)).toEqual([]);
    const joined = passage(text.replace('Taliban. From', 'Taliban from'), 'Russia will', 'changed.', ['Russia', 'Taliban']);
    expect(match(trigger('delisting', 'remove {target} from … list'), joined)).toHaveLength(1);
  });

  it('does not fill a slot with an actor behind a preposition or a hyphen: “to help a pro-Moscow government in Kabul”', () => {
    const p = passage(SEED, 'to help a pro-Moscow government in Kabul', 'Kabul', ['Moscow', 'Kabul']);
    expect(match(trigger('support', 'help {target}'), p)).toEqual([]);
  });

  it('reads “U.S.-backed Afghan insurgents” with the backer before the hyphen and the backed after it', () => {
    const p = passage(SEED, 'U.S.-backed Afghan insurgents', 'insurgents', ['U.S.', 'Afghan insurgents']);
    const [m] = match(trigger('support', '{source} - =backed {target}'), p);
    expect(m!.slots).toEqual({ source: p.spans[0], target: p.spans[1] });
  });

  it('rejects a sentence that lacks one of the phrase’s words without trying every start', () => {
    const p = passage(SEED, 'Russia’s involvement in Afghanistan', 'tumultuous.', ['Russia', 'Afghanistan']);
    for (const t of type('delisting').triggers) expect(match(t, p)).toEqual([]);
  });
});
