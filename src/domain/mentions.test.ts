import { describe, expect, it } from 'vitest';
import { AliasMatcher, findMentions, type AliasSpec } from './mentions';
import { splitSentences } from './sentences';

const ALIASES: AliasSpec[] = [
  { actorId: 'russia', text: 'Russia' },
  { actorId: 'russia', text: 'Moscow' },
  { actorId: 'moscow-format', text: 'Moscow Format' },
  { actorId: 'taliban', text: 'Taliban' },
  { actorId: 'taliban', text: 'Kabul', except: ['a pro-Moscow government in Kabul'] },
  { actorId: 'united-states', text: 'U.S.' },
  { actorId: 'united-states', text: 'United States' },
  { actorId: 'united-nations', text: 'United Nations' },
];
const matcher = new AliasMatcher(ALIASES);

/** [actorId, words] of every mention in `text`. */
function mentionsOf(text: string, overrides: Parameters<typeof findMentions>[3] = []): Array<[string, string]> {
  const sentences = splitSentences(text);
  return findMentions(text, sentences, matcher, overrides).mentions.map((m) => [m.actorId, text.slice(m.start, m.end)]);
}

describe('alias matching', () => {
  it('matches on word boundaries, case-sensitively', () => {
    expect(mentionsOf('Russian troops left Russia. russia is lower-case. The Talibans? No.')).toEqual([['russia', 'Russia']]);
  });

  it('prefers the longest alias where aliases overlap', () => {
    expect(mentionsOf('Russia launched the Moscow Format in 2017 in Moscow.')).toEqual([
      ['russia', 'Russia'],
      ['moscow-format', 'Moscow Format'],
      ['russia', 'Moscow'],
    ]);
  });

  it('counts a possessive and a hyphenated compound as the name', () => {
    expect(mentionsOf('Russia’s envoy met Taliban-appointed ambassadors and U.S.-backed insurgents.')).toEqual([
      ['russia', 'Russia'],
      ['taliban', 'Taliban'],
      ['united-states', 'U.S.'],
    ]);
  });

  it('does not match an alias inside a longer word', () => {
    expect(mentionsOf('The Kabulov remarks; Moscowitz said.')).toEqual([]);
  });

  it('keeps mentions inside their sentence and gives document offsets', () => {
    const text = 'Intro. The United States and the United Nations met.';
    const sentences = splitSentences(text);
    const { mentions } = findMentions(text, sentences, matcher);
    expect(mentions.map((m) => [m.sentenceIndex, m.start, m.end, m.via])).toEqual([
      [1, 11, 24, 'alias'],
      [1, 33, 47, 'alias'],
    ]);
  });
});

describe('the 1979 sentence', () => {
  const text =
    'Russia’s involvement in Afghanistan has been tumultuous. The Soviet army entered the country in 1979 to help a pro-Moscow government in Kabul but pulled out a decade later due to heavy losses inflicted by U.S.-backed Afghan insurgents, or mujahideen.';
  const moscow = text.indexOf('Moscow');

  it('drops the excepted Kabul and reassigns pro-Moscow to the Soviet Union', () => {
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(2);
    const { mentions, usedExcepts } = findMentions(text, sentences, matcher, [
      { actorId: 'soviet-union', start: moscow, end: moscow + 'Moscow'.length },
    ]);
    const inSecond = mentions.filter((m) => m.sentenceIndex === 1);
    expect(inSecond.some((m) => m.actorId === 'taliban')).toBe(false);
    expect(inSecond.some((m) => m.actorId === 'russia')).toBe(false);
    expect(inSecond.map((m) => [m.actorId, text.slice(m.start, m.end), m.via])).toEqual([
      ['soviet-union', 'Moscow', 'annotation'],
      ['united-states', 'U.S.', 'alias'],
    ]);
    expect(usedExcepts.size).toBe(1);
    // Russia is still mentioned in the first sentence.
    expect(mentions.filter((m) => m.actorId === 'russia').map((m) => m.sentenceIndex)).toEqual([0]);
  });

  it('applies the except only inside its context', () => {
    expect(mentionsOf('Moscow will develop ties with Kabul.')).toEqual([
      ['russia', 'Moscow'],
      ['taliban', 'Kabul'],
    ]);
  });
});

describe('annotation overrides', () => {
  const text = '“We appreciate it,” said the Taliban chief diplomat. He left Moscow.';
  const at = (words: string): { start: number; end: number } => {
    const start = text.indexOf(words);
    return { start, end: start + words.length };
  };

  it('adds an indirect reference and keeps the names inside it', () => {
    expect(
      mentionsOf(text, [
        { actorId: 'amir-khan-muttaqi', ...at('the Taliban chief diplomat') },
        { actorId: 'amir-khan-muttaqi', ...at('He') },
      ]),
    ).toEqual([
      ['amir-khan-muttaqi', 'the Taliban chief diplomat'],
      ['taliban', 'Taliban'],
      ['amir-khan-muttaqi', 'He'],
      ['russia', 'Moscow'],
    ]);
  });

  it('drops an alias match with actor null and reports a drop that removed nothing', () => {
    const sentences = splitSentences(text);
    const result = findMentions(text, sentences, matcher, [
      { actorId: null, ...at('Moscow') },
      { actorId: null, ...at('He') },
    ]);
    expect(result.mentions.map((m) => m.actorId)).toEqual(['taliban']);
    expect(result.idleDrops).toEqual([1]);
  });
});

describe('dated aliases', () => {
  const dated = new AliasMatcher([
    { actorId: 'russia', text: 'Moscow', during: '1992/..' },
    { actorId: 'soviet-union', text: 'Moscow', during: '1922/1991' },
    { actorId: 'taliban', text: 'Kabul', during: '2021-08/..' },
  ]);
  const actorsIn = (text: string, published: string): string[] =>
    findMentions(text, splitSentences(text), dated, [], published).mentions.map((m) => m.actorId);

  it('reads a name by the year its sentence is about, else by the publication date', () => {
    expect(actorsIn('The Soviet army entered the country in 1979 to help a pro-Moscow government.', '2024-10-05')).toEqual(['soviet-union']);
    expect(actorsIn('Moscow has developed close informal ties with the Taliban.', '2024-10-05')).toEqual(['russia']);
    expect(actorsIn('Moscow has developed close informal ties with the Taliban.', '1985-03-01')).toEqual(['soviet-union']);
  });

  it('a year named after the name dates something else', () => {
    expect(actorsIn('Moscow said on Friday that the 1979 invasion was a mistake.', '2024-10-05')).toEqual(['russia']);
  });

  it('an alias dated outside the sentence’s time names nobody', () => {
    expect(actorsIn('In 2010 Kabul asked for more aid.', '2024-10-05')).toEqual([]);
    expect(actorsIn('Kabul asked for more aid.', '2024-10-05')).toEqual(['taliban']);
  });
});
