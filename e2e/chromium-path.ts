// Which Chromium the browser tests and the benchmark drive. Order: the variable
// PLAYWRIGHT_CHROMIUM_EXECUTABLE, (for the tests) Debian's headless shell, Debian's
// /usr/bin/chromium, Playwright's own download. With none, fail loudly: a browser test that
// silently skips is not a passing test.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's old headless shell: the same Chromium without the browser's UI layers, a fifth less CPU per test. */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The browser tests' Chromium: the variable, else Debian's headless shell where it is installed,
 * else the full browser as `findChromium` finds it. The benchmark keeps the full browser, so that
 * its figures stay comparable with the ones recorded before.
 */
export function findTestChromium(): string {
  if (!process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE && existsSync(HEADLESS_SHELL)) return HEADLESS_SHELL;
  return findChromium();
}

export function findChromium(): string {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE points at ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let own = '';
  try {
    own = chromium.executablePath();
  } catch {
    own = '';
  }
  if (own && existsSync(own)) return own;
  throw new Error(
    'No Chromium found for the browser tests. Install one: on Debian/Ubuntu `sudo apt-get install -y chromium` ' +
      '(or run `bash .ci/run`, which does it), or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium binary, ' +
      'or run `npx playwright install chromium` where downloads are allowed.',
  );
}

/** Flags for a headless Chromium on a machine without GPU or outside network. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
