// What a new user tripped on (issue 13, item 24): usage errors that say what is missing, help examples
// that can be copied, a saved plan applied without a second question, progress printed once, rollback
// --dry-run that says what it would do, catalog verify --json that says who signed, and a plan that does
// not call a drifted server "verified just now".
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, tempDir } from '../helpers/cli.js';

const YAML = 'version: 1\nservers:\n  notes:\n    command: uvx\n    args: ["notes-mcp==0.4.2"]\n';

function project(): { dir: string; env: Record<string, string>; config: string } {
  const dir = tempDir();
  writeFileSync(join(dir, 'mcp.yaml'), YAML);
  return { dir, env: { HOME: dir }, config: join(dir, '.codex', 'config.toml') };
}

test("usage errors name what is missing and show an example, never the parser's words", () => {
  const cases: Array<[string[], RegExp, RegExp]> = [
    [
      ['remove'],
      /"mcpctl remove" needs NAME \(usage: mcpctl remove <name>\)/,
      /e\.g\. mcpctl remove gh; see "mcpctl remove --help"/,
    ],
    [['secret', 'get'], /"mcpctl secret get" needs NAME/, /e\.g\. mcpctl secret get github\/pat/],
    [
      ['catalog'],
      /"mcpctl catalog" needs one of: list, search, show, verify, keygen, sign, pull, import/,
      /e\.g\. mcpctl catalog search github/,
    ],
    [['catalog', 'show'], /"mcpctl catalog show" needs ID/, /e\.g\. mcpctl catalog show github/],
    [['catalog', 'keygen'], /"mcpctl catalog keygen" needs --out/, /e\.g\. mcpctl catalog keygen --out acme\.key/],
    [['plan', '-f'], /-f needs a value/, /see "mcpctl plan --help"/],
    [['scan', '--format', 'x'], /--format "x" is not one of pretty, json, sarif, github/, /see "mcpctl scan --help"/],
    [
      ['plan', '--config', 'a', '--profile', 'b'],
      /--config and --profile cannot be used together/,
      /e\.g\. mcpctl plan/,
    ],
  ];
  for (const [args, message, hint] of cases) {
    const r = mcpctl(args);
    const what = `mcpctl ${args.join(' ')}`;
    assert.is(r.code, 2, what);
    assert.not.match(
      r.stderr,
      /non-option arguments|Missing required argument|Not enough arguments following|Invalid values|mutually exclusive/,
      `${what}: ${r.stderr}`,
    );
    assert.match(r.stderr, new RegExp(`^error E_USAGE: ${message.source}`), `${what}: ${r.stderr}`);
    assert.match(r.stderr, new RegExp(`\\n  hint: .*${hint.source}`), `${what}: ${r.stderr}`);
  }
});

test('--help examples stay on one line each, so they can be copied', () => {
  for (const args of [
    ['catalog', '--help'],
    ['add', '--help'],
    ['scan', '--help'],
    ['apply', '--help'],
    ['completion', '--help'],
    ['remove', '--help'],
  ]) {
    const help = mcpctl(args, { env: { COLUMNS: '60' } }).stdout;
    const at = help.indexOf('\nExamples:\n');
    assert.ok(at >= 0, args.join(' '));
    const lines = (help.slice(at + '\nExamples:\n'.length).split('\n\n')[0] ?? '').split('\n').filter(Boolean);
    for (const l of lines)
      assert.match(l, /^ {2}mcpctl \S/, `${args.join(' ')}: a wrapped example line: ${JSON.stringify(l)}`);
  }
  assert.match(
    mcpctl(['catalog', '--help']).stdout,
    /\n {2}mcpctl catalog keygen --out acme\.key && mcpctl catalog sign \.\/catalog --key acme\.key {2,}publish/,
  );
});

test('apply PLAN applies the saved plan without asking again (no --yes, no terminal)', () => {
  const { dir, env, config } = project();
  const plan = mcpctl(['plan', '--out', 'plan.json'], { cwd: dir, env });
  assert.is(plan.code, 0, plan.stderr);
  const apply = mcpctl(['apply', 'plan.json'], { cwd: dir, env });
  assert.is(apply.code, 0, apply.stderr);
  assert.not.match(apply.stderr, /confirm|--yes/);
  assert.match(readFileSync(config, 'utf8'), /notes-mcp==0\.4\.2/);
  // a plan that no longer matches is still refused
  writeFileSync(join(dir, 'mcp.yaml'), YAML.replace('0.4.2', '0.4.3'));
  const stale = mcpctl(['apply', 'plan.json'], { cwd: dir, env });
  assert.is(stale.code, 4, stale.stderr);
  assert.match(stale.stderr, /E_STALE_PLAN/);
  // without a saved plan, a terminal (or --yes) is still required
  assert.is(mcpctl(['apply'], { cwd: dir, env }).code, 2);
});

test('without a terminal, progress prints each step once', () => {
  const { dir, env } = project();
  const r = mcpctl(['apply', '--yes'], { cwd: dir, env });
  assert.is(r.code, 0, r.stderr);
  for (const step of [
    'Lock the target and check it did not change',
    'Back up the current file',
    'Write atomically',
    'Verify what was written',
    'Record managed servers',
  ]) {
    assert.is(r.stderr.split(step).length - 1, 1, `"${step}" in:\n${r.stderr}`);
  }
  assert.match(r.stderr, /^✔ Write atomically$/m);
});

test('rollback --dry-run says it is a dry run, and that the file would be deleted when it did not exist', () => {
  const { dir, env, config } = project();
  assert.is(mcpctl(['apply', '--yes'], { cwd: dir, env }).code, 0);
  const dry = mcpctl(['rollback', '--dry-run'], { cwd: dir, env });
  assert.is(dry.code, 0, dry.stderr);
  assert.not.match(dry.stdout, /Restoring/);
  assert.match(dry.stdout, /^Dry run: would restore backup \S+ .*; nothing is changed\.$/m);
  assert.match(
    dry.stdout,
    new RegExp(`${config.replaceAll('.', '\\.')} did not exist before then: the rollback would delete it\\.`),
  );
  const json = JSON.parse(mcpctl(['rollback', '--dry-run', '--json'], { cwd: dir, env }).stdout);
  assert.is(json.deletes_target, true);
  assert.is(json.restored, false);
  const done = mcpctl(['rollback', '--yes'], { cwd: dir, env });
  assert.is(done.code, 0, done.stderr);
  assert.match(done.stdout, /Deleted .*config\.toml \(it did not exist before \S+\)/);
});

test('catalog verify --json without an argument says which keys signed each catalog', () => {
  const r = mcpctl(['catalog', 'verify', '--json']);
  assert.is(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  const builtin = doc.verified.find((v: { where: string }) => v.where === 'builtin');
  assert.ok(builtin);
  assert.equal(builtin.signed_by, [
    JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'catalog', 'keys', 'release.pub'), 'utf8')).keyid,
  ]);
  assert.match(mcpctl(['catalog', 'verify']).stdout, /verified \(signed by [0-9a-f]+\)/);
});

test('after a hand edit (drift), plan does not present the last test as current', () => {
  const { dir, env, config } = project();
  assert.is(mcpctl(['apply', '--yes'], { cwd: dir, env }).code, 0);
  const state = join(dir, '.codex', '.mcpctl', 'config.toml.state.json');
  const doc = JSON.parse(readFileSync(state, 'utf8'));
  writeFileSync(state, JSON.stringify({ ...doc, last_verified_at: { notes: new Date().toISOString() } }));
  assert.match(mcpctl(['plan'], { cwd: dir, env }).stdout, /last verified \(mcpctl test\): notes just now\n/);
  writeFileSync(config, readFileSync(config, 'utf8').replace('notes-mcp==0.4.2', 'notes-mcp==0.4.1'));
  const drifted = mcpctl(['plan'], { cwd: dir, env });
  assert.match(drifted.stdout, /\[drift: edited by hand/);
  assert.match(drifted.stdout, /last verified \(mcpctl test\): notes just now, before the hand edit\n/);
});

test.run();
