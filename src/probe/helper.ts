// Runs a server's http_headers_helper as Codex does: `sh -c` in $CODEX_HOME, only the default variables,
// 10 s at most (less when the probe's own deadline is nearer); stdout must be a JSON object of header
// strings. On the time limit it is killed with everything it started (its process group, descendants in
// sessions of their own, whoever holds its pipes), and the result does not wait for its pipes to close.
import { spawn } from 'node:child_process';
import { CODEX_HELPER_TIMEOUT_MS } from '../core/codex-facts.js';
import { killPipeHolders, killTree, release, track } from './reaper.js';

export type HelperResult =
  { ok: true; headers: Record<string, string> } | { ok: false; message: string; stderr: string[] };

/** The most a helper may print: headers are small; more is refused rather than read on. */
const MAX_HELPER_OUTPUT = 1024 * 1024;

export function runHeadersHelper(
  command: string,
  env: Record<string, string>,
  cwd: string,
  timeoutMs = CODEX_HELPER_TIMEOUT_MS,
): Promise<HelperResult> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const tracked = track(child);
    let out = '';
    let err = '';
    let settled = false;
    const stderrLines = () =>
      err
        .split('\n')
        .filter((l) => l.trim() !== '')
        .slice(-10);
    let closed = false;
    const finish = (r: HelperResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.stdout.destroy();
      child.stderr.destroy();
      if (!tracked) return resolve(r);
      void killTree(tracked).then(() => {
        if (!closed) killPipeHolders(tracked);
        release(tracked);
        resolve(r);
      });
    };
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          message: `http_headers_helper did not finish within ${seconds(timeoutMs)} (Codex allows ${seconds(CODEX_HELPER_TIMEOUT_MS)})`,
          stderr: stderrLines(),
        }),
      timeoutMs,
    );
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (out.length > MAX_HELPER_OUTPUT)
        finish({
          ok: false,
          message: `http_headers_helper printed more than ${MAX_HELPER_OUTPUT / 1024 / 1024} MiB; mcpctl stopped reading there`,
          stderr: stderrLines(),
        });
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err = (err + d).slice(-8192)));
    child.on('error', (e) => finish({ ok: false, message: `cannot run sh: ${e.message}`, stderr: [] }));
    child.on('close', (code) => {
      closed = true;
      finish(parse(code, out, stderrLines()));
    });
  });
}

function parse(code: number | null, out: string, stderr: string[]): HelperResult {
  if (code !== 0) return { ok: false, message: `http_headers_helper exited with code ${code ?? '?'}`, stderr };
  let data: unknown;
  try {
    data = JSON.parse(out);
  } catch {
    return { ok: false, message: 'http_headers_helper printed something that is not JSON', stderr };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, message: 'http_headers_helper must print a JSON object of header names to strings', stderr };
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) {
    if (typeof v !== 'string')
      return { ok: false, message: `http_headers_helper gave header "${k}" a value that is not a string`, stderr };
    headers[k] = v;
  }
  return { ok: true, headers };
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
