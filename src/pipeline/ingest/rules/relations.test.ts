// Per-sentence claims, through the whole rule extractor on real articles: slots, subject and
// object, the passive voice, a list's owner, negation, phrase heads, coordinations, implicit
// countries, speakers and outlets, status and time words.
import { describe, expect, it } from 'vitest';
import type { Draft, DraftRelation } from '../extractor';
import { KNOWLEDGE, readSource, SEED, KAZAKHSTAN, CHINA, KYRGYZSTAN, LAWMAKERS, DUMA } from './__fixtures__/corpus';
import { ruleExtractor } from './index';

const drafts = new Map<string, Draft>();
/** The draft of data/sources/<id>.txt, made once per file. */
function draft(id: string): Draft {
  let d = drafts.get(id);
  if (!d) {
    drafts.set(id, (d = ruleExtractor.extract(readSource(id), KNOWLEDGE)));
  }
  return d;
}
const claims = (id: string, source: string, type: string, target: string): DraftRelation[] =>
  draft(id).relations.filter((r) => r.source === source && r.type === type && r.target === target);
/** The one claim of the triple whose quote contains `words`. */
function claim(id: string, triple: string, words: string): DraftRelation {
  const [source, type, target] = triple.split(' ') as [string, string, string];
  const found = claims(id, source, type, target).filter((r) => r.quote.includes(words));
  expect(found, `${triple} with “${words}” in ${id}: ${JSON.stringify(draft(id).relations.map((r) => `${r.source} ${r.type} ${r.target}`))}`).toHaveLength(1);
  return found[0]!;
}
const triples = (id: string): string[] => draft(id).relations.map((r) => `${r.source} ${r.type} ${r.target}`);


describe('the seed’s first sentence', () => {
  const c = claim(SEED, 'russia delisting taliban', 'remove Afghanistan’s ruling Taliban from Moscow’s list');

  it('gives Russia removing the Taliban from its list, the owner of “Moscow’s list” being the source', () => {
    expect(c.rule).toMatch(/^delisting: remove/);
  });

  it('is decided: “a principal decision had already been made”', () => {
    expect(c.status).toBe('decided');
  });

  it('is not dated by “Friday”, the day Russia reported it', () => {
    expect(c.when).toBeUndefined();
    expect(c.date).toBeUndefined();
  });
});

describe('placement on a list', () => {
  it('turns the passive round: “The Taliban were put on Russia’s list of terrorist organizations in 2003”', () => {
    const c = claim(DUMA, 'russia listing taliban', 'Taliban were put on Russia’s list');
    expect(c.when).toBe('in 2003');
    expect(c.status).toBeUndefined();
  });

  it('reads the list’s owner and a described subject: “The former Afghan insurgent group has been on the Russian list … since 2003”', () => {
    const c = claim(SEED, 'russia listing taliban', 'on the Russian list of terrorist organizations');
    expect(c.when).toBe('since 2003');
  });

  it('reads “the Taliban, a banned group in Russia”', () => {
    claim('2024-07-04_putin-taliban-allies', 'russia listing taliban', 'a banned group in Russia');
  });

  it('dates a court’s listing: “In September 2006, the Pervomaysky District Court recognized the Taliban as a terrorist organization”', () => {
    const c = claim(KYRGYZSTAN, 'pervomaysky-district-court listing taliban', 'recognized the Taliban as a terrorist');
    expect(c.when).toBe('in September 2006');
  });
});

describe('removal from a list', () => {
  it('reads a bill that would let Moscow remove the designation as planned', () => {
    expect(claim(DUMA, 'russia delisting taliban', 'remove the designation of the Taliban').status).toBe('planned');
  });

  it('reads “top Russian security officials vowed … to remove the Taliban from Russia’s list” as announced', () => {
    expect(claim(LAWMAKERS, 'russia delisting taliban', 'remove the Taliban from Russia’s list').status).toBe('announced');
  });

  it('names Russia as the speaker of “top Russian security officials vowed …”', () => {
    expect(claim(LAWMAKERS, 'russia delisting taliban', 'remove the Taliban from Russia’s list').saidBy).toBe('russia');
  });

  it('finds the court behind “its list” across an apposition: “the Supreme Court of Kazakhstan has removed the Islamic Emirate, commonly known as the Taliban, from its list”', () => {
    claim(KAZAKHSTAN, 'kazakhstan-supreme-court delisting taliban', 'commonly known as the Taliban, from its list');
  });

  it('reads “Kazakhstan’s decision to exclude the Taliban from its list” as decided by Kazakhstan', () => {
    expect(claim(KAZAKHSTAN, 'kazakhstan delisting taliban', 'decision to exclude the Taliban').status).toBe('decided');
  });

  it('expands “Kazakhstan and Kyrgyzstan’s recent announcements that they will remove the Taliban” to both countries, announced', () => {
    for (const country of ['kazakhstan', 'kyrgyzstan']) {
      expect(claim(SEED, `${country} delisting taliban`, 'they will remove the Taliban').status).toBe('announced');
    }
  });
});

describe('affiliations and the heads of phrases', () => {
  it('reads “Russian Foreign Minister Sergey Lavrov” as Lavrov’s affiliation with Russia', () => {
    expect(claim(SEED, 'sergey-lavrov affiliation russia', 'Russian Foreign Minister Sergey Lavrov').rule).toBe('affiliation: {target} {role} {source}');
  });

  it('reads titles before and after a name: “Taliban Foreign Minister Amir Khan Muttaqi”, “Chinese President, Xi Jinping”', () => {
    claim(SEED, 'amir-khan-muttaqi affiliation taliban', 'Taliban Foreign Minister Amir Khan Muttaqi');
    claim(CHINA, 'xi-jinping affiliation china', 'Chinese President, Xi Jinping');
    claim(SEED, 'zamir-kabulov affiliation russia', 'Zamir Kabulov, the Russian presidential envoy');
  });

  it('takes the person, not the title’s country, as the other side of talks: “held bilateral talks with Taliban Foreign Minister Amir Khan Muttaqi”', () => {
    claim(SEED, 'sergey-lavrov consultation amir-khan-muttaqi', 'held bilateral talks with');
    expect(claims(SEED, 'sergey-lavrov', 'consultation', 'taliban')).toEqual([]);
  });

  it('reads “a regional Islamic State affiliate known as IS-Khorasan” as the fight against IS-K and its tie to the Islamic State', () => {
    claim(SEED, 'taliban intervention is-k', 'fighting a regional Islamic State affiliate known as IS-Khorasan');
    claim(SEED, 'is-k affiliation islamic-state', 'Islamic State affiliate known as IS-Khorasan');
  });
});

describe('negation', () => {
  it('gives no recognition for “Washington remains opposed to any step toward … recognition of the Taliban”', () => {
    const recognitions = draft(SEED).relations.filter((r) => r.type === 'recognition');
    expect(recognitions.filter((r) => /recognition of the Taliban|opposed/.test(r.quote))).toEqual([]);
    expect(claims(SEED, 'united-states', 'recognition', 'taliban')).toEqual([]);
  });

  it('gives no recognition for “No country has officially recognized …”, only for “China and the UAE have formally accepted Taliban-appointed ambassadors”', () => {
    const recognitions = draft(SEED).relations.filter((r) => r.type === 'recognition');
    expect(recognitions.map((r) => `${r.source} ${r.target}`).sort()).toEqual(['china taliban', 'uae taliban']);
    for (const r of recognitions) expect(r.quote).toMatch(/have formally accepted Taliban-appointed ambassadors$/);
    expect(draft(CHINA).relations.filter((r) => r.type === 'recognition' && /No nation|recognized/.test(r.quote))).toEqual([]);
  });

  it('gives no recognition for “lift its formal recognition of the Taliban as a terrorist group” or “would not amount to a formal recognition”', () => {
    expect(triples(LAWMAKERS).filter((t) => t.includes(' recognition '))).toEqual([]);
  });
});

describe('speakers, outlets and speech acts', () => {
  it('reads “X … was quoted by state-run TASS” as TASS reporting Kabulov', () => {
    claim(SEED, 'tass reports zamir-kabulov', 'was quoted by state-run TASS');
  });

  it('reads “… according to Anadolu” as Anadolu reporting the prosecutor general’s office', () => {
    claim(KYRGYZSTAN, 'anadolu reports kyrgyz-prosecutor-general-office', 'according to Anadolu');
  });

  it('makes the source of a speech act its speaker: “Lavrov praised the Taliban”', () => {
    expect(claim(SEED, 'sergey-lavrov support taliban', 'Lavrov praised the Taliban').saidBy).toBe('sergey-lavrov');
  });

  it('reads ““Moscow will continue to develop … ties with Kabul,” Lavrov pledged” as Russia’s announced pledge to the Taliban, said by Lavrov', () => {
    const c = claim(SEED, 'russia pledge taliban', 'Moscow will continue to develop');
    expect(c).toMatchObject({ status: 'announced', saidBy: 'sergey-lavrov' });
  });

  it('takes the speaker named after the verb: “The U.S. has never attended a Moscow Format meeting …, said Decker”', () => {
    expect(claim(SEED, 'united-states opposition moscow-format', 'never attended').saidBy).toBe('karen-decker');
  });

  it('reads an accusation as alleged: “IS-K, which the United Nations describes as the most significant terrorist regional threat”', () => {
    expect(claim(SEED, 'united-nations accusation is-k', 'describes as the most significant').status).toBe('alleged');
  });

  it('names another deputy head’s body as the speaker: “… added that Kazakhstan has also removed the Taliban from its list”', () => {
    expect(claim(KYRGYZSTAN, 'kazakhstan delisting taliban', 'Kazakhstan has also removed').saidBy).toBe('kyrgyz-religious-affairs-commission');
  });
});

describe('implicit ends, coordinations and time words', () => {
  it('reads “the United States and NATO forces withdrew” as both leaving Afghanistan, the country of the sentence; nobody is quoted', () => {
    for (const who of ['united-states', 'nato']) {
      const c = claim(SEED, `${who} withdrawal afghanistan`, 'the United States and NATO forces withdrew');
      expect(c.saidBy).toBeUndefined();
    }
  });

  it('expands “delegates from countries such as China, India, Iran, Kazakhstan, Kyrgyzstan, Pakistan, and Uzbekistan” to the forum of the paragraph', () => {
    const sources = draft(SEED).relations.filter((r) => r.type === 'participation' && r.target === 'moscow-format' && r.rule.includes('delegates from')).map((r) => r.source);
    expect(sources.sort()).toEqual(['china', 'india', 'iran', 'kazakhstan', 'kyrgyzstan', 'pakistan', 'uzbekistan']);
  });

  it('reads “The Soviet army entered the country in 1979” as an intervention in Afghanistan in 1979', () => {
    expect(claim(SEED, 'soviet-army intervention afghanistan', 'Soviet army entered the country').when).toBe('in 1979');
  });

  it('dates “Russia launched the Moscow Format in 2017”', () => {
    expect(claim(SEED, 'russia hosting moscow-format', 'launched the Moscow Format').when).toBe('in 2017');
  });

  it('makes “since they regained power … three years ago” an open interval from 2021', () => {
    const c = claim(SEED, 'russia support taliban', 'close informal ties with the Taliban');
    expect(c).toMatchObject({ when: 'three years ago', date: '2021/..' });
  });

  it('carries the speaker of “President Vladimir Putin stated in July that Russia considered the Taliban an ally”', () => {
    expect(claim(SEED, 'russia support taliban', 'considered the Taliban an ally')).toMatchObject({ saidBy: 'vladimir-putin', when: 'in July' });
  });
});

describe('“we” in a quotation', () => {
  it('is the speaker’s side: ““We support the Afghan authorities’ resolve …,” he told the conference Friday” (he: Lavrov of Russia)', () => {
    expect(claim(SEED, 'russia support taliban', 'We support the Afghan authorities')).toMatchObject({ saidBy: 'sergey-lavrov', when: 'Friday' });
  });

  it('climbs the speaker’s affiliations to a state: Decker heads the U.S. mission, so “we do not participate” is the United States', () => {
    expect(claim(SEED, 'united-states opposition moscow-format', 'we do not participate')).toMatchObject({ saidBy: 'karen-decker', when: 'Thursday' });
  });

  it('stops at the first state or movement: a Taliban minister’s “we” is the Taliban, not a state above it', () => {
    const d = ruleExtractor.extract(readSource('made-up-we-side', ' date 2024-10-05 “We support Russia,” Taliban Foreign Minister Amir Khan Muttaqi said.\n'), KNOWLEDGE);
    expect(d.relations.filter((r) => r.type === 'support').map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual(['taliban support russia']);
  });

  it('names nobody when no one is said to speak the quotation: “Lavrov arrived. “We support the Taliban.””', () => {
    const d = ruleExtractor.extract(readSource('made-up-we', ' date 2024-10-05 Russian Foreign Minister Sergey Lavrov arrived in Kabul. “We support the Taliban.”\n'), KNOWLEDGE);
    expect(d.relations.filter((r) => r.type === 'support').map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual([]);
  });
});

describe('an object left unsaid', () => {
  it('is the forum named nearby: “The Moscow Format met on Friday. “We do not participate,” Karen Decker said.”', () => {
    const d = ruleExtractor.extract(readSource('made-up-implied', ' date 2024-10-05 The Moscow Format met on Friday. “We do not participate,” Karen Decker said.\n'), KNOWLEDGE);
    expect(d.relations.filter((r) => r.type === 'opposition').map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual(['united-states opposition moscow-format']);
  });

  it('is nobody where no forum is named: ““We do not participate,” Karen Decker said.”', () => {
    const d = ruleExtractor.extract(readSource('made-up-implied-none', ' date 2024-10-05 “We do not participate,” Karen Decker said.\n'), KNOWLEDGE);
    expect(d.relations.filter((r) => r.type === 'opposition')).toEqual([]);
  });

  it('is the named object where there is one: “Kazakhstan will not attend the Moscow Format meeting.”', () => {
    const d = ruleExtractor.extract(readSource('made-up-named', ' date 2024-10-05 Kazakhstan will not attend the Moscow Format meeting, its foreign ministry said.\n'), KNOWLEDGE);
    expect(d.relations.filter((r) => r.type === 'opposition' || r.type === 'participation').map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual(['kazakhstan opposition moscow-format']);
  });

  it('gives no claim for an open question: “Kazakhstan did not say whether it would attend the Moscow Format meeting.”', () => {
    const d = ruleExtractor.extract(readSource('made-up-open', ' date 2024-10-05 Kazakhstan did not say whether it would attend the Moscow Format meeting.\n'), KNOWLEDGE);
    expect(d.relations.filter((r) => r.type === 'opposition' || r.type === 'participation')).toEqual([]);
  });
});
