// The base/head plan: base and head read from a real git repository, and the plan checked against the
// real thing: `mcpctl apply` of the base and then of the head writes exactly the config.toml texts the
// action's plan starts from and ends with.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSpec } from '../../src/app/pipeline.js';
import type { Context } from '../../src/app/pipeline.js';
import { changedFiles, fileAt, resolveCommit } from '../../src/action/git.js';
import { planMerge } from '../../src/action/pr-plan.js';
import { loadSpecText as specFromText } from '../../src/app/pipeline.js';
import { McpctlError } from '../../src/core/errors.js';
import type { TomlTable } from '../../src/core/toml/value.js';
import { mcpctl, tempDir } from '../helpers/cli.js';
import { gitRepo } from './_fixture.js';

const BASE = `version: 1
servers:
  memory:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-memory@2025.4.8"]
  docs:
    url: https://docs.example.com/mcp
    headers:
      X-Team: platform
  old:
    command: uvx
    args: [old-server==1.0]
`;
const HEAD = `version: 1
servers:
  memory:
    command: npx
    args: ["-y", "@modelcontextprotocol/server-memory@2025.5.1"]
    env:
      MEMORY_FILE_PATH: /data/memory.json
  docs:
    url: https://docs.example.com/mcp
    headers:
      X-Team: platform
    startup_timeout_sec: 20
  linear:
    url: https://mcp.linear.app/mcp
    headers:
      Authorization: "Bearer \${env:LINEAR_API_KEY}"
`;

const ctx = (cwd: string): Context => ({ cwd, env: { MCPCTL_LAUNCHER: 'mcpctl' }, home: cwd });

async function compiled(text: string, dir: string): Promise<Map<string, TomlTable>> {
  return compileSpec(await specFromText(text, 'mcp.yaml', join(dir, 'mcp.yaml'), ctx(dir)), ctx(dir));
}

test('git: the base version with git show, absent as null, a folder refused, changed files', async () => {
  const repo = gitRepo();
  const first = repo.commit({ 'README.md': '# x\n', 'conf/keep.txt': 'k\n' }, 'first');
  const base = repo.commit({ 'mcp.yaml': BASE }, 'base');
  repo.commit({ 'mcp.yaml': HEAD, 'conf/new.txt': 'n\n', 'README.md': null }, 'head');
  assert.is(await resolveCommit('main~1', repo.dir), base);
  assert.is(await fileAt(base, 'mcp.yaml', repo.dir), BASE);
  assert.is(await fileAt(first, 'mcp.yaml', repo.dir), null);
  try {
    await fileAt(base, 'conf', repo.dir);
    assert.unreachable('a folder is not mcp.yaml');
  } catch (e) {
    assert.instance(e, McpctlError);
    assert.match(String(e), 'is a tree, not a file');
  }
  try {
    await resolveCommit('0123456789abcdef0123456789abcdef01234567', repo.dir);
    assert.unreachable('an unknown base');
  } catch (e) {
    assert.instance(e, McpctlError);
    assert.match(e instanceof McpctlError ? (e.hint ?? '') : '', 'fetch-depth: 0');
  }
  assert.equal(await changedFiles(base, repo.dir), ['conf/new.txt', 'mcp.yaml']);
});

test('a shallow checkout (fetch-depth: 1): the base commit is fetched from origin', async () => {
  const repo = gitRepo();
  const base = repo.commit({ 'mcp.yaml': BASE }, 'base');
  repo.commit({ 'mcp.yaml': HEAD }, 'head');
  const shallow = join(tempDir(), 'checkout');
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, shallow], {
    env: { PATH: process.env['PATH'] ?? '', HOME: shallow },
  });
  assert.is(await resolveCommit(base, shallow), base);
  assert.is(await fileAt(base, 'mcp.yaml', shallow), BASE);
  assert.equal(await changedFiles(base, shallow), ['mcp.yaml']);
});

test('the plan of a pull request is what apply writes: base applied, then head applied', async () => {
  const repo = gitRepo();
  const base = repo.commit({ 'mcp.yaml': BASE }, 'base');
  repo.commit({ 'mcp.yaml': HEAD }, 'head');
  const merge = planMerge(
    await compiled((await fileAt(base, 'mcp.yaml', repo.dir)) ?? '', repo.dir),
    await compiled(HEAD, repo.dir),
  );
  assert.equal(
    merge.plan.changes.map((c) => `${c.action} ${c.name} ${c.changed.join(',')}`),
    [
      'update memory args,env',
      'update docs startup_timeout_sec',
      'create linear url,bearer_token_env_var',
      'delete old ',
    ],
  );
  assert.is(merge.plan.summary.drift, 0);

  // the same two steps on a workstation, with the real CLI
  const home = tempDir('mcpctl-action-home-');
  const work = join(home, 'work');
  mkdirSync(work);
  const config = join(home, '.codex', 'config.toml');
  for (const [yaml, expected] of [
    [BASE, merge.baseText],
    [HEAD, merge.headText],
  ] as const) {
    writeFileSync(join(work, 'mcp.yaml'), yaml);
    const r = mcpctl(['apply', '--yes', '--config', config], { cwd: work, env: { HOME: home } });
    assert.is(r.code, 0, r.stderr);
    assert.fixture(readFileSync(config, 'utf8'), expected);
  }
  // and the diff is the one `mcpctl plan` shows for that step, but for the file's name and labels
  writeFileSync(join(work, 'mcp.yaml'), BASE);
  writeFileSync(config, '');
  assert.is(mcpctl(['apply', '--yes', '--config', config], { cwd: work, env: { HOME: home } }).code, 0);
  writeFileSync(join(work, 'mcp.yaml'), HEAD);
  const planned = JSON.parse(mcpctl(['plan', '--json', '--config', config], { cwd: work, env: { HOME: home } }).stdout);
  const body = (d: string) => d.slice(d.indexOf('@@'));
  assert.fixture(body(merge.diff), body(planned.targets[0].diff));
});

test('a file absent at the base: every server is created; absent at the head: every one deleted', async () => {
  const dir = tempDir();
  const head = await compiled(HEAD, dir);
  const created = planMerge(new Map(), head);
  assert.equal(created.plan.summary, { create: 3, update: 0, delete: 0, noop: 0, drift: 0, unmanaged: 0 });
  assert.is(created.baseText, '');
  const deleted = planMerge(head, new Map());
  assert.equal(deleted.plan.summary, { create: 0, update: 0, delete: 3, noop: 0, drift: 0, unmanaged: 0 });
  assert.is(deleted.headText, '');
});

test.run();
