// Shared by the probe tests: fixture paths, a home with an mcp.yaml, `mcpctl test --json` parsed, real MCP
// servers from node_modules, loopback ports.
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, mcpctl, mcpctlAsync, ROOT, tempDir } from '../helpers/cli.js';
import type { RunResult } from '../helpers/cli.js';

export const NODE = process.execPath;
export const FIXTURES = join(ROOT, 'fixtures', 'servers');
export const fixture = (name: string) => join(FIXTURES, name);
const MCP = join(ROOT, 'node_modules', '@modelcontextprotocol');
export { EVERYTHING, freePort, startEverythingHttp } from '../helpers/everything-http.js';
export const FILESYSTEM = join(MCP, 'server-filesystem', 'dist', 'index.js');
export const MEMORY = join(MCP, 'server-memory', 'dist', 'index.js');

export interface ServerJson {
  name: string;
  clients: string[] | null;
  status: 'ok' | 'warn' | 'fail' | 'skipped';
  transport: string;
  era: 'modern' | 'legacy' | null;
  eras: Array<'modern' | 'legacy'> | null;
  protocol_version: string | null;
  server_info: { name: string; version: string } | null;
  tools: { count: number; names: string[] } | null;
  timings_ms: Record<string, number | null>;
  failure: { kind: string; step: string; message: string; hint: string; details: Record<string, unknown> } | null;
  findings: Array<{ code: string; severity: string; message: string; hint: string }>;
  last_verified_at: string | null;
}

export interface TestJson {
  format_version: number;
  kind: string;
  healthy: boolean;
  summary: Record<string, number>;
  wall_ms: number;
  servers: ServerJson[];
}

export function home(yaml: string): {
  dir: string;
  run: (args: string[], env?: Record<string, string>, input?: string) => RunResult;
} {
  const dir = tempDir('mcpctl-probe-');
  writeFileSync(join(dir, 'mcp.yaml'), yaml);
  return { dir, run: (args, env = {}, input = '') => mcpctl(args, { cwd: dir, env: { HOME: dir, ...env }, input }) };
}

/** Runs `mcpctl test --json ARGS` and returns the exit code and the parsed document. */
export function testJson(
  run: (args: string[], env?: Record<string, string>) => RunResult,
  args: string[] = [],
  env: Record<string, string> = {},
): { code: number; doc: TestJson; stderr: string; stdout: string } {
  const r = run(['test', '--json', ...args], env);
  let doc: TestJson;
  try {
    doc = JSON.parse(r.stdout);
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout}\n${r.stderr}`);
  }
  return { code: r.code, doc, stderr: r.stderr, stdout: r.stdout };
}

export function server(doc: TestJson, name: string): ServerJson {
  const s = doc.servers.find((x) => x.name === name);
  if (!s) throw new Error(`no server ${name} in ${JSON.stringify(doc.servers.map((x) => x.name))}`);
  return s;
}

export function yamlString(s: string): string {
  return JSON.stringify(s);
}

export async function testJsonAsync(
  cwd: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<{ code: number; doc: TestJson; stderr: string; stdout: string }> {
  const r = await mcpctlAsync(['test', '--json', ...args], {
    cwd,
    env: { HOME: cwd, CODEX_HOME: join(cwd, '.codex'), ...env },
  });
  try {
    return { code: r.code, doc: JSON.parse(r.stdout), stderr: r.stderr, stdout: r.stdout };
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout}\n${r.stderr}`);
  }
}

export interface BoundedRun extends RunResult {
  /** The safety timer ended it (SIGKILL): mcpctl did not exit by itself. */
  safetyKilled: boolean;
}

/**
 * The CLI run without blocking this process, ended by SIGKILL after `safetyMs` at the latest: a generous hard
 * stop, so a test can assert that mcpctl exited by itself rather than how fast it did. `signal` is sent to it
 * once `signalWhen` resolves (e.g. when its servers run).
 */
export function mcpctlBounded(
  args: string[],
  cwd: string,
  opts: {
    env?: Record<string, string>;
    safetyMs?: number;
    signal?: { name: NodeJS.Signals; when: () => Promise<void> };
  } = {},
): Promise<BoundedRun> {
  return new Promise((resolve) => {
    const child = spawn(NODE, [BIN, ...args], {
      cwd,
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        HOME: cwd,
        CODEX_HOME: join(cwd, '.codex'),
        NO_COLOR: '1',
        ...opts.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let safetyKilled = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      safetyKilled = true;
      child.kill('SIGKILL');
    }, opts.safetyMs ?? 30_000);
    if (opts.signal) {
      const { name, when } = opts.signal;
      void when().then(() => child.kill(name));
    }
    // 'exit', not 'close': a leaked grandchild holding mcpctl's stdout must not hold this test too
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      child.stdout.destroy();
      child.stderr.destroy();
      resolve({
        code: code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : -1),
        stdout,
        stderr,
        safetyKilled,
      });
    });
  });
}

/** Processes whose argv holds the marker (fixtures put it in their own and their grandchildren's argv). */
export function withMarker(marker: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid=,stat=,args='], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes(marker) && !l.includes('ps -eo'));
}

/** Kills what a failed test left behind (so one failure does not leak into the next run). */
export function killMarked(marker: string): void {
  for (const l of withMarker(marker)) {
    const pid = Number(l.trim().split(/\s+/)[0]);
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}
