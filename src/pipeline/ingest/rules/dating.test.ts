// When claims happened, on real sentences: the statement day of the lead and of words said at a
// named occasion, time words claimed by a nearer speech act, a quotation inside the clause, an
// interval opened by a "since" clause, a relative clause about a partner in talks, and the day a
// movement took power in the state it governs (a tie the article must state).
import { describe, expect, it } from 'vitest';
import type { Draft, DraftRelation } from '../extractor';
import { CORPUS_IDS, KNOWLEDGE, readSource, SEED, KAZAKHSTAN, CHINA, PUTIN, ENVOY_UAE, UAE, KYRGYZSTAN, LAWMAKERS } from './__fixtures__/corpus';
import { ruleExtractor } from './index';

const drafts = new Map<string, Draft>();
function draft(id: string, body?: string): Draft {
  const key = body ?? id;
  let d = drafts.get(key);
  if (!d) drafts.set(key, (d = ruleExtractor.extract(body === undefined ? readSource(id) : readSource(id, ` date 2024-10-05 ${body}\n`), KNOWLEDGE)));
  return d;
}
const triples = (d: Draft): string[] => d.relations.map((r) => `${r.source} ${r.type} ${r.target}`);
function claim(d: Draft, triple: string, words = ''): DraftRelation {
  const found = d.relations.filter((r) => `${r.source} ${r.type} ${r.target}` === triple && r.quote.includes(words));
  expect(found, `${triple} with “${words}”: ${JSON.stringify(triples(d))}`).toHaveLength(1);
  return found[0]!;
}
const dateOf = (r: DraftRelation): { when?: string; date?: string } => ({ ...(r.when ? { when: r.when } : {}), ...(r.date ? { date: r.date } : {}) });


describe('the statement day', () => {
  it('dates what Lavrov said “in his inaugural speech to delegates from …” by the day the seed’s lead names, Friday 4 October', () => {
    for (const r of draft(SEED).relations.filter((x) => x.type === 'participation' && x.rule.includes('delegates from'))) expect(dateOf(r)).toEqual({ date: '2024-10-04' });
  });

  it('dates the lead’s statement “Russian President Vladimir Putin said that the Taliban … are Moscow’s “allies”” by the publication day', () => {
    expect(dateOf(claim(draft(PUTIN), 'russia support taliban', 'allies'))).toEqual({ date: '2024-07-04' });
  });

  it('leaves undated a statement at no named occasion: “Lavrov praised the Taliban”, “… ties with Kabul,” Lavrov pledged', () => {
    expect(dateOf(claim(draft(SEED), 'sergey-lavrov support taliban', 'praised'))).toEqual({});
    expect(dateOf(claim(draft(SEED), 'russia pledge taliban', 'will continue to develop'))).toEqual({});
  });

  it('does not date a deed by it: the lead’s “a principal decision had already been made to remove …”', () => {
    expect(dateOf(claim(draft(SEED), 'russia delisting taliban', 'remove Afghanistan’s ruling Taliban'))).toEqual({});
  });
});

describe('time words of the sentence', () => {
  it('leaves “Friday’s gathering” to the welcome, not to the announced removal: “Muttaqi, in his … address to Friday’s gathering, welcomed … announcements that they will remove …”', () => {
    expect(claim(draft(SEED), 'amir-khan-muttaqi support kazakhstan', 'welcomed').when).toBe('Friday');
    expect(dateOf(claim(draft(SEED), 'kazakhstan delisting taliban', 'they will remove'))).toEqual({});
  });

  it('leaves “last week” to the allegation: “Kabul formally alleged last week …, charges officials in Islamabad have refuted”', () => {
    expect(dateOf(claim(draft(SEED), 'pakistan denial taliban'))).toEqual({});
  });

  it('reads past a quotation inside the clause: “Putin called the Taliban “allies in the fight against terrorism” earlier this year”', () => {
    expect(claim(draft(LAWMAKERS), 'vladimir-putin support taliban')).toMatchObject({ when: 'this year' });
  });

  it('opens an interval at a “since” clause: “The Kremlin has courted relations with the Taliban since the Islamist group seized power after … in 2021”', () => {
    expect(dateOf(claim(draft(LAWMAKERS), 'kremlin support taliban'))).toEqual({ when: 'in 2021', date: '2021/..' });
  });

  it('dates talks by a relative clause about the partner: “held bilateral talks with … Muttaqi, who led his delegation at Friday’s multilateral event”', () => {
    expect(claim(draft(SEED), 'sergey-lavrov consultation amir-khan-muttaqi').when).toBe('Friday');
    expect(claim(draft(ENVOY_UAE), 'uae consultation sirajuddin-haqqani').when).toBe('in June');
  });

  it('does not carry the day of a saying into an earlier clause: “… said on Tuesday it would expand trade ties …, days after a Taliban delegation visited Tashkent”', () => {
    const d = draft('made-up-said-after', 'Uzbekistan’s foreign ministry said on Tuesday it would expand trade ties with the Taliban government, days after a Taliban delegation visited Tashkent.');
    expect(dateOf(claim(d, 'taliban consultation uzbekistan', 'visited Tashkent'))).toEqual({});
  });

  it('does not date a deed by a relative clause: “Kazakhstan removed the Taliban from its list, which was drawn up in 2005”', () => {
    const d = draft('made-up', 'Kazakhstan removed the Taliban from its list, which was drawn up in 2005.');
    expect(dateOf(claim(d, 'kazakhstan delisting taliban'))).toEqual({});
  });
});

describe('reports, and intervals told around the claim', () => {
  it('dates an outlet’s report by the statement day the article names: “Kabulov … was quoted by state-run TASS news agency as saying”', () => {
    expect(dateOf(claim(draft(SEED), 'tass reports zamir-kabulov'))).toEqual({ date: '2024-10-04' });
  });

  it('leaves a report undated where the article names no statement day: “… banned by the country’s courts, according to Anadolu”', () => {
    expect(dateOf(claim(draft(KYRGYZSTAN), 'anadolu reports kyrgyz-prosecutor-general-office'))).toEqual({});
  });

  it('gives an event in an “after” clause the year right before it: “regained power … three years ago after the United States and NATO forces withdrew”', () => {
    expect(dateOf(claim(draft(SEED), 'united-states withdrawal afghanistan'))).toEqual({ when: 'three years ago' });
    expect(dateOf(claim(draft(SEED), 'nato withdrawal afghanistan'))).toEqual({ when: 'three years ago' });
  });

  it('carries a year, not a day, into an “after” clause: “… took power in Afghanistan in 2021 / on Sunday after the United States forces withdrew”', () => {
    const year = draft('made-up-after-year', 'The Taliban took power in Afghanistan in 2021 after the United States forces withdrew.');
    expect(dateOf(claim(year, 'united-states withdrawal afghanistan'))).toEqual({ when: 'in 2021' });
    const day = draft('made-up-after-day', 'The Taliban took power in Afghanistan on Sunday after the United States forces withdrew.');
    expect(dateOf(claim(day, 'united-states withdrawal afghanistan'))).toEqual({});
  });

  it('closes the interval where a relative clause ends the partner: “to recognise the previous Taliban government, which was toppled … in 2001”', () => {
    expect(dateOf(claim(draft(UAE), 'uae recognition taliban', 'recognise'))).toEqual({ when: 'in 2001', date: '../2001' });
  });

  it('does not close it for a clause that does not end the partner: “…, which was formed in 1996”', () => {
    const d = draft('made-up-formed', 'Pakistan recognised the Taliban government, which was formed in 1996.');
    expect(dateOf(claim(d, 'pakistan recognition taliban'))).toEqual({});
  });
});

describe('a movement that governs a state', () => {
  it('dates the Taliban’s rule of Afghanistan from when the article says they took power', () => {
    const expected: Record<string, string> = {
      [SEED]: '2021/..', // since they regained power in Afghanistan three years ago
      [KAZAKHSTAN]: '2021/..', // The Taliban, which regained control of Afghanistan in 2021
      [CHINA]: '2021-08/..', // since their return to power in August 2021
      [PUTIN]: '2021/..', // Since taking over Afghanistan in 2021, the Taliban …
      [LAWMAKERS]: '2021/..', // since the Islamist group seized power after … in 2021
    };
    for (const [id, date] of Object.entries(expected)) expect(draft(id).relations.filter((r) => r.source === 'taliban' && r.type === 'affiliation' && r.target === 'afghanistan').map((r) => r.date), id).toEqual([date]);
  });

  it('states the tie without a date where the article names them its government: “Afghanistan’s Taliban government”', () => {
    const d = draft('made-up', 'The United Arab Emirates has accepted the credentials of an ambassador from Afghanistan’s Taliban government.');
    expect(dateOf(claim(d, 'taliban affiliation afghanistan', 'Afghanistan’s Taliban government'))).toEqual({});
  });

  it('gives no tie where the article never says that they govern: “the designation of the Taliban in Afghanistan as a terrorist group”', () => {
    const without = CORPUS_IDS.filter((id) => !triples(draft(id)).includes('taliban affiliation afghanistan'));
    expect(without.sort()).toEqual(['2024-08-22_taliban-ambassador-uae', '2024-09-06_kyrgyzstan-removes-taliban', '2024-12-17_duma-bill-taliban']);
  });

  it('reads an office “of” the governed state as the movement’s: “Amir Khan Muttaqi, the acting foreign minister of Afghanistan”', () => {
    expect(triples(draft(KAZAKHSTAN))).toContain('amir-khan-muttaqi affiliation taliban');
    expect(triples(draft(KAZAKHSTAN))).not.toContain('amir-khan-muttaqi affiliation afghanistan');
  });
});
