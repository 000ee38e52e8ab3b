// Where Claude Code keeps its servers: user and local scope in ~/.claude.json ($CLAUDE_CONFIG_DIR/.claude.json
// when set, and then ~/.claude.json is not read at all; .claude-custom-oauth.json instead with
// CLAUDE_CODE_CUSTOM_OAUTH_URL), local under projects[<git root, else the folder>]; project scope in .mcp.json
// beside mcp.yaml.
import { join, resolve } from 'node:path';
import type { Scope, Where } from '../target.js';

export function claudeFile(scope: Scope, where: Where): string {
  if (scope === 'project') return join(where.specDir, '.mcp.json');
  const dir = where.env['CLAUDE_CONFIG_DIR'];
  // Claude Code keeps a separate file for a custom OAuth server (measured: .claude-custom-oauth.json)
  const name = where.env['CLAUDE_CODE_CUSTOM_OAUTH_URL'] ? '.claude-custom-oauth.json' : '.claude.json';
  return dir ? join(resolve(where.cwd, dir), name) : join(where.home, name);
}

/** The keys down to the servers object in that file. */
export function claudeContainer(scope: Scope, where: Where): string[] {
  return scope === 'local' ? ['projects', where.gitRoot ?? where.specDir, 'mcpServers'] : ['mcpServers'];
}
