// The real Copilot CLI (pinned dev dependency @github/copilot) as the oracle for what we write:
// `copilot mcp list --json` and `copilot mcp get NAME --json` give the entries exactly as Copilot reads them
// (unmasked, never starting a server, no network). One XDG_CACHE_HOME per test file, so it unpacks once.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, tempDir } from './cli.js';
import type { RunResult } from './cli.js';

export const COPILOT = join(ROOT, 'node_modules', '.bin', 'copilot');

export interface CopilotOptions {
  home: string;
  cwd: string;
  /** The shared unpack folder of this test file (copilotCache()). */
  cache: string;
  env?: Record<string, string>;
}

/** A cache folder for one test file: Copilot unpacks itself there on its first run (about 9 s). */
export function copilotCache(): string {
  return tempDir('mcpctl-copilot-cache-');
}

export function copilot(args: string[], o: CopilotOptions): RunResult {
  const r = spawnSync('timeout', ['90', COPILOT, ...args], {
    cwd: o.cwd,
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: o.home,
      XDG_CACHE_HOME: o.cache,
      COPILOT_AUTO_UPDATE: 'false',
      NO_COLOR: '1',
      ...o.env,
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export type CopilotEntry = Record<string, unknown>;

/** Every server Copilot reads (user file and, in a trusted folder, the workspace .mcp.json), by name. */
export function copilotList(o: CopilotOptions): Record<string, CopilotEntry> {
  const r = copilot(['mcp', 'list', '--json'], o);
  if (r.code !== 0) throw new Error(`copilot mcp list failed (${r.code}): ${r.stderr}`);
  const doc: { mcpServers: Record<string, CopilotEntry> } = JSON.parse(r.stdout);
  return doc.mcpServers;
}

/** One server as Copilot reads it, or null when Copilot does not have it (absent, or skipped as invalid). */
export function copilotGet(name: string, o: CopilotOptions): CopilotEntry | null {
  const r = copilot(['mcp', 'get', name, '--json'], o);
  if (r.code === 1 && /not found/.test(r.stderr)) return null;
  if (r.code !== 0) throw new Error(`copilot mcp get ${name} failed (${r.code}): ${r.stderr}`);
  const doc: Record<string, CopilotEntry> = JSON.parse(r.stdout);
  return doc[name] ?? null;
}

/** The entry without where Copilot found it (source, sourcePath, enabled): what the file says. */
export function entryOnly(e: CopilotEntry | null | undefined): CopilotEntry | null {
  if (!e) return null;
  const { source: _s, sourcePath: _p, enabled: _e, ...rest } = e;
  return rest;
}
