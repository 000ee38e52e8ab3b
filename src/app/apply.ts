// apply as a transaction: lock → re-check the target and the state → backup + journal entry → state →
// atomic write → verify → rotate. Each step is a method so the CLI can show it as a task; release()
// always runs. The journal entry and the new state are on disk before the rename, so whatever happens
// after it (a failed verify, a full disk, SIGKILL) the file is either the old one or the new one with
// its journal entry (rollback can undo it). A failure before the file is replaced, or a failed verify,
// undoes every step: old file, old state, no journal entry.
import { sha256Hex } from '../core/sha256.js';
import { mkdir, realpath, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { McpctlError } from '../core/errors.js';
import { afterHash } from '../core/plan.js';
import { valueEqual } from '../core/value.js';
import { sweepStaleTemps, writeFileAtomic } from '../io/atomic-write.js';
import { withDirLock } from '../io/dir-lock.js';
import { appendJournal, DEFAULT_KEEP, dropBackup, rotateBackups, truncateJournal, writeBackup } from '../io/backups.js';
import type { JournalEntry } from '../io/backups.js';
import { acquireLock } from '../io/lock.js';
import type { Lock } from '../io/lock.js';
import { errno, readWhole } from '../io/read.js';
import { lockPath, readState, statePath, writeState } from '../io/state.js';
import type { TargetState } from '../io/state.js';
import { normalizeOf } from './plan-target.js';
import type { PlanResult } from './pipeline.js';

export interface ApplyOptions {
  tool: string;
  planId: string | null;
  keepBackups?: number;
  now?: () => Date;
  /** Every file of this apply (when there are several): recorded in each journal entry for rollback. */
  files?: string[];
  /** Test seam: called before each step's disk work (with the file's path); a throw there acts as that step failing. */
  inject?: (step: ApplyStep, file: string) => void | Promise<void>;
}

export type ApplyStep = 'backup' | 'journal' | 'state' | 'write' | 'verify' | 'restore' | 'rotate';

export interface ApplyOutcome {
  target: string;
  backup: JournalEntry | null;
  written: boolean;
  sha256_after: string;
}

export class ApplyTransaction {
  private lock: Lock | null = null;
  private before: Uint8Array | null = null;
  private beforeSha: string | null = null;
  private written: { bytes: Buffer; sha256: string } | null = null;
  private entry: JournalEntry | null = null;
  /** Journal length before our entry, to take it back when the apply is undone. */
  private journalSize: number | null = null;
  private stateWritten = false;
  private stateExisted = true;
  private readonly now: () => Date;

  constructor(
    readonly planned: PlanResult,
    private readonly opts: ApplyOptions,
  ) {
    this.now = opts.now ?? (() => new Date());
  }

  get target(): string {
    return this.planned.target.path;
  }

  /** Whether the config file itself changes (the state may change even when it does not). */
  get changesFile(): boolean {
    return this.planned.newText !== this.planned.target.text;
  }

  /** The bytes this apply writes and their digest, encoded and hashed once (a 5 MB file: 11 + 5 ms each time). */
  private get next(): { bytes: Buffer; sha256: string } {
    if (this.written === null) {
      const bytes = Buffer.from(this.planned.newText, 'utf8');
      this.written = { bytes, sha256: sha256Hex(bytes) };
    }
    return this.written;
  }

  async begin(): Promise<void> {
    await this.takeLock();
    await this.checkUnchanged();
  }

  /** The file's lock (its folder made first): begin's first half, which MultiApply takes in path order. */
  async takeLock(): Promise<void> {
    await mkdir(dirname(this.target), {
      recursive: true,
      mode: this.planned.target.scope === 'project' ? 0o755 : 0o700,
    });
    this.lock = await acquireLock(lockPath(this.target), 'mcpctl apply');
  }

  /** Begin's second half, under the lock: the file and its state are what the plan read. */
  async checkUnchanged(): Promise<void> {
    // a file this apply does not write still loses what a killed run left beside it
    if (!this.changesFile) await sweepStaleTemps(this.target);
    this.before = await readBytes(this.target);
    const now = this.before === null ? null : sha256Hex(this.before);
    this.beforeSha = now;
    if (now !== this.planned.target.sha256) {
      throw new McpctlError('E_STALE_PLAN', `${this.target} changed after the plan was made`, {
        hint: 'run "mcpctl plan" again and review the new plan',
      });
    }
    // Another apply can change only the state (which servers are managed) and leave the same bytes:
    // applying this plan then would forget what that apply took over.
    const state = await readState(this.target);
    this.stateExisted = (await readBytes(statePath(this.target))) !== null;
    const planned = this.planned.target.state;
    if (
      JSON.stringify(sortedKeys(state.managed)) !== JSON.stringify(sortedKeys(planned.managed)) ||
      state.last_written_sha256 !== planned.last_written_sha256
    ) {
      throw new McpctlError(
        'E_STALE_PLAN',
        `the servers mcpctl manages in ${this.target} changed after the plan was made (another apply ran)`,
        {
          hint: 'run "mcpctl plan" again and review the new plan',
        },
      );
    }
  }

  /** The backup and its journal entry (which names the bytes about to be written). */
  async backup(): Promise<void> {
    if (!this.changesFile) return;
    try {
      await this.step('backup');
      this.entry = await writeBackup(this.target, this.before, this.planned.target.state, {
        action: 'apply',
        tool: this.opts.tool,
        plan_id: this.opts.planId,
        now: this.now(),
        files: this.opts.files,
        sha256: this.beforeSha,
      });
      this.entry.sha256_after = this.next.sha256;
      await this.step('journal');
      this.journalSize = await appendJournal(this.target, this.entry);
    } catch (e) {
      throw await this.undo(e);
    }
  }

  /** The new state, then the new file: from here on what is live is recorded. */
  async write(): Promise<void> {
    if (!this.changesFile) return;
    try {
      await this.step('state');
      this.stateWritten = true;
      await writeState(this.target, this.nextState(this.next.sha256));
      await this.step('write');
      // a new project file is shared through git like any source file; a user's own file stays private
      const mode = this.planned.target.scope === 'project' ? 0o644 : 0o600;
      const write = () => writeFileAtomic(this.target, this.next.bytes, { mode, beforeRename: () => this.unchanged() });
      // the client's own lock, where it takes one: it waits for our rename, and we for its write
      const { clients, scope } = this.planned.target;
      const lock = clients.map((c) => c.writeLock?.(this.target, scope)).find((l) => l);
      await (lock ? withDirLock(lock, this.target, write) : write());
    } catch (e) {
      throw await this.undo(e); // writeFileAtomic throws only before its rename: the old file is live
    }
  }

  /** Re-reads the target and checks it says exactly what was intended; undoes the apply if not. */
  async verify(): Promise<void> {
    if (!this.changesFile) return;
    let problem: string | null;
    try {
      await this.step('verify');
      problem = await this.check();
    } catch (e) {
      problem =
        e instanceof McpctlError
          ? e.message
          : `it could not be read back (${e instanceof Error ? e.message : String(e)})`;
    }
    if (problem === null) return;
    const restored = await this.restoreFile();
    if (restored !== null) {
      throw new McpctlError(
        'E_VERIFY',
        `after writing, ${this.target} did not read back as intended (${problem}), and restoring the previous file failed (${restored}); the new file stays, recorded as backup ${this.entry?.id}`,
        {
          hint: 'run "mcpctl rollback" to restore the previous file once the cause is fixed',
        },
      );
    }
    await this.undoRecords();
    const what =
      this.before === null ? 'the new file was removed (there was none before)' : 'the previous file was restored';
    throw new McpctlError(
      'E_VERIFY',
      `after writing, ${this.target} did not read back as intended (${problem}); ${what}`,
      {
        hint: 'this is a bug in mcpctl: please report it with the plan (mcpctl plan --json)',
      },
    );
  }

  /**
   * Takes back a file this transaction wrote (another file of the same apply failed): the previous bytes, the
   * previous state, no journal entry. Returns null when done, else why the file could not be restored (then
   * the new file stays, with its journal entry, for rollback).
   */
  async undoWrite(): Promise<string | null> {
    if (!this.changesFile || !this.stateWritten) return null;
    const failed = await this.restoreFile();
    if (failed !== null) return failed;
    await this.undoRecords();
    return null;
  }

  /** Takes back this file's backup and journal entry when another file of the same apply failed first. */
  async dropRecords(): Promise<void> {
    await this.undoRecords();
  }

  /**
   * The last look before the rename: a client that rewrites its own file (Claude Code rewrites ~/.claude.json
   * all the time, without mcpctl's lock) may have written it since begin(); replacing it would lose that write.
   */
  private async unchanged(): Promise<void> {
    // the same bytes as begin() read (which matched the plan's digest)
    const now = await readBytes(this.target);
    if (now === null ? this.before === null : this.before !== null && Buffer.compare(now, this.before) === 0) return;
    throw new McpctlError(
      'E_STALE_PLAN',
      `${this.target} was changed by another program while mcpctl was writing it; nothing was written`,
      { hint: 'run "mcpctl plan" (or "mcpctl apply") again: it plans from the file as it is now' },
    );
  }

  private async step(step: ApplyStep): Promise<void> {
    await this.opts.inject?.(step, this.target);
  }

  /** Puts the file back as it was before; null when done, else why it failed. */
  private async restoreFile(): Promise<string | null> {
    try {
      await this.step('restore');
      if (this.before !== null) await writeFileAtomic(this.target, this.before);
      else
        await unlink(await realpath(this.target)).catch((e: unknown) =>
          errno(e) === 'ENOENT' ? undefined : Promise.reject(e),
        );
      return null;
    } catch (e) {
      return e instanceof McpctlError ? e.message : e instanceof Error ? e.message : String(e);
    }
  }

  /** After a failure with the old file live: old state back, our journal entry and backup gone. */
  private async undo(cause: unknown): Promise<unknown> {
    await this.undoRecords();
    if (cause instanceof McpctlError) return cause;
    return stepError(this.target, cause);
  }

  private async undoRecords(): Promise<void> {
    if (this.stateWritten && this.stateExisted)
      await writeState(this.target, this.planned.target.state).catch(() => undefined);
    else if (this.stateWritten) await unlink(statePath(this.target)).catch(() => undefined);
    if (this.journalSize !== null) await truncateJournal(this.target, this.journalSize).catch(() => undefined);
    if (this.entry) await dropBackup(this.target, this.entry.id).catch(() => undefined);
    this.stateWritten = false;
    this.journalSize = null;
    this.entry = null;
  }

  private nextState(sha: string): TargetState {
    const managed: TargetState['managed'] = {};
    // the hashes of the entries as written, which the plan's id took already (desired servers first, in order)
    for (const c of this.planned.plan.changes) {
      const sha256 = this.planned.desired.has(c.name) ? afterHash(c) : null;
      if (sha256 !== null) managed[c.name] = { sha256 };
    }
    const state: TargetState = { ...this.planned.target.state, format_version: 1, managed, last_written_sha256: sha };
    const verified = state.last_verified_at;
    if (verified) state.last_verified_at = Object.fromEntries(Object.entries(verified).filter(([n]) => n in managed));
    return state;
  }

  private async check(): Promise<string | null> {
    const bytes = await readBytes(this.target);
    if (bytes === null) return 'the file is missing';
    if (Buffer.compare(bytes, this.next.bytes) !== 0) return 'the bytes differ';
    // the bytes are those of newText: read them as the client's file, as plan read the one before
    const back = this.planned.target.reread(this.planned.newText);
    const normalize = normalizeOf(this.planned.target);
    // every desired server has a change whose entry is the desired one as its client sees it; what the edit
    // wrote mostly reads back as the entry itself, which the client sees as that too (no need to normalize)
    for (const c of this.planned.plan.changes) {
      const want = this.planned.desired.get(c.name);
      if (want === undefined || c.after === null) continue;
      const got = back.servers.get(c.name);
      if (!got || !(valueEqual(got.value, want) || valueEqual(normalize(got.value), c.after)))
        return `server "${c.name}" differs`;
    }
    for (const c of this.planned.plan.changes)
      if (c.action === 'delete' && back.servers.has(c.name)) return `server "${c.name}" is still there`;
    for (const name of this.planned.plan.unmanaged) {
      const was = this.planned.target.file.servers.get(name);
      const now = back.servers.get(name);
      if (!was || !now || !valueEqual(was.value, now.value)) return `unmanaged server "${name}" changed`;
    }
    return null;
  }

  /** Records the managed servers when only the state changes; rotates old backups after a write. */
  async finish(): Promise<ApplyOutcome> {
    const after = (await readBytes(this.target)) ?? new Uint8Array();
    const sha = this.changesFile && Buffer.compare(after, this.next.bytes) === 0 ? this.next.sha256 : sha256Hex(after);
    if (!this.changesFile) await writeState(this.target, this.nextState(sha));
    if (this.entry) {
      // the apply is done: a full disk while pruning old backups must not report it as failed
      await this.step('rotate')
        .then(() => rotateBackups(this.target, this.opts.keepBackups ?? DEFAULT_KEEP))
        .catch(() => undefined);
    }
    return { target: this.target, backup: this.entry, written: this.changesFile, sha256_after: sha };
  }

  async release(): Promise<void> {
    await this.lock?.release();
    this.lock = null;
  }
}

function sortedKeys(managed: TargetState['managed']): Array<[string, string]> {
  return Object.entries(managed)
    .map(([name, r]): [string, string] => [name, r.sha256])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A failure before the file was replaced: say what and that nothing changed. */
function stepError(target: string, e: unknown): McpctlError {
  const code = errno(e);
  const what =
    code === 'ENOSPC'
      ? 'no space left on the device'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EROFS'
          ? 'read-only file system'
          : (code ?? (e instanceof Error ? e.message : String(e)));
  return new McpctlError('E_INPUT', `cannot apply to ${target}: ${what} while writing its backup, journal or state`, {
    hint: `free space or fix the permissions of ${target} and its .mcpctl folder, then run again; nothing was changed`,
  });
}

export async function readBytes(path: string): Promise<Uint8Array | null> {
  try {
    return await readWhole(path);
  } catch (e) {
    if (errno(e) === 'ENOENT') return null;
    throw e;
  }
}
