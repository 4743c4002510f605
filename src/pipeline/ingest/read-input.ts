// The inputs of one `npm run ingest` call (files, folders, stdin) read as bytes, checked to be
// text, and turned into the source file to write: text as received (a date line prepended when it
// has none), or a saved page reduced to its article.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseArticleMetadata } from '../../domain/article-metadata';
import { compareText } from '../build';
import { MAX_PAGE_BYTES, MAX_SOURCE_BYTES, decodeText as decodeFileText, readFileBytes, tooLarge } from '../source-files';
import { readHtml } from './html';
import { hasDateLine } from './source-id';

export interface RawInput {
  /** As given on the command line (a folder's files as folder/name), "stdin" for `-`. */
  name: string;
  bytes: Uint8Array;
  html: boolean;
}

export interface InputProblem {
  name: string;
  message: string;
}

/** What the flags say about the article; the page's own metadata fills what they leave out. */
export interface ArticleFlags {
  date?: string;
  outlet?: string;
  url?: string;
  title?: string;
}

/** A source file ready to be written, with what is known about its article. */
export interface Candidate {
  name: string;
  /** The exact text of data/sources/<id>.txt. */
  text: string;
  published: string;
  title?: string;
  outlet?: string;
  url?: string;
}

const INGESTIBLE = new Set(['.txt', '.html', '.htm']);
const isHtmlName = (name: string): boolean => /\.html?$/i.test(name);
/** Stdin has no name: markup at its start says it is a page. */
const looksLikeHtml = (text: string): boolean => /^\s*<(?:!doctype\s+html|html|head|body|!--)/i.test(text);

function why(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot read it (${err instanceof Error ? err.message : String(err)})`;
}

const PAGE = { limit: MAX_PAGE_BYTES, what: 'a saved page' };
const SOURCE = { limit: MAX_SOURCE_BYTES, what: 'a source file' };

/**
 * Reads every input through the build's reader (regular files only, bounded; the same refusals
 * as the build); folders give their .txt/.html/.htm entries (not sub-folders) in name order.
 */
export function collectInputs(args: readonly string[], readStdin: () => Uint8Array): { inputs: RawInput[]; problems: InputProblem[] } {
  const inputs: RawInput[] = [];
  const problems: InputProblem[] = [];
  const readFile = (name: string, path: string): void => {
    const html = isHtmlName(path);
    const read = readFileBytes(path, html ? PAGE : SOURCE);
    if (read.ok) inputs.push({ name, bytes: read.bytes, html });
    else problems.push({ name, message: read.message });
  };
  for (const arg of args) {
    if (arg === '-') {
      try {
        const bytes = readStdin();
        if (bytes.length > PAGE.limit) problems.push({ name: 'stdin', message: tooLarge(bytes.length, PAGE).message });
        else inputs.push({ name: 'stdin', bytes, html: looksLikeHtml(new TextDecoder().decode(bytes.subarray(0, 512))) });
      } catch (err) {
        problems.push({ name: 'stdin', message: why(err) });
      }
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(arg).isDirectory();
    } catch (err) {
      problems.push({ name: arg, message: why(err) });
      continue;
    }
    if (!isDir) {
      readFile(arg, arg);
      continue;
    }
    // Entries that are not regular files (a FIFO, a folder named x.txt, a dangling link) are refused by name.
    const names = readdirSync(arg)
      .filter((n) => INGESTIBLE.has(extname(n).toLowerCase()) && !isFolder(join(arg, n)))
      .sort(compareText);
    if (!names.length) problems.push({ name: arg, message: 'no .txt, .html or .htm files in this folder' });
    for (const n of names) readFile(join(arg, n), join(arg, n));
  }
  return { inputs, problems };
}

/**
 * The bytes as text, or why they are not: the build's decoding (no NUL or control bytes, valid
 * UTF-8, each refusal with its line and byte offset), and not blank. A byte-order mark stays, as
 * the build keeps it when it reads the file back.
 */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  const decoded = decodeFileText(bytes);
  if (!decoded.ok) return { ok: false, message: decoded.line !== undefined ? `line ${decoded.line}: ${decoded.message}` : decoded.message };
  if (!/[^\s\uFEFF]/.test(decoded.text)) return { ok: false, message: 'empty file' };
  return { ok: true, text: decoded.text };
}

type CandidateResult = { ok: true; candidate: Candidate } | { ok: false; message: string };

/** The source file for one input, or a one-line reason to refuse it; never one the build would refuse as too large. */
export function toCandidate(raw: RawInput, flags: ArticleFlags): CandidateResult {
  const made = candidateOf(raw, flags);
  const size = made.ok ? Buffer.byteLength(made.candidate.text) : 0;
  return size > SOURCE.limit ? { ok: false, message: `the source file would be ${tooLarge(size, SOURCE).message}` } : made;
}

function candidateOf(raw: RawInput, flags: ArticleFlags): CandidateResult {
  const decoded = decodeText(raw.bytes);
  if (!decoded.ok) return decoded;
  const extra = {
    ...(flags.title !== undefined ? { title: flags.title } : {}),
    ...(flags.outlet !== undefined ? { outlet: flags.outlet } : {}),
    ...(flags.url !== undefined ? { url: flags.url } : {}),
  };
  if (raw.html) {
    const page = readHtml(decoded.text, flags.url);
    if (!page.ok) return page;
    const published = flags.date ?? page.article.published;
    if (!published) return { ok: false, message: 'no publication date in the page (article:published_time, <time datetime>) and no --date' };
    const { title, outlet, url } = page.article;
    return {
      ok: true,
      candidate: {
        name: raw.name,
        // Paragraphs as blank-line-separated lines, after the seed form's date line.
        text: ` date ${published} ${page.article.paragraphs.join('\n\n')}\n`,
        published,
        ...(title !== undefined ? { title } : {}),
        ...(outlet !== undefined ? { outlet } : {}),
        ...(url !== undefined ? { url } : {}),
        ...extra,
      },
    };
  }
  const text = decoded.text;
  if (!hasDateLine(text)) {
    if (!flags.date) return { ok: false, message: 'no date line (` date YYYY-MM-DD` at its start) and no --date YYYY-MM-DD' };
    // A BOM stops being one once text precedes it.
    return { ok: true, candidate: { name: raw.name, text: ` date ${flags.date} ${text.replace(/^\uFEFF/, '')}`, published: flags.date, ...extra } };
  }
  const meta = parseArticleMetadata(text);
  if (!meta.ok) return { ok: false, message: `line ${meta.line}: ${meta.message}` };
  if (flags.date && flags.date !== meta.published) {
    return { ok: false, message: `its date line says ${meta.published} but --date says ${flags.date}; drop one of them` };
  }
  return { ok: true, candidate: { name: raw.name, text, published: meta.published, ...extra } };
}

/** A sub-folder is skipped, even one named like a file; anything else goes to the reader, which says what is wrong with it. */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
