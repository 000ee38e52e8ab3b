// Backups of the target before every write, and the journal that says what wrote what.
// <dir>/.mcpctl/backups/<basename>/<id>.bak        exact bytes before the write (mode 0600)
// <dir>/.mcpctl/backups/<basename>/<id>.state.json  the state file as it was (which servers were managed)
// <dir>/.mcpctl/backups/<basename>/journal.jsonl    one line per write: time, sha256 before/after, tool, plan id
import { promises as fsp } from 'node:fs';
import { basename, join } from 'node:path';
import { sha256Hex } from '../core/sha256.js';
import { McpctlError } from '../core/errors.js';
import { fileError, openNoFollow, refuseSymlinks } from './no-follow.js';
import { errno } from './read.js';
import { stateDir } from './state.js';
import type { TargetState } from './state.js';

export interface JournalEntry {
  id: string;
  time: string;
  action: 'apply' | 'rollback';
  /** Did the target exist before the write? If not, restoring this backup removes it. */
  existed: boolean;
  size: number;
  sha256_before: string | null;
  sha256_after: string | null;
  tool: string;
  plan_id: string | null;
  /** Every file this apply wrote (each has an entry of the same id): rollback restores them together. */
  files?: string[];
}

export interface BackupInfo extends JournalEntry {
  path: string;
}

export const DEFAULT_KEEP = 10;

function backupDir(target: string): string {
  return join(stateDir(target), 'backups', basename(target));
}

const journalPath = (target: string) => join(backupDir(target), 'journal.jsonl');

/** .mcpctl, its backups folder, the target's backup folder (and `file` in it) must not be symlinks. */
async function refuseLinks(target: string, file?: string): Promise<void> {
  const dir = backupDir(target);
  await refuseSymlinks([stateDir(target), join(stateDir(target), 'backups'), dir, ...(file ? [join(dir, file)] : [])]);
}

/** Writes the backup of `before` (null: the target did not exist) and returns its journal entry (not yet appended). */
export async function writeBackup(
  target: string,
  before: Uint8Array | null,
  state: TargetState,
  meta: {
    action: JournalEntry['action'];
    tool: string;
    plan_id: string | null;
    now: Date;
    files?: string[] | undefined;
    /** The digest of `before` when the caller has it already. */
    sha256?: string | null;
  },
): Promise<JournalEntry> {
  const dir = backupDir(target);
  await refuseLinks(target);
  try {
    await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    throw fileError(dir, e, 'create');
  }
  const id = `${meta.now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.(\d{3})Z$/, '$1Z')}-${process.pid}`;
  const entry: JournalEntry = {
    id,
    time: meta.now.toISOString(),
    action: meta.action,
    existed: before !== null,
    size: before?.length ?? 0,
    sha256_before: before ? (meta.sha256 ?? sha256Hex(before)) : null,
    sha256_after: null,
    tool: meta.tool,
    plan_id: meta.plan_id,
    ...(meta.files && meta.files.length > 1 ? { files: meta.files } : {}),
  };
  try {
    await writeDurable(join(dir, `${id}.bak`), before ?? new Uint8Array());
    await writeDurable(join(dir, `${id}.state.json`), `${JSON.stringify(state)}\n`);
  } catch (e) {
    await dropBackup(target, id).catch(() => undefined);
    throw e;
  }
  return entry;
}

/** Appends the entry durably; returns the journal's size before it (see truncateJournal). */
export async function appendJournal(target: string, entry: JournalEntry): Promise<number> {
  const path = journalPath(target);
  await refuseLinks(target, 'journal.jsonl');
  let h;
  try {
    h = await openNoFollow(path, 'a');
  } catch (e) {
    throw fileError(path, e, 'write');
  }
  let size = 0;
  try {
    size = (await h.stat()).size;
    await h.writeFile(`${JSON.stringify(entry)}\n`);
    await h.sync();
  } catch (e) {
    await h.truncate(size).catch(() => undefined); // no torn line left behind
    throw fileError(path, e, 'write');
  } finally {
    await h.close().catch(() => undefined);
  }
  return size;
}

/** Takes back the entries appended after the journal had `size` bytes (an apply that was undone). */
export async function truncateJournal(target: string, size: number): Promise<void> {
  await refuseLinks(target, 'journal.jsonl');
  if (size === 0) await fsp.unlink(journalPath(target));
  else await fsp.truncate(journalPath(target), size);
}

/** Removes one backup's files (an apply that was undone before it wrote anything). */
export async function dropBackup(target: string, id: string): Promise<void> {
  await refuseLinks(target);
  const dir = backupDir(target);
  await fsp.unlink(join(dir, `${id}.bak`)).catch(() => undefined);
  await fsp.unlink(join(dir, `${id}.state.json`)).catch(() => undefined);
}

async function readJournal(target: string): Promise<JournalEntry[]> {
  await refuseLinks(target, 'journal.jsonl');
  let text: string;
  try {
    text = await fsp.readFile(journalPath(target), 'utf8');
  } catch (e) {
    if (errno(e) === 'ENOENT') return [];
    throw new McpctlError('E_INPUT', `cannot read the backup journal of ${target}`, {
      hint: `check ${journalPath(target)}`,
    });
  }
  const out: JournalEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const v: unknown = JSON.parse(line);
      if (isEntry(v)) out.push(v);
    } catch {
      // a torn last line after a crash: skip it
    }
  }
  return out;
}

function isEntry(v: unknown): v is JournalEntry {
  return (
    typeof v === 'object' && v !== null && 'id' in v && typeof v.id === 'string' && 'time' in v && 'sha256_after' in v
  );
}

/** Backups that still exist, newest first. */
export async function listBackups(target: string): Promise<BackupInfo[]> {
  const dir = backupDir(target);
  const entries = await readJournal(target);
  let files: Set<string>;
  try {
    files = new Set(await fsp.readdir(dir));
  } catch {
    files = new Set();
  }
  return entries
    .filter((e) => files.has(`${e.id}.bak`))
    .map((e) => ({ ...e, path: join(dir, `${e.id}.bak`) }))
    .reverse();
}

export async function readBackup(info: BackupInfo): Promise<{ bytes: Uint8Array; state: TargetState | null }> {
  const bytes = await fsp.readFile(info.path);
  if (sha256Hex(bytes) !== (info.sha256_before ?? sha256Hex(''))) {
    throw new McpctlError('E_INPUT', `backup ${info.id} does not match its journal (sha256 differs)`, {
      hint: 'it was changed or damaged; choose another with --to ID',
    });
  }
  let state: TargetState | null = null;
  try {
    state = JSON.parse(await fsp.readFile(info.path.replace(/\.bak$/, '.state.json'), 'utf8'));
  } catch {
    state = null;
  }
  return { bytes, state };
}

/** Keeps the newest `keep` backups, removes older files (journal lines stay as history). */
export async function rotateBackups(target: string, keep: number): Promise<void> {
  const all = await listBackups(target);
  for (const old of all.slice(Math.max(keep, 1))) {
    await fsp.unlink(old.path).catch(() => undefined);
    await fsp.unlink(old.path.replace(/\.bak$/, '.state.json')).catch(() => undefined);
  }
}

async function writeDurable(path: string, data: Uint8Array | string): Promise<void> {
  try {
    const h = await openNoFollow(path, 'w');
    try {
      await h.writeFile(data);
      await h.sync();
    } finally {
      await h.close();
    }
  } catch (e) {
    await fsp.unlink(path).catch(() => undefined); // a half-written backup is worse than none
    throw fileError(path, e, 'write');
  }
}
