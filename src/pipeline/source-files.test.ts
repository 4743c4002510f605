// The one reader of input files on its own: what it refuses, with which message, and that it
// never opens what could block or never end (a FIFO, a device).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8, readFileBytes, readTextFile } from './source-files';

const made: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-reader-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const limits = { limit: 64, what: 'a test file' };
const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);

describe('readFileBytes refuses all but regular files, without opening them', () => {
  it('a FIFO: refused at once, never opened (opening one waits for a writer)', () => {
    const fifo = join(tempDir(), 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(readFileBytes(fifo, limits)).toEqual({ ok: false, message: 'not a regular file but a named pipe (FIFO); only regular files are read' });
  });

  it('a character device (/dev/zero never ends): refused, not read', () => {
    expect(readFileBytes('/dev/zero', limits)).toEqual({ ok: false, message: 'not a regular file but a character device; only regular files are read' });
  });

  it('a folder named like a file', () => {
    const dir = join(tempDir(), 'x.txt');
    mkdirSync(dir);
    expect(readFileBytes(dir, limits)).toEqual({ ok: false, message: 'not a regular file but a folder; only regular files are read' });
  });

  it('a missing file says so, and marks it missing', () => {
    expect(readFileBytes(join(tempDir(), 'none.txt'), limits)).toEqual({ ok: false, message: 'no such file or folder', missing: true });
  });

  it('a file over the limit, with its size and the limit', () => {
    const file = join(tempDir(), 'big.txt');
    writeFileSync(file, 'x'.repeat(65));
    expect(readFileBytes(file, limits)).toEqual({ ok: false, message: 'too large: 65 bytes; the limit for a test file is 64 bytes' });
    writeFileSync(file, 'x'.repeat(64));
    expect(readTextFile(file, limits)).toEqual({ ok: true, text: 'x'.repeat(64) });
  });
});

describe('symbolic links, with a project root', () => {
  const root = tempDir();
  const outside = tempDir();
  writeFileSync(join(outside, 'secret.txt'), 'outside the project');
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'data', 'real.txt'), 'inside the project');
  symlinkSync(join(root, 'data', 'real.txt'), join(root, 'data', 'inside.txt'));
  symlinkSync(join(outside, 'secret.txt'), join(root, 'data', 'outside.txt'));
  symlinkSync('/dev/zero', join(root, 'data', 'zero.txt'));
  symlinkSync(join(root, 'data', 'gone.txt'), join(root, 'data', 'dangling.txt'));
  symlinkSync(outside, join(root, 'linked'));
  const opts = { ...limits, root };

  it('is followed when its target stays inside the root', () => {
    expect(readTextFile(join(root, 'data', 'inside.txt'), opts)).toEqual({ ok: true, text: 'inside the project' });
  });

  it('is refused, with its target, when the target is outside the root (a device included)', () => {
    const refused = readTextFile(join(root, 'data', 'outside.txt'), opts);
    expect(refused.ok || refused.message).toMatch(/^symbolic link to .*secret\.txt, outside the project; links are followed only inside /);
    const zero = readTextFile(join(root, 'data', 'zero.txt'), opts);
    expect(zero.ok || zero.message).toMatch(/^symbolic link to \/dev\/zero, outside the project/);
  });

  it('a file reached through a linked folder outside the root is refused too', () => {
    const through = readTextFile(join(root, 'linked', 'secret.txt'), opts);
    expect(through.ok || through.message).toMatch(/^reached through a linked folder: its real path is .*secret\.txt, outside the project/);
  });

  it('a dangling link names its target', () => {
    expect(readTextFile(join(root, 'data', 'dangling.txt'), opts)).toEqual({ ok: false, message: `symbolic link to a missing file (${join(root, 'data', 'gone.txt')})` });
  });

  it('without a root (ingest reads what its user names), a link is followed', () => {
    expect(readTextFile(join(root, 'data', 'outside.txt'), limits)).toEqual({ ok: true, text: 'outside the project' });
  });
});

describe('decodeText: UTF-8 text only, each refusal with its line and byte offset', () => {
  it('keeps a byte-order mark and any valid text', () => {
    expect(decodeText(new Uint8Array(Buffer.from('\uFEFFtab\there\r\nline “two” 😀\f\v')))).toEqual({ ok: true, text: '\uFEFFtab\there\r\nline “two” 😀\f\v' });
  });

  it('a NUL byte after a valid date line (a binary file)', () => {
    const b = new Uint8Array([...Buffer.from(' date 2024-10-05 Text.\n'), 0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]);
    expect(decodeText(b)).toEqual({ ok: false, line: 2, message: 'binary data, not text: NUL byte at byte offset 27' });
  });

  it('another control byte', () => {
    expect(decodeText(bytes(0x41, 0x0a, 0x0a, 0x42, 0x07))).toEqual({ ok: false, line: 3, message: 'binary data, not text: control byte 0x07 at byte offset 4' });
  });

  it('invalid UTF-8: the first bad sequence', () => {
    const b = new Uint8Array([...Buffer.from('date 2024-10-05\nCaf'), 0xe9, ...Buffer.from(' au lait.')]);
    expect(decodeText(b)).toEqual({ ok: false, line: 2, message: 'not UTF-8 text: invalid byte sequence starting with 0xE9 at byte offset 19; save the file as UTF-8' });
  });

  it.each([
    ['a lone continuation byte', bytes(0x41, 0x80), 1],
    ['an overlong form', bytes(0x41, 0xc0, 0xaf), 1],
    ['an overlong three-byte form', bytes(0xe0, 0x80, 0xaf), 0],
    ['a surrogate', bytes(0x41, 0x42, 0xed, 0xa0, 0x80), 2],
    ['above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut by the end', bytes(0x41, 0xe2, 0x82), 1],
    ['a lead byte followed by ASCII', bytes(0xc3, 0x41), 0],
    ['valid text', new Uint8Array(Buffer.from('é€😀 ok')), -1],
  ])('firstInvalidUtf8: %s', (_what, b, offset) => {
    expect(firstInvalidUtf8(b)).toBe(offset);
    // The same verdict as the platform's strict decoder.
    let strict = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b);
    } catch {
      strict = false;
    }
    expect(strict).toBe(offset < 0);
  });
});
