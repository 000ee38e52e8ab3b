// backups prune: remove backups of each target file that hold plaintext secrets (after import + apply moved
// them to the store), or older ones, or all — saying which backup `mcpctl rollback` restores afterwards.
// A removed backup's bytes are overwritten before the file is unlinked (best effort: a copy-on-write file
// system or an SSD may keep old blocks, which is why the advice is to rotate the token). Journal lines
// stay as history, as with rotation.
import { constants, promises as fsp } from 'node:fs';
import { McpctlError } from '../core/errors.js';
import { changedLines } from '../core/render/diff.js';
import type { Entry } from '../core/value.js';
import { previews, secretValuesIn, secretsRemoved } from '../core/secrets-left.js';
import type { TomlTable } from '../core/toml/value.js';
import { listBackups } from '../io/backups.js';
import type { BackupInfo } from '../io/backups.js';
import { acquireLock } from '../io/lock.js';
import { errno } from '../io/read.js';
import { lockPath } from '../io/state.js';
import { historyFiles } from './history-files.js';
import type { HistoryChoice, HistoryFile } from './history-files.js';
import type { Context } from './pipeline.js';

export interface ScannedBackup extends BackupInfo {
  /** Masked previews of the plaintext secrets the backup holds. */
  secrets: string[];
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
  /** False when --before names a backup this file does not have (another file of the selection has it). */
  found: boolean;
}

/** Every backup of the target, newest first, with the secrets it holds. */
export async function scanBackups(target: string): Promise<ScannedBackup[]> {
  const out: ScannedBackup[] = [];
  for (const b of await listBackups(target)) {
    const text = await backupText(b);
    if (text === null) continue;
    out.push({ ...b, secrets: previews(secretValuesIn(text, await serversOf(text))) });
  }
  return out;
}

/** `mcpctl backups`: the files the options name (mcp.yaml's targets, --target, or Codex's flags), each with scanBackups of it. */
export async function backupsOf(
  choice: HistoryChoice,
  ctx: Context,
): Promise<Array<{ file: HistoryFile; backups: ScannedBackup[] }>> {
  const out: Array<{ file: HistoryFile; backups: ScannedBackup[] }> = [];
  for (const file of await historyFiles(choice, ctx)) out.push({ file, backups: await scanBackups(file.path) });
  return out;
}

async function backupText(b: BackupInfo): Promise<string | null> {
  try {
    if (!(await fsp.lstat(b.path)).isFile()) return ''; // a link planted in the backups folder is not read (nor written)
    return Buffer.from(await fsp.readFile(b.path)).toString('utf8');
  } catch (e) {
    if (errno(e) === 'ENOENT') return null; // removed meanwhile (rotation by a concurrent apply)
    throw new McpctlError('E_INPUT', `cannot read the backup ${b.path} (${errno(e) ?? 'error'})`, {
      hint: 'check its permissions',
    });
  }
}

/** The servers of a config text, or none when it does not parse (a backup of a broken file: the text scan still runs). */
async function serversOf(text: string): Promise<Map<string, TomlTable> | undefined> {
  const { readTarget } = await import('../core/toml/read-target.js');
  try {
    const out = new Map<string, TomlTable>();
    for (const [name, s] of readTarget(text, 'backup').servers) out.set(name, s.value);
    return out;
  } catch {
    return undefined;
  }
}

/**
 * planPrune of each file the options name, each on its own backups. --before ID applies to the files that have
 * that backup (one apply's backups share its id); no file having it is an error.
 */
export async function planPruneOf(choice: HistoryChoice, sel: PruneSelection, ctx: Context): Promise<PrunePlan[]> {
  const files = await historyFiles(choice, ctx);
  if (files.length === 1 && files[0]) return [await planPrune(files[0].path, sel)];
  const plans: PrunePlan[] = [];
  for (const f of files) plans.push(await planPrune(f.path, sel, { missingOk: true }));
  if (sel.before !== undefined && plans.every((p) => !p.found))
    throw new McpctlError('E_NOT_FOUND', `no backup "${sel.before}" of any of ${files.map((f) => f.path).join(', ')}`, {
      hint: 'list them with "mcpctl backups"',
    });
  return plans;
}

export async function planPrune(
  target: string,
  sel: PruneSelection,
  opts: { missingOk?: boolean } = {},
): Promise<PrunePlan> {
  if (!sel.all && !sel.containingSecrets && sel.before === undefined) {
    throw new McpctlError('E_USAGE', 'say which backups to prune', {
      hint: 'pass --containing-secrets, --before ID or --all (see "mcpctl backups prune --help")',
    });
  }
  const backups = await scanBackups(target);
  let olderThan = -1;
  if (sel.before !== undefined) {
    const want = sel.before;
    olderThan = backups.findIndex((b) => b.id === want || b.id.startsWith(want));
    if (olderThan < 0 && opts.missingOk)
      return {
        target,
        remove: [],
        keep: backups,
        removesLatest: false,
        rollbackAfter: backups[0]?.id ?? null,
        found: false,
      };
    if (olderThan < 0) {
      throw new McpctlError('E_NOT_FOUND', `no backup "${want}" of ${target}`, {
        hint: backups.length
          ? `list them with "mcpctl backups"; the newest is ${backups[0]?.id}`
          : 'there are no backups yet',
      });
    }
  }
  const selected = (b: ScannedBackup, i: number) =>
    (sel.before === undefined || i > olderThan) && (!sel.containingSecrets || b.secrets.length > 0);
  const remove = backups.filter(selected);
  const keep = backups.filter((b, i) => !selected(b, i));
  const latest = backups[0];
  return {
    target,
    remove,
    keep,
    removesLatest: latest !== undefined && remove.includes(latest),
    rollbackAfter: keep[0]?.id ?? null,
    found: true,
  };
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
    const info = await fsp.lstat(path);
    // a planted link is removed itself: what it points to is never written
    if (info.isFile()) {
      const h = await fsp.open(path, constants.O_WRONLY | (constants.O_NOFOLLOW ?? 0));
      try {
        await h.write(new Uint8Array(info.size), 0, info.size, 0);
        await h.sync();
      } finally {
        await h.close();
      }
    }
    await fsp.unlink(path);
  } catch (e) {
    if (errno(e) === 'ENOENT') return;
    throw new McpctlError('E_INPUT', `cannot remove the backup ${path} (${errno(e) ?? 'error'})`, {
      hint: 'check the permissions of the backups folder, then run the prune again',
    });
  }
}

export interface LeftInBackups {
  /** Masked previews of the secrets the write removed from the target. */
  secrets: string[];
  /** The backups that still hold any of them, newest first, each with the previews of those it holds. */
  backups: Array<BackupInfo & { secrets: string[] }>;
}

/** After a write: the plaintext secrets it removed from the target, and the backups that still hold them. */
export async function secretsLeftInBackups(
  target: string,
  before: { text: string; servers: ReadonlyMap<string, Entry> },
  afterText: string,
): Promise<LeftInBackups | null> {
  // what the write removed lies where the two texts differ: only those lines are scanned (a 5 MB file is not)
  const { start, end } = changedLines(before.text, afterText, 0);
  const removed = secretsRemoved(secretValuesIn(before.text.slice(start, end), before.servers), afterText);
  if (!removed.length) return null;
  const backups: LeftInBackups['backups'] = [];
  for (const b of await listBackups(target)) {
    const text = await backupText(b);
    const held = text === null ? [] : removed.filter((v) => text.includes(v));
    if (held.length) backups.push({ ...b, secrets: previews(held) });
  }
  return backups.length ? { secrets: previews(removed), backups } : null;
}
