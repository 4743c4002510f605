// The one reader of input files, for the build and ingest alike: regular files only (a FIFO is
// never opened, so it cannot hang a build), symbolic links followed only inside the project when
// a root is given, a size limit per kind of file, and UTF-8 text only (no NUL or other control
// bytes, no invalid sequences), each refusal saying what is wrong and where.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

const MiB = 1024 * 1024;
/**
 * A source article. The longest real news articles are about 100 kB; 5 MiB is fifty times that,
 * and the linear per-article steps read it in well under a second (docs: the limits page).
 */
export const MAX_SOURCE_BYTES = 5 * MiB;
/** An annotation: a few kB per article (the largest in data/ is 25 kB). */
export const MAX_ANNOTATION_BYTES = 2 * MiB;
/** The actor registry or the relation types: the registry grows with the corpus (1.6 MB for 5,000 generated articles). */
export const MAX_CURATED_BYTES = 8 * MiB;
/** A saved web page given to ingest: markup, scripts and styles around one article. */
export const MAX_PAGE_BYTES = 10 * MiB;

export interface ReadLimits {
  /** Largest size accepted, in bytes. */
  limit: number;
  /** What the file is, for the size message: "a source file". */
  what: string;
  /** When given, a symbolic link is followed only if its real path stays inside this folder. */
  root?: string;
}

export type Refusal = { ok: false; message: string; line?: number; missing?: boolean };
export type BytesRead = { ok: true; bytes: Uint8Array } | Refusal;
export type TextRead = { ok: true; text: string } | Refusal;

/** Opening never blocks (a FIFO swapped in after the check) and never follows a link swapped in. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

const bytesText = (n: number): string => n.toLocaleString('en-US');

function why(err: unknown): Refusal {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, message: 'no such file or folder', missing: true };
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: 'permission denied' };
  if (code === 'ELOOP') return { ok: false, message: 'a symbolic link replaced the file while it was read; not followed' };
  return { ok: false, message: `cannot read it (${err instanceof Error ? err.message : String(err)})` };
}

function kindOf(st: Stats): string | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'not a file';
}

const notRegular = (kind: string): Refusal => ({ ok: false, message: `not a regular file but ${kind}; only regular files are read` });
/** The refusal of `size` bytes over `limits.limit`, for what is read another way (stdin, a converted page). */
export const tooLarge = (size: number, limits: Pick<ReadLimits, 'limit' | 'what'>): Refusal => ({
  ok: false,
  message: `too large: ${bytesText(size)} bytes; the limit for ${limits.what} is ${bytesText(limits.limit)} bytes${limits.limit % MiB ? '' : ` (${limits.limit / MiB} MiB)`}`,
});

const inside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * The path to open and what it is, or why not: with a root, the file's real path (through a link,
 * or a linked folder on the way) must stay inside it.
 */
function resolveTarget(path: string, limits: ReadLimits): { ok: true; target: string; st: Stats } | Refusal {
  let st: Stats;
  try {
    st = lstatSync(path);
  } catch (err) {
    return why(err);
  }
  const link = st.isSymbolicLink();
  if (!link && limits.root === undefined) return { ok: true, target: path, st };
  let real: string;
  try {
    real = realpathSync(path);
  } catch (err) {
    if (!link) return why(err);
    let to = '?';
    try {
      to = readlinkSync(path);
    } catch {
      // The link went away as well: say so without its target.
    }
    return { ok: false, message: `symbolic link to a missing file (${to})` };
  }
  if (limits.root !== undefined) {
    let root: string;
    try {
      root = realpathSync(limits.root);
    } catch (err) {
      return why(err);
    }
    if (!inside(root, real)) {
      const how = link ? `symbolic link to ${real}` : `reached through a linked folder: its real path is ${real}`;
      return { ok: false, message: `${how}, outside the project; links are followed only inside ${root}` };
    }
  }
  if (!link) return { ok: true, target: path, st };
  try {
    return { ok: true, target: real, st: statSync(real) };
  } catch (err) {
    return why(err);
  }
}

/** The bytes of a regular file no larger than `limits.limit`; anything else is refused with why. */
export function readFileBytes(path: string, limits: ReadLimits): BytesRead {
  const resolved = resolveTarget(path, limits);
  if (!resolved.ok) return resolved;
  // Checked before opening: opening a FIFO for reading waits for a writer.
  const kind = kindOf(resolved.st);
  if (kind) return notRegular(kind);
  if (resolved.st.size > limits.limit) return tooLarge(resolved.st.size, limits);
  let fd: number;
  try {
    fd = openSync(resolved.target, OPEN_FLAGS);
  } catch (err) {
    return why(err);
  }
  try {
    // Again on what was opened, in case the file changed since the check.
    const st = fstatSync(fd);
    const opened = kindOf(st);
    if (opened) return notRegular(opened);
    if (st.size > limits.limit) return tooLarge(st.size, limits);
    // One byte more than the limit tells a file that grew past it.
    const buffer = Buffer.alloc(Math.min(st.size, limits.limit) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    if (length > limits.limit) return tooLarge(length, limits);
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (err) {
    return why(err);
  } finally {
    closeSync(fd);
  }
}

/** A text file read as `readFileSync(path, 'utf8')` would, once it is known to be one. */
export function readTextFile(path: string, limits: ReadLimits): TextRead {
  const read = readFileBytes(path, limits);
  return read.ok ? decodeText(read.bytes) : read;
}

/**
 * The bytes as UTF-8 text, or where they are not: the first NUL or other control byte (tab, line
 * breaks and form feed are text) or the first byte of an invalid UTF-8 sequence. A byte-order
 * mark stays in the text, as Node's readFileSync(…, 'utf8') keeps it.
 */
export function decodeText(bytes: Uint8Array): TextRead {
  const control = firstControlByte(bytes);
  if (control >= 0) {
    const what = bytes[control] === 0 ? 'NUL byte' : `control byte ${hex(bytes[control]!)}`;
    return { ok: false, line: lineOfByte(bytes, control), message: `binary data, not text: ${what} at byte offset ${bytesText(control)}` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    return {
      ok: false,
      line: lineOfByte(bytes, bad),
      message: `not UTF-8 text: invalid byte sequence starting with ${hex(bytes[bad] ?? 0)} at byte offset ${bytesText(bad)}; save the file as UTF-8`,
    };
  }
}

const hex = (b: number): string => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** Tab, LF, VT, FF and CR are text; any other byte below 0x20 is not. */
function firstControlByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && (b < 0x09 || b > 0x0d)) return i;
  }
  return -1;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Offset of the first byte of the first ill-formed sequence (Unicode table 3-7: no overlong
 * forms, no surrogates, nothing above U+10FFFF), or -1. A sequence cut by the end of the file
 * counts from its first byte.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const c = bytes[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let more: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) more = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      more = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      more = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= more; k++) {
      const d = bytes[i + k];
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += more + 1;
  }
  return -1;
}
