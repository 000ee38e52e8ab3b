// The state file beside a target: which servers mcpctl manages there, and what it last wrote.
// <dir>/.mcpctl/<basename>.state.json. Never holds a value from the config, only names and hashes.
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { McpctlError } from '../core/errors.js';
import type { ManagedRecord } from '../core/plan.js';
import { writeFileAtomic } from './atomic-write.js';
import { fileError, refuseSymlinks } from './no-follow.js';
import { readText } from './read.js';

export interface TargetState {
  format_version: 1;
  managed: Record<string, ManagedRecord>;
  /** Last successful probe per server (ISO time). */
  last_verified_at?: Record<string, string>;
  /** sha256 of the target right after mcpctl last wrote it. */
  last_written_sha256?: string;
}

export function stateDir(target: string): string {
  return join(dirname(target), '.mcpctl');
}

export function statePath(target: string): string {
  return join(stateDir(target), `${basename(target)}.state.json`);
}

export function lockPath(target: string): string {
  return join(stateDir(target), `${basename(target)}.lock`);
}

function emptyState(): TargetState {
  return { format_version: 1, managed: {} };
}

export async function readState(target: string): Promise<TargetState> {
  const path = statePath(target);
  await refuseSymlinks([stateDir(target), path]);
  const text = await readText(path, { maxBytes: 16 * 1024 * 1024, what: 'mcpctl state file', missingOk: true });
  if (text === null) return emptyState();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new McpctlError('E_INPUT', `${path} is not valid JSON`, {
      hint: 'restore it from a backup, or delete it: mcpctl then treats every server as unmanaged',
    });
  }
  if (!isState(data)) {
    throw new McpctlError('E_INPUT', `${path} is not an mcpctl state file of format 1`, {
      hint: 'delete it if it was not written by mcpctl',
    });
  }
  return data;
}

function isState(v: unknown): v is TargetState {
  if (typeof v !== 'object' || v === null) return false;
  if (!('format_version' in v) || v.format_version !== 1) return false;
  if (!('managed' in v) || typeof v.managed !== 'object' || v.managed === null) return false;
  return Object.values(v.managed).every(
    (r: unknown) => typeof r === 'object' && r !== null && 'sha256' in r && typeof r.sha256 === 'string',
  );
}

export async function writeState(target: string, state: TargetState): Promise<void> {
  await refuseSymlinks([stateDir(target), statePath(target)]);
  try {
    mkdirSync(stateDir(target), { recursive: true, mode: 0o700 });
  } catch (e) {
    throw fileError(stateDir(target), e, 'create');
  }
  await writeFileAtomic(statePath(target), `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
}
