// plan shows what apply will refuse: a referenced secret missing from the store, lint errors. The text,
// the --json document and --detailed-exitcode all say so, and apply then refuses for the same reason.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, tempDir } from '../helpers/cli.js';

function setUp(yaml: string) {
  const home = tempDir('mcpctl-plan-blocking-');
  writeFileSync(join(home, 'mcp.yaml'), yaml);
  // no session bus (XDG_RUNTIME_DIR has none): the store is the age file under HOME
  const env = { HOME: home, XDG_RUNTIME_DIR: home };
  const run = (args: string[], input = '') => mcpctl([...args], { cwd: home, env, input });
  return { home, run };
}

const MISSING =
  'version: 1\nservers:\n  s:\n    command: node\n    args: ["x.js"]\n    env:\n      T: ${secret:nope/missing}\n';

test('a missing secret: plan reports the error where it is referenced, exits 1 (also with --detailed-exitcode), and apply refuses the same way', () => {
  const { home, run } = setUp(MISSING);
  const plan = run(['plan']);
  assert.is(plan.code, 1, plan.stderr);
  assert.match(plan.stderr, /mcp\.yaml:7:10: error E_SECRET_MISSING: no secret "nope\/missing"/);
  assert.match(
    plan.stdout,
    /Apply would refuse this plan \(1 problem; see above\):\n  E_SECRET_MISSING: no secret "nope\/missing"/,
  );
  assert.is(run(['plan', '--detailed-exitcode']).code, 1);
  const json = run(['plan', '--json']);
  assert.is(json.code, 1);
  const doc = JSON.parse(json.stdout);
  assert.equal(
    doc.blocking.map((d: { code: string; line: number; col: number }) => [d.code, d.line, d.col]),
    [['E_SECRET_MISSING', 7, 10]],
  );
  const apply = run(['apply', '--yes']);
  assert.is(apply.code, 1);
  assert.match(apply.stderr, /error E_SECRET_MISSING: mcp\.yaml:7:10: not applied: no secret "nope\/missing"/);
  assert.not.ok(existsSync(join(home, '.codex', 'config.toml')));
  // once the secret is set, plan has nothing against it and apply goes ahead
  assert.is(run(['secret', 'set', 'nope/missing'], 'a-value-for-the-test').code, 0);
  const ok = run(['plan', '--detailed-exitcode']);
  assert.is(ok.code, 2, ok.stderr);
  assert.not.match(ok.stdout, /Apply would refuse/);
  assert.equal(JSON.parse(run(['plan', '--json']).stdout).blocking, []);
  assert.is(run(['apply', '--yes']).code, 0);
});

test('lint errors: plan says apply would refuse and --detailed-exitcode returns 1, not 2', () => {
  const { run } = setUp(
    'version: 1\nservers:\n  gh:\n    command: npx\n    args: ["-y", "@modelcontextprotocol/server-github"]\n',
  );
  const plan = run(['plan']);
  assert.is(plan.code, 1);
  assert.match(
    plan.stdout,
    /Apply would refuse this plan \(1 problem; see above\):\n  E_LINT: lint found 1 error in mcp\.yaml/,
  );
  assert.is(run(['plan', '--detailed-exitcode']).code, 1);
  assert.equal(
    JSON.parse(run(['plan', '--json']).stdout).blocking.map((d: { code: string }) => d.code),
    ['E_LINT'],
  );
  assert.is(run(['apply', '--yes']).code, 1);
});

test.run();
