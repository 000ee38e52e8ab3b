// Backups of the target before every write, and the journal that says what wrote what.
// <dir>/.mcpctl/backups/<basename>/<id>.bak        exact bytes before the write (mode 0600)
// <dir>/.mcpctl/backups/<basename>/<id>.state.json  the state file as it was (which servers were managed)
// <dir>/.mcpctl/backups/<basename>/journal.jsonl    one line per write: time, sha256 before/after, tool, plan id
import { createHash } from 'node:crypto';
import { appendFile, mkdir, open, readFile, readdir, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { McpctlError } from '../core/errors.js';
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
}

export interface BackupInfo extends JournalEntry {
  path: string;
}

export const DEFAULT_KEEP = 10;

export function backupDir(target: string): string {
  return join(stateDir(target), 'backups', basename(target));
}

const journalPath = (target: string) => join(backupDir(target), 'journal.jsonl');

export function hashBytes(b: Uint8Array | string): string {
  return createHash('sha256').update(b).digest('hex');
}

/** Writes the backup of `before` (null: the target did not exist) and returns its journal entry (not yet appended). */
export async function writeBackup(
  target: string,
  before: Uint8Array | null,
  state: TargetState,
  meta: { action: JournalEntry['action']; tool: string; plan_id: string | null; now: Date },
): Promise<JournalEntry> {
  const dir = backupDir(target);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const id = `${meta.now.toISOString().replace(/[-:]/g, '').replace(/\.(\d{3})Z$/, '$1Z')}-${process.pid}`;
  const entry: JournalEntry = {
    id,
    time: meta.now.toISOString(),
    action: meta.action,
    existed: before !== null,
    size: before?.length ?? 0,
    sha256_before: before ? hashBytes(before) : null,
    sha256_after: null,
    tool: meta.tool,
    plan_id: meta.plan_id,
  };
  await writeDurable(join(dir, `${id}.bak`), before ?? new Uint8Array());
  await writeDurable(join(dir, `${id}.state.json`), `${JSON.stringify(state)}\n`);
  return entry;
}

export async function appendJournal(target: string, entry: JournalEntry): Promise<void> {
  await appendFile(journalPath(target), `${JSON.stringify(entry)}\n`, { mode: 0o600 });
}

export async function readJournal(target: string): Promise<JournalEntry[]> {
  let text: string;
  try {
    text = await readFile(journalPath(target), 'utf8');
  } catch (e) {
    if (errno(e) === 'ENOENT') return [];
    throw new McpctlError('E_INPUT', `cannot read the backup journal of ${target}`, { hint: `check ${journalPath(target)}` });
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
  return typeof v === 'object' && v !== null && 'id' in v && typeof v.id === 'string' && 'time' in v && 'sha256_after' in v;
}

/** Backups that still exist, newest first. */
export async function listBackups(target: string): Promise<BackupInfo[]> {
  const dir = backupDir(target);
  const entries = await readJournal(target);
  let files: Set<string>;
  try {
    files = new Set(await readdir(dir));
  } catch {
    files = new Set();
  }
  return entries
    .filter((e) => files.has(`${e.id}.bak`))
    .map((e) => ({ ...e, path: join(dir, `${e.id}.bak`) }))
    .reverse();
}

export async function readBackup(info: BackupInfo): Promise<{ bytes: Uint8Array; state: TargetState | null }> {
  const bytes = await readFile(info.path);
  if (hashBytes(bytes) !== (info.sha256_before ?? hashBytes(''))) {
    throw new McpctlError('E_INPUT', `backup ${info.id} does not match its journal (sha256 differs)`, { hint: 'it was changed or damaged; choose another with --to ID' });
  }
  let state: TargetState | null = null;
  try {
    state = JSON.parse(await readFile(info.path.replace(/\.bak$/, '.state.json'), 'utf8'));
  } catch {
    state = null;
  }
  return { bytes, state };
}

/** Keeps the newest `keep` backups, removes older files (journal lines stay as history). */
export async function rotateBackups(target: string, keep: number): Promise<void> {
  const all = await listBackups(target);
  for (const old of all.slice(Math.max(keep, 1))) {
    await unlink(old.path).catch(() => undefined);
    await unlink(old.path.replace(/\.bak$/, '.state.json')).catch(() => undefined);
  }
}

async function writeDurable(path: string, data: Uint8Array | string): Promise<void> {
  const h = await open(path, 'w', 0o600);
  try {
    await h.writeFile(data);
    await h.sync();
  } finally {
    await h.close();
  }
}

export async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}
