// The files `mcpctl scan PATH...` reads: named files, and folders walked recursively (skipping .git,
// node_modules and symlinks to folders); then each file's bytes, read by whichever scanning thread
// takes it (app/scan-pool.ts bounds how many run at once). What cannot be scanned is a note, never a
// crash: binaries, files over --max-bytes, fifos and sockets, broken symlinks, files deleted or
// changed while the scan runs.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { McpctlError } from '../core/errors.js';

export interface ScanEntry {
  /** Absolute path, to read. */
  path: string;
  /** As reported: relative to the working directory, with `/`. */
  file: string;
  /** Named on the command line (an unreadable named file is an error, not a note). */
  named: boolean;
}

export interface Skip {
  file: string;
  reason: string;
  /** `unreadable`: the file is there but could not be read; the rest are expected and harmless (`vanished`: deleted or changed while the scan ran). */
  kind: 'binary' | 'too-large' | 'special' | 'vanished' | 'unreadable';
}

const SKIP_DIRS = new Set(['.git', 'node_modules']);
/** A NUL byte in this many leading bytes marks a binary file (as git decides). */
export const BINARY_PROBE = 8192;

/**
 * The files to scan, deduplicated and sorted; a named path that does not exist is E_NOT_FOUND.
 * Synchronous calls throughout: a tree of many small folders is walked several times faster than
 * with one promise round trip per folder, and nothing else runs meanwhile.
 */
export function listFiles(paths: readonly string[], cwd: string): { entries: ScanEntry[]; skipped: Skip[] } {
  const entries = new Map<string, ScanEntry>();
  const skipped: Skip[] = [];
  const show = (abs: string) => {
    const rel = relative(cwd, abs);
    return (rel === '' ? '.' : rel).split(sep).join('/');
  };
  // folders to walk, and each one as shown: a child is shown as its folder's name plus its own, with no
  // path.relative per file
  const dirs: string[] = [];
  const shownDirs: string[] = [];
  for (const named of paths.length ? paths : ['.']) {
    const abs = resolve(cwd, named);
    let st;
    try {
      st = statSync(abs);
    } catch (e) {
      if (_errno(e) === 'ENOENT' && _isLink(abs)) {
        skipped.push({ file: show(abs), reason: 'broken symlink', kind: 'special' });
        continue;
      }
      if (_errno(e) === 'ENOENT' || _errno(e) === 'ENOTDIR') {
        throw new McpctlError('E_NOT_FOUND', `${named} does not exist`, {
          hint: 'name files or folders to scan, or none for the current folder',
        });
      }
      throw new McpctlError('E_INPUT', `cannot read ${named} (${_errno(e) ?? 'unknown error'})`, {
        hint: 'check the path and its permissions',
      });
    }
    if (st.isDirectory()) {
      dirs.push(abs);
      shownDirs.push(show(abs));
    } else if (st.isFile()) entries.set(abs, { path: abs, file: show(abs), named: true });
    else skipped.push({ file: show(abs), reason: 'not a regular file', kind: 'special' });
  }
  // Breadth-first; `dirs` only grows at its end, so reading it by index keeps the walk linear.
  for (let i = 0; i < dirs.length; i++) {
    const dir = dirs[i];
    const shownDir = shownDirs[i];
    if (dir === undefined || shownDir === undefined) continue;
    // a folder outside the working directory (`..`) may hold it again: there, path.relative says best
    const outside = shownDir === '..' || shownDir.startsWith('../') || isAbsolute(shownDir);
    const showChild = (name: string) =>
      outside ? show(join(dir, name)) : shownDir === '.' ? name : `${shownDir}/${name}`;
    let list: Dirent[];
    try {
      list = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      skipped.push({
        file: shownDir,
        reason: `folder not readable (${_errno(e) ?? 'unknown error'})`,
        kind: 'unreadable',
      });
      continue;
    }
    for (const d of list) {
      const abs = join(dir, d.name);
      if (d.isDirectory()) {
        if (!SKIP_DIRS.has(d.name)) {
          dirs.push(abs);
          shownDirs.push(showChild(d.name));
        }
      } else if (d.isFile()) {
        if (!entries.has(abs)) entries.set(abs, { path: abs, file: showChild(d.name), named: false });
      } else if (d.isSymbolicLink()) {
        const target = _statOrNull(abs);
        if (target === null) skipped.push({ file: showChild(d.name), reason: 'broken symlink', kind: 'special' });
        else if (target.isFile() && !entries.has(abs))
          entries.set(abs, { path: abs, file: showChild(d.name), named: false });
        // a symlink to a folder is not followed: it may loop, or leave the tree
      } else {
        skipped.push({
          file: showChild(d.name),
          reason: 'not a regular file (fifo, socket or device)',
          kind: 'special',
        });
      }
    }
  }
  const sorted = [...entries.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { entries: sorted, skipped };
}

function _statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function _isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** A Node error's code (`ENOENT`…). Not io/read.ts's: importing that loads fs/promises, on the hook's path. */
function _errno(e: unknown): string | undefined {
  return e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}

/**
 * One file's bytes, or why it is skipped. Synchronous: for thousands of small files open/fstat/read/
 * close cost a sixth of what the callback API costs on the thread that also scans (measured: 64 ms
 * against 210 ms for 5,000 files), and the scan spreads files over worker threads for concurrency.
 */
export function readScanFile(entry: ScanEntry, maxBytes: number): Buffer | Skip {
  const skip = (kind: Skip['kind'], reason: string): Skip => ({ file: entry.file, reason, kind });
  const failed = (e: unknown) => skip('unreadable', `not readable (${_errno(e) ?? 'unknown error'})`);
  let fd: number;
  try {
    // O_NONBLOCK: a file swapped for a fifo after the walk must not block the scan.
    fd = openSync(entry.path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = _errno(e);
    if (code === 'ENOENT') return skip('vanished', 'deleted while the scan ran');
    return code === 'EACCES' || code === 'EPERM' ? skip('unreadable', 'permission denied') : failed(e);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return skip('special', 'not a regular file');
    if (st.size > maxBytes) return skip('too-large', _tooLarge(st.size, maxBytes));
    // One byte more than the size: a file that grew since fstat is noticed, not cut short.
    const buf = Buffer.allocUnsafe(st.size + 1);
    let got = 0;
    for (let n = 1; n > 0 && got < buf.length; got += n) n = readSync(fd, buf, got, buf.length - got, null);
    if (got > st.size) return skip('vanished', 'changed while the scan ran');
    const bytes = buf.subarray(0, got);
    return bytes.subarray(0, BINARY_PROBE).includes(0)
      ? skip('binary', 'binary (a NUL byte in the first 8 KB)')
      : bytes;
  } catch (e) {
    return failed(e);
  } finally {
    closeSync(fd);
  }
}

function _tooLarge(size: number, max: number): string {
  return `${size} bytes, over --max-bytes ${max}`;
}
