// Asks the real Codex (app-server, over stdio) for the status of every configured MCP server. Codex then
// starts each server exactly as it would for a session: stdio servers spawned with its minimal environment,
// HTTP servers called with their headers (helper included).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { CODEX } from './codex.js';

export interface ServerStatus {
  name: string;
  tools: Record<string, unknown>;
  toolsError: string | null;
}

export function codexServerStatus(
  home: string,
  env: Record<string, string> = {},
  timeoutMs = 45_000,
): Promise<ServerStatus[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(CODEX, ['app-server'], {
      env: { PATH: process.env['PATH'] ?? '', HOME: home, CODEX_HOME: join(home, '.codex'), ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let buf = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('codex app-server did not answer mcpServerStatus/list in time'));
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString('utf8');
      for (let nl = buf.indexOf('\n'); nl !== -1; nl = buf.indexOf('\n')) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        let msg: { id?: number; result?: { data?: ServerStatus[] }; error?: unknown };
        try {
          msg = JSON.parse(line);
        } catch {
          continue;
        }
        if (msg.id === 2) {
          clearTimeout(timer);
          child.kill('SIGTERM');
          if (msg.result?.data) resolve(msg.result.data);
          else reject(new Error(`codex app-server: ${JSON.stringify(msg.error)}`));
        }
      }
    });
    const send = (m: object) => child.stdin.write(`${JSON.stringify(m)}\n`);
    send({ method: 'initialize', id: 1, params: { clientInfo: { name: 'mcpctl-test', version: '1' } } });
    send({ method: 'initialized' });
    send({ method: 'mcpServerStatus/list', id: 2, params: {} });
  });
}
