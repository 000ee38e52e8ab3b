// Whether a regular file is at a path (for a client that reads the first of several file names).
import { statSync } from 'node:fs';

export function fileExists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
