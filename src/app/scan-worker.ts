// A scan worker thread's entry (started by scan-pool.ts; in the build, dist/cli/scan-worker.cjs): wait for
// the input, scan from the shared counter until no file is left, post the results. Only the scanning
// is bundled here, so a worker boots without compiling the rest of the scan command.
import { parentPort } from 'node:worker_threads';
import type { WorkerInput } from './scan-pool.js';
import { scanShare } from './scan-share.js';

function _isInput(v: unknown): v is WorkerInput {
  return (
    typeof v === 'object' &&
    v !== null &&
    'entries' in v &&
    Array.isArray(v.entries) &&
    'maxBytes' in v &&
    typeof v.maxBytes === 'number' &&
    'counter' in v &&
    v.counter instanceof SharedArrayBuffer
  );
}

const port = parentPort;
if (port) {
  port.once('message', (input: unknown) => {
    if (!_isInput(input)) throw new Error('scan worker: unexpected input');
    const cursor = new Int32Array(input.counter);
    port.postMessage(scanShare(input.entries, input.maxBytes, () => Atomics.add(cursor, 0, 1)));
    port.close();
  });
}
