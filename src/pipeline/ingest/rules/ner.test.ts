// Names the registry does not know, found in real sentences: people after a title or before a
// titled apposition, organisations by their head word, countries and organisations compromise
// knows (in made-up sentences too); names the registry knows are left alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../article';
import { findNames, proposedId, type NameSpan } from './ner';
import { tokenize } from './tokens';

const ROOT = join(import.meta.dirname, '../../../..');

function article(id: string, text = readFileSync(join(ROOT, 'data/sources', `${id}.txt`), 'utf8')) {
  const read = readArticle(id, id, `${id}.txt`, text);
  if (!read.ok) throw new Error(read.message);
  return read.article;
}
const SEED = article('000_13209300025090b4');
const CHINA = article('2024-01-30_china-accepts-taliban-envoy');
const KYRGYZSTAN = article('2024-09-06_kyrgyzstan-removes-taliban');

type Article = ReturnType<typeof article>;
/** Names in the sentence that contains `words`; `known` are registry names already taken. */
function namesIn(a: Article, words: string, known: string[] = []): NameSpan[] {
  const s = a.sentences.find((x) => x.text.includes(words)) ?? expect.unreachable(`no sentence with ${words}`);
  const taken = known.map((k) => {
    const start = a.text.indexOf(k, s.start);
    return { start, end: start + k.length };
  });
  const names = findNames(a.text, s, tokenize(a.text, s.start, s.end), taken);
  for (const n of names) {
    expect(a.text.slice(n.start, n.end)).toBe(n.label);
    expect(n.start >= s.start && n.end <= s.end).toBe(true);
    expect(n.confidence).toBeGreaterThan(0);
    expect(n.confidence).toBeLessThanOrEqual(1);
  }
  return names;
}
const brief = (names: NameSpan[]) => names.map((n) => ({ label: n.label, kind: n.kind }));

describe('people after a title', () => {
  it('finds the name after “Prime Minister”, without the title: “the Taliban Prime Minister Hassan Akhund”', () => {
    expect(namesIn(CHINA, 'Hassan Akhund')).toEqual([expect.objectContaining({ label: 'Hassan Akhund', kind: 'person', rule: 'name after a title' })]);
  });

  it('keeps an honorific that is part of how the name is used: “Mawlawi Asadullah”', () => {
    expect(brief(namesIn(CHINA, 'Mawlawi Asadullah')).find((n) => n.label.endsWith('Asadullah'))).toEqual({ label: 'Mawlawi Asadullah', kind: 'person' });
  });

  it('finds a name the registry cannot know: “Foreign Minister Jane Doeville met Lavrov …”', () => {
    const made = article('made-up', ' date 2024-10-05 MOSCOW — Foreign Minister Jane Doeville met Lavrov in Moscow on Friday.\n');
    expect(namesIn(made, 'Jane Doeville', ['Lavrov', 'Moscow'])).toEqual([
      expect.objectContaining({ label: 'Jane Doeville', kind: 'person', rule: 'name after a title' }),
    ]);
  });

  it('stops the name at the first word that is no name: “President Vladimir Putin stated in July”', () => {
    expect(brief(namesIn(SEED, 'President Vladimir Putin stated', ['Russia', 'Taliban']))).toEqual([{ label: 'Vladimir Putin', kind: 'person' }]);
  });
});

describe('people before a titled apposition and by compromise', () => {
  it('finds “Zamir Kabulov, the Russian presidential envoy …” as a person', () => {
    expect(brief(namesIn(SEED, 'Zamir Kabulov, the Russian presidential envoy', ['TASS', 'Taliban']))).toEqual([{ label: 'Zamir Kabulov', kind: 'person' }]);
  });

  it('finds a person named with an alias in apposition: “…, also known as Bilal Karimi,”', () => {
    expect(brief(namesIn(CHINA, 'also known as Bilal Karimi'))).toContainEqual({ label: 'Bilal Karimi', kind: 'person' });
  });

  it('finds “Karen Decker” before her apposition “the head of the Doha-based U.S. diplomatic mission”', () => {
    expect(brief(namesIn(SEED, 'Karen Decker, the head of'))).toContainEqual({ label: 'Karen Decker', kind: 'person' });
  });
});

describe('organisations by their head word', () => {
  it('names a court without its article: “the Pervomaysky District Court” → an agency', () => {
    expect(namesIn(KYRGYZSTAN, 'In September 2006', ['Taliban', 'Kyrgyzstan'])).toEqual([
      expect.objectContaining({ label: 'Pervomaysky District Court', kind: 'agency', rule: 'organisation name' }),
    ]);
  });

  it('joins connectors inside a name: “State Commission on Religious Affairs”, “Prosecutor General\'s Office of Kyrgyzstan”', () => {
    expect(brief(namesIn(KYRGYZSTAN, 'Another deputy head', ['Kazakhstan', 'Taliban']))).toEqual([{ label: 'State Commission on Religious Affairs', kind: 'agency' }]);
    expect(brief(namesIn(KYRGYZSTAN, 'has published a list', ['Anadolu']))).toEqual([{ label: "Prosecutor General's Office of Kyrgyzstan", kind: 'agency' }]);
  });

  it('guesses an armed group from “Movement”: “the Eastern Turkistan Islamic Movement”', () => {
    expect(brief(namesIn(KYRGYZSTAN, 'Among the organizations'))).toContainEqual({ label: 'Eastern Turkistan Islamic Movement', kind: 'armed-group' });
  });
});

describe('countries and organisations compromise knows (made-up sentences)', () => {
  const MADE_UP = article(
    'made-up',
    ' date 2024-10-05 DOHA — Delegates of Qatar, Oman and Saudi Arabia met in Doha on Tuesday. ' +
      'NATO troops left years ago, the Islamist group said. The Islamic State group claimed the attack.',
  );

  it('proposes each country of a list as a state, and no city: “Qatar, Oman and Saudi Arabia met in Doha”', () => {
    const names = brief(namesIn(MADE_UP, 'Delegates of Qatar'));
    expect(names).toEqual(expect.arrayContaining([{ label: 'Qatar', kind: 'state' }, { label: 'Oman', kind: 'state' }, { label: 'Saudi Arabia', kind: 'state' }]));
    expect(names.map((n) => n.label)).not.toContain('Doha');
  });

  it('takes an acronym it knows (“NATO”) but not an adjective before a lower-case noun (“the Islamist group”)', () => {
    const labels = namesIn(MADE_UP, 'NATO troops').map((n) => n.label);
    expect(labels).toContain('NATO');
    expect(labels).not.toContain('Islamist');
  });

  it('leaves a lower-case descriptor out of the name: “The Islamic State group” → “Islamic State”', () => {
    expect(namesIn(MADE_UP, 'claimed the attack').map((n) => n.label)).toEqual(['Islamic State']);
  });
});

describe('a longer name around a registry name (made-up sentences)', () => {
  const MADE_UP = article(
    'made-up-2',
    ' date 2024-10-05 ASTANA — The UN Security Council met on Monday. Delegates came to the Astana Format talks. ' +
      'The Taliban government said nothing. The Security Council of Russia met too.',
  );

  it('proposes “UN Security Council” and sets the registry’s “UN” inside it aside', () => {
    expect(namesIn(MADE_UP, 'Security Council met on Monday', ['UN'])).toEqual([
      expect.objectContaining({ label: 'UN Security Council', kind: 'agency', absorbs: true }),
    ]);
  });

  it('takes a forum from its head word: “the Astana Format” around the registry’s “Astana”', () => {
    expect(brief(namesIn(MADE_UP, 'Astana Format talks', ['Astana']))).toEqual([{ label: 'Astana Format', kind: 'forum' }]);
  });

  it('takes the registry name after the head word too: “the Security Council of Russia”', () => {
    expect(namesIn(MADE_UP, 'Security Council of Russia', ['Russia'])).toEqual([
      expect.objectContaining({ label: 'Security Council of Russia', kind: 'agency', absorbs: true }),
    ]);
  });

  it('leaves the registry name where the head word is lower case: “the Taliban government”', () => {
    expect(namesIn(MADE_UP, 'Taliban government said', ['Taliban'])).toEqual([]);
  });
});

describe('what is not a new name', () => {
  it('proposes nothing where the registry already names everyone: the seed’s first sentence', () => {
    expect(namesIn(SEED, 'Russia reported Friday', ['Russia', 'Afghanistan', 'Taliban', 'Moscow'])).toEqual([]);
  });

  it('leaves a name the registry already matched: “Russian Foreign Minister Sergey Lavrov”', () => {
    const names = namesIn(SEED, 'Sergey Lavrov presiding', ['Moscow', 'regional countries', 'Afghanistan', 'Russian', 'Sergey Lavrov']);
    expect(names.map((n) => n.label)).not.toContain('Sergey Lavrov');
  });

  it('does not take weekdays, months or sentence openers for names', () => {
    const all = SEED.sentences.flatMap((s) => findNames(SEED.text, s, tokenize(SEED.text, s.start, s.end), []).map((n) => n.label));
    for (const label of all) expect(label).not.toMatch(/^(?:The|Friday|Thursday|July|President|Foreign)\b/);
    expect(all).toEqual(expect.arrayContaining(['Zamir Kabulov', 'Sergey Lavrov', 'Amir Khan Muttaqi', 'Vladimir Putin', 'Karen Decker']));
  });
});

describe('proposedId', () => {
  it('makes a kebab-case id from a label', () => {
    expect(proposedId('Jane Doeville')).toBe('jane-doeville');
    expect(proposedId("Prosecutor General's Office")).toBe('prosecutor-general-s-office');
    expect(proposedId('Pervomaysky District Court')).toBe('pervomaysky-district-court');
  });

  it('drops diacritics, trims separators and stays within 60 characters', () => {
    expect(proposedId('Sirajuddin Ḥaqqānī')).toBe('sirajuddin-haqqani');
    expect(proposedId('  “Islamic Emirate” ')).toBe('islamic-emirate');
    const long = proposedId('State Commission on Religious Affairs under the President of the Kyrgyz Republic');
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/^state-commission-on-religious-affairs/);
  });

  it('falls back to "actor" when nothing is left', () => {
    expect(proposedId('—')).toBe('actor');
  });
});
