// The build's input files on disk: every file that is not a bounded regular UTF-8 text file inside
// the project is a build error naming it, the build reports them all in one run, and nothing can
// make it hang (a FIFO) or read without end (a device).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph, readInputs } from './build';
import { MAX_ANNOTATION_BYTES, MAX_SOURCE_BYTES } from './source-files';

const FIXTURE = join(import.meta.dirname, '__fixtures__/mini');
const CLI = join(import.meta.dirname, 'cli.ts');
const REPO = join(import.meta.dirname, '../..');
const VALID = ' date 2024-10-05 ISLAMABAD — Russia said on Friday that talks would resume.\n';

const made: string[] = [];
/** A copy of the fixture project that builds, in a temp folder of its own. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'kg-inputs-'));
  made.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  return root;
}
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const sources = (root: string, name: string): string => join(root, 'data/sources', name);
const annotations = (root: string, name: string): string => join(root, 'data/annotations', name);

function errorsOf(root: string): string[] {
  const result = buildGraph(root);
  if (result.ok) throw new Error('expected the build to fail');
  return result.errors;
}

/** A "billion laughs" file: nine levels of nine aliases each, 9^9 strings once expanded. */
const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
  '',
].join('\n');

describe('the build reads regular UTF-8 text files inside the project only', () => {
  it('builds the fixture project as it is', () => {
    expect(buildGraph(project()).ok).toBe(true);
  });

  it('a folder named like a source', () => {
    const root = project();
    mkdirSync(sources(root, 'x.txt'));
    expect(errorsOf(root)).toEqual(['data/sources/x.txt: not a regular file but a folder; only regular files are read']);
  });

  it('a binary file after a valid date line: refused at its first NUL, nothing of it in the graph', () => {
    const root = project();
    writeFileSync(sources(root, 'photo.txt'), Buffer.concat([Buffer.from(VALID), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])]));
    expect(errorsOf(root)).toEqual([`data/sources/photo.txt:3: binary data, not text: control byte 0x1A at byte offset ${Buffer.byteLength(VALID) + 6}`]);
  });

  it('a NUL byte in a source', () => {
    const root = project();
    writeFileSync(sources(root, 'nul.txt'), `${VALID}more\0text\n`);
    expect(errorsOf(root)).toEqual([`data/sources/nul.txt:2: binary data, not text: NUL byte at byte offset ${Buffer.byteLength(VALID) + 4}`]);
  });

  it('invalid UTF-8, with its line and byte offset', () => {
    const root = project();
    writeFileSync(sources(root, 'latin1.txt'), Buffer.concat([Buffer.from(VALID), Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]));
    expect(errorsOf(root)).toEqual([
      `data/sources/latin1.txt:2: not UTF-8 text: invalid byte sequence starting with 0xE9 at byte offset ${Buffer.byteLength(VALID) + 3}; save the file as UTF-8`,
    ]);
  });

  it('a source and an annotation over their size limits, with their sizes and the limits', () => {
    const root = project();
    writeFileSync(sources(root, 'huge.txt'), VALID + 'x'.repeat(MAX_SOURCE_BYTES));
    writeFileSync(annotations(root, 'huge.yaml'), `# ${'x'.repeat(MAX_ANNOTATION_BYTES)}\n`);
    const size = (n: number): string => n.toLocaleString('en-US');
    expect(errorsOf(root)).toEqual([
      `data/sources/huge.txt: too large: ${size(Buffer.byteLength(VALID) + MAX_SOURCE_BYTES)} bytes; the limit for a source file is 5,242,880 bytes (5 MiB)`,
      `data/annotations/huge.yaml: too large: ${size(MAX_ANNOTATION_BYTES + 3)} bytes; the limit for an annotation is 2,097,152 bytes (2 MiB)`,
    ]);
  });

  it('a symbolic link out of the project is refused with its name; one inside it is followed', () => {
    const root = project();
    const outside = mkdtempSync(join(tmpdir(), 'kg-outside-'));
    made.push(outside);
    writeFileSync(join(outside, 'elsewhere.txt'), VALID);
    symlinkSync(join(outside, 'elsewhere.txt'), sources(root, 'elsewhere.txt'));
    writeFileSync(join(root, 'kept.txt'), VALID);
    symlinkSync(join(root, 'kept.txt'), sources(root, 'linked.txt'));
    const errors = errorsOf(root);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^data\/sources\/elsewhere\.txt: symbolic link to .*\/elsewhere\.txt, outside the project; links are followed only inside /);
    expect(readInputs(root).sources.map((s) => s.name)).toContain('linked.txt');
  });

  it('a symbolic link to a device (/dev/zero) is refused, not read', () => {
    const root = project();
    symlinkSync('/dev/zero', sources(root, 'zero.txt'));
    expect(errorsOf(root)).toEqual([`data/sources/zero.txt: symbolic link to /dev/zero, outside the project; links are followed only inside ${root}`]);
  });

  it('a YAML alias bomb and a binary "annotation", each with its file', () => {
    const root = project();
    writeFileSync(sources(root, 'bomb.txt'), VALID);
    writeFileSync(annotations(root, 'bomb.yaml'), ALIAS_BOMB);
    writeFileSync(sources(root, 'garbage.txt'), VALID);
    writeFileSync(annotations(root, 'garbage.yaml'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00]));
    expect(errorsOf(root)).toEqual([
      'data/annotations/garbage.yaml:1: binary data, not text: control byte 0x1F at byte offset 0',
      'data/annotations/bomb.yaml:2: YAML aliases expand to more than 100 copies of their anchors (the first alias is on this line): refused, as a file built to exhaust memory ("billion laughs")',
    ]);
  });

  it('reports every bad file of one build, not just the first', () => {
    const root = project();
    mkdirSync(sources(root, 'a.txt'));
    writeFileSync(sources(root, 'b.txt'), `${VALID}\0`);
    writeFileSync(join(root, 'data/curated/actors.yaml'), Buffer.from([0xff, 0xfe]));
    writeFileSync(sources(root, 'c.txt'), VALID);
    writeFileSync(annotations(root, 'c.yaml'), 'relations: [\n');
    expect(errorsOf(root).map((e) => e.split(': ')[0])).toEqual([
      'data/sources/a.txt',
      'data/sources/b.txt:2',
      'data/curated/actors.yaml:1',
      'data/annotations/c.yaml:2',
    ]);
  });
});

describe('npm run build:graph on bad inputs', () => {
  it('refuses a FIFO and a device link by name and exits, where reading them would block or never end', () => {
    const root = project();
    execFileSync('mkfifo', [sources(root, 'pipe.txt')]);
    symlinkSync('/dev/zero', sources(root, 'zero.txt'));
    // Before the reader checked file kinds, this run hung on the FIFO: the timeout fails it.
    const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, '--check', '--root', root], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('data/sources/pipe.txt: not a regular file but a named pipe (FIFO); only regular files are read\n');
    expect(run.stderr).toContain('data/sources/zero.txt: symbolic link to /dev/zero, outside the project');
    expect(run.stderr).toContain('build:graph: 2 errors; nothing written');
    expect(run.stderr).not.toContain('internal error');
  }, 90_000);
});
