// The real Gemini CLI (pinned dev dependency, 0.61.0) as the oracle for what mcpctl writes for it. It has no
// `mcp get` and no JSON output: `gemini mcp list` prints one line a server on stderr (/work/notes facts F4),
// `○ name: <command and args | url> (<transport>) - <status>`, with $VAR and ${VAR} already expanded. In a
// folder it does not trust it starts nothing; trusted (GEMINI_CLI_TRUST_WORKSPACE=true) it starts every
// stdio server and connects to every url, one after the other.
import { join } from 'node:path';
import { ROOT } from './cli.js';
import type { RunResult } from './cli.js';
import { spawnClient } from './spawn-client.js';

export const GEMINI = join(ROOT, 'node_modules', '.bin', 'gemini');

/** Runs gemini without blocking this process (a test may serve HTTP to the servers it starts). */
export function gemini(args: string[], opts: { cwd: string; env: Record<string, string> }): Promise<RunResult> {
  return spawnClient(GEMINI, args, { cwd: opts.cwd, env: { NO_COLOR: '1', ...opts.env }, timeoutMs: 120_000 });
}

export interface ListedServer {
  /** The command and its arguments joined by spaces, or the url. */
  what: string;
  transport: string;
  status: string;
}

/** The servers of `gemini mcp list`'s output, by name. */
export function parseList(output: string): Map<string, ListedServer> {
  const out = new Map<string, ListedServer>();
  for (const m of output.matchAll(/^\S+ ([^:\n]+): (.*) \((stdio|http|sse)\) - (\w+)$/gm))
    out.set(m[1] ?? '', { what: m[2] ?? '', transport: m[3] ?? '', status: m[4] ?? '' });
  return out;
}
