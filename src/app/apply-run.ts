// apply after its plan, as a use case both the CLI and the programmatic API run: refuse what plan said apply
// would refuse, install the launcher copy the files name, then the transaction over every file in its steps
// (lock, back up, write, verify, record) — each step a function the caller runs (the CLI shows them as
// progress) — and what the backups still hold of secrets this apply removed.
import type { LeftInBackups } from './backups-prune.js';
import { MultiApply } from './apply-many.js';
import type { ApplyOutcome } from './apply.js';
import { applyHasWork, checkLauncher, installLauncher, lintRefusal, secretsLeftAfter } from './apply-checks.js';
import type { PreparedApply } from './apply-checks.js';
import type { StableCopy } from '../io/stable-launcher.js';
import { sweepStaleTemps } from '../io/atomic-write.js';
import { clearStaleLock } from '../io/lock.js';
import { lockPath } from '../io/state.js';
import { blockingError } from './blocking.js';
import type { Context } from './pipeline.js';

export interface ApplyStep {
  title: string;
  run: () => Promise<unknown>;
  /** A reason to skip it, or false. */
  skip?: () => string | false;
}

export interface ApplyRun {
  /** null: nothing to write (the launcher copy is installed all the same). */
  tx: MultiApply | null;
  steps: ApplyStep[];
  /** After the steps: each file's outcome, and the secrets the backups still hold. */
  finish(): Promise<{ outcome: ApplyOutcome[]; left: LeftInBackups | null }>;
  /** Always, steps run or not: the locks go. */
  release(): Promise<void>;
}

/** What apply refuses (lint errors, missing secrets, …) thrown; else the launcher copy the files need. */
export async function checkApply(
  prepared: PreparedApply,
  ctx: Context,
  warn: (w: string) => void = () => undefined,
): Promise<StableCopy | null> {
  const lint = lintRefusal(prepared);
  if (lint) throw lint;
  const refused = blockingError(prepared.blocking);
  if (refused) throw refused;
  return checkLauncher(prepared.planned, ctx, warn);
}

/**
 * The launcher copy installed (a removed one comes back even when nothing else changes), then the transaction
 * over every file as steps to run in order, or none when no file changes.
 */
export async function beginApply(
  prepared: PreparedApply,
  launcher: StableCopy | null,
  opts: { tool: string; keepBackups: number },
): Promise<ApplyRun> {
  const { planned, doc } = prepared;
  await installLauncher(launcher);
  if (!applyHasWork(planned)) {
    // nothing to write: still tidy what runs killed mid-apply left (a stale lock, a temp file), as a write would
    for (const f of planned.files) {
      await sweepStaleTemps(f.target.path).catch(() => undefined);
      await clearStaleLock(lockPath(f.target.path)).catch(() => undefined);
    }
    return { tx: null, steps: [], finish: async () => ({ outcome: [], left: null }), release: async () => undefined };
  }
  const tx = new MultiApply(planned.files, { tool: opts.tool, planId: doc.id, keepBackups: opts.keepBackups });
  const many = tx.parts.length > 1;
  let outcome: ApplyOutcome[] | null = null;
  const unchanged = () => (!tx.changesFiles ? 'config unchanged' : false);
  return {
    tx,
    steps: [
      {
        title: many ? 'Lock the targets and check they did not change' : 'Lock the target and check it did not change',
        run: () => tx.begin(),
      },
      {
        title: many ? 'Back up the current files' : 'Back up the current file',
        run: () => tx.backup(),
        skip: unchanged,
      },
      { title: 'Write atomically', run: () => tx.write(), skip: unchanged },
      { title: 'Verify what was written', run: () => tx.verify(), skip: unchanged },
      { title: 'Record managed servers', run: async () => (outcome = await tx.finish()) },
    ],
    async finish() {
      if (!outcome) throw new Error('apply ended without an outcome (this is a bug)');
      return { outcome, left: await secretsLeftAfter(planned, outcome) };
    },
    release: () => tx.release(),
  };
}
