// Where VS Code keeps its servers: .vscode/mcp.json in a project, and the default profile's mcp.json in the
// user data folder: $VSCODE_PORTABLE/user-data, else per OS (Linux: $XDG_CONFIG_HOME or ~/.config; macOS:
// ~/Library/Application Support; Windows: %APPDATA%), each with Code/User/mcp.json.
import { join, resolve } from 'node:path';
import type { Scope, Where } from '../target.js';

export function vscodeFile(scope: Scope, where: Where): string {
  if (scope === 'project') return join(where.specDir, '.vscode', 'mcp.json');
  return join(userData(where), 'User', 'mcp.json');
}

function userData(where: Where): string {
  const portable = where.env['VSCODE_PORTABLE'];
  if (portable) return join(resolve(where.cwd, portable), 'user-data');
  if (where.platform === 'darwin') return join(where.home, 'Library', 'Application Support', 'Code');
  if (where.platform === 'win32') return join(where.env['APPDATA'] ?? join(where.home, 'AppData', 'Roaming'), 'Code');
  const xdg = where.env['XDG_CONFIG_HOME'];
  return join(xdg ? resolve(where.cwd, xdg) : join(where.home, '.config'), 'Code');
}
