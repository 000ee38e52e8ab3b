// Where Cursor keeps its servers: ~/.cursor/mcp.json, and .cursor/mcp.json in a project.
import { join } from 'node:path';
import type { Scope, Where } from '../target.js';

export function cursorFile(scope: Scope, where: Where): string {
  return join(scope === 'project' ? where.specDir : where.home, '.cursor', 'mcp.json');
}
