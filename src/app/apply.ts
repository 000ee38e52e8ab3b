// apply as a transaction: lock → re-check the target → backup → atomic write → verify → state + journal.
// Each step is a method so the CLI can show it as a task; release() always runs.
import { readFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { McpctlError } from '../core/errors.js';
import { normalize, tableHash } from '../core/plan.js';
import { readTarget } from '../core/toml/read-target.js';
import { tomlEqual } from '../core/toml/value.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { appendJournal, DEFAULT_KEEP, hashBytes, rotateBackups, writeBackup } from '../io/backups.js';
import type { JournalEntry } from '../io/backups.js';
import { acquireLock } from '../io/lock.js';
import type { Lock } from '../io/lock.js';
import { decodeUtf8, errno } from '../io/read.js';
import { lockPath, writeState } from '../io/state.js';
import type { TargetState } from '../io/state.js';
import type { PlanResult } from './pipeline.js';

export interface ApplyOptions {
  tool: string;
  planId: string | null;
  keepBackups?: number;
  now?: () => Date;
}

export interface ApplyOutcome {
  target: string;
  backup: JournalEntry | null;
  written: boolean;
  sha256_after: string;
}

export class ApplyTransaction {
  private lock: Lock | null = null;
  private before: Uint8Array | null = null;
  private entry: JournalEntry | null = null;
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

  async begin(): Promise<void> {
    await mkdir(dirname(this.target), { recursive: true, mode: 0o700 });
    this.lock = await acquireLock(lockPath(this.target), 'mcpctl apply');
    this.before = await readBytes(this.target);
    const now = this.before === null ? null : hashBytes(this.before);
    if (now !== this.planned.target.sha256) {
      throw new McpctlError('E_STALE_PLAN', `${this.target} changed after the plan was made`, { hint: 'run "mcpctl plan" again and review the new plan' });
    }
  }

  async backup(): Promise<void> {
    if (!this.changesFile) return;
    this.entry = await writeBackup(this.target, this.before, this.planned.target.state, {
      action: 'apply',
      tool: this.opts.tool,
      plan_id: this.opts.planId,
      now: this.now(),
    });
  }

  async write(): Promise<void> {
    if (!this.changesFile) return;
    await writeFileAtomic(this.target, this.planned.newText, { mode: 0o600 });
  }

  /** Re-reads the target and checks it says exactly what was intended; restores the backup if not. */
  async verify(): Promise<void> {
    if (!this.changesFile) return;
    const problem = await this.check();
    if (problem === null) return;
    if (this.before !== null) await writeFileAtomic(this.target, this.before);
    throw new McpctlError('E_VERIFY', `after writing, ${this.target} did not read back as intended (${problem}); the previous file was restored`, {
      hint: 'this is a bug in mcpctl: please report it with the plan (mcpctl plan --json)',
    });
  }

  private async check(): Promise<string | null> {
    const bytes = await readBytes(this.target);
    if (bytes === null) return 'the file is missing';
    const text = decodeUtf8(bytes, this.target, 'Codex config');
    if (text !== this.planned.newText) return 'the bytes differ';
    const doc = readTarget(text, this.target);
    for (const [name, want] of this.planned.desired) {
      const got = doc.servers.get(name);
      if (!got || !tomlEqual(normalize(got.value), normalize(want))) return `server "${name}" differs`;
    }
    for (const c of this.planned.plan.changes) if (c.action === 'delete' && doc.servers.has(c.name)) return `server "${c.name}" is still there`;
    for (const name of this.planned.plan.unmanaged) {
      const was = this.planned.target.doc.servers.get(name);
      const now = doc.servers.get(name);
      if (!was || !now || !tomlEqual(was.value, now.value)) return `unmanaged server "${name}" changed`;
    }
    return null;
  }

  async finish(): Promise<ApplyOutcome> {
    const after = (await readBytes(this.target)) ?? new Uint8Array();
    const sha = hashBytes(after);
    const managed: TargetState['managed'] = {};
    for (const [name, table] of this.planned.desired) managed[name] = { sha256: tableHash(table) };
    const state: TargetState = { ...this.planned.target.state, format_version: 1, managed, last_written_sha256: sha };
    const verified = state.last_verified_at;
    if (verified) state.last_verified_at = Object.fromEntries(Object.entries(verified).filter(([n]) => n in managed));
    await writeState(this.target, state);
    if (this.entry) {
      this.entry.sha256_after = sha;
      await appendJournal(this.target, this.entry);
      await rotateBackups(this.target, this.opts.keepBackups ?? DEFAULT_KEEP);
    }
    return { target: this.target, backup: this.entry, written: this.changesFile, sha256_after: sha };
  }

  async release(): Promise<void> {
    await this.lock?.release();
    this.lock = null;
  }
}

export async function readBytes(path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path);
  } catch (e) {
    if (errno(e) === 'ENOENT') return null;
    throw e;
  }
}
