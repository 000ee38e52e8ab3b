// Shell completion: the script for bash and zsh, and the words offered: commands, flags, template ids of the
// built-in catalog (and of mcp.yaml's path catalogs), server names of ./mcp.yaml.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BIN, mcpctl, ROOT, tempDir } from '../helpers/cli.js';
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
  const ids = JSON.parse(readFileSync(join(ROOT, 'catalog', 'index.json'), 'utf8')).templates.map(
    (t: { id: string }) => t.id,
  );
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

test('mcpctl completion SHELL: bash, zsh and fish scripts that their shells parse; --help is help', () => {
  const dir = tempDir();
  for (const shell of ['bash', 'zsh', 'fish']) {
    const r = mcpctl(['completion', shell]);
    assert.is(r.code, 0, `${shell}: ${r.stderr}`);
    assert.is(r.stderr, '');
    const file = join(dir, `mcpctl.${shell}`);
    writeFileSync(file, r.stdout);
    const check = spawnSync(shell, ['-n', file], { encoding: 'utf8' });
    assert.is(check.status, 0, `${shell} -n: ${check.stderr}`);
  }
  assert.match(mcpctl(['completion', 'fish']).stdout, /^complete -c mcpctl -f -a '\(__mcpctl_yargs_completions\)'$/m);
  assert.match(mcpctl(['completion', 'zsh']).stdout, /^#compdef mcpctl\n/);
  const help = mcpctl(['completion', '--help']);
  assert.is(help.code, 0);
  assert.match(help.stdout, /^mcpctl completion \[shell\]\n/);
  assert.not.match(help.stdout, /yargs_completions/);
});

test('--shell still works, with a deprecation note; an unknown shell is a usage error', () => {
  const fish = mcpctl(['completion', '--shell', 'fish']);
  assert.is(fish.code, 0);
  assert.match(fish.stdout, /__mcpctl_yargs_completions/);
  assert.not.match(fish.stdout, /compgen/);
  assert.match(fish.stderr, /--shell is deprecated; run "mcpctl completion fish"/);
  for (const args of [
    ['completion', '--shell', 'pwsh'],
    ['completion', 'pwsh'],
  ]) {
    const bad = mcpctl(args);
    assert.is(bad.code, 2, args.join(' '));
    assert.is(bad.stdout, '');
    assert.match(bad.stderr, /error E_USAGE: unknown shell "pwsh": completion scripts exist for bash, zsh, fish/);
  }
  const two = mcpctl(['completion', 'zsh', '--shell', 'fish']);
  assert.is(two.code, 2);
  assert.match(two.stderr, /more than one shell named/);
});

test('each script completes in its real shell: a template id after "add", a command, a flag', () => {
  const dir = tempDir();
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  symlinkSync(BIN, join(bin, 'mcpctl'));
  const env = { PATH: `${bin}:${process.env['PATH'] ?? '/usr/bin:/bin'}`, HOME: dir, NO_COLOR: '1' };
  const script = (shell: string) => {
    const file = join(dir, `c.${shell}`);
    writeFileSync(file, mcpctl(['completion', shell]).stdout);
    return file;
  };
  const run = (shell: string, code: string) => {
    const r = spawnSync(shell, ['-c', code], { cwd: dir, env, encoding: 'utf8' });
    assert.is(r.status, 0, `${shell}: ${r.stderr}`);
    return r.stdout.split('\n').filter(Boolean);
  };
  const bash = script('bash');
  const inBash = (...w: string[]) =>
    run(
      'bash',
      `source ${bash}; COMP_WORDS=(${w.map((x) => `'${x}'`).join(' ')}); COMP_CWORD=${w.length - 1}; _mcpctl_yargs_completions; printf '%s\\n' "\${COMPREPLY[@]}"`,
    );
  assert.equal(inBash('mcpctl', 'add', 'ev'), ['everything']);
  assert.equal(inBash('mcpctl', 'pl'), ['plan']);
  assert.equal(inBash('mcpctl', 'plan', '--detailed-e'), ['--detailed-exitcode']);
  const fish = script('fish');
  const inFish = (line: string) => run('fish', `source ${fish}; complete -C '${line}'`).map((l) => l.split('\t')[0]);
  assert.equal(inFish('mcpctl add ev'), ['everything']);
  assert.ok(inFish('mcpctl pl').includes('plan'));
  assert.equal(inFish('mcpctl plan --detailed-e'), ['--detailed-exitcode']);
  assert.ok(inFish('mcpctl add ').includes('github'), 'after a space: the empty word is completed');
  // zsh's completion system needs a terminal; _describe (what the script hands the words to) is stubbed
  const zsh = script('zsh');
  const inZsh = (...w: string[]) =>
    run(
      'zsh',
      `compdef() { :; }; source ${zsh}; _describe() { print -l -- "\${(@P)2}"; }; words=(${w.map((x) => `'${x}'`).join(' ')}); CURRENT=${w.length}; _mcpctl_yargs_completions`,
    );
  assert.equal(inZsh('mcpctl', 'add', 'ev'), ['everything']);
  assert.ok(inZsh('mcpctl', 'pl').some((l) => l.startsWith('plan:Show what apply would change')));
});

test.run();
