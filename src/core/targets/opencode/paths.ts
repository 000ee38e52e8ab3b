// Where OpenCode keeps its servers (measured with opencode-ai 1.18.33, docs/clients.md). User: the folder
// $XDG_CONFIG_HOME/opencode (~/.config/opencode on every OS), where it reads config.json, opencode.json and
// opencode.jsonc and lets the last win: mcpctl writes the one of those that exists, highest first, else a new
// opencode.jsonc (the file OpenCode creates itself). Project: opencode.jsonc beside mcp.yaml if it exists,
// else opencode.json (OpenCode reads both, from the folder it starts in up to the git root).
import { posix, win32 } from 'node:path';
import type { Scope, Where } from '../target.js';

export function opencodeFile(scope: Scope, where: Where): string {
  const path = where.platform === 'win32' ? win32 : posix;
  const exists = where.exists ?? (() => false);
  if (scope === 'project') {
    const jsonc = path.join(where.specDir, 'opencode.jsonc');
    return exists(jsonc) ? jsonc : path.join(where.specDir, 'opencode.json');
  }
  const xdg = where.env['XDG_CONFIG_HOME'];
  const dir = path.join(xdg ? path.resolve(where.cwd, xdg) : path.join(where.home, '.config'), 'opencode');
  const names = ['opencode.jsonc', 'opencode.json', 'config.json'].map((n) => path.join(dir, n));
  return names.find(exists) ?? path.join(dir, 'opencode.jsonc');
}
