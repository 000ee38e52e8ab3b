// audit.log: one JSON line per set, rotate, rm and read — who did what to which name, never a value.
// Appends of one short line are atomic with O_APPEND, so concurrent launchers need no lock.
import { appendFile, chmod, mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname } from 'node:path';
import { McpctlError } from '../../core/errors.js';
import { errno } from '../read.js';
import { secretPaths } from './paths.js';
import type { AuditAction } from './types.js';

export interface AuditEntry {
  time: string;
  action: AuditAction;
  name: string;
  /** Who: "mcpctl secret set", "exec github", ... */
  by: string;
}

export async function appendAudit(path: string, entry: AuditEntry): Promise<void> {
  const line = `${JSON.stringify({ time: entry.time, action: entry.action, name: entry.name, by: entry.by })}\n`;
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    await appendFile(path, line, { mode: 0o600, flag: 'a' });
    await chmod(path, 0o600);
  } catch (e) {
    throw new McpctlError('E_SECRET_STORE', `cannot append to the audit log ${path} (${errno(e) ?? String(e)})`, {
      hint: 'check the permissions of the file and its folder',
    });
  }
}

/** Records that `by` read the secret `name` (the launcher calls this for every value it hands a server). */
export async function auditRead(
  name: string,
  by: string,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): Promise<void> {
  await appendAudit(secretPaths(env, home).audit, { time: new Date().toISOString(), action: 'read', name, by });
}
