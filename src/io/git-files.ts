// The files of a git work tree that git would commit (tracked, and untracked ones .gitignore does not exclude),
// relative to its root; null when the folder is not a work tree or git is not there (callers then look only
// where they know to look).
import { spawnSync } from 'node:child_process';

export function gitFiles(root: string): string[] | null {
  const r = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: 30_000,
  });
  if (r.status !== 0 || typeof r.stdout !== 'string') return null;
  return r.stdout.split('\0').filter(Boolean);
}
