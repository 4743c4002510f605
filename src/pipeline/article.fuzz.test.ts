// Fuzzing readArticle: source texts with a date line or none, datelines, abbreviations, Unicode of
// every plane, control characters and long lines. The article is read with its sentences inside
// the body, sorted, non-overlapping and exact substrings, or refused at a line; never a throw.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkProperty, timeoutFor } from '../domain/__fixtures__/fuzz-run';
import { readArticle } from './article';
import { articleArb } from './__fixtures__/fuzz-inputs';
import { installFuzzWatchdog } from './__fixtures__/fuzz-watchdog';

installFuzzWatchdog();

const FILE = 'data/sources/fuzz.txt';

function readOrLocated(text: string): void {
  const result = readArticle('fuzz', FILE, 'fuzz.txt', text);
  if (!result.ok) {
    const lines = text.split('\n').length;
    if (!(Number.isInteger(result.line) && result.line >= 1 && result.line <= lines)) throw new Error(`refused at line ${result.line} of ${lines}`);
    if (!result.message.trim()) throw new Error('refused without a message');
    return;
  }
  const { article } = result;
  if (article.text !== text) throw new Error('the article text is not the file text');
  if (!(article.bodyStart >= 0 && article.bodyStart <= text.length)) throw new Error(`bodyStart ${article.bodyStart} is outside the text (${text.length})`);
  let previousEnd = article.bodyStart;
  for (const [i, s] of article.sentences.entries()) {
    const at = `sentence ${i} (${s.start}..${s.end})`;
    if (!(s.start >= previousEnd && s.start < s.end && s.end <= text.length)) throw new Error(`${at} is out of order, empty, overlapping or outside the body (from ${previousEnd})`);
    if (text.slice(s.start, s.end) !== s.text) throw new Error(`${at} is not the text between its offsets`);
    if (s.text.trim() !== s.text) throw new Error(`${at} is not trimmed: ${JSON.stringify(s.text.slice(0, 40))}`);
    previousEnd = s.end;
  }
}

describe('readArticle fuzzing', () => {
  it('reads generated articles (date lines, datelines, noise) into ordered exact sentences, or refuses at a line', { timeout: timeoutFor(300) }, () => {
    checkProperty(articleArb.map((a) => a.text), readOrLocated, { runs: 300 });
  });

  it('reads any text, binary and invalid UTF-16 included, after a date line', { timeout: timeoutFor(300) }, () => {
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 }));
    checkProperty(fc.tuple(fc.boolean(), anyText).map(([dated, t]) => (dated ? `date 2024-07-01\n${t}` : t)), readOrLocated, { runs: 300 });
  });
});
