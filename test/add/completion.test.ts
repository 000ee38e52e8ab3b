// Shell completion: the script for bash and zsh, and the words offered: commands, flags, template ids of the
// built-in catalog (and of mcp.yaml's path catalogs), server names of ./mcp.yaml.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import { project } from './_setup.js';

const words = (r: { stdout: string }) => r.stdout.trim().split('\n');

test('mcpctl completion prints a bash script, and a zsh one when $SHELL is zsh', () => {
  const bash = mcpctl(['completion']);
  assert.is(bash.code, 0);
  assert.match(bash.stdout, /complete -o bashdefault -o default -F _mcpctl_yargs_completions mcpctl/);
  assert.match(bash.stdout, /mcpctl --get-yargs-completions "\$\{args\[@\]\}"/);
  const zsh = mcpctl(['completion'], { env: { SHELL: '/usr/bin/zsh' } });
  assert.match(zsh.stdout, /^#compdef mcpctl\n/);
  assert.match(zsh.stdout, /compdef _mcpctl_yargs_completions mcpctl/);
});

test('offers commands, then flags; template ids after "add"; server names after "remove" and "test"', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'mcp.yaml'), 'version: 1\nservers:\n  github: {command: npx}\n  memory: {command: npx}\n');
  const complete = (...w: string[]) => mcpctl(['--get-yargs-completions', 'mcpctl', ...w], { cwd: dir });
  const top = complete('');
  assert.is(top.stderr, '');
  for (const c of ['add', 'remove', 'completion', 'plan', 'apply']) assert.ok(words(top).includes(c), c);
  const ids = JSON.parse(readFileSync(join(ROOT, 'catalog', 'index.json'), 'utf8')).templates.map((t: { id: string }) => t.id);
  assert.ok(ids.includes('everything'));
  assert.equal(words(complete('add', 'ev')), ['everything']);
  assert.ok(words(complete('add', '')).includes('github'));
  const flags = complete('add', '--s');
  assert.is(flags.stderr, '');
  assert.ok(words(flags).includes('--secret') && words(flags).includes('--set'));
  assert.ok(words(complete('remove', '')).includes('memory'));
  assert.equal(words(complete('remove', 'gi')), ['github']);
  assert.ok(words(complete('test', 'github', '')).includes('memory'));
});

test('template ids of a path catalog in mcp.yaml are offered too', () => {
  const { dir } = project('basic');
  const r = mcpctl(['--get-yargs-completions', 'mcpctl', 'add', 'remote'], { cwd: dir });
  assert.equal(words(r), ['remote-demo']);
});

test.run();
