// Test fixtures: an ExplorerPage per test, and a record of Content-Security-Policy violations
// and console errors, which every test can assert on.
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { GraphFile } from '../../src/domain/graph-contract';
import { ExplorerPage } from './explorer-page';

interface Fixtures {
  explorer: ExplorerPage;
  /** CSP violations and console errors seen by the page so far. */
  pageProblems: { csp: string[]; console: string[] };
}

export const test = base.extend<Fixtures>({
  pageProblems: async ({ page }, provide) => {
    const problems = { csp: [] as string[], console: [] as string[] };
    await page.exposeFunction('__reportCsp', (text: string) => problems.csp.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __reportCsp(t: string): void }).__reportCsp(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
      });
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.console.push(msg.text());
    });
    await provide(problems);
  },
  explorer: async ({ page }, provide) => {
    await provide(new ExplorerPage(page));
  },
});

export { expect };

/** The committed graph, read from disk, to find ids by meaning (who did what to whom). */
export function committedGraph(): GraphFile {
  return JSON.parse(readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8')) as GraphFile;
}

/** The small hand-written fixture graph. */
export function smallGraph(): GraphFile {
  return JSON.parse(readFileSync(new URL('../../src/domain/__fixtures__/small-graph.json', import.meta.url), 'utf8')) as GraphFile;
}

export function findEdge(graph: GraphFile, source: string, type: string, target: string): string {
  const edge = graph.edges.find((e) => e.source === source && e.type === type && e.target === target);
  if (!edge) throw new Error(`no ${source} -${type}-> ${target} in the graph`);
  return edge.id;
}
