// Everything a probe starts, found and killed: the process group of each child (servers, headers helpers),
// and on Linux also what escapes the group. Descendants that moved to a session of their own (setsid,
// `detached`) are followed by their parent chain (/proc/*/stat) while they live: polled (often at first,
// when servers daemonize, then every second) and read again when the child is killed. Any process that
// still holds one of the child's pipes after the child is gone inherited it: found through /proc/*/fd.
// Each process is known by pid and start time, so a reused pid is never signalled. Whatever is still
// alive when mcpctl exits, or is interrupted (killAllSync), is killed then.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import type { ChildProcess } from 'node:child_process';

/** When to look for new descendants after a child starts (ms), then every POLL_MS. */
const FIRST_POLLS = [50, 200, 500];
const POLL_MS = 1000;
const STOP_ROUNDS = 5;

interface ProcInfo {
  ppid: number;
  start: string;
}
type ProcTable = Map<number, ProcInfo>;

export interface Tracked {
  /** The child's pid: the leader of its own process group (it was spawned `detached`). */
  readonly root: number;
  /** The root and its descendants seen so far: pid → start time. */
  readonly pids: Map<number, string>;
  /** Link texts of the child's own stdio fds (`socket:[ino]` or `pipe:[ino]`): whoever holds one inherited it. */
  readonly pipes: Set<string>;
  timer: NodeJS.Timeout | null;
}

const live = new Set<Tracked>();
let exitHookInstalled = false;
const procfs = process.platform === 'linux';

/** Starts following a child spawned with `detached: true` (its own process group). */
export function track(child: ChildProcess): Tracked | null {
  const pid = child.pid;
  if (pid === undefined) return null;
  installExitHook();
  const t: Tracked = { root: pid, pids: new Map(), pipes: new Set(), timer: null };
  live.add(t);
  if (!procfs) return t;
  const info = readStat(pid);
  if (info) t.pids.set(pid, info.start);
  // the child's ends of its stdio (spawn returns after exec, so they are still the ones mcpctl made)
  for (const fd of [0, 1, 2]) {
    const link = fdLink(pid, fd);
    if (link !== null && /^(pipe|socket):\[/.test(link)) t.pipes.add(link);
  }
  schedule(t, 0);
  return t;
}

function schedule(t: Tracked, n: number): void {
  t.timer = setTimeout(() => {
    void procTable().then((table) => {
      if (!live.has(t)) return;
      refresh(t, table);
      schedule(t, n + 1);
    });
  }, FIRST_POLLS[n] ?? POLL_MS);
  t.timer.unref();
}

/** SIGTERM to the group and every descendant seen so far (the polite first step of a close). */
export function terminate(t: Tracked): void {
  signalGroup(t.root, 'SIGTERM');
  for (const [pid, start] of t.pids) signalIfSame(pid, start, 'SIGTERM');
}

/** Stops, then kills the group and every descendant, those in sessions of their own included. */
export async function killTree(t: Tracked): Promise<void> {
  const stopped = new Set<number>();
  for (let round = 0; round < STOP_ROUNDS; round++) {
    refresh(t, await procTable());
    const fresh = [...t.pids].filter(([pid]) => !stopped.has(pid));
    // stopped processes cannot start more while the rest are found; a second look only when there are any
    signalGroup(t.root, 'SIGSTOP');
    for (const [pid, start] of fresh) {
      signalIfSame(pid, start, 'SIGSTOP');
      stopped.add(pid);
    }
    if (!fresh.some(([pid]) => pid !== t.root)) break;
  }
  killKnown(t);
}

/**
 * Kills whoever still holds one of the child's pipes (and what they started): for when the pipes stay open
 * after the child is gone. Reads every process's file descriptors, so only called then.
 */
export function killPipeHolders(t: Tracked): void {
  const table = procTableSync();
  for (const [pid, start] of pipeHolders(t, table)) t.pids.set(pid, start);
  refresh(t, table);
  killKnown(t);
}

/** Stops following the child. */
export function release(t: Tracked): void {
  if (t.timer !== null) clearTimeout(t.timer);
  live.delete(t);
}

/** True while a process of the child's group is alive. */
export function groupAlive(t: Tracked): boolean {
  return signalGroup(t.root, 0);
}

/** Kills everything every probe started (on exit, SIGINT, SIGTERM): synchronous. */
export function killAllSync(): void {
  for (const t of [...live]) {
    refresh(t, procTableSync());
    killPipeHolders(t);
    release(t);
  }
}

function killKnown(t: Tracked): void {
  signalGroup(t.root, 'SIGKILL');
  for (const [pid, start] of t.pids) signalIfSame(pid, start, 'SIGKILL');
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', killAllSync);
}

/** Adds every process whose parent chain reaches a known one; forgets known ones that are gone. */
function refresh(t: Tracked, table: ProcTable): void {
  if (!table.size) return;
  for (const [pid, start] of t.pids) if (table.get(pid)?.start !== start) t.pids.delete(pid);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, info] of table) {
      if (t.pids.has(pid) || pid === process.pid || !t.pids.has(info.ppid)) continue;
      t.pids.set(pid, info.start);
      grew = true;
    }
  }
}

/** Processes (other than mcpctl) with a file descriptor on one of the child's pipes: they inherited it. */
function pipeHolders(t: Tracked, table: ProcTable): Array<[number, string]> {
  if (!t.pipes.size) return [];
  const out: Array<[number, string]> = [];
  for (const [pid, info] of table) {
    if (pid === process.pid || t.pids.has(pid)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // another user's process, or gone
    }
    if (fds.some((fd) => t.pipes.has(fdLink(pid, Number(fd)) ?? ''))) out.push([pid, info.start]);
  }
  return out;
}

/** pid → parent and start time, for every process (empty where there is no /proc). */
async function procTable(): Promise<ProcTable> {
  const table: ProcTable = new Map();
  if (!procfs) return table;
  let names: string[];
  try {
    names = (await readdir('/proc')).filter((n) => /^\d+$/.test(n));
  } catch {
    return table;
  }
  const texts = await Promise.all(names.map((n) => readFile(`/proc/${n}/stat`, 'latin1').catch(() => '')));
  names.forEach((n, i) => {
    const info = parseStat(texts[i] ?? '');
    if (info) table.set(Number(n), info);
  });
  return table;
}

function procTableSync(): ProcTable {
  const table: ProcTable = new Map();
  if (!procfs) return table;
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return table;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const info = readStat(Number(name));
    if (info) table.set(Number(name), info);
  }
  return table;
}

function readStat(pid: number): ProcInfo | null {
  try {
    return parseStat(readFileSync(`/proc/${pid}/stat`, 'latin1'));
  } catch {
    return null;
  }
}

/** "pid (comm) state ppid pgrp session … starttime (the 22nd field)": comm may hold spaces and parentheses. */
function parseStat(text: string): ProcInfo | null {
  const close = text.lastIndexOf(')');
  if (close === -1) return null;
  const fields = text.slice(close + 2).split(' ');
  const ppid = Number(fields[1]);
  const start = fields[19];
  if (!Number.isInteger(ppid) || start === undefined) return null;
  return { ppid, start };
}

function signalIfSame(pid: number, start: string, signal: NodeJS.Signals): void {
  if (procfs && readStat(pid)?.start !== start) return;
  try {
    process.kill(pid, signal);
  } catch {
    // gone
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // ESRCH: nobody left in the group
  }
}

function fdLink(pid: number, fd: number): string | null {
  try {
    return readlinkSync(`/proc/${pid}/fd/${fd}`);
  } catch {
    return null;
  }
}
