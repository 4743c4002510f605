// `npm run ingest` end to end on a temporary copy of the project's data, with the real extractor
// (whatever it finds, the result must build): as a process where stdin, exit codes and blocking
// reads are what is tested, else the same command in-process.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../build';
import { runIngest } from './command';
import { FIXTURES, removeTempProjects, tempProject } from './__fixtures__/temp-project';

const tsx = join(import.meta.dirname, '../../../node_modules/.bin/tsx');
const cli = join(import.meta.dirname, 'cli.ts');
const run = (root: string, args: string[], stdin?: string) => spawnSync(tsx, [cli, '--root', root, ...args], { encoding: 'utf8', input: stdin ?? '' });
/** The command in this process: its exit code and what it wrote, line by line, as a process would. */
function runHere(root: string, args: string[]): { status: number; stdout: string; stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  const status = runIngest(['--root', root, ...args], { out: (l) => out.push(`${l}\n`), err: (l) => err.push(`${l}\n`), stdin: () => Buffer.from('') });
  return { status, stdout: out.join(''), stderr: err.join('') };
}
/** Each run starts a Node process with tsx: seconds on a busy machine. */
const SLOW = 120_000;
const listing = (root: string): string[] => ['sources', 'annotations'].flatMap((d) => readdirSync(join(root, 'data', d)).map((n) => `${d}/${n}`)).sort();

afterAll(removeTempProjects);

describe('npm run ingest', () => {
  it('adds a page, a text and stdin, refuses the bad inputs by name, and leaves a project that builds', () => {
    const root = tempProject();
    const plain = join(root, 'plain.txt');
    writeFileSync(plain, 'Pakistan accused the Taliban on Thursday of sheltering militants who attack its border posts, officials said.\n');
    const binary = join(root, 'photo.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    const stdin = ' date 2024-10-06 KABUL — The Taliban welcomed Russia’s decision on Saturday and said it hoped other countries would follow.\n';

    const r = run(root, [join(FIXTURES, 'saved-page.html'), plain, binary, join(FIXTURES, 'not-an-article.html'), '-', '--date', '2024-10-05'], stdin);
    expect(r.stderr).toContain(`ingest: ${binary}: line 1: binary data, not text: NUL byte at byte offset 4; nothing written\n`);
    expect(r.stderr).toContain(`ingest: ${join(FIXTURES, 'not-an-article.html')}: no article found in the page (Readability found no readable text); nothing written\n`);
    // The page's own date is overridden by --date; the stdin text's date line must agree with it.
    expect(r.stderr).toContain('ingest: stdin: its date line says 2024-10-06 but --date says 2024-10-05; drop one of them; nothing written\n');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^2024-10-05_kazakhstan-takes-the-taliban-off-its-list-of-banned-groups: 5 sentences; .*; \d+ ms$/m);
    expect(r.stdout).toMatch(/^2024-10-05_pakistan-accused-the-taliban-on-thursday-of-sheltering: 1 sentence; .*; \d+ ms$/m);
    expect(r.stdout).toContain('Next: npm run build:graph to rebuild the graph, then npm start to explore it.');

    const again = run(root, ['-'], stdin);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^2024-10-06_the-taliban-welcomed-russias-decision-on-saturday-and-said: /m);

    expect(listing(root)).toEqual([
      'annotations/2024-10-05_kazakhstan-takes-the-taliban-off-its-list-of-banned-groups.yaml',
      'annotations/2024-10-05_pakistan-accused-the-taliban-on-thursday-of-sheltering.yaml',
      'annotations/2024-10-06_the-taliban-welcomed-russias-decision-on-saturday-and-said.yaml',
      'sources/000_13209300025090b4.txt',
      'sources/2024-10-05_kazakhstan-takes-the-taliban-off-its-list-of-banned-groups.txt',
      'sources/2024-10-05_pakistan-accused-the-taliban-on-thursday-of-sheltering.txt',
      'sources/2024-10-06_the-taliban-welcomed-russias-decision-on-saturday-and-said.txt',
    ]);
    expect(readFileSync(join(root, 'data/sources/2024-10-06_the-taliban-welcomed-russias-decision-on-saturday-and-said.txt'), 'utf8')).toBe(stdin);
    const page = readFileSync(join(root, 'data/annotations/2024-10-05_kazakhstan-takes-the-taliban-off-its-list-of-banned-groups.yaml'), 'utf8');
    expect(page).toContain('\ntitle: Kazakhstan takes the Taliban off its list of banned groups\noutlet: Steppe Daily News\nurl: https://news.example.org/world/2023/12/29/kazakhstan-taliban-list\n');

    const built = buildGraph(root);
    expect(built.ok ? [] : built.errors).toEqual([]);
    expect(built.ok && built.graph.documents.map((d) => d.id).sort()).toHaveLength(4);
  }, SLOW);

  it('stops on a usage error with exit 2 and writes nothing', () => {
    const root = tempProject();
    const before = listing(root);
    const unknown = runHere(root, ['--dat', '2024-10-05', join(FIXTURES, 'saved-page.html')]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^ingest: unknown flag "--dat"; nothing written \(usage: npm run ingest -- /);
    const badDate = runHere(root, ['--date', '2024-02-30', join(FIXTURES, 'saved-page.html')]);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toMatch(/^ingest: invalid --date "2024-02-30": expected a calendar day as YYYY-MM-DD; nothing written/);
    const missing = runHere(root, [join(root, 'nope.txt')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`ingest: ${join(root, 'nope.txt')}: no such file or folder\n`);
    const blank = runHere(root, ['--outlet', ' ', join(FIXTURES, 'saved-page.html')]);
    expect(blank.status).toBe(2);
    expect(blank.stderr).toMatch(/^ingest: --outlet must not be empty; nothing written/);
    expect(listing(root)).toEqual(before);
  });

  it('refuses a FIFO, a device and a folder\'s bad entries by name, as the build does, where reading them would block or never end', () => {
    const root = tempProject();
    const before = listing(root);
    const inputs = join(root, 'in');
    mkdirSync(inputs);
    execFileSync('mkfifo', [join(inputs, 'pipe.txt')]);
    symlinkSync('/dev/zero', join(inputs, 'zero.txt'));
    symlinkSync(join(inputs, 'gone.txt'), join(inputs, 'dangling.txt'));
    const fifo = join(root, 'arg.txt');
    execFileSync('mkfifo', [fifo]);
    // Before the shared reader, this run hung on the FIFO: the timeout fails it.
    const r = spawnSync(tsx, [cli, '--root', root, '--date', '2024-10-05', inputs, fifo, '/dev/zero'], { encoding: 'utf8', input: '', timeout: 60_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean).sort()).toEqual(
      [
        `ingest: ${join(inputs, 'dangling.txt')}: symbolic link to a missing file (${join(inputs, 'gone.txt')})`,
        `ingest: ${join(inputs, 'pipe.txt')}: not a regular file but a named pipe (FIFO); only regular files are read`,
        `ingest: ${join(inputs, 'zero.txt')}: not a regular file but a character device; only regular files are read`,
        `ingest: ${fifo}: not a regular file but a named pipe (FIFO); only regular files are read`,
        'ingest: /dev/zero: not a regular file but a character device; only regular files are read',
      ].sort(),
    );
    expect(listing(root)).toEqual(before);
  }, SLOW);

  it('a page the HTML library cannot take is refused by name, not as an internal error, and writes nothing', () => {
    const root = tempProject();
    const before = listing(root);
    const result = runHere(root, ['--url', 'not a url', join(FIXTURES, 'saved-page.html')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`ingest: ${join(FIXTURES, 'saved-page.html')}: could not be read: Invalid URL`);
    expect(result.stderr).not.toContain('internal error');
    expect(listing(root)).toEqual(before);
  });
});
