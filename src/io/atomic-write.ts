// Atomic file replacement: temp file in the same folder, fsync, rename over the target, fsync the folder.
// Keeps the target's mode and owner; a new file gets `mode` (0600 by default). A symlinked target stays a
// symlink: the file it points to is replaced. A crash leaves either the old or the new bytes, plus at most
// a temp file that the next write cleans up.
// The calls are the synchronous ones: each waits for the one before it anyway, and going through libuv's
// thread pool cost each call ~60 µs more (a write makes about a dozen: ~1 ms of every file an apply writes).
import * as fs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { McpctlError } from '../core/errors.js';
import { errno } from './read.js';

export interface WriteOptions {
  /** Mode for a new file. An existing file keeps its own. */
  mode?: number;
  /**
   * Called with the new bytes on disk in the temp file, right before the rename: a throw leaves the target
   * untouched (the temp file is removed). For a last check that no other program wrote the target meanwhile.
   */
  beforeRename?: () => Promise<void>;
}

const TEMP_MARK = '.mcpctl-tmp-';

export async function writeFileAtomic(path: string, data: string | Uint8Array, opts: WriteOptions = {}): Promise<void> {
  const target = resolveLinks(resolve(path));
  const dir = dirname(target);
  let mode = opts.mode ?? 0o600;
  let owner: { uid: number; gid: number } | undefined;
  try {
    const st = fs.statSync(target);
    if (!st.isFile())
      throw new McpctlError('E_INPUT', `${target} is not a regular file`, {
        hint: 'point to a file, not a folder or device',
      });
    mode = st.mode & 0o7777;
    owner = { uid: st.uid, gid: st.gid };
  } catch (e) {
    if (e instanceof McpctlError) throw e;
    if (errno(e) !== 'ENOENT') throw writeError(target, e);
  }
  cleanStaleTemps(dir, basename(target));
  const temp = join(dir, `.${basename(target)}${TEMP_MARK}${process.pid}-${randomHex(4)}`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', mode);
  } catch (e) {
    throw writeError(target, e);
  }
  try {
    fs.writeFileSync(fd, data);
    fs.fchmodSync(fd, mode);
    if (owner && process.getuid?.() === 0) quietly(() => fs.fchownSync(fd as number, owner.uid, owner.gid));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    await opts.beforeRename?.();
    fs.renameSync(temp, target);
  } catch (e) {
    if (fd !== undefined) quietly(() => fs.closeSync(fd as number));
    quietly(() => fs.unlinkSync(temp));
    throw e instanceof McpctlError ? e : writeError(target, e);
  }
  syncDir(dir);
}

/** Follows symlinks (relative or absolute) to the file that should be written. */
function resolveLinks(path: string): string {
  let current = path;
  for (let hops = 0; hops < 32; hops++) {
    let st;
    try {
      st = fs.lstatSync(current);
    } catch (e) {
      if (errno(e) === 'ENOENT') return current;
      throw writeError(current, e);
    }
    if (!st.isSymbolicLink()) return current;
    current = resolve(dirname(current), fs.readlinkSync(current));
  }
  throw new McpctlError('E_INPUT', `${path} is a symlink loop`, { hint: 'fix the link so it points to a file' });
}

function syncDir(dir: string): void {
  // some filesystems cannot fsync a folder; the rename is still atomic there
  quietly(() => {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  });
}

/** The temp files of `path` (its links followed) that a process killed while writing it left behind. */
export async function sweepStaleTemps(path: string): Promise<void> {
  let target: string;
  try {
    target = resolveLinks(resolve(path));
  } catch {
    target = resolve(path);
  }
  cleanStaleTemps(dirname(target), basename(target));
}

/** Removes temp files of this target left by a process that no longer runs. */
function cleanStaleTemps(dir: string, base: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  const prefix = `.${base}${TEMP_MARK}`;
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && !processAlive(pid)) quietly(() => fs.unlinkSync(join(dir, name)));
  }
}

/** Runs a clean-up step whose failure changes nothing for the caller (another process may have done it). */
export function quietly(step: () => void): void {
  try {
    step();
  } catch {
    // (best effort)
  }
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errno(e) === 'EPERM';
  }
}

function writeError(path: string, e: unknown): McpctlError {
  const code = errno(e);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new McpctlError(
      'E_INPUT',
      `cannot write ${path}: ${code === 'EROFS' ? 'read-only file system' : 'permission denied'}`,
      { hint: 'check the permissions of the file and its folder; nothing was changed' },
    );
  }
  if (code === 'ENOENT')
    return new McpctlError('E_INPUT', `cannot write ${path}: its folder does not exist`, {
      hint: 'create the folder first; nothing was changed',
    });
  if (code === 'ENOSPC')
    return new McpctlError('E_INPUT', `cannot write ${path}: no space left on the device`, {
      hint: 'free some space; nothing was changed',
    });
  return new McpctlError('E_INPUT', `cannot write ${path} (${code ?? String(e)})`, { hint: 'nothing was changed' });
}

/**
 * `bytes` random bytes in hex, for temp and lock names. node:crypto is loaded by the first write or lock, not by
 * every module that imports this one: a plan writes nothing.
 */
export function randomHex(bytes: number): string {
  return process.getBuiltinModule('node:crypto').randomBytes(bytes).toString('hex');
}
