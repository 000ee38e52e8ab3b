// plan and apply on their usual command lines run without yargs (src/cli/plan-argv.ts, plan-fast.ts): the
// command line is read the way yargs reads it, anything unusual goes to yargs, and both ways print and exit
// the same. `--no-adopt` (the default, spelt so only yargs reads it) sends the same command through yargs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parsePlanArgv } from '../../src/cli/plan-argv.js';
import { BIN, mcpctl, tempDir } from '../helpers/cli.js';
import type { RunResult } from '../helpers/cli.js';

test('the usual command lines, read as yargs reads them', () => {
  assert.equal(parsePlanArgv(['plan']), {
    command: 'plan',
    args: {
      file: 'mcp.yaml',
      config: undefined,
      profile: undefined,
      project: undefined,
      json: false,
      policy: undefined,
      target: undefined,
      adopt: false,
      set: undefined,
      out: undefined,
      'detailed-exitcode': false,
      probe: false,
    },
  });
  const p = parsePlanArgv([
    'plan',
    '-f',
    'team.yaml',
    '--config=/c/config.toml',
    '--target',
    'codex',
    '--target=vscode',
    '--json',
    '--out',
    'plan.json',
    '--set',
    'web',
    '--detailed-exitcode',
    '--policy',
    'org.yaml',
    '--adopt',
  ]);
  assert.equal(p?.args, {
    file: 'team.yaml',
    config: '/c/config.toml',
    profile: undefined,
    project: undefined,
    json: true,
    policy: 'org.yaml',
    target: ['codex', 'vscode'],
    adopt: true,
    set: 'web',
    out: 'plan.json',
    'detailed-exitcode': true,
    probe: false,
  });
  const a = parsePlanArgv(['apply', 'saved.json', '-y', '--keep-backups', '3', '--file=x.yaml', '--profile', 'work']);
  assert.equal(a, {
    command: 'apply',
    args: {
      file: 'x.yaml',
      config: undefined,
      profile: 'work',
      project: undefined,
      json: false,
      policy: undefined,
      target: undefined,
      adopt: false,
      set: undefined,
      plan: 'saved.json',
      yes: true,
      'keep-backups': 3,
    },
  });
});

test('anything unusual is left to yargs', () => {
  for (const argv of [
    ['plan', '--help'],
    ['plan', '-h'],
    ['plan', '--probe'],
    ['plan', '--no-adopt'],
    ['plan', '--json=true'],
    ['plan', '--json', 'true'],
    ['plan', '--json', '--json'],
    ['plan', '-f'],
    ['plan', '-f', ''],
    ['plan', '-f', '--json'],
    ['plan', '-f', 'a.yaml', '-f', 'b.yaml'],
    ['plan', '--config', 'a', '--profile', 'b'],
    ['plan', '--target', 'emacs'],
    ['plan', 'extra'],
    ['plan', '--yes'],
    ['plan', '--keep-backups', '3'],
    ['plan', '-jf', 'x'],
    ['plan', '--unknown'],
    ['apply', 'a.json', 'b.json'],
    ['apply', '--keep-backups', '-1'],
    ['apply', '--keep-backups', '1.5'],
    ['apply', '--out', 'x'],
    ['apply', '--detailed-exitcode'],
    ['apply', '--', 'x'],
    ['validate'],
  ])
    assert.is(parsePlanArgv(argv), null, argv.join(' '));
});

// one project, planned and applied both ways
const dir = tempDir('mcpctl-plan-fast-');
const YAML = `version: 1
targets:
  codex: {}
  claude-code: {scope: project}
servers:
  docs:
    command: npx
    args: ["-y", "@acme/docs-mcp@1.0.0"]
    env: {DOCS_TOKEN: "\${env:DOCS_TOKEN}"}
  search:
    url: https://search.example.com/mcp
    headers: {Authorization: "Bearer \${env:SEARCH_TOKEN}"}
`;

function run(args: string[], home: string): RunResult {
  return mcpctl(args, { cwd: home, env: { HOME: home } });
}

/** Paths of the bundles a run read (fs.readFileSync recorded by a preload). */
function bundlesRead(args: string[], home: string): string[] {
  const out = join(home, 'read.txt');
  const preload = join(home, 'preload.cjs');
  writeFileSync(
    preload,
    `const fs = require('fs'); const seen = []; const real = fs.readFileSync;
fs.readFileSync = function (p, ...rest) { if (/dist[\\\\/]cli[\\\\/][a-z]+\\.cjs$/.test(String(p))) seen.push(String(p).replace(/.*[\\\\/]/, '')); return real.call(this, p, ...rest); };
process.on('exit', () => fs.writeFileSync(${JSON.stringify(out)}, seen.join('\\n')));`,
  );
  spawnSync(process.execPath, ['-r', preload, BIN, ...args], {
    cwd: home,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home, CODEX_HOME: join(home, '.codex'), NO_COLOR: '1' },
  });
  return readFileSync(out, 'utf8')
    .split('\n')
    .filter((f) => f !== '' && f !== 'entry.cjs');
}

function home(name: string, yaml = YAML): string {
  const h = join(dir, name);
  mkdirSync(h, { recursive: true });
  writeFileSync(join(h, 'mcp.yaml'), yaml);
  return h;
}

test('plan: the fast path reads its own bundle, not the full CLI', () => {
  const h = home('bundles');
  assert.equal(bundlesRead(['plan'], h), ['plan.cjs']);
  assert.equal(bundlesRead(['plan', '--no-adopt'], h), ['main.cjs']);
});

/** node's own modules a run loaded beyond those node had loaded before it (process.moduleLoadList, by a preload). */
function builtinsLoaded(args: string[], home: string): string[] {
  const out = join(home, 'builtins.txt');
  const preload = join(home, 'builtins.cjs');
  writeFileSync(
    preload,
    `const before = new Set(process.moduleLoadList);
process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, process.moduleLoadList.filter((m) => !before.has(m) && m.startsWith('NativeModule ')).map((m) => m.slice(13)).join('\\n')));`,
  );
  const r = spawnSync(process.execPath, ['-r', preload, BIN, ...args], {
    cwd: home,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home, CODEX_HOME: join(home, '.codex'), NO_COLOR: '1' },
    encoding: 'utf8',
  });
  assert.is(r.status, 0, r.stderr);
  return readFileSync(out, 'utf8').split('\n');
}

test('a plan that changes nothing loads none of node’s heavier modules (crypto, streams, fs/promises)', () => {
  const h = home('builtins');
  assert.is(run(['apply', '--yes'], h).code, 0);
  const loaded = builtinsLoaded(['plan'], h);
  // what it needs: the code cache (vm) and the home folder (os)
  assert.ok(loaded.includes('vm'), `the recording works: ${loaded.join(', ')}`);
  for (const heavy of ['crypto', 'stream', 'fs/promises', 'internal/fs/promises', 'module', 'child_process', 'net'])
    assert.not.ok(loaded.includes(heavy), `a plan loaded node:${heavy} (${loaded.join(', ')})`);
  // and an apply, which writes, still does (its temp names and locks take random bytes)
  writeFileSync(join(h, 'mcp.yaml'), YAML.replace('docs-mcp@1.0.0', 'docs-mcp@1.0.1'));
  assert.ok(builtinsLoaded(['apply', '--yes'], h).includes('crypto'));
});

test('plan and apply print and exit the same both ways', () => {
  for (const [fast, slow] of [
    [['plan'], ['plan', '--no-adopt']],
    [
      ['plan', '--json'],
      ['plan', '--json', '--no-adopt'],
    ],
    [
      ['plan', '--detailed-exitcode'],
      ['plan', '--detailed-exitcode', '--no-adopt'],
    ],
    [
      ['plan', '--target', 'claude-code'],
      ['plan', '--target', 'claude-code', '--no-adopt'],
    ],
    [['apply'], ['apply', '--no-adopt']],
  ]) {
    const [a, b] = [home('a'), home('b')];
    const x = run(fast ?? [], a);
    const y = run(slow ?? [], b);
    const same = (s: string, h: string) => s.split(h).join('<home>');
    assert.is(x.code, y.code, fast?.join(' '));
    assert.is(same(x.stdout, a), same(y.stdout, b), fast?.join(' '));
    assert.is(same(x.stderr, a), same(y.stderr, b), fast?.join(' '));
  }
});

test('apply --yes writes the same files both ways; bad input fails the same', () => {
  const [a, b] = [home('apply-a'), home('apply-b')];
  const x = run(['apply', '--yes'], a);
  const y = run(['apply', '--yes', '--no-adopt'], b);
  assert.is(x.code, 0, x.stderr);
  assert.is(y.code, 0, y.stderr);
  const codex = (h: string) =>
    readFileSync(join(h, '.codex', 'config.toml'), 'utf8')
      .split(h)
      .join('<home>');
  assert.is(codex(a), codex(b));
  assert.is(readFileSync(join(a, '.mcp.json'), 'utf8'), readFileSync(join(b, '.mcp.json'), 'utf8'));
  const bad = 'version: 1\nservers:\n  x:\n    command: [1, 2\n';
  const [c, d] = [home('bad-a', bad), home('bad-b', bad)];
  const e = run(['plan'], c);
  const f = run(['plan', '--no-adopt'], d);
  assert.is(e.code, 2);
  assert.is(e.code, f.code);
  assert.is(e.stderr.split(c).join('<home>'), f.stderr.split(d).join('<home>'));
  assert.match(e.stderr, /mcp\.yaml:4:/);
});

test.run();
