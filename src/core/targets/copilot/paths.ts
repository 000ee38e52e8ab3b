// Where the Copilot CLI keeps its servers: ~/.copilot/mcp-config.json ($COPILOT_HOME/mcp-config.json when set;
// XDG_CONFIG_HOME does not move it), and a project's .mcp.json (the file Claude Code reads too).
import { join, resolve } from 'node:path';
import type { Scope, Where } from '../target.js';

export function copilotFile(scope: Scope, where: Where): string {
  if (scope === 'project') return join(where.specDir, '.mcp.json');
  const home = where.env['COPILOT_HOME'];
  return join(home ? resolve(where.cwd, home) : join(where.home, '.copilot'), 'mcp-config.json');
}
