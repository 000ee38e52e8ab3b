// Spreads a large scan over the machine's cores: worker threads and the main thread take files from
// one shared counter (Atomics), each reading and scanning its own, so the concurrency is bounded by
// the number of threads. A folder scan starts its workers before walking the tree (they boot while it
// walks); otherwise workers start once the main thread has been at it for a while with many files
// left, so a small scan (the pre-commit hook's few files) never pays for one. A worker runs
// scan-worker.ts, a bundle of its own that holds only the scanning.
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

/**
 * The worker's own small bundle (src/app/scan-worker.ts), next to whichever bundle holds this module.
 * Where there is none, everything is scanned on this thread: from the sources (tests under tsx), and in
 * the GitHub Action's single-file bundle.
 */
const WORKER_URL = new URL('./scan-worker.cjs', import.meta.url);
let workerFile: boolean | undefined;

/** Worker threads, started and waiting for their share of a scan. */
export interface Pool {
  workers: Array<{
    worker: { postMessage(v: unknown): void; terminate(): Promise<number> };
    result: Promise<ShareResult>;
  }>;
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
  if (count <= 0 || !(workerFile ??= process.getBuiltinModule('node:fs').existsSync(WORKER_URL))) return [];
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  return Array.from({ length: count }, () => {
    const worker = new Worker(WORKER_URL);
    const result = new Promise<ShareResult>((done, fail) => {
      worker.once('message', (r: unknown) =>
        _isResult(r) ? done(r) : fail(new Error('scan worker sent an unexpected message')),
      );
      worker.once('error', fail);
      worker.once('exit', (code) => {
        if (code !== 0) fail(new Error(`scan worker exited with code ${code}`));
      });
    });
    return { worker, result };
  });
}

function _isResult(v: unknown): v is ShareResult {
  return (
    typeof v === 'object' &&
    v !== null &&
    'findings' in v &&
    Array.isArray(v.findings) &&
    'skipped' in v &&
    Array.isArray(v.skipped) &&
    'scanned' in v &&
    typeof v.scanned === 'number'
  );
}
