// The hard time limit of the fuzz suites: a thread that watches the cases of fuzz-run.ts and, when
// one has not ended after FUZZ_HANG_MS (default 60 s), prints which and stops the test process, so
// a hang fails CI with a replayable case instead of stalling it. Slow cases that do end are the
// per-case limit's (FUZZ_CASE_MS): they fail and shrink like any other failure.
import { MessageChannel, Worker } from 'node:worker_threads';
import { setCaseWatch } from '../../domain/__fixtures__/fuzz-run';

const raw = process.env.FUZZ_HANG_MS;
export const HANG_MS = raw && Number.isInteger(Number(raw)) && Number(raw) > 0 ? Number(raw) : 60_000;

// Plain JavaScript, so the worker needs no TypeScript loader. cells: [cases started, running, case in property].
const WATCHER = `
const { workerData, receiveMessageOnPort } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const cells = new Int32Array(workerData.cells);
let label = 'a property';
for (;;) {
  const seen = Atomics.load(cells, 0);
  if (Atomics.wait(cells, 0, seen, workerData.hangMs) !== 'timed-out' || Atomics.load(cells, 1) === 0) continue;
  for (let m = receiveMessageOnPort(workerData.port); m; m = receiveMessageOnPort(workerData.port)) label = m.message;
  const k = Atomics.load(cells, 2);
  writeSync(2, '\\nfuzz: ' + label + ': case ' + k + ' has not ended after ' + workerData.hangMs + ' ms, a hang. Stopping the test process.\\n' +
    'Replay that case alone with the FUZZ_SEED above and FUZZ_PATH=' + (k - 1) + ' (the path holds unless an earlier case failed).\\n');
  process.kill(process.pid, 'SIGKILL');
}`;

let installed = false;

/** Starts the watchdog for the fuzz properties of this test file (once per process). */
export function installFuzzWatchdog(): void {
  if (installed) return;
  installed = true;
  const cells = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WATCHER, { eval: true, workerData: { cells: cells.buffer, hangMs: HANG_MS, port: port2 }, transferList: [port2] });
  worker.unref();
  port1.unref();
  setCaseWatch({
    property(label) {
      port1.postMessage(label);
      Atomics.store(cells, 2, 0);
    },
    started() {
      Atomics.add(cells, 2, 1);
      Atomics.store(cells, 1, 1);
      Atomics.add(cells, 0, 1);
      Atomics.notify(cells, 0);
    },
    ended() {
      Atomics.store(cells, 1, 0);
    },
  });
}
