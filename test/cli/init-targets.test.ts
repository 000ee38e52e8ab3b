// init and the clients: --targets writes them (each checked, at its default scope or the one named); on a
// terminal init asks, listing every client with the files it found on this machine, and Enter takes those
// (at the scope of the file found); without a terminal and without --targets, Codex alone as before.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, tempDir } from '../helpers/cli.js';
import { hasTmux, Terminal } from '../helpers/pty.js';

if (!hasTmux) throw new Error('these tests need tmux on a pseudo-terminal: apt-get install -y tmux');

const targetsOf = (dir: string) =>
  readFileSync(join(dir, 'mcp.yaml'), 'utf8').split('targets:\n')[1]?.split('servers:')[0];

test('--targets: the clients at their default scope or the one named; the file validates and plans each', () => {
  const dir = tempDir('mcpctl-init-');
  const r = mcpctl(['init', '--targets', 'codex,claude-code', '--targets', 'cursor=user'], { cwd: dir });
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Wrote mcp\.yaml for codex, claude-code, cursor\. Next:/);
  assert.is(targetsOf(dir), '  codex: {}\n  claude-code: {scope: project}\n  cursor: {scope: user}\n');
  assert.is(mcpctl(['validate'], { cwd: dir }).code, 0);
  const plan = mcpctl(['plan'], { cwd: dir, env: { HOME: dir } });
  assert.is(plan.code, 0, plan.stderr);
  assert.is(plan.stdout.match(/\+ create memory/g)?.length, 3, plan.stdout);
});

test('--targets refuses an unknown client or scope, naming what exists; nothing written', () => {
  const dir = tempDir('mcpctl-init-');
  const bad = mcpctl(['init', '--targets', 'codex,emacs'], { cwd: dir });
  assert.is(bad.code, 2);
  assert.match(bad.stderr, /--targets emacs: there is no client "emacs"\n  hint: the clients are codex, claude-code/);
  const scope = mcpctl(['init', '--targets', 'windsurf=project'], { cwd: dir });
  assert.is(scope.code, 2);
  assert.match(scope.stderr, /Windsurf has no scope "project"\n  hint: Windsurf's scopes are user/);
  assert.not.ok(existsSync(join(dir, 'mcp.yaml')));
});

test('without a terminal and without --targets: Codex alone, as before (no targets: block)', () => {
  const dir = tempDir('mcpctl-init-');
  assert.is(mcpctl(['init'], { cwd: dir, env: { HOME: dir } }).code, 0);
  assert.not.match(readFileSync(join(dir, 'mcp.yaml'), 'utf8'), /^targets:/m);
});

test("on a terminal: every client listed, the installed ones marked; Enter takes them at their files' scopes", async () => {
  const home = tempDir('mcpctl-init-home-');
  const dir = join(home, 'repo');
  for (const f of [
    join(home, '.cursor', 'mcp.json'),
    join(home, '.gemini', 'settings.json'),
    join(dir, '.vscode', 'mcp.json'),
  ]) {
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, '{}\n');
  }
  const t = new Terminal(['init'], { cwd: dir, env: { HOME: home } });
  try {
    const shown = await t.waitFor('(Enter: cursor, vscode, gemini): ');
    assert.match(shown, /Which clients should this mcp\.yaml configure\?/);
    assert.match(shown, / {3}1\) Codex/);
    assert.match(shown, /\* +4\) Cursor +\S+\/\.cursor\/mcp\.json \(user\)/);
    assert.match(shown, /\* +5\) VS Code +\S+\/repo\/\.vscode\/mcp\.json \(project\)/);
    assert.match(shown, /\* +6\) Gemini CLI +\S+\/\.gemini\/settings\.json \(user\)/);
    t.answer('');
    assert.is(await t.exitCode(20_000), 0);
  } finally {
    t.close();
  }
  assert.is(targetsOf(dir), '  cursor: {scope: user}\n  vscode: {scope: project}\n  gemini: {scope: user}\n');
});

test('on a terminal: numbers and names pick; a wrong one is asked again', async () => {
  const home = tempDir('mcpctl-init-home-');
  const t = new Terminal(['init'], { cwd: home, env: { HOME: home } });
  try {
    await t.waitFor('(Enter: codex): ');
    t.answer('1, emacs');
    await t.waitFor('"emacs" is not one of them');
    t.answer('1 opencode');
    assert.is(await t.exitCode(20_000), 0);
  } finally {
    t.close();
  }
  assert.is(targetsOf(home), '  codex: {}\n  opencode: {scope: project}\n');
});

test.run();
