// An apply with nothing to write still tidies what runs killed mid-apply left behind: a stale lock (its holder
// is gone) and a temp file of a dead process beside the target; a lock of a live process stays untouched.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, tempDir } from '../helpers/cli.js';

/** The pid of a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

function lock(pid: number): string {
  return `${JSON.stringify({ pid, host: hostname(), started_at: new Date().toISOString(), command: 'mcpctl apply', nonce: 'ab12cd34ef56ab78' })}\n`;
}

function project(): { dir: string; run: (...a: string[]) => ReturnType<typeof mcpctl> } {
  const dir = tempDir();
  writeFileSync(join(dir, 'mcp.yaml'), 'version: 1\nservers:\n  s:\n    command: run-it\n');
  mkdirSync(join(dir, '.codex'));
  const run = (...args: string[]) => mcpctl(args, { cwd: dir, env: { HOME: dir } });
  assert.is(run('apply', '--yes').code, 0);
  return { dir, run };
}

test("a stale lock and a dead writer's temp file are removed by an apply that changes nothing", () => {
  const { dir, run } = project();
  const state = join(dir, '.codex', '.mcpctl');
  const pid = deadPid();
  writeFileSync(join(state, 'config.toml.lock'), lock(pid));
  const temp = join(dir, '.codex', `.config.toml.mcpctl-tmp-${pid}-0a1b2c3d`);
  writeFileSync(temp, 'half');
  const r = run('apply', '--yes');
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /No changes|up to date/i);
  assert.not.ok(existsSync(join(state, 'config.toml.lock')), 'the stale lock is gone');
  assert.not.ok(existsSync(temp), 'the temp file is gone');
});

test('a lock held by a live process stays, and the apply with nothing to do still succeeds', () => {
  const { dir, run } = project();
  const state = join(dir, '.codex', '.mcpctl');
  writeFileSync(join(state, 'config.toml.lock'), lock(process.pid));
  const r = run('apply', '--yes');
  assert.is(r.code, 0, r.stderr);
  assert.ok(existsSync(join(state, 'config.toml.lock')));
});

test.run();
