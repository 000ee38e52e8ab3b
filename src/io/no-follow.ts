// mcpctl's own files (.mcpctl/: state, lock, backups, journal) never follow a symlink: a link planted
// there would make mcpctl write, append or delete somewhere else. The target itself may be a symlink
// (atomic-write.ts follows it on purpose); the folder beside it is ours and must be real.
import { constants, lstatSync, promises as fsp } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { McpctlError } from '../core/errors.js';
import { errno } from './read.js';

/** Refuses when any of `paths` (checked in order, usually a folder and what is below it) is a symlink.
 *  Stops at the first that does not exist: nothing below it can. */
export async function refuseSymlinks(paths: string[]): Promise<void> {
  for (const path of paths) {
    try {
      // synchronous, as reads are (read.ts): a check of one or two local paths
      if (lstatSync(path).isSymbolicLink()) throw symlinkError(path);
    } catch (e) {
      if (e instanceof McpctlError) throw e;
      if (errno(e) === 'ENOENT') return;
      throw fileError(path, e, 'read');
    }
  }
}

/** Opens a file of ours for writing ('w': truncate, 'a': append) without following a symlink. */
export async function openNoFollow(path: string, how: 'w' | 'a'): Promise<FileHandle> {
  const flags =
    constants.O_WRONLY |
    constants.O_CREAT |
    constants.O_NOFOLLOW |
    (how === 'w' ? constants.O_TRUNC : constants.O_APPEND);
  try {
    return await fsp.open(path, flags, 0o600);
  } catch (e) {
    if (errno(e) === 'ELOOP') throw symlinkError(path);
    throw e;
  }
}

function symlinkError(path: string): McpctlError {
  return new McpctlError(
    'E_SYMLINK',
    `${path} is a symlink; mcpctl does not follow links in its own folder, so it would write somewhere else`,
    {
      hint: `remove the link (rm ${path}) and run again; nothing was changed`,
    },
  );
}

/** A clear error for a failed read/write of one of mcpctl's own files: what, where, what to do. */
export function fileError(
  path: string,
  e: unknown,
  doing: 'read' | 'write' | 'create' | 'create the lock',
): McpctlError {
  if (e instanceof McpctlError) return e;
  const code = errno(e);
  const why =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'no space left on the device'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EROFS'
          ? 'read-only file system'
          : code === 'ENOTDIR'
            ? 'a part of the path is not a folder'
            : (code ?? (e instanceof Error ? e.message : String(e)));
  const fix = code === 'ENOSPC' || code === 'EDQUOT' ? 'free some space' : 'check the permissions of the folder';
  return new McpctlError('E_INPUT', `cannot ${doing} ${path}: ${why}`, {
    hint: `${fix}, then run again; nothing was changed`,
  });
}
