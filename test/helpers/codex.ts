// The real Codex CLI (pinned dev dependency) as the oracle for what we write.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './cli.js';
import type { RunResult } from './cli.js';

export const CODEX = join(ROOT, 'node_modules', '.bin', 'codex');

/**
 * Runs Codex with only PATH, HOME and CODEX_HOME (HOME/.codex unless `codexHome` names another folder).
 * Its "WARNING: proceeding, …" notes are left out of stderr: they say nothing about the config.
 */
export function codex(home: string, args: string[], codexHome = join(home, '.codex')): RunResult {
  const r = spawnSync(CODEX, args, {
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home, CODEX_HOME: codexHome },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const stderr = r.stderr
    .split('\n')
    .filter((l) => !l.startsWith('WARNING: proceeding'))
    .join('\n');
  return { code: r.status ?? -1, stdout: r.stdout, stderr };
}

export function codexList(home: string): Array<Record<string, unknown>> {
  const r = codex(home, ['mcp', 'list', '--json']);
  if (r.code !== 0) throw new Error(`codex mcp list failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

export function codexGet(home: string, name: string): Record<string, unknown> {
  const r = codex(home, ['mcp', 'get', name, '--json']);
  if (r.code !== 0) throw new Error(`codex mcp get ${name} failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}
