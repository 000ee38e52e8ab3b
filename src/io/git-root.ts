// The git work tree a folder is in (the nearest ancestor with a .git entry), or undefined.
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function gitRootOf(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    try {
      statSync(join(d, '.git'));
      return d;
    } catch {
      // not here: one folder up
    }
    if (dirname(d) === d) return undefined;
  }
}
