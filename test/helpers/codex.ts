// The real Codex CLI (pinned dev dependency) as the oracle for what we write.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export const CODEX = join(ROOT, 'node_modules', '.bin', 'codex');

export function codex(home: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(CODEX, args, {
    env: { PATH: process.env['PATH'] ?? '', HOME: home, CODEX_HOME: join(home, '.codex') },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
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
