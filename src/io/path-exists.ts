// Whether something is at a path (for a client that reads the first of several file names, or whose file
// moves when an app package's folder is there).
import { existsSync } from 'node:fs';

export function pathExists(path: string): boolean {
  return existsSync(path);
}
