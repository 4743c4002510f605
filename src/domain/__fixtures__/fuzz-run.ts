// How the fuzz suites (*.fuzz.test.ts) run their properties: a fixed seed and few runs in
// `npm test`, so CI is deterministic and quick; a longer campaign with `npm run fuzz`
// (FUZZ_RUNS runs of every property, a random seed printed so a failure can be replayed).
//
//   FUZZ_RUNS=n     runs of each property (default: the property's own CI count)
//   FUZZ_SEED=n     seed to replay (fast-check prints it with every counterexample)
//   FUZZ_PATH=p     counterexample path to replay (printed beside the seed; replay with the
//                   same FUZZ_RUNS setting, as shrinking is limited only without it)
//   FUZZ_CASE_MS=n  per-case time limit in ms (default 5000)
//   FUZZ_HANG_MS=n  hard limit of the watchdog (pipeline suites, default 60000)
//
// Replay one failure: FUZZ_SEED=… FUZZ_PATH=… npx vitest run <file> -t '<property>'.
import fc from 'fast-check';
import { expect } from 'vitest';

/** The seed of `npm test`: fixed, so every CI run tries the same cases. */
export const CI_SEED = 0x6b67;

const env = (name: string): string | undefined => (typeof process === 'undefined' ? undefined : process.env[name]);
const positive = (name: string): number | undefined => {
  const raw = env(name);
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name}=${raw}: expected a positive whole number`);
  return n;
};
const integer = (name: string): number | undefined => {
  const raw = env(name);
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new Error(`${name}=${raw}: expected a whole number`);
  return n;
};

const campaignRuns = positive('FUZZ_RUNS');
const replaySeed = integer('FUZZ_SEED');
/** In a campaign each test file draws its own seed and prints it, so that a failure can be replayed. */
const seed = replaySeed ?? (campaignRuns === undefined ? CI_SEED : Math.floor(Math.random() * 0x7fffffff));
if (campaignRuns !== undefined && replaySeed === undefined) console.log(`fuzz: seed ${seed} (replay a failure with FUZZ_SEED=${seed})`);

/**
 * No single case may take longer: a case over it fails and is shrunk like any other failure. Cases
 * take milliseconds (a build of one article with the committed registry about 50 ms); the limit
 * leaves room for a loaded CI machine and still catches a hang or a quadratic blow-up.
 */
export const CASE_LIMIT_MS = positive('FUZZ_CASE_MS') ?? 5000;

export interface FuzzOptions {
  /** Runs in `npm test`; FUZZ_RUNS replaces it. */
  runs: number;
  /**
   * Shrink steps a failure may take in `npm test` (default 100), so that a failing property of
   * costly cases stays quick to report; a campaign shrinks without a limit.
   */
  shrinks?: number;
}

/** Runs of a property in this process: its CI count, or FUZZ_RUNS. */
export const runsOf = (ciRuns: number): number => campaignRuns ?? ciRuns;

/**
 * The vitest timeout of a test that checks a property: every case may take up to the per-case
 * limit, and shrinking a failure takes a few hundred more cases.
 */
export const timeoutFor = (ciRuns: number): number => (runsOf(ciRuns) + 200) * CASE_LIMIT_MS;

/**
 * Told when each case starts and ends. A synchronous case that never ends cannot be stopped from
 * its own thread; a watchdog on another one (src/pipeline/__fixtures__/fuzz-watchdog.ts) can.
 */
export interface CaseWatch {
  property(label: string): void;
  started(): void;
  ended(): void;
}
let watch: CaseWatch | undefined;
export function setCaseWatch(next: CaseWatch | undefined): void {
  watch = next;
}

/** `predicate`, failing when one call takes longer than CASE_LIMIT_MS (a hang in the small). */
export function timed<Ts extends unknown[]>(predicate: (...args: Ts) => void): (...args: Ts) => void {
  return (...args: Ts) => {
    const started = performance.now();
    watch?.started();
    try {
      predicate(...args);
    } finally {
      watch?.ended();
    }
    const ms = performance.now() - started;
    if (ms > CASE_LIMIT_MS) throw new Error(`the case took ${Math.round(ms)} ms, over the per-case limit of ${CASE_LIMIT_MS} ms`);
  };
}

/**
 * Checks `predicate` on `runs` values of `arb` with the seed of this process, each case under
 * the time limit. A failure is shrunk and reported by fast-check with its seed and path.
 */
export function checkProperty<T>(arb: fc.Arbitrary<T>, predicate: (value: T) => void, options: FuzzOptions): void {
  const path = env('FUZZ_PATH');
  watch?.property(`"${expect.getState().currentTestName ?? 'a property'}" (FUZZ_SEED=${seed})`);
  const limited = campaignRuns === undefined ? fc.limitShrink(arb, options.shrinks ?? 100) : arb;
  fc.assert(fc.property(limited, timed(predicate)), {
    seed,
    numRuns: runsOf(options.runs),
    ...(path ? { path } : {}),
  });
}
