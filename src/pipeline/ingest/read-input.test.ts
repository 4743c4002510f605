import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempProjects, tempProject } from './__fixtures__/temp-project';
import { collectInputs, decodeText, toCandidate, type RawInput } from './read-input';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const raw = (text: string | Uint8Array, name = 'a.txt'): RawInput => ({ name, bytes: typeof text === 'string' ? enc(text) : text, html: /\.html?$/.test(name) });

afterAll(removeTempProjects);

describe('decodeText refuses what is not text', () => {
  it.each([
    ['NUL bytes', new Uint8Array([0x52, 0x75, 0x00, 0x73]), 'binary file (it contains NUL bytes), not text'],
    ['invalid UTF-8', new Uint8Array([0x52, 0xff, 0xfe, 0x73]), 'not UTF-8 text (invalid byte sequence); save it as UTF-8'],
    ['Latin-1 accents', new Uint8Array([0x53, 0xe3, 0x6f]), 'not UTF-8 text (invalid byte sequence); save it as UTF-8'],
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
