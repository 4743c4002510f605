import { describe, expect, it } from 'vitest';
import { classifyLine, findArticleNoise, publishedAgency } from './article-noise';

// Lines from the development corpus (data/sources), exactly as published.
const HEADLINE = 'In rare move, UAE accepts Taliban government ambassador';

describe('classifyLine', () => {
  it.each([
    ['AGL 28.07 Increased By ▲ 2.20 (8.5%)', 'ticker'],
    ['KSE-100 80,212.45 -312.10 (-0.39%)', 'ticker'],
    ['AFP Published 23 Aug, 2024 03:32pm', 'published'],
    ['Updated: Jan. 30, 2024 3:32 p.m.', 'published'],
    ['Aligning with UN Precedent', 'heading'],
    ['Reshaping Relations', 'heading'],
    ['Continuing Compliance', 'heading'],
    ['Taliban appoints ambassador to UAE for first time since Afghanistan takeover', 'heading'],
    ['Kazakhstan Removes Taliban from Banned List: A Shift in Diplomatic Relations', 'heading'],
    ['Kyrgyzstan removes Taliban from Terrorist Organizations list', 'heading'],
    ['By Ayaz Gul', 'byline'],
    ['By Jane Doe and Ali Khan, Reuters', 'byline'],
    ['Read more: Taliban appoints ambassador to UAE', 'prompt'],
    ['Share', 'prompt'],
    ['Also read', 'prompt'],
    ['Follow us on Telegram for the latest news.', 'prompt'],
  ])('%j is %s', (line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });

  it('knows a repeat of the headline, even with final punctuation', () => {
    expect(classifyLine(HEADLINE, HEADLINE)).toBe('headline');
    expect(classifyLine('Russia removes the Taliban?', 'Russia removes the  Taliban?')).toBe('headline');
    expect(classifyLine('Russia removes the Taliban?')).toBeUndefined();
  });

  it.each([
    'Russian President Vladimir Putin said that the Taliban, a banned group in Russia, are Moscow\'s "allies" in fighting terrorism because they are in control of Afghanistan.',
    'The Taliban have been fighting against Daesh-K in Afghanistan for years.',
    '“The decision to accept the credentials of the ambassador of Afghanistan reaffirms our determination to contribute to building bridges to help the people of Afghanistan.”',
    '“A principal decision on this has already been made by the Russian leadership,” said Kabulov. “Hopefully, the final decision will be announced soon.”',
    'Exports increased by 5% last year.',
    'Updated figures show the ban was lifted.',
    'By contrast, the ministry said nothing.',
    'Shares of the airport operator rose 3%.',
    'The Taliban said:',
    '',
  ])('%j is body text', (line) => {
    expect(classifyLine(line)).toBeUndefined();
  });

  it('leaves long lines to the body whatever their ending', () => {
    expect(classifyLine(`Heading ${'word '.repeat(40)}`.trim())).toBeUndefined();
  });
});

describe('publishedAgency', () => {
  it('takes a short all-capital agency before the stamp, not a byline', () => {
    expect(publishedAgency('AFP Published 23 Aug, 2024 03:32pm')).toBe('AFP');
    expect(publishedAgency('Published 23 Aug, 2024 03:32pm')).toBeUndefined();
    expect(publishedAgency('Staff Reporter Published 23 Aug, 2024')).toBeUndefined();
  });
});

describe('findArticleNoise', () => {
  // The Kazakhstan report's body: paragraphs under section headings.
  const text = [
    'In a significant move, the Supreme Court of Kazakhstan has removed the Islamic Emirate from its list of banned groups.',
    '',
    'Aligning with UN Precedent',
    '',
    'Kazakhstan’s decision to exclude the Taliban from its list of banned organizations is in line with the United Nations’ (UN) stance.',
    '',
    '  Reshaping Relations  ',
    'This move signals a shift in Kazakhstan’s legal position towards the Taliban-led government in Afghanistan.',
  ].join('\n');

  it('returns the noise lines with their trimmed offsets and the citable ranges around them', () => {
    const { noise, citable } = findArticleNoise(text, 0);
    expect(noise.map((n) => [n.kind, n.text])).toEqual([
      ['heading', 'Aligning with UN Precedent'],
      ['heading', 'Reshaping Relations'],
    ]);
    for (const n of noise) expect(text.slice(n.start, n.end)).toBe(n.text);
    expect(citable.map((r) => text.slice(r.start, r.end).trim().slice(0, 20))).toEqual(['In a significant mov', 'Kazakhstan’s decisio', 'This move signals a ']);
    for (const r of citable) for (const n of noise) expect(n.start >= r.end || n.end <= r.start).toBe(true);
  });

  it('looks only at text[from, to) and gives one range when there is no noise', () => {
    const from = text.indexOf('Kazakhstan’s decision');
    const to = text.indexOf('\n', from);
    expect(findArticleNoise(text, from, to)).toEqual({ noise: [], citable: [{ start: from, end: to }] });
  });

  it('drops a repeated headline inside the body', () => {
    const body = `${HEADLINE}\n\nThe United Arab Emirates has accepted the credentials of an ambassador.`;
    const { noise, citable } = findArticleNoise(body, 0, body.length, HEADLINE);
    expect(noise.map((n) => n.kind)).toEqual(['headline']);
    expect(citable).toEqual([{ start: HEADLINE.length, end: body.length }]);
  });
});
