// The real workspace server (src/server/cli.ts, as `npm start` runs it) on a copy of data/ in a
// temporary folder, so review tests write files without touching the repository. The explorer it
// serves is the test build the Playwright config makes (VITE_TEST_API=1).
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';

const REPO = resolve(import.meta.dirname, '../..');

export interface WorkspaceServer {
  root: string;
  port: number;
  token: string;
  /** The address npm start prints: with the token. */
  url: string;
  stop(): Promise<void>;
  /** Starts it again on the same port and folder (after stop). */
  start(): Promise<void>;
  /** Removes the folder. */
  dispose(): Promise<void>;
}

/** A copy of `from`/data (the repository's by default) without the given articles (their source, annotation) and registry actors, in a new folder. */
function copyData(without: readonly string[], withoutActors: readonly string[], from = REPO): string {
  const root = mkdtempSync(join(tmpdir(), 'kg-workspace-'));
  cpSync(join(from, 'data'), join(root, 'data'), {
    recursive: true,
    filter: (src) => !without.some((id) => src.endsWith(`/${id}.txt`) || src.endsWith(`/${id}.yaml`)),
  });
  if (withoutActors.length) {
    const path = join(root, 'data/curated/actors.yaml');
    const doc = parseDocument(readFileSync(path, 'utf8'));
    const list = doc.contents;
    if (!isSeq(list)) throw new Error('actors.yaml is not a list');
    list.items = list.items.filter((item) => !(isMap(item) && withoutActors.includes(String(item.get('id')))));
    writeFileSync(path, doc.toString());
  }
  return root;
}

function launch(root: string, dist: string, token: string, port: number): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'src/server/cli.ts'), '--port', String(port), '--root', root, '--dist', dist, '--token', token], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((ok, fail) => {
    let out = '';
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      const m = /Open http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) ok({ child, port: Number(m[1]) });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => fail(new Error(`the workspace server exited (${code}) before listening:\n${out}`)));
  });
}

/** `from`: a project folder whose data/ is copied instead of the repository's (benchmarks). */
export async function startWorkspaceServer(options: { dist: string; without?: readonly string[]; withoutActors?: readonly string[]; from?: string }): Promise<WorkspaceServer> {
  const root = copyData(options.without ?? [], options.withoutActors ?? [], options.from === undefined ? REPO : resolve(options.from));
  const token = `test-${Math.random().toString(36).slice(2)}`;
  const dist = resolve(REPO, options.dist);
  let running = await launch(root, dist, token, 0);
  const port = running.port;
  const stop = (): Promise<void> =>
    new Promise((done) => {
      const child = running.child;
      if (child.exitCode !== null) return done();
      child.removeAllListeners('exit');
      child.on('exit', () => done());
      child.kill('SIGTERM');
    });
  return {
    root,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    stop,
    async start() {
      running = await launch(root, dist, token, port);
    },
    async dispose() {
      await stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
