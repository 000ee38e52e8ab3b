// An exclusive lock beside the target, so two applies never interleave.
// The lock file holds the holder's pid, host and start time. A lock whose holder is gone (same host,
// pid not running) is stale and is taken over; the take-over renames the stale file first, so two
// processes recovering the same stale lock cannot both win. The calls are the synchronous ones: each waits
// for the one before it anyway (an apply takes a lock per file, one after the other).
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { McpctlError } from '../core/errors.js';
import { processAlive, quietly, randomHex } from './atomic-write.js';
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
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
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
  sweepLeftovers(path);
  const draft = `${path}.${process.pid}-${info.nonce}`;
  try {
    writeDraft(draft, info);
  } catch (e) {
    quietly(() => unlinkSync(draft));
    throw fileError(path, e, 'create the lock');
  }
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(draft, path);
        return { path, release: () => releaseLock(path, info.nonce) };
      } catch (e) {
        if (errno(e) !== 'EEXIST') throw fileError(path, e, 'create the lock');
      }
      const holder = readHolder(path);
      if (holder && isLive(holder)) throw lockedError(path, holder);
      removeStale(path, holder);
    }
  } finally {
    quietly(() => unlinkSync(draft));
  }
  const holder = readHolder(path);
  throw lockedError(path, holder);
}

/**
 * What runs killed before they cleaned up left at this lock (its drafts, set-aside locks, and the lock itself
 * when its holder is gone), without taking it: an apply with nothing to write tidies its targets too. A lock
 * of a live process, or one whose holder cannot be read, stays.
 */
export async function clearStaleLock(path: string): Promise<void> {
  sweepLeftovers(path);
  const holder = readHolder(path);
  if (holder !== null && !isLive(holder)) quietly(() => removeStale(path, holder));
}

/** Drafts and set-aside stale locks of processes that died (SIGKILL) before cleaning up. */
function sweepLeftovers(path: string): void {
  const dir = dirname(path);
  const prefix = `${basename(path)}.`;
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(?:stale-)?(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length));
    if (m && !processAlive(Number(m[1]))) quietly(() => unlinkSync(join(dir, name)));
  }
}

function writeDraft(path: string, info: LockInfo): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeFileSync(fd, `${JSON.stringify(info)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

async function releaseLock(path: string, nonce: string): Promise<void> {
  const holder = readHolder(path);
  if (holder?.nonce === nonce) quietly(() => unlinkSync(path));
}

function readHolder(path: string): LockInfo | null {
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
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

function removeStale(path: string, seen: LockInfo | null): void {
  const aside = `${path}.stale-${process.pid}-${randomHex(4)}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // someone else removed or replaced it first; try again
  }
  const moved = readHolder(aside);
  if (seen && moved && moved.nonce !== seen.nonce && isLive(moved)) {
    // we moved a fresh lock taken after we looked: put it back
    quietly(() => linkSync(aside, path));
  }
  if (!seen && moved && isLive(moved)) {
    quietly(() => linkSync(aside, path));
  }
  quietly(() => unlinkSync(aside));
}

function lockedError(path: string, h: LockInfo | null): McpctlError {
  const who = h ? `process ${h.pid} on ${h.host} (${h.command}, since ${h.started_at})` : 'another process';
  return new McpctlError('E_LOCKED', `the target is locked by ${who}`, {
    hint: `wait for it to finish and run the command again; if no mcpctl is running, remove ${path}`,
  });
}
