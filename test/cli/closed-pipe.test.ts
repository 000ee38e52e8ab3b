// A reader that goes away (`mcpctl catalog list | head -1`): every command that prints to stdout (or stderr)
// finishes quietly with the exit code it has when the output is read, and never prints a stack trace.
// The pipe's read end is closed before the CLI starts, so its first write fails with EPIPE every time.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BIN, mcpctl, tempDir } from '../helpers/cli.js';

interface Closed {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
}

/** Runs the CLI with stdout (or stderr) a pipe nobody reads; returns the other stream and the exit status. */
function closed(which: 'stdout' | 'stderr', args: string[], cwd: string, env: Record<string, string>): Promise<Closed> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const open = which === 'stdout' ? child.stderr : child.stdout;
    child[which].destroy();
    let out = '';
    open.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('close', (code, signal) => resolve({ code, signal, out }));
  });
}

const noStack = (s: string, what: string) => {
  assert.not.match(s, /\n\s+at .+[:(]/, `${what}: stack trace printed:\n${s}`);
  assert.not.match(s, /EPIPE|Unhandled 'error' event|ERR_STREAM/, `${what}: pipe error printed:\n${s}`);
};

function setUp(): { dir: string; env: Record<string, string> } {
  const dir = tempDir();
  const env = { HOME: dir, CODEX_HOME: join(dir, '.codex'), MCPCTL_SECRET_BACKEND: 'file' };
  writeFileSync(
    join(dir, 'mcp.yaml'),
    'version: 1\nservers:\n  notes:\n    command: uvx\n    args: ["notes-mcp==0.4.2"]\n',
  );
  writeFileSync(join(dir, 'leak.env'), 'GITHUB_TOKEN=ghp_R4nd0mT0k3nV4lu3F0rTh3D0cs0000000000\n');
  const applied = mcpctl(['apply', '--yes'], { cwd: dir, env });
  assert.is(applied.code, 0, applied.stderr);
  return { dir, env };
}

// Every command that prints to stdout, with the exit code it has when its output is read.
const READ_ONLY: string[][] = [
  ['--help'],
  ['plan', '--help'],
  ['--version'],
  ['catalog', 'list'],
  ['catalog', 'list', '--json'],
  ['catalog', 'search', 'git'],
  ['catalog', 'show', 'github'],
  ['catalog', 'verify'],
  ['validate'],
  ['validate', '--json'],
  ['lint'],
  ['plan'],
  ['plan', '--json'],
  ['render'],
  ['backups'],
  ['backups', '--json'],
  ['rollback', '--dry-run'],
  ['scan', 'leak.env'],
  ['scan', '--format', 'json', 'leak.env'],
  ['scan', '.', '--format', 'sarif'],
  ['secret', 'list'],
  ['completion', 'bash'],
  ['import', '--dry-run'],
  ['validate', '-f', 'missing.yaml'],
];

test('stdout closed by the reader: the same exit code, no stack trace, for every command', async () => {
  const { dir, env } = setUp();
  for (const args of READ_ONLY) {
    const read = mcpctl(args, { cwd: dir, env });
    const r = await closed('stdout', args, dir, env);
    const what = `mcpctl ${args.join(' ')}`;
    assert.is(r.signal, null, what);
    assert.is(r.code, read.code, `${what}: exit ${r.code}, ${read.code} when read\n${r.out}`);
    noStack(r.out, what);
  }
});

test('stdout closed: commands that write files still finish their work', async () => {
  const { dir, env } = setUp();
  const add = await closed(
    'stdout',
    ['add', '--name', 'other', '--command', 'uvx', '--args', 'other-mcp==1.0.0', '--non-interactive'],
    dir,
    env,
  );
  assert.is(add.code, 0, add.out);
  noStack(add.out, 'add');
  assert.match(readFileSync(join(dir, 'mcp.yaml'), 'utf8'), /other:/);
  const apply = await closed('stdout', ['apply', '--yes'], dir, env);
  assert.is(apply.code, 0, apply.out);
  noStack(apply.out, 'apply');
  assert.match(readFileSync(join(dir, '.codex', 'config.toml'), 'utf8'), /other-mcp==1\.0\.0/);
  const remove = await closed('stdout', ['remove', 'other', '--non-interactive'], dir, env);
  assert.is(remove.code, 0, remove.out);
  noStack(remove.out, 'remove');
  const init = await closed('stdout', ['init', '-f', 'new.yaml'], dir, env);
  assert.is(init.code, 0, init.out);
  assert.ok(existsSync(join(dir, 'new.yaml')));
  const rollback = await closed('stdout', ['rollback', '--yes'], dir, env);
  assert.is(rollback.code, 0, rollback.out);
  noStack(rollback.out, 'rollback');
});

test('stderr closed by the reader: errors and progress end quietly with their exit codes', async () => {
  const { dir, env } = setUp();
  for (const [args, code] of [
    [['validate', '-f', 'missing.yaml'], 2],
    [['paln'], 2],
    [['scan', 'leak.env'], 1],
    [['catalog', 'show', 'nope'], 2],
  ] as const) {
    const r = await closed('stderr', [...args], dir, env);
    assert.is(r.signal, null);
    assert.is(r.code, code, `mcpctl ${args.join(' ')}`);
    noStack(r.out, args.join(' '));
  }
  writeFileSync(
    join(dir, 'mcp.yaml'),
    'version: 1\nservers:\n  notes2:\n    command: uvx\n    args: ["notes-mcp==0.4.2"]\n',
  );
  const apply = await closed('stderr', ['apply', '--yes'], dir, env);
  assert.is(apply.code, 0);
  noStack(apply.out, 'apply');
});

test.run();
