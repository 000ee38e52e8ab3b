// Golden tests: fixtures/plan/<case>/{mcp.yaml, config.toml?, managed.txt?} → expected render, plan text and JSON.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { codexHash as tableHash } from '../../src/core/targets/codex/normalize.js';
import { readTarget } from '../../src/core/toml/read-target.js';
import { assertGolden } from '../helpers/golden.js';
import { mcpctl, ROOT, scrub, tempDir } from '../helpers/cli.js';

const FIXTURES = join(ROOT, 'fixtures', 'plan');

function setUp(name: string): string {
  const dir = tempDir();
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  const managedFile = join(dir, 'managed.txt');
  if (existsSync(managedFile)) {
    const doc = readTarget(readFileSync(join(dir, 'config.toml'), 'utf8'), 'config.toml');
    const managed: Record<string, { sha256: string }> = {};
    for (const n of readFileSync(managedFile, 'utf8').split('\n').filter(Boolean)) {
      const s = doc.servers.get(n);
      if (s) managed[n] = { sha256: tableHash(s.value) };
    }
    mkdirSync(join(dir, '.mcpctl'));
    writeFileSync(join(dir, '.mcpctl', 'config.toml.state.json'), JSON.stringify({ format_version: 1, managed }));
  }
  return dir;
}

for (const name of readdirSync(FIXTURES)) {
  test(`plan golden: ${name}`, () => {
    const dir = setUp(name);
    const target = ['--config', join(dir, 'config.toml'), '-f', 'mcp.yaml'];
    const before = existsSync(join(dir, 'config.toml')) ? readFileSync(join(dir, 'config.toml'), 'utf8') : null;

    const render = mcpctl(['render', ...target], { cwd: dir });
    assert.is(render.code, 0, render.stderr);
    assertGolden(join(FIXTURES, name, 'expected.render.toml'), render.stdout);

    const json = mcpctl(['plan', '--json', ...target], { cwd: dir });
    const doc = JSON.parse(json.stdout);
    // a plan apply would refuse (lint errors, missing secrets) is an error: exit 1, with --detailed-exitcode too
    const refused = doc.blocking.length > 0;
    assert.is(json.code, refused ? 1 : 0, json.stderr);
    doc.tool = '<tool>';
    assertGolden(join(FIXTURES, name, 'expected.plan.json'), `${scrub(JSON.stringify(doc, null, 2), dir)}\n`);

    const plan = mcpctl(['plan', ...target], { cwd: dir });
    assert.is(plan.code, refused ? 1 : 0, plan.stderr);
    assertGolden(join(FIXTURES, name, 'expected.plan.txt'), scrub(plan.stdout, dir));

    const detailed = mcpctl(['plan', '--detailed-exitcode', ...target], { cwd: dir });
    assert.is(detailed.code, refused ? 1 : doc.has_changes ? 2 : 0);

    // plan and render never write the target
    const after = existsSync(join(dir, 'config.toml')) ? readFileSync(join(dir, 'config.toml'), 'utf8') : null;
    assert.is(after, before);
  });
}

test('no output of plan or render holds a secret value from either file', () => {
  const dir = setUp('redacted');
  const target = ['--config', join(dir, 'config.toml'), '-f', 'mcp.yaml'];
  const outputs = [
    mcpctl(['render', ...target], { cwd: dir }),
    mcpctl(['plan', ...target], { cwd: dir }),
    mcpctl(['plan', '--json', ...target], { cwd: dir }),
  ];
  for (const o of outputs) {
    const all = o.stdout + o.stderr;
    assert.not.match(all, 'R7nQ2vX9kLm4pT8w');
    assert.not.match(all, 'Zx81mQv2Lr7Tn4Wp');
    assert.match(all, '(sensitive)');
  }
});

test.run();
