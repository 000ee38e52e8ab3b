// Every file under a folder (but .git) with its exact bytes: a failed multi-file transaction must leave all of
// it as it was (config files, states, journals, backups, no lock or temp file left behind).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return out;
}

/** A mcp.yaml for four clients in one folder: Codex (CODEX_HOME=<dir>/.codex), Claude Code, Cursor and VS Code projects. */
export function fourClients(servers: string): string {
  return `version: 1\ntargets:\n  codex: {}\n  claude-code: {scope: project}\n  cursor: {scope: project}\n  vscode: {scope: project}\nservers:\n${servers}`;
}

export const FOUR_FILES = ['.codex/config.toml', '.mcp.json', '.cursor/mcp.json', '.vscode/mcp.json'];
