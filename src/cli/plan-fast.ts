// `plan` and `apply` without the CLI framework: the command line read by plan-argv.ts, then the same actions
// the full CLI runs. Built as a bundle of its own with its own code cache (scripts/bundle.mjs), so a plan
// loads only what a plan runs; each action's modules are initialised only when that action runs (a plan
// does not load apply's backups, journal and saved plans).
import { fdOutput } from '../io/fd-output.js';
import { processIo, reportError } from './output.js';
import type { Io } from './output.js';
import type { FastArgs } from './plan-argv.js';
import { terminalOut } from './terminal-out.js';

export async function runPlanFast(fast: FastArgs): Promise<number> {
  // a plan only prints: straight to the descriptors, as the scan does (process.stdout would load node's stream
  // and socket modules); apply keeps the process streams its prompt and progress share
  const io: Io =
    fast.command === 'plan'
      ? {
          stdout: terminalOut(fdOutput(1), process.env),
          stderr: terminalOut(fdOutput(2), process.env),
          env: process.env,
        }
      : processIo();
  try {
    if (fast.command === 'plan') return await (await import('./actions/plan.js')).planAction(fast.args, io);
    return await (await import('./actions/apply.js')).applyAction(fast.args, io);
  } catch (e) {
    // as the full CLI reports what escapes an action (main.ts)
    return reportError(io, e, fast.args.json);
  }
}
