// `plan` and `apply` without the CLI framework: the command line read by plan-argv.ts, then the same actions
// the full CLI runs. Built as a bundle of its own with its own code cache (scripts/bundle.mjs), so a plan
// loads only what a plan runs.
import { applyAction } from './actions/apply.js';
import { planAction } from './actions/plan.js';
import { processIo, reportError } from './output.js';
import type { FastArgs } from './plan-argv.js';

export async function runPlanFast(fast: FastArgs): Promise<number> {
  const io = processIo();
  try {
    return fast.command === 'plan' ? await planAction(fast.args, io) : await applyAction(fast.args, io);
  } catch (e) {
    // as the full CLI reports what escapes an action (main.ts)
    return reportError(io, e, fast.args.json);
  }
}
