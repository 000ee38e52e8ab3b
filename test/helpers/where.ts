// The Where a target's file() is given in path tests: one user on Linux, macOS or Windows, mcp.yaml in
// <home>/work/repo, and `files` the paths that exist (for clients that read the first of several names).
import type { Where } from '../../src/core/targets/target.js';

const exists = (files: readonly string[]) => (p: string) => files.includes(p);

export const linux = (env: Record<string, string> = {}, files: readonly string[] = []): Where => ({
  env,
  home: '/home/me',
  cwd: '/home/me/work',
  platform: 'linux',
  specDir: '/home/me/work/repo',
  exists: exists(files),
});

export const darwin = (env: Record<string, string> = {}, files: readonly string[] = []): Where => ({
  ...linux(env, files),
  home: '/Users/me',
  platform: 'darwin',
});

export const win = (env: Record<string, string> = {}, files: readonly string[] = []): Where => ({
  env,
  home: 'C:\\Users\\me',
  cwd: 'C:\\Users\\me\\work',
  platform: 'win32',
  specDir: 'C:\\Users\\me\\work\\repo',
  exists: exists(files),
});
