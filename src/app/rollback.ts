// rollback: restore a backup of the target. Refuses when the file was edited since mcpctl last wrote it
// (unless forced), and backs up the current file first, so a rollback can itself be rolled back.
import { lstat, unlink } from 'node:fs/promises';
import { McpctlError } from '../core/errors.js';
import { redactedDiff } from '../core/render/diff.js';
import { resolveTarget } from '../core/target-path.js';
import type { TargetOptions } from '../core/target-path.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import {
  appendJournal,
  dropBackup,
  hashBytes,
  listBackups,
  readBackup,
  rotateBackups,
  truncateJournal,
  writeBackup,
  DEFAULT_KEEP,
} from '../io/backups.js';
import type { BackupInfo } from '../io/backups.js';
import { acquireLock } from '../io/lock.js';
import { lockPath, readState, writeState } from '../io/state.js';
import type { TargetState } from '../io/state.js';
import { decodeUtf8 } from '../io/read.js';
import { readBytes } from './apply.js';
import type { Context } from './pipeline.js';

export interface RollbackPlan {
  target: string;
  backup: BackupInfo;
  current: Uint8Array | null;
  restored: Uint8Array;
  restoredState: TargetState | null;
  diff: string;
  /** The file was edited after mcpctl last wrote it. */
  editedSince: boolean;
}

/** planRollback of the target the options name (as every command names it). */
export async function planRollbackOf(opts: TargetOptions, to: string | undefined, ctx: Context): Promise<RollbackPlan> {
  return planRollback(resolveTarget(opts, ctx.env, ctx.home, ctx.cwd), to);
}

export async function planRollback(target: string, to: string | undefined): Promise<RollbackPlan> {
  const backups = await listBackups(target);
  if (!backups.length)
    throw new McpctlError('E_NOT_FOUND', `there are no backups of ${target}`, {
      hint: 'backups are made by "mcpctl apply"; nothing to roll back',
    });
  const backup = to ? backups.find((b) => b.id === to || b.id.startsWith(to)) : backups[0];
  if (!backup) {
    throw new McpctlError('E_NOT_FOUND', `no backup "${to}" of ${target}`, {
      hint: `list them with "mcpctl backups"; the newest is ${backups[0]?.id}`,
    });
  }
  const { bytes, state } = await readBackup(backup);
  const current = await readBytes(target);
  const currentState = await readState(target);
  const currentSha = current ? hashBytes(current) : null;
  const editedSince =
    currentState.last_written_sha256 !== undefined ? currentSha !== currentState.last_written_sha256 : false;
  const decode = (b: Uint8Array | null) => (b ? decodeUtf8(b, target, 'Codex config') : '');
  return {
    target,
    backup,
    current,
    restored: bytes,
    restoredState: state,
    diff: redactedDiff(target, decode(current), backup.existed ? decode(bytes) : '', ['current', 'after rollback']),
    editedSince,
  };
}

/** The steps of a rollback after its backup; a test can make one fail (inject). */
export type RollbackStep = 'state' | 'write';

export async function runRollback(
  p: RollbackPlan,
  opts: { force: boolean; tool: string; now?: Date; inject?: (step: RollbackStep) => void | Promise<void> },
): Promise<{ undoId: string }> {
  if (p.editedSince && !opts.force) {
    throw new McpctlError(
      'E_DRIFT',
      `${p.target} was edited after mcpctl last wrote it; a rollback would discard those edits`,
      {
        hint: 'look at the diff, then run again with --force to roll back anyway (the current file is backed up first)',
      },
    );
  }
  const lock = await acquireLock(lockPath(p.target), 'mcpctl rollback');
  try {
    const now = await readBytes(p.target);
    if (!sameBytes(now, p.current)) {
      throw new McpctlError('E_STALE_PLAN', `${p.target} changed while the rollback was being prepared`, {
        hint: 'run the rollback again',
      });
    }
    const state = await readState(p.target);
    const entry = await writeBackup(p.target, now, state, {
      action: 'rollback',
      tool: opts.tool,
      plan_id: null,
      now: opts.now ?? new Date(),
    });
    const restoredSha = p.backup.existed ? hashBytes(p.restored) : null;
    entry.sha256_after = restoredSha;
    // as in apply: the journal names the backup before the file changes, so a rollback that stops half way
    // can itself be rolled back; a failure before the file changed takes the entry and the backup back
    const journalSize = await appendJournal(p.target, entry).catch(async (e: unknown) => {
      await dropBackup(p.target, entry.id).catch(() => undefined); // no backup without its journal line
      throw e;
    });
    try {
      const next: TargetState = { ...(p.restoredState ?? state), format_version: 1 };
      if (restoredSha) next.last_written_sha256 = restoredSha;
      else delete next.last_written_sha256;
      await opts.inject?.('state');
      await writeState(p.target, next);
      await opts.inject?.('write');
      if (p.backup.existed) await writeFileAtomic(p.target, p.restored);
      else if (now !== null) await removeOrEmpty(p.target);
    } catch (e) {
      if (sameBytes(await readBytes(p.target).catch(() => now), now)) {
        await writeState(p.target, state).catch(() => undefined);
        await truncateJournal(p.target, journalSize).catch(() => undefined);
        await dropBackup(p.target, entry.id).catch(() => undefined);
      }
      throw e;
    }
    await rotateBackups(p.target, DEFAULT_KEEP);
    return { undoId: entry.id };
  } finally {
    await lock.release();
  }
}

async function removeOrEmpty(target: string): Promise<void> {
  const st = await lstat(target);
  if (st.isSymbolicLink()) await writeFileAtomic(target, '');
  else await unlink(target);
}

function sameBytes(a: Uint8Array | null, b: Uint8Array | null): boolean {
  if (a === null || b === null) return a === b;
  return Buffer.compare(a, b) === 0;
}
