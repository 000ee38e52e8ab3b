// The health test `mcpctl add` offers before anything is written (src/app/add-probe.ts): its progress and
// its result on the terminal.
import { probeBeforeWrite as probeNewServer } from '../../app/add-probe.js';
import type { Prepared } from '../../app/edit-write.js';
import type { Context } from '../../app/pipeline.js';
import { testText } from '../../core/render/test-text.js';
import { toolVersion } from '../../io/version.js';
import type { Io } from '../output.js';
import { paintFor } from '../output.js';

export async function probeBeforeWrite(p: Prepared, ctx: Context, io: Io): Promise<boolean> {
  const probed = await probeNewServer(p, ctx, toolVersion(), {
    // loaded only when a test runs
    progress: async (names) => (await import('../probe-progress.js')).probeDisplay(io, names, { json: false }),
    cancelled: (signal) => {
      io.stderr.write('\nCancelled. No file was changed.\n');
      process.exit(signal === 'SIGINT' ? 130 : 143);
    },
  });
  if (!probed) return false;
  io.stdout.write(testText({ ...probed, lastVerified: {}, now: new Date() }, paintFor(io.stdout, io.env)));
  return probed.results.every((r) => r.status === 'ok' || r.status === 'warn');
}
