// Who each sentence is about, on real articles: registry aliases (longest first, dated owners),
// proposed actors for names the registry lacks, references ("he", "the group", "the country"),
// coordinations ("Kazakhstan and Kyrgyzstan") and composed names ("the UAE’s foreign ministry").
import { describe, expect, it } from 'vitest';
import type { Knowledge } from '../extractor';
import { KNOWLEDGE, readSource } from './__fixtures__/corpus';
import { findArticleActors, type ArticleActors } from './actors';

const read = readSource;
function actorsOf(id: string, knowledge: Knowledge = KNOWLEDGE, text?: string) {
  const article = read(id, text);
  return { article, found: findArticleActors(article, knowledge) };
}

/** The references of the sentence that contains `words`, as “text → actor (via)” rows. */
function refsIn({ article, found }: { article: ReturnType<typeof read>; found: ArticleActors }, words: string) {
  const s = found.sentences.find((x) => article.text.slice(x.start, x.end).includes(words)) ?? expect.unreachable(`no sentence with ${words}`);
  return s.refs.map((r) => ({ text: article.text.slice(r.start, r.end), actor: r.actor, via: r.via, ...(r.group ? { group: r.group } : {}) }));
}
const actorOf = (refs: ReturnType<typeof refsIn>, text: string) => refs.filter((r) => r.text === text).map((r) => r.actor);

const SEED = actorsOf('000_13209300025090b4');

describe('registry aliases', () => {
  it('finds the actors of the seed’s first sentence by their aliases, in text order', () => {
    expect(refsIn(SEED, 'Russia reported Friday')).toEqual([
      { text: 'Russia', actor: 'russia', via: 'alias' },
      { text: 'Afghanistan', actor: 'afghanistan', via: 'alias' },
      { text: 'Taliban', actor: 'taliban', via: 'alias' },
      { text: 'Moscow', actor: 'russia', via: 'alias' },
    ]);
  });

  it('prefers the longest alias: “Moscow Format” is the forum, “Russian leadership” is not just “Russian”', () => {
    expect(actorOf(refsIn(SEED, 'organized under the Moscow Format'), 'Moscow Format')).toEqual(['moscow-format']);
    expect(actorOf(refsIn(SEED, 'made by the Russian leadership'), 'Russian leadership')).toEqual(['russian-leadership']);
  });

  it('keeps every reference inside its sentence and sorted by offset', () => {
    for (const s of SEED.found.sentences) {
      for (const r of s.refs) expect(r.start >= s.start && r.end <= s.end && r.start < r.end).toBe(true);
      expect(s.refs.map((r) => r.start)).toEqual([...s.refs.map((r) => r.start)].sort((a, b) => a - b));
    }
  });
});

describe('dated aliases (data/curated/actors.yaml `during`)', () => {
  it('reads “Moscow” in a sentence about 1979 as the Soviet Union and “Kabul” as the DRA government', () => {
    const refs = refsIn(SEED, 'entered the country in 1979');
    expect(actorOf(refs, 'Moscow')).toEqual(['soviet-union']);
    expect(actorOf(refs, 'Kabul')).toEqual(['dra-government']);
  });

  it('reads the same words in 2024 as Russia and the Taliban', () => {
    expect(actorOf(refsIn(SEED, 'Russia reported Friday'), 'Moscow')).toEqual(['russia']);
    const refs = refsIn(SEED, 'Moscow will continue to develop');
    expect(actorOf(refs, 'Moscow')).toEqual(['russia']);
    expect(actorOf(refs, 'Kabul')).toEqual(['taliban']);
  });
});

describe('names the registry does not know', () => {
  const made = actorsOf('made-up', KNOWLEDGE, ' date 2024-10-05 MOSCOW — Foreign Minister Jane Doeville met Lavrov in Moscow on Friday. Doeville said the talks were useful.\n');

  it('proposes a person for a name after a title and keeps registry actors as they are', () => {
    expect([...made.found.proposed.values()]).toEqual([expect.objectContaining({ id: 'jane-doeville', label: 'Jane Doeville', kind: 'person', rule: 'name after a title' })]);
    // Nothing else: “Lavrov in Moscow” is no composed name.
    expect(refsIn(made, 'Jane Doeville')).toEqual([
      { text: 'Jane Doeville', actor: 'jane-doeville', via: 'name' },
      { text: 'Lavrov', actor: 'sergey-lavrov', via: 'alias' },
      { text: 'Moscow', actor: 'russia', via: 'alias' },
    ]);
    expect(made.found.kindOf.get('jane-doeville')).toBe('person');
    expect(made.found.labelOf.get('jane-doeville')).toBe('Jane Doeville');
  });

  it('reads the proposed person’s surname alone in a later sentence as the same person', () => {
    expect(refsIn(made, 'Doeville said')).toEqual([{ text: 'Doeville', actor: 'jane-doeville', via: 'name' }]);
  });

  it('proposes real people of an article when the registry is held out: “the Taliban Prime Minister Hassan Akhund”', () => {
    const heldOut = new Set(['hassan-akhund', 'bilal-karimi']);
    const china = actorsOf('2024-01-30_china-accepts-taliban-envoy', { ...KNOWLEDGE, actors: KNOWLEDGE.actors.filter((a) => !heldOut.has(a.id)) });
    expect(china.found.proposed.get('hassan-akhund')).toMatchObject({ label: 'Hassan Akhund', kind: 'person' });
    expect(actorOf(refsIn(china, 'Hassan Akhund'), 'Hassan Akhund')).toEqual(['hassan-akhund']);
    expect(actorOf(refsIn(china, 'Hassan Akhund'), 'Taliban')).toEqual(['taliban']);
  });

  it('proposes nothing in the seed, whose people are all in the registry', () => {
    expect(SEED.found.proposed.size).toBe(0);
  });
});

describe('references', () => {
  it('resolves “he” to the nearest person before it, across sentences', () => {
    // “Russian Foreign Minister Lavrov praised …” then “… he told the conference Friday.”
    expect(actorOf(refsIn(SEED, 'he told the conference'), 'he')).toEqual(['sergey-lavrov']);
    // “Muttaqi called on all regional countries …” then “He used an acronym for IS-K …”
    expect(actorOf(refsIn(SEED, 'He used an acronym'), 'He')).toEqual(['amir-khan-muttaqi']);
  });

  it('prefers the nearer person of the same sentence: in “Lavrov … talks with … Muttaqi, who led his delegation”, “his” is Muttaqi', () => {
    expect(actorOf(refsIn(SEED, 'who led his delegation'), 'his')).toEqual(['amir-khan-muttaqi']);
  });

  it('resolves descriptions to the nearest actor of a fitting kind', () => {
    expect(actorOf(refsIn(SEED, 'The former Afghan insurgent group'), 'The former Afghan insurgent group')).toEqual(['taliban']);
    expect(actorOf(refsIn(SEED, 'he told the conference'), 'the conference')).toEqual(['moscow-format']);
    expect(actorOf(refsIn(SEED, 'entered the country in 1979'), 'the country')).toEqual(['afghanistan']);
    expect(actorOf(refsIn(SEED, 'the terrorist group is orchestrating'), 'the terrorist group')).toEqual(['taliban']);
  });

  it('resolves “they” to the nearest group-like actor: “ties with the Taliban since they regained power”', () => {
    expect(actorOf(refsIn(SEED, 'since they regained power'), 'they')).toEqual(['taliban']);
  });

  it('marks references as such, with less confidence than an alias', () => {
    const s = SEED.found.sentences.find((x) => SEED.article.text.slice(x.start, x.end).includes('He used an acronym'))!;
    const he = s.refs.find((r) => r.via === 'reference')!;
    const alias = s.refs.find((r) => r.via === 'alias')!;
    expect(he.rule).toMatch(/pronoun/);
    expect(he.confidence).toBeLessThan(alias.confidence);
  });
});

describe('coordinations', () => {
  it('groups “Kazakhstan and Kyrgyzstan’s recent announcements”', () => {
    const refs = refsIn(SEED, 'welcomed Kazakhstan and Kyrgyzstan');
    for (const name of ['Kazakhstan', 'Kyrgyzstan']) {
      expect(refs.find((r) => r.text === name)?.group).toEqual(['kazakhstan', 'kyrgyzstan']);
    }
  });

  it('groups a list with commas and a final “and”: “China, India, Iran, Kazakhstan, Kyrgyzstan, Pakistan, and Uzbekistan”', () => {
    const refs = refsIn(SEED, 'countries such as China');
    expect(refs.find((r) => r.text === 'China')?.group).toEqual(['china', 'india', 'iran', 'kazakhstan', 'kyrgyzstan', 'pakistan', 'uzbekistan']);
  });

  it('groups “the United States and NATO forces” and leaves single actors ungrouped', () => {
    const refs = refsIn(SEED, 'the United States and NATO forces withdrew');
    expect(refs.find((r) => r.text === 'NATO')?.group).toEqual(['united-states', 'nato']);
    expect(refs.find((r) => r.text === 'Taliban')?.group).toBeUndefined();
  });

  it('does not group a person with a state: “the Kazakhstan Ambassador to Afghanistan, and Amir Khan Muttaqi”', () => {
    const refs = refsIn(actorsOf('2023-12-29_kazakhstan-removes-taliban'), 'high-profile meeting between');
    const muttaqi = refs.find((r) => r.actor === 'amir-khan-muttaqi');
    expect(muttaqi).toBeDefined();
    expect(muttaqi?.group ?? []).not.toContain('afghanistan');
  });
});

describe('composed names', () => {
  it('reads “The UAE’s foreign ministry” as the registry’s UAE foreign ministry', () => {
    const uae = actorsOf('2024-08-22_taliban-ambassador-uae');
    expect(refsIn(uae, 'has not yet commented')).toContainEqual({ text: 'UAE’s foreign ministry', actor: 'uae-foreign-ministry', via: 'reference' });
  });

  it('reads “the Kabul foreign ministry” (2024) as the Taliban’s foreign ministry', () => {
    const uae = actorsOf('2024-08-23_uae-accepts-taliban-ambassador');
    expect(refsIn(uae, 'the Kabul foreign ministry announced')).toContainEqual({ text: 'Kabul foreign ministry', actor: 'taliban-foreign-ministry', via: 'reference' });
  });
});
