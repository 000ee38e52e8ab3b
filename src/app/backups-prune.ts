// backups prune: remove backups of the target that hold plaintext secrets (after import + apply moved
// them to the store), or older ones, or all — saying which backup `mcpctl rollback` restores afterwards.
// A removed backup's bytes are overwritten before the file is unlinked (best effort: a copy-on-write file
// system or an SSD may keep old blocks, which is why the advice is to rotate the token). Journal lines
// stay as history, as with rotation.
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { McpctlError } from '../core/errors.js';
import { secretsIn, secretsRemoved } from '../core/secrets-left.js';
import type { HeldSecret } from '../core/secrets-left.js';
import { listBackups } from '../io/backups.js';
import type { BackupInfo } from '../io/backups.js';
import { acquireLock } from '../io/lock.js';
import { errno } from '../io/read.js';
import { lockPath } from '../io/state.js';

export interface ScannedBackup extends BackupInfo {
  /** Plaintext secrets the backup holds (fingerprints and masked previews only). */
  secrets: HeldSecret[];
}

export interface PruneSelection {
  containingSecrets: boolean;
  /** Only backups older than this id (or id prefix); the backup itself is kept. */
  before: string | undefined;
  all: boolean;
}

export interface PrunePlan {
  target: string;
  remove: ScannedBackup[];
  keep: ScannedBackup[];
  /** The newest backup, which a plain `mcpctl rollback` restores, is among those removed. */
  removesLatest: boolean;
  /** What `mcpctl rollback` restores after the prune (null: nothing is left to roll back to). */
  rollbackAfter: string | null;
}

/** Every backup of the target, newest first, with the secrets it holds. */
export async function scanBackups(target: string): Promise<ScannedBackup[]> {
  const out: ScannedBackup[] = [];
  for (const b of await listBackups(target)) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(b.path);
    } catch (e) {
      if (errno(e) === 'ENOENT') continue; // removed meanwhile (rotation by a concurrent apply)
      throw new McpctlError('E_INPUT', `cannot read the backup ${b.path} (${errno(e) ?? 'error'})`, { hint: 'check its permissions' });
    }
    out.push({ ...b, secrets: [...secretsIn(Buffer.from(bytes).toString('utf8')).values()] });
  }
  return out;
}

/** Backups holding any of these secrets (by fingerprint), newest first. */
export async function backupsHolding(target: string, secrets: readonly HeldSecret[]): Promise<ScannedBackup[]> {
  if (!secrets.length) return [];
  const wanted = new Set(secrets.map((s) => s.fingerprint));
  return (await scanBackups(target)).filter((b) => b.secrets.some((s) => wanted.has(s.fingerprint)));
}

export async function planPrune(target: string, sel: PruneSelection): Promise<PrunePlan> {
  if (!sel.all && !sel.containingSecrets && sel.before === undefined) {
    throw new McpctlError('E_USAGE', 'say which backups to prune', { hint: 'pass --containing-secrets, --before ID or --all (see "mcpctl backups prune --help")' });
  }
  const backups = await scanBackups(target);
  let olderThan = -1;
  if (sel.before !== undefined) {
    const want = sel.before;
    olderThan = backups.findIndex((b) => b.id === want || b.id.startsWith(want));
    if (olderThan < 0) {
      throw new McpctlError('E_NOT_FOUND', `no backup "${want}" of ${target}`, { hint: backups.length ? `list them with "mcpctl backups"; the newest is ${backups[0]?.id}` : 'there are no backups yet' });
    }
  }
  const selected = (b: ScannedBackup, i: number) => (sel.before === undefined || i > olderThan) && (!sel.containingSecrets || b.secrets.length > 0);
  const remove = backups.filter(selected);
  const keep = backups.filter((b, i) => !selected(b, i));
  const latest = backups[0];
  return { target, remove, keep, removesLatest: latest !== undefined && remove.includes(latest), rollbackAfter: keep[0]?.id ?? null };
}

/** Removes the planned backups under the target's lock (an apply rotating at the same time waits). */
export async function runPrune(p: PrunePlan): Promise<{ removed: string[] }> {
  const lock = await acquireLock(lockPath(p.target), 'mcpctl backups prune');
  const removed: string[] = [];
  try {
    for (const b of p.remove) {
      await scrubAndRemove(b.path);
      await scrubAndRemove(b.path.replace(/\.bak$/, '.state.json'));
      removed.push(b.id);
    }
  } finally {
    await lock.release();
  }
  return { removed };
}

async function scrubAndRemove(path: string): Promise<void> {
  try {
    const size = (await stat(path)).size;
    const h = await open(path, 'r+');
    try {
      await h.write(new Uint8Array(size), 0, size, 0);
      await h.sync();
    } finally {
      await h.close();
    }
    await unlink(path);
  } catch (e) {
    if (errno(e) === 'ENOENT') return;
    throw new McpctlError('E_INPUT', `cannot remove the backup ${path} (${errno(e) ?? 'error'})`, { hint: 'check the permissions of the backups folder, then run the prune again' });
  }
}

export interface LeftInBackups {
  /** Secrets the write removed from the target (masked previews only). */
  secrets: HeldSecret[];
  /** The backups that still hold any of them, newest first. */
  backups: ScannedBackup[];
}

/** After a write: the plaintext secrets it removed from the target, and the backups that still hold them. */
export async function secretsLeftInBackups(target: string, beforeText: string, afterText: string): Promise<LeftInBackups | null> {
  const secrets = secretsRemoved(beforeText, afterText);
  if (!secrets.length) return null;
  const backups = await backupsHolding(target, secrets);
  return backups.length ? { secrets, backups } : null;
}
