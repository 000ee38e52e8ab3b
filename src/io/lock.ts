// An exclusive lock beside the target, so two applies never interleave.
// The lock file holds the holder's pid, host and start time. A lock whose holder is gone (same host,
// pid not running) is stale and is taken over; the take-over renames the stale file first, so two
// processes recovering the same stale lock cannot both win.
import { promises as fsp, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { McpctlError } from '../core/errors.js';
import { processAlive, randomHex } from './atomic-write.js';
import { fileError, refuseSymlinks } from './no-follow.js';
import { errno } from './read.js';

export interface LockInfo {
  pid: number;
  host: string;
  started_at: string;
  command: string;
  nonce: string;
}

export interface Lock {
  path: string;
  release(): Promise<void>;
}

export async function acquireLock(path: string, command: string): Promise<Lock> {
  // a symlinked folder would put the lock (and what is written beside it) somewhere else
  await refuseSymlinks([dirname(path)]);
  try {
    await fsp.mkdir(dirname(path), { recursive: true, mode: 0o700 });
  } catch (e) {
    throw fileError(dirname(path), e, 'create');
  }
  const info: LockInfo = {
    pid: process.pid,
    host: hostname(),
    started_at: new Date().toISOString(),
    command,
    nonce: randomHex(8),
  };
  // The lock appears complete or not at all: its content is written to a private file first, then
  // hard-linked into place (link fails if the lock exists).
  await sweepLeftovers(path);
  const draft = `${path}.${process.pid}-${info.nonce}`;
  try {
    await writeDraft(draft, info);
  } catch (e) {
    await fsp.unlink(draft).catch(() => undefined);
    throw fileError(path, e, 'create the lock');
  }
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await fsp.link(draft, path);
        return { path, release: () => releaseLock(path, info.nonce) };
      } catch (e) {
        if (errno(e) !== 'EEXIST') throw fileError(path, e, 'create the lock');
      }
      const holder = await readHolder(path);
      if (holder && isLive(holder)) throw lockedError(path, holder);
      await removeStale(path, holder);
    }
  } finally {
    await fsp.unlink(draft).catch(() => undefined);
  }
  const holder = await readHolder(path);
  throw lockedError(path, holder);
}

/**
 * What runs killed before they cleaned up left at this lock (its drafts, set-aside locks, and the lock itself
 * when its holder is gone), without taking it: an apply with nothing to write tidies its targets too. A lock
 * of a live process, or one whose holder cannot be read, stays.
 */
export async function clearStaleLock(path: string): Promise<void> {
  await sweepLeftovers(path);
  const holder = await readHolder(path);
  if (holder !== null && !isLive(holder)) await removeStale(path, holder).catch(() => undefined);
}

/** Drafts and set-aside stale locks of processes that died (SIGKILL) before cleaning up. */
async function sweepLeftovers(path: string): Promise<void> {
  const dir = dirname(path);
  const prefix = `${basename(path)}.`;
  let names: string[] = [];
  try {
    names = await fsp.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(?:stale-)?(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length));
    if (m && !processAlive(Number(m[1]))) await fsp.unlink(join(dir, name)).catch(() => undefined);
  }
}

async function writeDraft(path: string, info: LockInfo): Promise<void> {
  const h = await fsp.open(path, 'wx', 0o600);
  try {
    await h.writeFile(`${JSON.stringify(info)}\n`);
    await h.sync();
  } finally {
    await h.close();
  }
}

async function releaseLock(path: string, nonce: string): Promise<void> {
  const holder = await readHolder(path);
  if (holder?.nonce === nonce) await fsp.unlink(path).catch(() => undefined);
}

async function readHolder(path: string): Promise<LockInfo | null> {
  try {
    const data: unknown = JSON.parse(await fsp.readFile(path, 'utf8'));
    if (
      typeof data === 'object' &&
      data !== null &&
      'pid' in data &&
      typeof data.pid === 'number' &&
      'nonce' in data &&
      typeof data.nonce === 'string'
    ) {
      const d: Record<string, unknown> = { ...data };
      return {
        pid: data.pid,
        nonce: data.nonce,
        host: typeof d['host'] === 'string' ? d['host'] : '',
        started_at: typeof d['started_at'] === 'string' ? d['started_at'] : '',
        command: typeof d['command'] === 'string' ? d['command'] : '',
      };
    }
    return null;
  } catch {
    // missing, or half-written by a holder that is creating it right now / died while creating it
    return null;
  }
}

function isLive(h: LockInfo): boolean {
  if (h.host !== hostname()) return true; // cannot tell for another machine: assume it runs
  if (!processAlive(h.pid)) return false;
  // a pid can be reused by an unrelated program: on Linux, check it is a node process
  try {
    const cmdline = readFileSync(`/proc/${h.pid}/cmdline`, 'utf8');
    return /node|mcpctl/.test(cmdline);
  } catch {
    return true;
  }
}

async function removeStale(path: string, seen: LockInfo | null): Promise<void> {
  const aside = `${path}.stale-${process.pid}-${randomHex(4)}`;
  try {
    await fsp.rename(path, aside);
  } catch {
    return; // someone else removed or replaced it first; try again
  }
  const moved = await readHolder(aside);
  if (seen && moved && moved.nonce !== seen.nonce && isLive(moved)) {
    // we moved a fresh lock taken after we looked: put it back
    await fsp.link(aside, path).catch(() => undefined);
  }
  if (!seen && moved && isLive(moved)) {
    await fsp.link(aside, path).catch(() => undefined);
  }
  await fsp.unlink(aside).catch(() => undefined);
}

function lockedError(path: string, h: LockInfo | null): McpctlError {
  const who = h ? `process ${h.pid} on ${h.host} (${h.command}, since ${h.started_at})` : 'another process';
  return new McpctlError('E_LOCKED', `the target is locked by ${who}`, {
    hint: `wait for it to finish and run the command again; if no mcpctl is running, remove ${path}`,
  });
}
