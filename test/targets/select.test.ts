// mcp.yaml's targets: which clients a file configures, and which of them each server goes to.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadYaml } from '../../src/core/load.js';
import { validate as schema } from '../../src/core/generated/mcp-validator.js';
import { validate } from '../../src/core/validate.js';
import { declaredTargets, serverTargets } from '../../src/core/targets/select.js';

const check = (yaml: string) => validate(loadYaml(yaml, 'mcp.yaml'), schema);

test('no targets key: Codex alone, as before targets existed', () => {
  const r = check('version: 1\nservers:\n  a: {command: x}\n');
  assert.equal(r.diagnostics, []);
  assert.ok(r.spec);
  if (!r.spec) return;
  assert.equal(declaredTargets(r.spec), ['codex']);
  assert.equal(serverTargets(r.spec), new Map([['a', ['codex']]]));
});

test('targets in the order plans show them; a server takes all, only some, or all but some', () => {
  const r = check(
    [
      'version: 1',
      'targets: {vscode: {}, codex: {}, claude-code: {scope: user}, cursor: {}}',
      'servers:',
      '  all: {command: x}',
      '  some: {command: x, targets: [cursor, codex]}',
      '  most: {command: x, exclude_targets: [vscode]}',
      '',
    ].join('\n'),
  );
  assert.equal(r.diagnostics, []);
  if (!r.spec) return assert.unreachable('no spec');
  assert.equal(declaredTargets(r.spec), ['codex', 'claude-code', 'cursor', 'vscode']);
  assert.equal(
    serverTargets(r.spec),
    new Map([
      ['all', ['codex', 'claude-code', 'cursor', 'vscode']],
      ['some', ['codex', 'cursor']],
      ['most', ['codex', 'claude-code', 'cursor']],
    ]),
  );
});

test('a server naming a client the file does not configure: error at the name, with the fix', () => {
  const r = check('version: 1\ntargets: {codex: {}}\nservers:\n  a:\n    command: x\n    targets: [codex, cursor]\n');
  assert.is(r.spec, null);
  const [d, ...rest] = r.diagnostics;
  assert.is(rest.length, 0);
  assert.is(d?.code, 'E_SCHEMA');
  assert.equal([d?.line, d?.col], [6, 22]);
  assert.match(
    d?.message ?? '',
    /names the target "cursor", which this file does not configure \(it configures codex\)/,
  );
  assert.match(d?.hint ?? '', /add cursor: \{\} under the top-level targets/);
});

test('targets and exclude_targets together are refused; unknown clients and scopes by the schema', () => {
  const both = check('version: 1\nservers:\n  a: {command: x, targets: [codex], exclude_targets: [codex]}\n');
  assert.ok(both.diagnostics.some((d) => /both targets and exclude_targets/.test(d.message)));
  const unknown = check('version: 1\ntargets: {emacs: {}}\nservers: {}\n');
  assert.is(unknown.spec, null);
  assert.ok(unknown.diagnostics.some((d) => d.path === 'targets.emacs'));
  const scope = check('version: 1\ntargets: {cursor: {scope: local}}\nservers: {}\n');
  assert.is(scope.spec, null);
  assert.ok(scope.diagnostics.some((d) => d.path === 'targets.cursor.scope'));
});

test.run();
