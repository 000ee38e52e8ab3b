// `npm test` first runs scripts/check-test-deps.mjs (pretest): on a machine without the tools the tests
// use, it says which are missing and the apt-get line that installs them, instead of failing later.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, tempDir } from '../helpers/cli.js';

const SCRIPT = join(ROOT, 'scripts', 'check-test-deps.mjs');
const COMMANDS = [
  'age',
  'dbus-run-session',
  'gnome-keyring-daemon',
  'pre-commit',
  'git',
  'openssl',
  'ps',
  'tmux',
  'zsh',
  'fish',
  'setpriv',
];

function check(path: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [SCRIPT], { env: { PATH: path }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A folder with an executable stub for each command. */
function stubs(commands: string[]): string {
  const dir = tempDir('mcpctl-deps-');
  for (const c of commands) {
    writeFileSync(join(dir, c), '#!/bin/sh\n');
    chmodSync(join(dir, c), 0o755);
  }
  return dir;
}

test('npm test runs the check before building', () => {
  const pkg: unknown = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const scripts = typeof pkg === 'object' && pkg !== null && 'scripts' in pkg ? pkg.scripts : null;
  const pretest = typeof scripts === 'object' && scripts !== null && 'pretest' in scripts ? scripts.pretest : null;
  assert.is(pretest, 'node scripts/check-test-deps.mjs');
});

test('a PATH without the tools: each missing command, its Debian package, one apt-get line, exit 1', () => {
  const r = check(tempDir('mcpctl-empty-path-'));
  assert.is(r.code, 1);
  assert.is(r.stdout, '');
  assert.ok(r.stderr.startsWith('npm test needs commands that are not on the PATH:\n'), r.stderr);
  for (const c of COMMANDS) assert.match(r.stderr, new RegExp(`^  ${c} +\\(Debian package `, 'm'));
  assert.match(r.stderr, /^ {2}ps +\(Debian package procps\): /m);
  assert.match(
    r.stderr,
    /^ {2}apt-get install -y --no-install-recommends age dbus gnome-keyring pre-commit git openssl procps tmux zsh fish util-linux$/m,
  );
  assert.match(r.stderr, /docs\/development\.md/);
});

test('only what is missing is listed; a file that is not executable does not count', () => {
  const dir = stubs(COMMANDS.filter((c) => c !== 'tmux' && c !== 'age'));
  const other = join(tempDir('mcpctl-other-'), 'bin');
  mkdirSync(other);
  writeFileSync(join(other, 'tmux'), '#!/bin/sh\n'); // mode 0644: not a command
  symlinkSync(join(dir, 'git'), join(other, 'age')); // a symlink to an executable is one
  const r = check([dir, '/nonexistent', other].join(':'));
  assert.is(r.code, 1);
  assert.is(r.stderr.split('\n')[0], 'npm test needs a command that is not on the PATH:');
  assert.match(r.stderr, /^ {2}tmux +\(Debian package tmux\): /m);
  assert.not.match(r.stderr, /^ {2}(age|git) /m);
  assert.match(r.stderr, /^ {2}apt-get install -y --no-install-recommends tmux$/m);
});

test('everything there: silent, exit 0', () => {
  const r = check(stubs(COMMANDS));
  assert.equal(r, { code: 0, stdout: '', stderr: '' });
});

test.run();
