// `npm start` (after `vite build`): the review workspace on http://127.0.0.1:5173, printing the
// address with this run's access token. Flags: --port N (0: any free port), --host H, --root DIR
// (the project whose data/ is served), --dist DIR (the built explorer), --token T (tests only).
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { ruleExtractor } from '../pipeline/ingest/rules/index';
import { Workspace } from '../pipeline/workspace/workspace';
import { createServerApp } from './http-app';

function main(): void {
  let values;
  try {
    values = parseArgs({
      options: { port: { type: 'string' }, host: { type: 'string' }, root: { type: 'string' }, dist: { type: 'string' }, token: { type: 'string' } },
    }).values;
  } catch (err) {
    console.error(`start: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    process.exit(2);
  }
  const host = values.host ?? '127.0.0.1';
  const port = Number(values.port ?? 5173);
  const root = resolve(values.root ?? process.cwd());
  const dist = resolve(values.dist ?? 'dist');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`start: --port ${values.port} is not a port number`);
    process.exit(2);
  }
  if (!existsSync(resolve(dist, 'index.html'))) {
    console.error(`start: ${dist}/index.html does not exist: build the explorer first (npm start does)`);
    process.exit(2);
  }
  const token = values.token ?? randomBytes(18).toString('base64url');
  const workspace = new Workspace(root, ruleExtractor);
  const built = workspace.rebuild().result;
  if (!built.ok) {
    console.error(`start: the project in ${root} does not build; the explorer shows the last graph.json and every write is refused until it builds:`);
    for (const e of built.errors.slice(0, 10)) console.error(`  ${e}`);
  }
  if (host !== '127.0.0.1' && host !== 'localhost') console.warn(`start: listening on ${host}: anyone who can reach it and has the token can edit ${root}/data`);

  const hostsFor = (p: number): string[] => [`127.0.0.1:${p}`, `localhost:${p}`, ...(host === '127.0.0.1' || host === 'localhost' ? [] : [`${host}:${p}`])];
  const allowed: string[] = [];
  const server = serve({ fetch: (req, env) => createdApp.fetch(req, env), hostname: host, port }, (info) => {
    allowed.push(...hostsFor(info.port));
    const shown = host === '127.0.0.1' || host === '0.0.0.0' ? '127.0.0.1' : host;
    console.log(`Review workspace for ${root}/data`);
    console.log(`Open http://${shown}:${info.port}/?token=${token}`);
    console.log('(the token lets this browser save; without it the explorer is read-only)');
    setTimeout(() => workspace.warmUp(), 0);
  });
  const createdApp = createServerApp({ workspace, distDir: dist, token, hosts: allowed });
  server.on('error', (err: NodeJS.ErrnoException) => {
    console.error(err.code === 'EADDRINUSE' ? `start: port ${port} is in use (another npm start?); stop it or pass --port` : `start: ${err.message}`);
    process.exit(1);
  });
  const stop = (): void => {
    server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
