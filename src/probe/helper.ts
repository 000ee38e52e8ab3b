// Runs a server's http_headers_helper as Codex does: `sh -c` in $CODEX_HOME, only the default variables,
// 10 s at most; stdout must be a JSON object of header strings. Its own process group dies with it.
import { spawn } from 'node:child_process';
import { CODEX_HELPER_TIMEOUT_MS } from './codex-facts.js';

export type HelperResult = { ok: true; headers: Record<string, string> } | { ok: false; message: string; stderr: string[] };

export function runHeadersHelper(command: string, env: Record<string, string>, cwd: string, timeoutMs = CODEX_HELPER_TIMEOUT_MS): Promise<HelperResult> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    let err = '';
    let timedOut = false;
    const kill = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      if (out.length < 1 << 20) out += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err = (err + d).slice(-8192)));
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ ok: false, message: `cannot run sh: ${e.message}`, stderr: [] });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      kill();
      const stderr = err.split('\n').filter((l) => l.trim() !== '').slice(-10);
      if (timedOut) return resolve({ ok: false, message: `http_headers_helper did not finish within ${timeoutMs / 1000} s`, stderr });
      if (code !== 0) return resolve({ ok: false, message: `http_headers_helper exited with code ${code ?? '?'}`, stderr });
      let data: unknown;
      try {
        data = JSON.parse(out);
      } catch {
        return resolve({ ok: false, message: 'http_headers_helper printed something that is not JSON', stderr });
      }
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return resolve({ ok: false, message: 'http_headers_helper must print a JSON object of header names to strings', stderr });
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(data)) {
        if (typeof v !== 'string') return resolve({ ok: false, message: `http_headers_helper gave header "${k}" a value that is not a string`, stderr });
        headers[k] = v;
      }
      resolve({ ok: true, headers });
    });
  });
}
