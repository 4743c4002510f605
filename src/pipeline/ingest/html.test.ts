import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './__fixtures__/temp-project';
import { dayOf, readHtml } from './html';

const page = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

describe('readHtml on a saved news page', () => {
  const result = readHtml(page('saved-page.html'));
  if (!result.ok) throw new Error(result.message);
  const { article } = result;
  const all = article.paragraphs.join('\n');

  it('keeps the article paragraphs, one per block, inline links and emphasis flattened', () => {
    expect(article.paragraphs).toHaveLength(5);
    expect(article.paragraphs[0]).toMatch(/^ASTANA — Kazakhstan has removed the Taliban from its national list/);
    expect(article.paragraphs[1]).toContain('followed a United Nations review and reflected the current situation in Afghanistan');
    expect(article.paragraphs[4]).toMatch(/Kyrgyzstan is expected to decide next year\.$/);
    for (const p of article.paragraphs) expect(p).not.toMatch(/\s{2}|\n/);
  });

  it('leaves out navigation, ads, the byline, captions, related links, share tools, the footer and scripts', () => {
    for (const noise of ['Subscribe', 'ADVERTISEMENT', 'Advertisement', 'cheap flights', 'savings account', 'Staff Reporter', 'Photo: Archive', 'Related stories', 'Moscow Format', 'Share on', '©', 'Privacy', 'cookies', 'dataLayer']) {
      expect(all).not.toContain(noise);
    }
  });

  it('reads the title, date, outlet and canonical URL from the page', () => {
    expect(article.title).toBe('Kazakhstan takes the Taliban off its list of banned groups');
    expect(article.published).toBe('2023-12-29');
    expect(article.outlet).toBe('Steppe Daily News');
    expect(article.url).toBe('https://news.example.org/world/2023/12/29/kazakhstan-taliban-list');
  });

  it('falls back to <time datetime> when no meta tag dates the article', () => {
    const html = page('saved-page.html').replace('article:published_time', 'x-unused').replace('<time datetime="2023-12-29T09:15:00+05:00">', '<time datetime="2023-12-28">');
    const r = readHtml(html);
    expect(r.ok && r.article.published).toBe('2023-12-28');
  });
});

describe('readHtml refuses pages without an article', () => {
  it.each([
    ['a login page', page('not-an-article.html')],
    ['an empty body', '<html><body></body></html>'],
    ['a list of links', `<html><body><ul>${'<li><a href="/x">Another headline here</a></li>'.repeat(20)}</ul></body></html>`],
  ])('%s', (_what, html) => {
    expect(readHtml(html)).toEqual({ ok: false, message: 'no article found in the page (Readability found no readable text)' });
  });
});

describe('dayOf', () => {
  it('keeps the page’s own calendar day and reads other date formats', () => {
    expect(dayOf('2024-10-05T01:30:00+05:00')).toBe('2024-10-05');
    expect(dayOf('2024-10-05')).toBe('2024-10-05');
    expect(dayOf('Sat, 05 Oct 2024 12:00:00 GMT')).toBe('2024-10-05');
    expect(dayOf('yesterday')).toBeUndefined();
    expect(dayOf(undefined)).toBeUndefined();
  });
});
