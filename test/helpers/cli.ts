// Runs the built CLI as a user would: a child process with only PATH, HOME, CODEX_HOME and NO_COLOR.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'mcpctl.cjs');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  input?: string;
}

export function tempDir(prefix = 'mcpctl-test-'): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

export function mcpctl(args: string[], opts: RunOptions = {}): RunResult {
  const home = opts.env?.['HOME'] ?? tempDir('mcpctl-home-');
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? home,
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: home,
      CODEX_HOME: join(home, '.codex'),
      NO_COLOR: '1',
      ...opts.env,
    },
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Replaces a temp folder path with <dir>, so golden files have no absolute paths. */
export function scrub(text: string, dir: string): string {
  return text.split(dir).join('<dir>');
}

/** Like mcpctl(), without blocking this process: for tests that serve something (HTTP) to the CLI. */
export function mcpctlAsync(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const home = opts.env?.['HOME'] ?? tempDir('mcpctl-home-');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? home,
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        HOME: home,
        CODEX_HOME: join(home, '.codex'),
        NO_COLOR: '1',
        ...opts.env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stdin.end(opts.input ?? '');
    // like mcpctl()'s spawnSync timeout: a hung CLI fails its test instead of hanging the suite
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}
