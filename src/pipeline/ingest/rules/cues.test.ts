// Status and attribution cues on real sentences: "will remove" is planned (announced when someone
// says it), "hope" hoped, "alleged" alleged, "a decision had been made" decided; "according to X",
// "quoted by X", "X said", "said X" give the speaker and the outlet; the subject finder skips
// appositions, possessors and objects of prepositions.
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE, readSource, SEED, KYRGYZSTAN, LAWMAKERS } from './__fixtures__/corpus';
import { findArticleActors, type ActorRef, type SentenceActors } from './actors';
import { attributionOf, statusFromCues, subjectRef } from './cues';
import { tokenAt, tokenize, type Token } from './tokens';

const cache = new Map<string, { text: string; sentences: SentenceActors[] }>();

function article(id: string) {
  let a = cache.get(id);
  if (!a) {
    const read = readSource(id);
    cache.set(id, (a = { text: read.text, sentences: findArticleActors(read, KNOWLEDGE).sentences }));
  }
  return a;
}

/** The sentence of `id` that contains `words`, with the token range of each reference. */
function sentence(id: string, words: string) {
  const { text, sentences } = article(id);
  const s = sentences.find((x) => text.slice(x.start, x.end).includes(words)) ?? expect.unreachable(`no sentence with ${words}`);
  const range = (r: ActorRef): [number, number] => {
    const from = tokenAt(s.tokens, r.start);
    return [from, Math.max(from + 1, tokenAt(s.tokens, r.end))];
  };
  /** Index of the `n`th token whose norm is `w`. */
  const at = (w: string, n = 0): number => {
    const found = s.tokens.flatMap((t, i) => (t.norm === w ? [i] : []));
    return found[n] ?? expect.unreachable(`no token "${w}" in ${words}`);
  };
  return { s, text, range, at };
}
/** Status at the single word `w` of the sentence with `words`. */
function statusAt(id: string, words: string, w: string, hasSpeaker = false) {
  const { s, at } = sentence(id, words);
  return statusFromCues(s.tokens, at(w), at(w) + 1, hasSpeaker);
}

describe('statusFromCues', () => {
  it('reads “a principal decision had already been made to remove …” as decided', () => {
    expect(statusAt(SEED, 'Russia reported Friday', 'remove')).toBe('decided');
  });

  it('reads “they will remove the Taliban” as planned, and as announced when someone is speaking', () => {
    const { text } = article(SEED);
    const from = text.indexOf('they will remove the Taliban');
    const tokens: Token[] = tokenize(text, from, text.indexOf('outlawed groups.', from) + 16);
    const remove = tokens.findIndex((t) => t.norm === 'remove');
    expect(statusFromCues(tokens, remove, remove + 1, false)).toBe('planned');
    expect(statusFromCues(tokens, remove, remove + 1, true)).toBe('announced');
  });

  it('reads the whole clause “recent announcements that they will remove …” as announced', () => {
    expect(statusAt(SEED, 'recent announcements that they will remove', 'remove')).toBe('announced');
  });

  it('reads “hope to see more effective steps” and “Hopefully, the final decision will be announced” as hoped', () => {
    expect(statusAt(SEED, 'hope to see more effective steps', 'steps')).toBe('hoped');
    // Hope outranks the decision and the announcement in the same clause.
    expect(statusAt(SEED, 'Hopefully, the final decision', 'announced')).toBe('hoped');
  });

  it('reads “Kabul formally alleged last week that the terrorist group is orchestrating attacks” as alleged', () => {
    expect(statusAt(SEED, 'formally alleged last week', 'attacks')).toBe('alleged');
  });

  it('reads “Lavrov pledged” as announced and a plain past deed as no cue at all', () => {
    expect(statusAt(SEED, 'Lavrov pledged', 'pledged')).toBe('announced');
    expect(statusAt(SEED, 'Russia launched the Moscow Format', 'launched')).toBeUndefined();
    expect(statusAt(SEED, 'Lavrov praised the Taliban', 'praised')).toBeUndefined();
  });

  it('lets “would” turn a passed bill into a plan: “passed a bill … that would give courts the power to remove groups”', () => {
    expect(statusAt(LAWMAKERS, 'Russian lawmakers passed a bill', 'remove')).toBe('planned');
    expect(statusAt(LAWMAKERS, 'is then expected to sign it', 'sign')).toBe('planned');
  });

  it('reads “officials vowed … to remove the Taliban” as announced', () => {
    expect(statusAt(LAWMAKERS, 'security officials vowed', 'remove')).toBe('announced');
  });
});

describe('attributionOf', () => {
  const attribution = (id: string, words: string) => {
    const { s, range } = sentence(id, words);
    return attributionOf(s.tokens, s.refs, range);
  };

  it('takes “according to Anadolu” as the outlet that reported the claim, not its speaker', () => {
    expect(attribution(KYRGYZSTAN, 'according to Anadolu')).toEqual({ reportedBy: 'anadolu' });
  });

  it('takes “X … was quoted by state-run TASS” as speaker X and outlet TASS, across X’s apposition', () => {
    expect(attribution(SEED, 'was quoted by state-run TASS')).toEqual({ saidBy: 'zamir-kabulov', reportedBy: 'tass' });
  });

  it('takes the subject of a speech verb after a quotation: “…,” Lavrov said / Lavrov pledged / he told', () => {
    expect(attribution(SEED, 'Lavrov said in his inaugural speech')).toEqual({ saidBy: 'sergey-lavrov' });
    expect(attribution(SEED, 'Lavrov pledged')).toEqual({ saidBy: 'sergey-lavrov' });
    expect(attribution(SEED, 'he told the conference Friday')).toEqual({ saidBy: 'sergey-lavrov' });
  });

  it('takes the speaker of “President Vladimir Putin stated in July that …”', () => {
    expect(attribution(SEED, 'President Vladimir Putin stated')).toEqual({ saidBy: 'vladimir-putin' });
  });

  it('takes the speaker after an inverted speech verb: “…,” said the Taliban chief diplomat', () => {
    expect(attribution(SEED, 'said the Taliban chief diplomat')).toEqual({ saidBy: 'taliban' });
  });

  it('takes the body a deputy head speaks for: “Another deputy head of the State Commission … added that …”', () => {
    expect(attribution(KYRGYZSTAN, 'Another deputy head')).toEqual({ saidBy: 'kyrgyz-religious-affairs-commission' });
  });

  it('names nobody for unnamed “officials said”, however close an actor stands before them', () => {
    // “… an ambassador from Afghanistan’s Taliban government, officials said, …”: not the Taliban’s words.
    expect(attribution('2024-08-23_uae-accepts-taliban-ambassador', 'officials said')).toEqual({});
  });

  it('finds no speaker in a sentence without speech: “Russia launched the Moscow Format in 2017 …”', () => {
    expect(attribution(SEED, 'Russia launched the Moscow Format')).toEqual({});
  });

  it('takes the speaker after the verb, not the last actor inside the quotation: ““… by the Russian leadership,” said Kabulov.”', () => {
    expect(attribution(SEED, 'said Kabulov')).toEqual({ saidBy: 'zamir-kabulov' });
  });
});

describe('subjectRef', () => {
  const subjectOf = (id: string, words: string, verb: string) => {
    const { s, range, at } = sentence(id, words);
    return subjectRef(s.tokens, s.refs, range, at(verb))?.actor;
  };

  it('skips an apposition: “Zamir Kabulov, the Russian presidential envoy for the South Asian nation, was quoted”', () => {
    expect(subjectOf(SEED, 'was quoted by state-run TASS', 'quoted')).toBe('zamir-kabulov');
  });

  it('takes the head of a titled name: “Russian Foreign Minister Lavrov praised”', () => {
    expect(subjectOf(SEED, 'Lavrov praised the Taliban', 'praised')).toBe('sergey-lavrov');
  });

  it('skips auxiliaries and adverbs: “Moscow has developed close informal ties”', () => {
    expect(subjectOf(SEED, 'Moscow has developed close informal ties', 'developed')).toBe('russia');
  });

  it('skips the object of a preposition: in “The Taliban, which regained control of Afghanistan in 2021 …, is not listed”, nobody in “of Afghanistan” is the subject', () => {
    expect(subjectOf('2023-12-29_kazakhstan-removes-taliban', 'which regained control of Afghanistan', 'regained')).toBe('taliban');
  });

  it('does not reach back across a quotation mark to an actor inside the quotation', () => {
    // “Moscow will continue to develop … ties with Kabul,” Lavrov pledged: Kabul is not the one who pledged.
    expect(subjectOf(SEED, 'Lavrov pledged', 'pledged')).toBe('sergey-lavrov');
    expect(subjectOf(SEED, 'Moscow will continue to develop', 'continue')).toBe('russia');
  });

  it('finds none when no actor stands before the verb: “A judge could then rule to remove the designation”', () => {
    expect(subjectOf(LAWMAKERS, 'A judge could then rule', 'remove')).toBeUndefined();
  });
});
