// Keeping the files a mcp.yaml names (policy, catalog folders, trusted keys) inside one folder, symlinks
// followed: the Action sets it to the workspace, so a pull request cannot make the runner read its files
// elsewhere (a policy from /etc, a "catalog" that is the runner's home, a key that is a link to a secret).
import { promises as fsp } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { EXIT, McpctlError } from '../core/errors.js';
import type { Location } from '../core/errors.js';
import { errno } from './read.js';

/** The real path, symlinks followed as far as the path exists (a missing tail is joined as written). */
async function realPathSoFar(path: string): Promise<string> {
  try {
    return await fsp.realpath(path);
  } catch (e) {
    const code = errno(e);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw e;
    const parent = dirname(path);
    if (parent === path) return path;
    return join(await realPathSoFar(parent), basename(path));
  }
}

/**
 * Throws E_OUTSIDE_ROOT unless `path` is `root` or inside it once symlinks are followed. `what` names the
 * setting as the user wrote it (e.g. `policy "../org.yaml"`), `where` its place in mcp.yaml.
 */
export async function assertInside(root: string, path: string, what: string, where?: Location): Promise<void> {
  const top = await realPathSoFar(root);
  const real = await realPathSoFar(path);
  if (real === top || real.startsWith(top.endsWith(sep) ? top : top + sep)) return;
  throw new McpctlError('E_OUTSIDE_ROOT', `${what} leads outside the repository checkout (to ${real})`, {
    hint: 'in a pull request check, mcp.yaml may name only files of the repository: move the file into it (a symlink out of it is refused too)',
    exitCode: EXIT.trust,
    ...(where ? { where } : {}),
  });
}
