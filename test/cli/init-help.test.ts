// init, --version and --help: the first things a new user runs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, ROOT, tempDir } from '../helpers/cli.js';

test('--version prints the package version', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const r = mcpctl(['--version']);
  assert.is(r.code, 0);
  assert.is(r.stdout, `${pkg.version}\n`);
});

test('--help lists every command; each command has examples', () => {
  const r = mcpctl(['--help']);
  assert.is(r.code, 0);
  for (const c of ['init', 'validate', 'render', 'plan', 'apply', 'backups', 'rollback']) {
    assert.match(r.stdout, new RegExp(`mcpctl ${c}\\b`));
    const help = mcpctl([c, '--help']);
    assert.is(help.code, 0, c);
    assert.match(help.stdout, /Examples:/, c);
  }
});

test('init writes a starter that validates and plans, with the schema modeline; never overwrites by accident', () => {
  const dir = tempDir();
  const r = mcpctl(['init'], { cwd: dir });
  assert.is(r.code, 0, r.stderr);
  const text = readFileSync(join(dir, 'mcp.yaml'), 'utf8');
  assert.match(text, /^# yaml-language-server: \$schema=\S+mcp\.schema\.json\n/);
  assert.is(mcpctl(['validate'], { cwd: dir }).code, 0);
  const plan = mcpctl(['plan', '--config', join(dir, 'config.toml')], { cwd: dir });
  assert.is(plan.code, 0, plan.stderr);
  assert.match(plan.stdout, /\+ create memory/);
  writeFileSync(join(dir, 'mcp.yaml'), 'version: 1\n');
  const again = mcpctl(['init'], { cwd: dir });
  assert.is(again.code, 2);
  assert.match(again.stderr, /already exists.*\n  hint: .*--force/);
  assert.is(readFileSync(join(dir, 'mcp.yaml'), 'utf8'), 'version: 1\n');
  assert.is(mcpctl(['init', '--force'], { cwd: dir }).code, 0);
  assert.is(readFileSync(join(dir, 'mcp.yaml'), 'utf8'), text);
});

test.run();
