// Where a command missing from Codex's PATH may be anyway: the places version managers and package
// managers put programs that a desktop app's PATH lacks (nvm, volta, bun, cargo, pipx/uv, Homebrew).
import { accessSync, constants, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function findOutsidePath(command: string, home: string | undefined, path: string): string | null {
  if (command.includes('/')) return null;
  const onPath = new Set(path.split(':'));
  const dirs: string[] = [];
  if (home) {
    dirs.push(
      ...nvmBins(home),
      join(home, '.volta', 'bin'),
      join(home, '.bun', 'bin'),
      join(home, '.cargo', 'bin'),
      join(home, '.local', 'bin'),
      join(home, '.asdf', 'shims'),
      join(home, '.deno', 'bin'),
    );
  }
  dirs.push('/opt/homebrew/bin', '/usr/local/bin', '/usr/bin', '/bin', '/snap/bin');
  for (const dir of dirs) {
    if (onPath.has(dir)) continue;
    const p = join(dir, command);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not there
    }
  }
  return null;
}

/** ~/.nvm/versions/node/<v>/bin, newest version first. */
function nvmBins(home: string): string[] {
  const base = join(home, '.nvm', 'versions', 'node');
  try {
    return readdirSync(base)
      .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }))
      .map((v) => join(base, v, 'bin'));
  } catch {
    return [];
  }
}
