// npm run bench:review [-- --sizes committed,M] [--accepts 10] [--pastes 1] [--articles 1765] [--skip-build] [--no-docs]
// The review workspace's speed targets, in headless Chromium against the real server: paste a
// ~1,000-word article → its suggested claims shown (≤ 1 s), and accept a claim → the canvas draws
// it as reviewed (≤ 300 ms at the committed corpus, ≤ 1 s at size M, ~10,000 relations).
// A benchmark, not a test: it reports the targets, it does not fail on them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/chromium-path';
import { startWorkspaceServer, type WorkspaceServer } from '../../e2e/support/workspace-server';
import { machine, timestamp, writeBetweenMarkers } from '../../src/pipeline/eval/docs-section';
import { ROOT, graphCounts, longArticle, prepareM, words, type GraphCounts } from './review-corpus';
import { PROBE, drawnSuggested, measureAccept, measurePaste, openReview, reviewPanel, settle, trackRequests, type AcceptSample, type PasteSample } from './review-page';

const DIST = '/tmp/kg-bench-review-dist';
const SIZES = ['committed', 'M'] as const;
type SizeName = (typeof SIZES)[number];
const TARGETS = { paste: 1000, accept: { committed: 300, M: 1000 } } as const;

const USAGE = `npm run bench:review [-- --sizes committed,M] [--accepts 10] [--pastes 1] [--articles 1765] [--skip-build] [--no-docs]
  --sizes      committed (data/, as in the repository) and/or M (generated: ~10,000 relations)
  --accepts N  timed accepts per size, after one warm-up accept (median, p95)
  --pastes N   timed pastes per size, each on a fresh copy of the workspace
  --articles K articles generated for M (seed 1; 1,765 gives 9,974 relations)
  --skip-build reuse the explorer built into ${DIST}
  --no-docs    leave docs/review.md as it is`;

function options() {
  const fail = (message: string): never => {
    console.error(`bench:review: ${message}\n\n${USAGE}`);
    process.exit(2);
  };
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        sizes: { type: 'string', default: SIZES.join(',') },
        accepts: { type: 'string', default: '10' },
        pastes: { type: 'string', default: '1' },
        articles: { type: 'string', default: '1765' },
        'skip-build': { type: 'boolean', default: false },
        'no-docs': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const whole = (name: string, s: string): number => {
    const n = Number(s.replace(/[_,]/g, ''));
    return Number.isInteger(n) && n >= 1 ? n : fail(`--${name} must be a positive whole number (got "${s}")`);
  };
  const sizes = values.sizes.split(',').map((s) => s.trim());
  const unknown = sizes.find((s) => !(SIZES as readonly string[]).includes(s));
  if (unknown !== undefined) fail(`unknown size "${unknown}"`);
  return {
    sizes: SIZES.filter((s) => sizes.includes(s)),
    accepts: whole('accepts', values.accepts),
    pastes: whole('pastes', values.pastes),
    articles: whole('articles', values.articles),
    skipBuild: values['skip-build'],
    docs: !values['no-docs'],
  };
}

const log = (s: string): void => console.error(`bench:review: ${s}`);
const percentile = (xs: number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
};
const median = (xs: number[]): number => percentile(xs, 0.5);
const present = (xs: Array<number | null>): number[] => xs.filter((x): x is number => x !== null);

interface SizeResult {
  size: SizeName;
  /** The workspace before the paste. */
  counts: GraphCounts;
  pastes: PasteSample[];
  warmUp: AcceptSample;
  accepts: AcceptSample[];
  /** Actors selected (?node=) so that level of detail draws the accepted claims' own edges. */
  selected: string[];
}

/** Servers to stop (and their folders to remove) if the run is interrupted. */
const running = new Set<WorkspaceServer>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void Promise.all([...running].map((s) => s.dispose())).finally(() => process.exit(130));
  });
}

/** The claims to accept: one the canvas draws on its own; else select an actor of the remaining ones so it does. */
async function nextClaim(server: WorkspaceServer, page: Page, paste: PasteSample, done: Set<string>, selected: string[], inflight: () => number): Promise<string> {
  const left = paste.relations.filter((r) => !done.has(r.id));
  const drawn = await drawnSuggested(page, paste.articleId, left.map((r) => r.id));
  if (drawn.length) return drawn[0]!;
  // The actors of the most claims left first: a selected actor's relations are drawn on top of the overview.
  const counts = new Map<string, number>();
  for (const r of left) for (const a of [r.source, r.target]) counts.set(a, (counts.get(a) ?? 0) + 1);
  const candidates = [...counts].sort((a, b) => b[1] - a[1]).map(([a]) => a).filter((a) => !selected.includes(a));
  for (const actor of candidates.slice(0, 6)) {
    await openReview(page, `http://127.0.0.1:${server.port}/?node=${encodeURIComponent(actor)}&panel=review`, inflight);
    await reviewPanel(page).getByLabel('Article to review').selectOption(paste.articleId);
    await reviewPanel(page).locator('li[data-relation]').first().waitFor();
    await settle(page, inflight);
    selected.push(actor);
    const now = await drawnSuggested(page, paste.articleId, left.map((r) => r.id));
    if (now.length) return now[0]!;
  }
  throw new Error('no suggested claim of the pasted article is drawn on its own, whichever actor is selected');
}

async function measureSize(browser: Browser, size: SizeName, root: string | undefined, text: string, o: ReturnType<typeof options>): Promise<SizeResult> {
  const counts = graphCounts(root ?? ROOT);
  const pastes: PasteSample[] = [];
  for (let p = 0; p < o.pastes; p++) {
    log(`${size}: starting the workspace server on a copy of ${root ? `${root.replace(`${ROOT}/`, '')}/` : ''}data/…`);
    const server = await startWorkspaceServer({ dist: DIST, ...(root ? { from: root } : {}) });
    running.add(server);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      await context.addInitScript({ content: PROBE });
      const page = await context.newPage();
      const inflight = trackRequests(page);
      await openReview(page, server.url, inflight);
      const paste = await measurePaste(page, text);
      pastes.push(paste);
      log(`${size}: paste → claims shown ${paste.shownMs.toFixed(0)} ms (POST ${paste.postMs.toFixed(0)} ms; ${paste.relations.length} suggested claims)`);
      await settle(page, inflight);
      if (p < o.pastes - 1) continue;

      const done = new Set<string>();
      const selected: string[] = [];
      const samples: AcceptSample[] = [];
      for (let i = 0; i <= o.accepts; i++) {
        const relation = await nextClaim(server, page, paste, done, selected, inflight);
        const sample = await measureAccept(page, paste.articleId, relation, inflight);
        done.add(relation);
        samples.push(sample);
        log(`${size}: accept ${i === 0 ? '(warm-up) ' : ''}${relation} → drawn as reviewed ${sample.totalMs.toFixed(0)} ms (rebuilt graph drawn ${sample.savedMs === null ? '?' : sample.savedMs.toFixed(0)} ms; POST ${sample.postMs.toFixed(0)} ms, server ${sample.serverMs} ms)`);
      }
      return { size, counts, pastes, warmUp: samples[0]!, accepts: samples.slice(1), selected };
    } finally {
      await context.close();
      await server.dispose();
      running.delete(server);
    }
  }
  throw new Error('unreachable');
}

/** The commit measured, and whether tracked files (but the table this writes) differed from it. */
function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', '.', ':!docs/review.md'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() !== '';
    return `${head}${dirty ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'unknown commit';
  }
}

function chromiumVersion(executable: string): string {
  try {
    return execFileSync(executable, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return 'Chromium';
  }
}

const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const thousands = (n: number): string => n.toLocaleString('en-US');

/** The median accept split into its parts, in ms and as shares of the save + reload. */
function where(r: SizeResult): string {
  const a = r.accepts;
  const some = (xs: Array<number | null>): number | null => (present(xs).length ? median(present(xs)) : null);
  const saved = some(a.map((s) => s.savedMs));
  const head = `**${r.size === 'committed' ? 'Committed corpus' : 'Size M'}**: the reviewed mark shows ${fmt(median(a.map((s) => s.totalMs)))} after the key (median).`;
  if (saved === null) return head;
  const parts: Array<[string, number | null]> = [
    ['POST …/actions (server)', median(a.map((s) => s.postMs))],
    ['the page until it asks for the graph', some(a.map((s) => s.beforeGraphMs))],
    ['waiting for graph.json', some(a.map((s) => s.graphFirstByteMs))],
    ['first → last byte of it', some(a.map((s) => (s.graphFetchMs === null || s.graphFirstByteMs === null ? null : s.graphFetchMs - s.graphFirstByteMs)))],
    ['graph received → new canvas built', some(a.map((s) => s.graphToCanvasMs))],
  ];
  const shown = parts.filter((p): p is [string, number] => p[1] !== null).map(([name, ms]) => `${name} ${fmt(ms)} (${Math.round((100 * ms) / saved)} %)`);
  const c = a.flatMap((s) => (s.client ? [s.client] : []));
  const med = (f: (x: (typeof c)[number]) => number | null): string => {
    const xs = present(c.map(f));
    return xs.length ? fmt(median(xs)) : '—';
  };
  const client = c.length
    ? ` After the graph arrives: ${med((x) => x.toEffectMs)} until the new canvas starts (JSON.parse ${med((x) => x.parseMs)}, the contract check ${med((x) => x.validateMs)}, indexing, React), ${med((x) => x.canvasMs)} to build it (Cytoscape, placement).`
    : '';
  const list = some(a.map((s) => s.listMs));
  const alongside = list === null ? '' : ` The list refresh sent with the reload (GET /api/articles) takes ${fmt(list)}; the server answers one request at a time.`;
  return `${head} Saved and redrawn from the rebuilt graph after ${fmt(saved)}: ${shown.join(', ')} (medians of each part, so they need not add up).${alongside}${client}`;
}

function docsTable(results: SizeResult[], meta: { machine: string; date: string; commit: string; browser: string; words: number; loadStart: number; loadEnd: number; articles: number }): string {
  const label = (r: SizeResult): string => (r.size === 'committed' ? 'committed (data/)' : 'M');
  const rows: string[] = [];
  const row = (r: SizeResult, measure: string, xs: number[], target?: number): void => {
    const verdict = target === undefined ? '' : `≤ ${fmt(target)}: median ${median(xs) <= target ? 'met' : 'not met'}, p95 ${percentile(xs, 0.95) <= target ? 'met' : 'not met'}`;
    rows.push(`| ${label(r)} | ${thousands(r.counts.actors)} | ${thousands(r.counts.relations)} | ${measure} | ${fmt(median(xs))} | ${fmt(percentile(xs, 0.95))} | ${verdict} | ${meta.machine} | ${meta.date} |`);
  };
  for (const r of results) {
    const n = r.pastes.length;
    row(r, `Paste → first claim shown (${n} paste${n === 1 ? '' : 's'}, fresh workspace)`, r.pastes.map((p) => p.shownMs), TARGETS.paste);
    row(r, '… of which POST /api/articles (server: draft, rebuild)', r.pastes.map((p) => p.postMs));
    const draft = present(r.pastes.map((p) => p.draftMs));
    if (draft.length) row(r, '… of which the draft itself (server)', draft);
    const a = r.accepts;
    row(r, `Accept (A) → edge drawn as reviewed (${a.length} accepts after a warm-up)`, a.map((s) => s.totalMs), TARGETS.accept[r.size]);
    const saved = present(a.map((s) => s.savedMs));
    if (saved.length) row(r, 'Accept (A) → rebuilt graph drawn (saved, reloaded)', saved);
    row(r, '… of which POST …/actions (server: apply, build, write graph.json)', a.map((s) => s.postMs));
    const reload = present(a.map((s) => s.reloadMs));
    if (reload.length) row(r, '… of which the reload (response → new canvas built)', reload);
    const firstByte = present(a.map((s) => s.graphFirstByteMs));
    if (firstByte.length) row(r, '… … GET /data/graph.json: waiting for its first byte', firstByte);
    const fetched = present(a.map((s) => (s.graphFetchMs === null || s.graphFirstByteMs === null ? null : s.graphFetchMs - s.graphFirstByteMs)));
    if (fetched.length) row(r, '… … GET /data/graph.json: first → last byte', fetched);
    const built = present(a.map((s) => s.graphToCanvasMs));
    if (built.length) row(r, '… … graph received → new canvas built (parse, check, index, React, Cytoscape)', built);
    const list = present(a.map((s) => s.listMs));
    if (list.length) row(r, '… alongside: GET /api/articles (the list refresh after the save)', list);
  }
  const m = results.find((r) => r.size === 'M');
  return [
    `Measured by \`npm run bench:review\` (commit ${meta.commit}) on ${meta.machine}, ${meta.browser} headless (software rendering), viewport 1280×800; 1-minute load average ${meta.loadStart.toFixed(1)} at the start, ${meta.loadEnd.toFixed(1)} at the end. ` +
      `The real server (\`src/server/cli.ts\`) on a copy of the workspace, the explorer built with \`VITE_TEST_API=1\`. ` +
      `Pasted: a ${thousands(meta.words)}-word article made of data/sources' sentences (as \`npm run bench:ingest\` makes it). ` +
      'Times are on the page\'s clock: from the click on *Draft its claims* to the first animation frame with the first item of *Claims of this article*; from the keydown of <kbd>A</kbd> on a suggested claim to the first frame in which the canvas element of that relation carries the reviewed mark (the explorer may paint a decision before it is saved; the save and reload are timed to the rebuilt graph\'s canvas, the app\'s `kg:layout-done` mark). ' +
      'Each interaction starts once the page has settled (no request in flight, calm frames, the CPUs ≥ 80 % idle). Shares come from Resource Timing and the app\'s own performance marks; p95 is the sample at rank ⌈0.95 n⌉ (of 10: the slowest).' +
      (m
        ? ` Size M: ${thousands(meta.articles)} generated articles (\`gen:corpus --articles ${meta.articles} --seed 1\`) plus the committed registry and relation types, so that the draft knows the pasted article's actors; ` +
          `${m.counts.megabytes} MB graph.json. Level of detail draws only part of M: the accepted claims are ones the canvas draws on their own${m.selected.length ? ` (with ${m.selected.map((s) => `\`${s}\``).join(', ')} selected)` : ''}.`
        : ''),
    '',
    results.map(where).join('\n\n'),
    '',
    '| Size | Actors | Relations | Measure | Median | p95 | Target | Machine | Date |',
    '| --- | ---: | ---: | --- | ---: | ---: | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

async function main(): Promise<void> {
  const o = options();
  // The explorer and the server come from this commit (the server runs from the sources as they are during the run).
  const buildCommit = commit();
  if (!o.skipBuild || !existsSync(join(DIST, 'index.html'))) {
    log(`building the explorer (VITE_TEST_API=1) into ${DIST}…`);
    execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, env: { ...process.env, VITE_TEST_API: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const text = longArticle(1000);
  const roots: Record<SizeName, string | undefined> = { committed: undefined, M: undefined };
  if (o.sizes.includes('M')) roots.M = prepareM(join(ROOT, 'bench-results/review/M'), o.articles, log).root;

  const loadStart = loadavg()[0]!;
  const executable = findChromium();
  const browser = await chromium.launch({ executablePath: executable, args: CHROMIUM_ARGS });
  const results: SizeResult[] = [];
  try {
    for (const size of o.sizes) results.push(await measureSize(browser, size, roots[size], text, o));
  } finally {
    await browser.close();
  }

  const meta = { machine: machine(), date: timestamp(), commit: buildCommit, browser: chromiumVersion(executable), words: words(text), loadStart, loadEnd: loadavg()[0]!, articles: o.articles };
  const summary = (xs: number[]) => ({ median: median(xs), p95: percentile(xs, 0.95) });
  const json = {
    ...meta,
    targets: TARGETS,
    sizes: results.map((r) => ({
      ...r,
      summary: {
        paste: summary(r.pastes.map((p) => p.shownMs)),
        pastePost: summary(r.pastes.map((p) => p.postMs)),
        accept: summary(r.accepts.map((s) => s.totalMs)),
        acceptPost: summary(r.accepts.map((s) => s.postMs)),
        acceptServer: summary(r.accepts.map((s) => s.serverMs)),
        acceptSaved: summary(present(r.accepts.map((s) => s.savedMs))),
      },
      pastes: r.pastes.map(({ relations, ...p }) => ({ ...p, suggested: relations.length })),
    })),
  };
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results/review.json'), `${JSON.stringify(json, null, 2)}\n`);
  const table = docsTable(results, meta);
  console.log(table);
  if (o.docs) {
    const docs = join(ROOT, 'docs/review.md');
    if (!writeBetweenMarkers(docs, 'bench:review', table)) {
      console.error(`bench:review: ${docs} has no <!-- bench:review:begin --> … <!-- bench:review:end --> markers; nothing written`);
      process.exit(1);
    }
    log('wrote the table into docs/review.md');
  }
}

main().catch((err: unknown) => {
  console.error(`bench:review: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
