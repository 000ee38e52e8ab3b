// Spreads a large scan over the machine's cores: worker threads and the main thread take files from
// one shared counter (Atomics), each reading and scanning its own, so the concurrency is bounded by
// the number of threads. A folder scan starts its workers before walking the tree (they boot while it
// walks); otherwise workers start once the main thread has been at it for a while with many files
// left, so a small scan (the pre-commit hook's few files) never pays for one. A worker runs this very
// module (in the bundle, the chunk that holds it), told apart by an environment variable of its own.
import type { ScanEntry } from '../io/scan-files.js';
import { scanShare } from './scan-share.js';
import type { ShareResult } from './scan-share.js';

/** Start workers after this long on the main thread... */
const SPAWN_AFTER_MS = 30;
/** ...if at least this many files per worker are left. */
const FILES_PER_WORKER = 64;
const MAX_WORKERS = 3;

export interface WorkerInput {
  entries: ScanEntry[];
  maxBytes: number;
  counter: SharedArrayBuffer;
}

const WORKER_FLAG = 'MCPCTL_SCAN_WORKER';
/** This module, as the worker's entry. From sources (`.ts`, tests under tsx) no worker is started. */
const WORKER_URL = new URL(import.meta.url);

if (process.env[WORKER_FLAG] === '1') _workerMain();

/** Worker threads, started and waiting for their share of a scan. */
export interface Pool {
  workers: Array<{ worker: { postMessage(v: unknown): void; terminate(): Promise<number> }; result: Promise<ShareResult> }>;
}

/** Starts workers now, to boot while the caller lists the files; `scanEntries` puts them to work. */
export function startPool(): Pool {
  return { workers: _spawn(MAX_WORKERS) };
}

/** Stops a pool's workers (they have been given nothing, or what they were given is done). */
export async function stopPool(pool: Pool): Promise<void> {
  for (const w of pool.workers) w.result.catch(() => undefined); // a stopped worker's exit is expected
  await Promise.all(pool.workers.map((w) => w.worker.terminate()));
}

export async function scanEntries(entries: ScanEntry[], maxBytes: number, pool?: Pool): Promise<ShareResult> {
  const counter = new SharedArrayBuffer(4);
  const cursor = new Int32Array(counter);
  const input: WorkerInput = { entries, maxBytes, counter };
  let workers = pool?.workers;
  if (workers !== undefined && entries.length < 2 * FILES_PER_WORKER) {
    await stopPool({ workers });
    workers = undefined;
  }
  for (const w of workers ?? []) w.worker.postMessage(input);
  const start = Date.now(); // not performance.now(): that loads perf_hooks, a dozen modules
  let mineTaken = 0;
  const mine = scanShare(entries, maxBytes, () => {
    const i = Atomics.add(cursor, 0, 1);
    if (i >= entries.length) return i;
    mineTaken++;
    if (workers === undefined && mineTaken % 8 === 0 && Date.now() - start > SPAWN_AFTER_MS) {
      workers = _spawn(Math.floor((entries.length - i) / FILES_PER_WORKER));
      for (const w of workers) w.worker.postMessage(input);
    }
    return i;
  });
  if (!workers?.length) return mine;
  if (mineTaken === entries.length) {
    // this thread finished before the workers took a file: stop them rather than wait for them
    await stopPool({ workers });
    return mine;
  }
  for (const r of await Promise.all(workers.map((w) => w.result))) {
    mine.findings.push(...r.findings);
    mine.skipped.push(...r.skipped);
    mine.scanned += r.scanned;
  }
  return mine;
}

function _spawn(enoughFor: number): Pool['workers'] {
  // loaded only now (synchronously, from inside the scan loop): small scans never load them
  const count = Math.min(process.getBuiltinModule('node:os').availableParallelism() - 1, MAX_WORKERS, enoughFor);
  if (count <= 0 || !/\.c?js$/.test(WORKER_URL.pathname)) return [];
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  return Array.from({ length: count }, () => {
    const worker = new Worker(WORKER_URL, { env: { ...process.env, [WORKER_FLAG]: '1' } });
    const result = new Promise<ShareResult>((done, fail) => {
      worker.once('message', (r: unknown) => (_isResult(r) ? done(r) : fail(new Error('scan worker sent an unexpected message'))));
      worker.once('error', fail);
      worker.once('exit', (code) => {
        if (code !== 0) fail(new Error(`scan worker exited with code ${code}`));
      });
    });
    return { worker, result };
  });
}

function _isResult(v: unknown): v is ShareResult {
  return typeof v === 'object' && v !== null && 'findings' in v && Array.isArray(v.findings) && 'skipped' in v && Array.isArray(v.skipped) && 'scanned' in v && typeof v.scanned === 'number';
}

/** In a worker: wait for the input, scan from the shared counter until no file is left, post the results. */
function _workerMain(): void {
  const { isMainThread, parentPort } = process.getBuiltinModule('node:worker_threads');
  if (isMainThread || !parentPort) return;
  parentPort.once('message', (input: unknown) => {
    if (!_isInput(input)) throw new Error('scan worker: unexpected input');
    const cursor = new Int32Array(input.counter);
    parentPort.postMessage(scanShare(input.entries, input.maxBytes, () => Atomics.add(cursor, 0, 1)));
    parentPort.close();
  });
}

function _isInput(v: unknown): v is WorkerInput {
  return typeof v === 'object' && v !== null && 'entries' in v && Array.isArray(v.entries) && 'maxBytes' in v && typeof v.maxBytes === 'number' && 'counter' in v && v.counter instanceof SharedArrayBuffer;
}
