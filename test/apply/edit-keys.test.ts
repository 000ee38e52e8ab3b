// Updating an adopted server edits only the keys that change: comments inside its tables, multi-line
// arrays and string styles stay byte for byte; the plan names the changed key and the diff shows only
// its line; real Codex reads the result. Fixtures: fixtures/apply/edit-keys/.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import { codexGet } from '../helpers/codex.js';

const FIXTURE = join(ROOT, 'fixtures', 'apply', 'edit-keys');

const cases: Array<[string, string, string, RegExp]> = [
  ['a changed timeout', 'mcp.yaml', 'expected.toml', /startup_timeout_sec/],
  ['a changed env value in [mcp_servers.gh.env]', 'mcp-env.yaml', 'expected-env.toml', /env/],
];

for (const [what, yaml, expected, changed] of cases) {
  test(`${what}: only those bytes differ, and Codex reads the result`, () => {
    const home = tempDir();
    mkdirSync(join(home, '.codex'));
    const config = join(home, '.codex', 'config.toml');
    copyFileSync(join(FIXTURE, 'config.toml'), config);
    copyFileSync(join(FIXTURE, yaml), join(home, 'mcp.yaml'));
    const plan = mcpctl(['plan', '--config', config], { cwd: home, env: { HOME: home } });
    assert.is(plan.code, 0, plan.stderr);
    assert.match(plan.stdout, changed);
    const diffLines = plan.stdout.split('\n').filter((l) => /^[-+][^-+]/.test(l));
    assert.is(diffLines.length, 2, `the diff shows one line changed:\n${plan.stdout}`);
    const r = mcpctl(['apply', '--yes', '--config', config], { cwd: home, env: { HOME: home } });
    assert.is(r.code, 0, r.stderr);
    assert.is(readFileSync(config, 'utf8'), readFileSync(join(FIXTURE, expected), 'utf8'));
    const got = codexGet(home, 'gh');
    assert.equal(got['transport'], {
      type: 'stdio',
      command: 'node',
      args: ['server.js', '--port', '8080'],
      env: yaml === 'mcp.yaml' ? { LEVEL: 'debug', MODE: 'fast' } : { LEVEL: 'info', MODE: 'fast' },
      env_vars: [],
      cwd: null,
    });
    assert.is(got['startup_timeout_sec'], yaml === 'mcp.yaml' ? 45 : 20);
    // and nothing left to do
    assert.is(mcpctl(['plan', '--detailed-exitcode', '--config', config], { cwd: home, env: { HOME: home } }).code, 0);
  });
}

test.run();
