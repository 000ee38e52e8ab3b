// One apply over every target file, as one step for the user: a lock per file (taken in path order, so two
// applies cannot wait on each other) and then each file checked against the plan (side by side, under the
// locks), every backup and journal entry (side by side) before any file changes, then
// state and file one at a time, then every file verified. When a file cannot be written or verified, the files written
// before it are restored too: after a failure every file holds its old bytes (or, if restoring one failed,
// its new bytes with the journal entry rollback needs). The transaction of one file is src/app/apply.ts.
import { McpctlError } from '../core/errors.js';
import { ApplyTransaction } from './apply.js';
import type { ApplyOptions, ApplyOutcome } from './apply.js';
import type { PlanResult } from './pipeline.js';

export class MultiApply {
  readonly parts: ApplyTransaction[];

  constructor(files: PlanResult[], opts: ApplyOptions) {
    // one time for every file: their backups share one id, which is what names this apply in every journal
    const at = (opts.now ?? (() => new Date()))();
    const sorted = [...files].sort((a, b) =>
      a.target.path < b.target.path ? -1 : a.target.path > b.target.path ? 1 : 0,
    );
    // the files this apply changes (each gets a backup of this id): what a rollback of it restores together
    const paths = sorted.filter((f) => f.newText !== f.target.text).map((f) => f.target.path);
    this.parts = sorted.map((f) => new ApplyTransaction(f, { ...opts, now: () => at, files: paths }));
  }

  /** Whether any config file changes (states alone may change too). */
  get changesFiles(): boolean {
    return this.parts.some((p) => p.changesFile);
  }

  /**
   * Every lock, one file at a time in path order (two applies never each hold a lock the other waits for), then
   * every file and state checked against the plan side by side: they only read, under the locks. The first
   * file in path order that changed is the error, as when each was checked right after its lock.
   */
  async begin(): Promise<void> {
    for (const p of this.parts) await p.takeLock();
    const checked = await Promise.allSettled(this.parts.map((p) => p.checkUnchanged()));
    const failed = checked.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
  }

  /**
   * Every file's backup and journal entry, side by side: each lives beside its own file, and their fsyncs are
   * most of an apply to several clients. When one fails, the records of the others are dropped (the files
   * themselves are untouched until write) and the first failure in path order is the error.
   */
  async backup(): Promise<void> {
    const results = await Promise.allSettled(this.parts.map((p) => p.backup()));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed === undefined) return;
    for (const [i, p] of this.parts.entries())
      if (results[i]?.status === 'fulfilled') await p.dropRecords().catch(() => undefined);
    throw failed.reason;
  }

  async write(): Promise<void> {
    const written: ApplyTransaction[] = [];
    try {
      for (const p of this.parts) {
        await p.write();
        written.push(p);
      }
    } catch (e) {
      throw await this.takeBack(written, this.parts, e, 'before');
    }
  }

  async verify(): Promise<void> {
    for (const [i, p] of this.parts.entries()) {
      try {
        await p.verify();
      } catch (e) {
        // p restored itself; the others of this apply follow it
        throw await this.takeBack(
          this.parts.filter((_, j) => j !== i),
          this.parts,
          e,
          'others',
        );
      }
    }
  }

  /** Each file's state (when only it changes) and backup rotation, side by side; outcomes in path order. */
  async finish(): Promise<ApplyOutcome[]> {
    return Promise.all(this.parts.map((p) => p.finish()));
  }

  async release(): Promise<void> {
    for (const p of [...this.parts].reverse()) await p.release().catch(() => undefined);
  }

  /**
   * Restores the files already written, drops the records of the rest, and says so in the error (which names
   * the file that failed: every step's error does).
   */
  private async takeBack(
    written: ApplyTransaction[],
    all: ApplyTransaction[],
    cause: unknown,
    when: 'before' | 'others',
  ): Promise<unknown> {
    const stuck: string[] = [];
    for (const p of written) {
      const failed = await p.undoWrite();
      if (failed !== null) stuck.push(`${p.target} (${failed})`);
    }
    for (const p of all) if (!written.includes(p)) await p.dropRecords().catch(() => undefined);
    if (!(cause instanceof McpctlError) || written.length === 0) return cause;
    const restored = written.filter((p) => p.changesFile).length - stuck.length;
    const files = `${restored} ${restored === 1 ? 'file' : 'files'}`;
    const note = stuck.length
      ? `; could not restore ${stuck.join(', ')}: run "mcpctl rollback" once the cause is fixed`
      : restored === 0
        ? ''
        : when === 'before'
          ? `; the ${files} of this apply written before it ${restored === 1 ? 'was' : 'were'} restored`
          : `; the other ${files} of this apply ${restored === 1 ? 'was' : 'were'} restored`;
    return new McpctlError(cause.code, `${cause.message}${note}`, {
      ...(cause.hint !== undefined ? { hint: cause.hint } : {}),
      ...(cause.where !== undefined ? { where: cause.where } : {}),
      diagnostics: cause.diagnostics,
      exitCode: cause.exitCode,
    });
  }
}
