import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempProjects, tempProject } from './__fixtures__/temp-project';
import { MAX_PAGE_BYTES, MAX_SOURCE_BYTES } from '../source-files';
import { collectInputs, decodeText, toCandidate, type RawInput } from './read-input';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const raw = (text: string | Uint8Array, name = 'a.txt'): RawInput => ({ name, bytes: typeof text === 'string' ? enc(text) : text, html: /\.html?$/.test(name) });

afterAll(removeTempProjects);

describe('decodeText refuses what is not text', () => {
  it.each([
    ['NUL bytes', new Uint8Array([0x52, 0x75, 0x00, 0x73]), 'line 1: binary data, not text: NUL byte at byte offset 2'],
    ['a control byte', enc('date 2024-10-05\nok\x1b[0m'), 'line 2: binary data, not text: control byte 0x1B at byte offset 18'],
    ['invalid UTF-8', new Uint8Array([0x52, 0xff, 0xfe, 0x73]), 'line 1: not UTF-8 text: invalid byte sequence starting with 0xFF at byte offset 1; save the file as UTF-8'],
    ['Latin-1 accents', new Uint8Array([0x53, 0xe3, 0x6f]), 'line 1: not UTF-8 text: invalid byte sequence starting with 0xE3 at byte offset 1; save the file as UTF-8'],
    ['no bytes', new Uint8Array(), 'empty file'],
    ['only blanks', enc(' \n\t\r\n'), 'empty file'],
  ])('%s', (_what, bytes, message) => {
    expect(decodeText(bytes)).toEqual({ ok: false, message });
  });

  it('keeps a byte-order mark, as the build reads it back', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ ok: true, text: '\uFEFFA' });
  });
});

describe('toCandidate', () => {
  it('keeps a text with a date line exactly as received', () => {
    const text = ' date 2024-10-05 ISLAMABAD — Russia said so.\r\n\r\nIt did.  \n';
    expect(toCandidate(raw(text), {})).toEqual({ ok: true, candidate: { name: 'a.txt', text, published: '2024-10-05' } });
  });

  it('prepends the seed form’s date line to a plain text when --date gives the date', () => {
    const r = toCandidate(raw('Russia said so.\n'), { date: '2024-10-05', outlet: 'VOA', title: 'T' });
    expect(r).toEqual({ ok: true, candidate: { name: 'a.txt', text: ' date 2024-10-05 Russia said so.\n', published: '2024-10-05', outlet: 'VOA', title: 'T' } });
  });

  it('refuses a plain text without --date, a bad date line and a date that contradicts --date', () => {
    expect(toCandidate(raw('Russia said so.'), {})).toEqual({ ok: false, message: 'no date line (` date YYYY-MM-DD` at its start) and no --date YYYY-MM-DD' });
    expect(toCandidate(raw(' date 2024-13-05 Russia said so.'), {})).toEqual({ ok: false, message: 'line 1: invalid date "2024-13-05" in the date line (expected `date YYYY-MM-DD`)' });
    expect(toCandidate(raw(' date 2024-10-05 Russia said so.'), { date: '2024-10-06' })).toEqual({
      ok: false,
      message: 'its date line says 2024-10-05 but --date says 2024-10-06; drop one of them',
    });
  });

  it('reduces a page to its paragraphs after a date line; the flags win over the page', () => {
    const html = `<html><head><meta property="article:published_time" content="2024-10-05T08:00:00Z"><meta property="og:site_name" content="Page Outlet"></head><body><article>
      <p>Russia said on Friday that a principal decision had been made to remove the Taliban from its list of terrorist organizations.</p>
      <p>The envoy was quoted by the state-run news agency as saying that the legal work was nearly done, officials said.</p></article></body></html>`;
    const r = toCandidate(raw(html, 'p.html'), { outlet: 'Flag Outlet' });
    if (!r.ok) throw new Error(r.message);
    expect(r.candidate.text).toBe(
      ' date 2024-10-05 Russia said on Friday that a principal decision had been made to remove the Taliban from its list of terrorist organizations.\n\nThe envoy was quoted by the state-run news agency as saying that the legal work was nearly done, officials said.\n',
    );
    expect(r.candidate.outlet).toBe('Flag Outlet');
    const undated = toCandidate(raw(html.replace('article:published_time', 'x'), 'p.html'), {});
    expect(undated).toEqual({ ok: false, message: 'no publication date in the page (article:published_time, <time datetime>) and no --date' });
  });
});

describe('collectInputs', () => {
  it('reads files, folders (their .txt/.html/.htm files in name order) and stdin; names what is missing', () => {
    const dir = join(tempProject(), 'in');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    for (const n of ['b.txt', 'a.HTML', 'c.htm', 'notes.md', 'sub/d.txt']) writeFileSync(join(dir, n), 'x');
    const empty = join(dir, 'sub', 'empty');
    mkdirSync(empty);
    const { inputs, problems } = collectInputs([dir, '-', join(dir, 'missing.txt'), empty], () => enc('<!DOCTYPE html><p>x</p>'));
    expect(inputs.map((i) => [i.name.slice(dir.length), i.html])).toEqual([
      ['/a.HTML', true],
      ['/b.txt', false],
      ['/c.htm', true],
      ['', true],
    ]);
    expect(inputs[3]!.name).toBe('stdin');
    expect(problems).toEqual([
      { name: join(dir, 'missing.txt'), message: 'no such file or folder' },
      { name: empty, message: 'no .txt, .html or .htm files in this folder' },
    ]);
  });
});

describe('collectInputs reads through the build\'s reader', () => {
  it('refuses a text over the source limit and a page over the page limit, with sizes and limits', () => {
    const dir = join(tempProject(), 'big');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), 'x'.repeat(MAX_SOURCE_BYTES + 1));
    writeFileSync(join(dir, 'b.html'), 'x'.repeat(MAX_PAGE_BYTES + 1));
    writeFileSync(join(dir, 'c.html'), 'x'.repeat(MAX_SOURCE_BYTES + 1));
    const { inputs, problems } = collectInputs([dir], () => enc(''));
    expect(inputs.map((i) => i.name)).toEqual([join(dir, 'c.html')]);
    expect(problems).toEqual([
      { name: join(dir, 'a.txt'), message: 'too large: 5,242,881 bytes; the limit for a source file is 5,242,880 bytes (5 MiB)' },
      { name: join(dir, 'b.html'), message: 'too large: 10,485,761 bytes; the limit for a saved page is 10,485,760 bytes (10 MiB)' },
    ]);
  });

  it('names a dangling link in a folder instead of skipping it in silence; skips sub-folders, even one named like a file', () => {
    const dir = join(tempProject(), 'links');
    mkdirSync(join(dir, 'sub.txt'), { recursive: true });
    writeFileSync(join(dir, 'a.txt'), 'x');
    symlinkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'c.txt'));
    const { inputs, problems } = collectInputs([dir], () => enc(''));
    expect(inputs.map((i) => i.name)).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(problems).toEqual([{ name: join(dir, 'c.txt'), message: `symbolic link to a missing file (${join(dir, 'gone.txt')})` }]);
  });

  it('refuses stdin over the page limit', () => {
    expect(collectInputs(['-'], () => new Uint8Array(MAX_PAGE_BYTES + 1)).problems).toEqual([
      { name: 'stdin', message: 'too large: 10,485,761 bytes; the limit for a saved page is 10,485,760 bytes (10 MiB)' },
    ]);
  });
});

describe('toCandidate never makes a source the build would refuse as too large', () => {
  it('a text that reaches the limit once its date line is prepended', () => {
    const text = 'x'.repeat(MAX_SOURCE_BYTES - 5);
    expect(toCandidate(raw(text), { date: '2024-10-05' })).toEqual({
      ok: false,
      message: 'the source file would be too large: 5,242,892 bytes; the limit for a source file is 5,242,880 bytes (5 MiB)',
    });
  });
});
