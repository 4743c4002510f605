// Fuzzing the build (`buildFromInputs`, with the committed registry and taxonomy) through its
// source texts: generated articles with their annotations, noise, hostile bytes and broken date
// lines. The build either writes a graph that keeps the contract or lists errors that each name
// the file (and line) to fix; never a throw, never a "pipeline bug", never past the time limit.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkProperty, timeoutFor } from '../domain/__fixtures__/fuzz-run';
import { assertBuiltOrLocated, build } from './__fixtures__/fuzz-build-checks';
import { projectArb, toYaml } from './__fixtures__/fuzz-inputs';
import { installFuzzWatchdog } from './__fixtures__/fuzz-watchdog';

installFuzzWatchdog();

const NAME = '2024-07-01_fuzz';

describe('build fuzzing: source texts', () => {
  it('builds generated articles with their annotations, or names the file and line of each error', { timeout: timeoutFor(40) }, () => {
    checkProperty(
      projectArb,
      ({ article, annotation }) => assertBuiltOrLocated(build([{ name: `${NAME}.txt`, text: article.text }], [{ name: `${NAME}.yaml`, text: toYaml(annotation) }])),
      { runs: 40, shrinks: 40 },
    );
  });

  it('refuses binary, NUL and invalid UTF-16 sources at their file, or builds them', { timeout: timeoutFor(25) }, () => {
    const bytes = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 400 }),
      fc.uint8Array({ maxLength: 400 }).map((b) => new TextDecoder('utf-8').decode(b)),
    );
    checkProperty(
      fc.tuple(fc.boolean(), bytes).map(([dated, t]) => (dated ? `date 2024-07-01\nMOSCOW — ${t}` : t)),
      (text) => assertBuiltOrLocated(build([{ name: `${NAME}.txt`, text }], [])),
      { runs: 25, shrinks: 40 },
    );
  });
});
