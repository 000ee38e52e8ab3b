// rollback: restore the backups of one apply — every file it wrote, together, as one step. Refuses when any of
// them was edited since mcpctl last wrote it (unless forced, naming them), and backs up every current file
// first under one id, so the rollback can itself be rolled back as a whole. Like apply, it is a transaction:
// locks in path order, every backup and journal entry before any file changes, and a failure while writing a
// file restores the files written before it.
import { sha256Hex } from '../core/sha256.js';
import { lstat, unlink } from 'node:fs/promises';
import { McpctlError } from '../core/errors.js';
import { redactedDiff } from '../core/render/diff.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import {
  appendJournal,
  dropBackup,
  listBackups,
  readBackup,
  rotateBackups,
  truncateJournal,
  writeBackup,
  DEFAULT_KEEP,
} from '../io/backups.js';
import type { BackupInfo, JournalEntry } from '../io/backups.js';
import { acquireLock } from '../io/lock.js';
import type { Lock } from '../io/lock.js';
import { lockPath, readState, writeState } from '../io/state.js';
import type { TargetState } from '../io/state.js';
import { decodeUtf8, errno } from '../io/read.js';
import { readBytes } from './apply.js';
import { historyFiles } from './history-files.js';
import type { HistoryChoice, HistoryFile } from './history-files.js';
import type { Context } from './pipeline.js';

/** One file of a rollback. */
export interface RollbackFile {
  target: string;
  backup: BackupInfo;
  current: Uint8Array | null;
  restored: Uint8Array;
  restoredState: TargetState | null;
  diff: string;
  /** The file was edited after mcpctl last wrote it. */
  editedSince: boolean;
}

export interface RollbackPlan {
  /** The backup id (the apply, or rollback, whose "before" every file returns to). */
  id: string;
  /** Sorted by path (the order locks are taken in). */
  files: RollbackFile[];
}

/** planRollback of the files the options name (mcp.yaml's targets, --target, or Codex's flags). */
export async function planRollbackOf(
  choice: HistoryChoice,
  to: string | undefined,
  ctx: Context,
): Promise<RollbackPlan> {
  return planRollback(await historyFiles(choice, ctx), to, { limited: (choice.only?.length ?? 0) > 0 });
}

/**
 * The newest backup among the files (or the one `to` names) and every file of the same apply. Without
 * `limited` (no --target) that is every file the apply wrote, even one the current mcp.yaml no longer targets;
 * with it, only the chosen files.
 */
export async function planRollback(
  files: string | HistoryFile[],
  to: string | undefined,
  opts: { limited?: boolean } = {},
): Promise<RollbackPlan> {
  const paths = typeof files === 'string' ? [files] : files.map((f) => f.path);
  const lists = new Map<string, BackupInfo[]>();
  for (const p of paths) lists.set(p, await listBackups(p));
  const all = [...lists.entries()].flatMap(([target, list]) => list.map((b) => ({ target, b })));
  const where = paths.length === 1 ? `${paths[0]}` : `any of ${paths.join(', ')}`;
  if (!all.length)
    throw new McpctlError('E_NOT_FOUND', `there are no backups of ${where}`, {
      hint: 'backups are made by "mcpctl apply"; nothing to roll back',
    });
  const newestFirst = all.sort((x, y) => newer(y.b, x.b));
  const chosen = to ? newestFirst.find(({ b }) => b.id === to || b.id.startsWith(to)) : newestFirst[0];
  if (!chosen) {
    throw new McpctlError('E_NOT_FOUND', `no backup "${to}" of ${where}`, {
      hint: `list them with "mcpctl backups"; the newest is ${newestFirst[0]?.b.id}`,
    });
  }
  const id = chosen.b.id;
  const named = chosen.b.files ?? [chosen.target];
  const together = opts.limited
    ? paths.filter((p) => lists.get(p)?.some((b) => b.id === id))
    : [...new Set([...named, ...paths.filter((p) => lists.get(p)?.some((b) => b.id === id))])];
  const out: RollbackFile[] = [];
  for (const target of together.sort(byPath)) {
    const backup = (lists.get(target) ?? (await listBackups(target))).find((b) => b.id === id);
    if (!backup)
      throw new McpctlError(
        'E_NOT_FOUND',
        `backup ${id} of ${target} is gone (pruned or rotated), so that apply cannot be rolled back as a whole`,
        {
          hint: `roll back the other files alone with --target, or choose an older backup with --to (list them with "mcpctl backups")`,
        },
      );
    out.push(await planFile(target, backup));
  }
  return { id, files: out };
}

async function planFile(target: string, backup: BackupInfo): Promise<RollbackFile> {
  const { bytes, state } = await readBackup(backup);
  const current = await readBytes(target);
  const currentState = await readState(target);
  const currentSha = current ? sha256Hex(current) : null;
  const editedSince =
    currentState.last_written_sha256 !== undefined ? currentSha !== currentState.last_written_sha256 : false;
  const decode = (b: Uint8Array | null) => (b ? decodeUtf8(b, target, 'client config') : '');
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

/** The steps of a rollback after its backups; a test can make one fail (inject), for one file. */
export type RollbackStep = 'state' | 'write' | 'restore';

export interface RollbackOptions {
  force: boolean;
  tool: string;
  now?: Date;
  inject?: (step: RollbackStep, file: string) => void | Promise<void>;
}

/** One file's part: its lock, its backup and journal entry, its state and bytes, and how to take them back. */
interface Part {
  p: RollbackFile;
  lock?: Lock;
  state?: TargetState;
  entry?: JournalEntry;
  journalSize?: number;
  written: boolean;
}

export async function runRollback(plan: RollbackPlan, opts: RollbackOptions): Promise<{ undoId: string }> {
  const edited = plan.files.filter((f) => f.editedSince);
  if (edited.length && !opts.force) {
    const names = edited.map((f) => f.target).join(', ');
    throw new McpctlError(
      'E_DRIFT',
      `${names} ${edited.length === 1 ? 'was' : 'were'} edited after mcpctl last wrote ${edited.length === 1 ? 'it' : 'them'}; a rollback would discard those edits`,
      {
        hint: 'look at the diff, then run again with --force to roll back anyway (the current files are backed up first)',
      },
    );
  }
  const parts: Part[] = [...plan.files].sort((a, b) => byPath(a.target, b.target)).map((p) => ({ p, written: false }));
  const now = opts.now ?? new Date();
  const every = parts.map((x) => x.p.target);
  try {
    for (const x of parts) x.lock = await acquireLock(lockPath(x.p.target), 'mcpctl rollback');
    for (const { p } of parts) {
      if (!sameBytes(await readBytes(p.target), p.current)) {
        throw new McpctlError('E_STALE_PLAN', `${p.target} changed while the rollback was being prepared`, {
          hint: 'run the rollback again',
        });
      }
    }
    // as in apply: every journal names its backup before any file changes, so a rollback that stops half way
    // can itself be rolled back; one id for every file, so rolling it back restores them together
    try {
      for (const x of parts) {
        x.state = await readState(x.p.target);
        const entry = await writeBackup(x.p.target, x.p.current, x.state, {
          action: 'rollback',
          tool: opts.tool,
          plan_id: null,
          now,
          files: every,
        });
        entry.sha256_after = x.p.backup.existed ? sha256Hex(x.p.restored) : null;
        x.journalSize = await appendJournal(x.p.target, entry).catch(async (e: unknown) => {
          await dropBackup(x.p.target, entry.id).catch(() => undefined); // no backup without its journal line
          throw e;
        });
        x.entry = entry;
      }
    } catch (e) {
      for (const x of parts) await dropRecords(x);
      throw e;
    }
    for (const [k, x] of parts.entries()) {
      try {
        await writeOne(x, opts);
      } catch (e) {
        throw await takeBack(parts, k, e, opts);
      }
    }
    for (const x of parts) await rotateBackups(x.p.target, DEFAULT_KEEP).catch(() => undefined);
    return { undoId: parts[0]?.entry?.id ?? '' };
  } finally {
    for (const x of [...parts].reverse()) await x.lock?.release().catch(() => undefined);
  }
}

async function writeOne(x: Part, opts: RollbackOptions): Promise<void> {
  const { p } = x;
  const restoredSha = p.backup.existed ? sha256Hex(p.restored) : null;
  const base = p.restoredState ?? x.state;
  if (!base) throw new McpctlError('E_INTERNAL', `no state of ${p.target} to roll back to`);
  const next: TargetState = { ...base, format_version: 1 };
  if (restoredSha) next.last_written_sha256 = restoredSha;
  else delete next.last_written_sha256;
  await opts.inject?.('state', p.target);
  x.written = true; // from here on the state may have changed: a failure puts the old one back
  await writeState(p.target, next);
  await opts.inject?.('write', p.target);
  if (p.backup.existed) await writeFileAtomic(p.target, p.restored);
  else if (p.current !== null) await removeOrEmpty(p.target);
}

/**
 * File k failed: it and the files before it go back to their bytes before the rollback, every record of this
 * rollback goes; a file that cannot be put back keeps the rolled-back bytes with its journal entry (so "mcpctl
 * rollback" undoes it) and the error names it.
 */
async function takeBack(parts: Part[], k: number, cause: unknown, opts: RollbackOptions): Promise<unknown> {
  const stuck: string[] = [];
  let restored = 0;
  for (const [i, x] of parts.entries()) {
    if (i > k || !x.written) {
      await dropRecords(x);
      continue;
    }
    const live = await readBytes(x.p.target).catch(() => x.p.current);
    if (!sameBytes(live, x.p.current)) {
      try {
        await opts.inject?.('restore', x.p.target);
        if (x.p.current !== null) await writeFileAtomic(x.p.target, x.p.current);
        else await unlink(x.p.target);
      } catch (e) {
        stuck.push(`${x.p.target} (${e instanceof Error ? e.message : String(e)})`);
        continue;
      }
    }
    await dropRecords(x);
    if (i < k) restored++;
  }
  if (!stuck.length && !restored) return cause;
  const failed = parts[k]?.p.target ?? '';
  const code = cause instanceof McpctlError ? cause.code : 'E_INPUT';
  const what =
    cause instanceof McpctlError
      ? cause.message
      : `cannot roll back ${failed}: ${errno(cause) ?? (cause instanceof Error ? cause.message : String(cause))}`;
  const note = stuck.length
    ? `; could not restore ${stuck.join(', ')}: run "mcpctl rollback" once the cause is fixed`
    : `; the ${restored} ${restored === 1 ? 'file' : 'files'} rolled back before it ${restored === 1 ? 'was' : 'were'} restored`;
  return new McpctlError(code, `${what}${note}`, {
    hint: 'fix the cause (free space, permissions), then run the rollback again',
  });
}

/** Old state back, this rollback's journal entry and backup gone. */
async function dropRecords(x: Part): Promise<void> {
  if (x.written && x.state) await writeState(x.p.target, x.state).catch(() => undefined);
  if (x.journalSize !== undefined) await truncateJournal(x.p.target, x.journalSize).catch(() => undefined);
  if (x.entry) await dropBackup(x.p.target, x.entry.id).catch(() => undefined);
  x.written = false;
  delete x.journalSize;
  delete x.entry;
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

/** By time (a stable sort keeps each journal's own order for equal times). */
function newer(a: BackupInfo, b: BackupInfo): number {
  return a.time < b.time ? -1 : a.time > b.time ? 1 : 0;
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
