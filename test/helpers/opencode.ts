// The real OpenCode CLI (pinned dev dependency, opencode-linux-x64 1.18.33: the binary of opencode-ai 1.18.33) as the oracle for what mcpctl writes for
// it (/work/notes facts §4): `opencode debug config` prints the merged, substituted configuration as JSON and
// starts nothing (headers and secret-looking keys shown as "***"); `opencode mcp list` starts every enabled
// server and prints `✓ NAME connected` (or ○ disabled, ✗ failed) a server. Both write into HOME (a database,
// a .gitignore in the config folder): tests give them a temporary one.
import { join } from 'node:path';
import { ROOT } from './cli.js';
import type { RunResult } from './cli.js';
import { spawnClient } from './spawn-client.js';

// the platform package's binary itself: the opencode-ai wrapper's other platforms are not on the registry the
// tests install from, so `npm ci` could not lock it (docs/development.md)
export const OPENCODE = join(ROOT, 'node_modules', 'opencode-linux-x64', 'bin', 'opencode');

/** Runs opencode without blocking this process (a test may serve HTTP to the servers it starts). */
export function opencode(args: string[], opts: { cwd: string; env: Record<string, string> }): Promise<RunResult> {
  const quiet = { TERM: 'dumb', NO_COLOR: '1', OPENCODE_DISABLE_AUTOUPDATE: '1', OPENCODE_DISABLE_MODELS_FETCH: '1' };
  return spawnClient(OPENCODE, args, { cwd: opts.cwd, env: { ...quiet, ...opts.env }, timeoutMs: 120_000 });
}

/** The `mcp` object of `opencode debug config`. */
export async function resolvedMcp(opts: {
  cwd: string;
  env: Record<string, string>;
}): Promise<Record<string, unknown>> {
  const r = await opencode(['debug', 'config'], opts);
  if (r.code !== 0) throw new Error(`opencode debug config exited ${r.code}: ${r.stderr}`);
  const config: unknown = JSON.parse(r.stdout);
  const mcp: unknown = config !== null && typeof config === 'object' ? Reflect.get(config, 'mcp') : undefined;
  return mcp !== null && typeof mcp === 'object' ? { ...mcp } : {};
}

/** Each server's status word in `opencode mcp list`'s output (connected, disabled, failed, …). */
export function listStatus(output: string): Map<string, string> {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const out = new Map<string, string>();
  for (const m of plain.matchAll(/^●\s+\S+ (\S+) (connected|disabled|failed|needs \w+(?: \w+)?)$/gm))
    out.set(m[1] ?? '', m[2] ?? '');
  return out;
}
