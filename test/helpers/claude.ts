// The real Claude Code CLI (pinned dev dependency, 2.1.328) as the oracle for what mcpctl writes for it.
// It has no --json: `claude mcp get NAME` is parsed as text (/work/notes: facts A3). `get` and `list` start
// every user, local and approved project server (a health check), so tests give it harmless commands and
// loopback URLs, and MCP_TIMEOUT keeps a slow one from holding a test for 30 s.
import { join } from 'node:path';
import { ROOT } from './cli.js';
import type { RunResult } from './cli.js';
import { spawnClient } from './spawn-client.js';

export const CLAUDE = join(ROOT, 'node_modules', '.bin', 'claude');

/**
 * What Claude writes into ~/.claude.json on its first run (and reformats the whole file for): with these
 * present it leaves the file's bytes alone, so a test can compare them before and after.
 */
export const FIRST_RUN = {
  firstStartTime: '2026-01-01T00:00:00.000Z',
  firstStartVersion: '2.1.328',
  machineID: 'a'.repeat(64),
  opusProMigrationComplete: true,
  seenNotifications: {},
  hasResetAutoModeOptInForDefaultOffer: true,
  migrationVersion: 15,
  userID: 'b'.repeat(64),
};

/** Runs claude without blocking this process (a test may serve HTTP to the servers it starts). */
export function claude(args: string[], opts: { cwd: string; env: Record<string, string> }): Promise<RunResult> {
  const quiet = {
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_AUTOUPDATER: '1',
    DISABLE_TELEMETRY: '1',
    DISABLE_ERROR_REPORTING: '1',
    MCP_TIMEOUT: '2000',
  };
  return spawnClient(CLAUDE, args, { cwd: opts.cwd, env: { ...quiet, ...opts.env }, timeoutMs: 60_000 });
}

export interface ClaudeServer {
  scope: string;
  type: string;
  command?: string;
  args?: string;
  url?: string;
  env?: Record<string, string>;
  headers?: Record<string, string>;
  timeout?: string;
}

/** `claude mcp get NAME`'s text as data (values are shown unmasked; Args joined with spaces). */
export function parseGet(stdout: string): ClaudeServer {
  const out: ClaudeServer = { scope: '', type: '' };
  let block: Record<string, string> | null = null;
  for (const line of stdout.split('\n')) {
    const item = /^ {4}(\S.*)$/.exec(line);
    if (item && block) {
      const text = item[1] ?? '';
      const [key, value] = block === out.env ? split(text, '=') : split(text, ': ');
      block[key] = value;
      continue;
    }
    block = null;
    const field = /^ {2}(\w+): ?(.*)$/.exec(line);
    if (!field) continue;
    const [, name = '', value = ''] = field;
    if (name === 'Environment') block = out.env = {};
    else if (name === 'Headers') block = out.headers = {};
    else if (name === 'Scope') out.scope = value;
    else if (name === 'Type') out.type = value;
    else if (name === 'Command') out.command = value;
    else if (name === 'Args') out.args = value;
    else if (name === 'URL') out.url = value;
    else if (name === 'Timeout') out.timeout = value;
  }
  return out;
}

function split(text: string, at: string): [string, string] {
  const i = text.indexOf(at);
  return i < 0 ? [text, ''] : [text.slice(0, i), text.slice(i + at.length)];
}

/** The lines of `claude mcp list`'s "MCP config diagnostics" block (empty when there is none). */
export function diagnostics(listStdout: string): string[] {
  const at = listStdout.indexOf('MCP config diagnostics');
  return at < 0 ? [] : listStdout.slice(at).split('\n');
}
