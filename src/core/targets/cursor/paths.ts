// Where Cursor keeps its servers (cursor.com/docs/mcp, "Configuration locations"): ~/.cursor/mcp.json for the
// user ("global") and .cursor/mcp.json in a project. No variable moves them; on Windows ~ is the user profile.
import { posix, win32 } from 'node:path';
import type { Scope, Where } from '../target.js';

export function cursorFile(scope: Scope, where: Where): string {
  const path = where.platform === 'win32' ? win32 : posix;
  return path.join(scope === 'project' ? where.specDir : where.home, '.cursor', 'mcp.json');
}
