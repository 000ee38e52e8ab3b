// Another program's lock folder (proper-lockfile style: mkdir is the lock, a folder older than `staleMs` is
// abandoned), held around a short write so that program waits for ours and we for its. Claude Code takes
// `~/.claude.json.lock` this way for every write of ~/.claude.json (and waits about 10 s for it).
import { mkdir, rmdir, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { McpctlError } from '../core/errors.js';
import { errno } from './read.js';

export interface DirLockOptions {
  /** How long to wait for the holder to finish. */
  waitMs?: number;
  /** A lock folder not touched for this long is abandoned (proper-lockfile's default is 10 s). */
  staleMs?: number;
}

export async function withDirLock<T>(
  dir: string,
  file: string,
  fn: () => Promise<T>,
  opts: DirLockOptions = {},
): Promise<T> {
  const waitMs = opts.waitMs ?? 3000;
  const staleMs = opts.staleMs ?? 15_000;
  const start = Date.now();
  for (;;) {
    try {
      await mkdir(dir);
      break;
    } catch (e) {
      if (errno(e) !== 'EEXIST') throw e;
    }
    const since = await stat(dir).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if (since > staleMs) {
      await rmdir(dir).catch(() => undefined);
      continue;
    }
    if (Date.now() - start > waitMs)
      throw new McpctlError('E_LOCKED', `${file} is being written by another program (its lock ${dir} is held)`, {
        hint: `try again in a moment; nothing was written (if no program that writes it is running, remove the folder ${dir})`,
      });
    await sleep(100);
  }
  try {
    return await fn();
  } finally {
    await rmdir(dir).catch(() => undefined);
  }
}
