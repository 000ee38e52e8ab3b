import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { validate as schema } from '../../src/core/generated/mcp-validator.js';
import type { Server } from '../../src/core/generated/mcp-types.js';
import { loadYaml } from '../../src/core/load.js';
import { secretNamesOf, secretRefsOf, tableSecretNames } from '../../src/core/secret-refs.js';
import { dotted, validate } from '../../src/core/validate.js';

test('secretRefsOf finds a reference in every field that may hold one, with its path', () => {
  const local: Server = {
    command: '${secret:cmd}',
    args: ['--a', 'x${secret:arg}'],
    env: { T: '${env:T | secret:env}' },
    cwd: '/srv/${secret:cwd}',
  };
  assert.equal(secretRefsOf(local), [
    { name: 'cmd', path: ['command'] },
    { name: 'arg', path: ['args', 1] },
    { name: 'env', path: ['env', 'T'] },
    { name: 'cwd', path: ['cwd'] },
  ]);
  const remote: Server = { url: 'https://h/${secret:url}', headers: { Authorization: 'Bearer ${secret:hdr}' } };
  assert.equal(secretRefsOf(remote), [
    { name: 'url', path: ['url'] },
    { name: 'hdr', path: ['headers', 'Authorization'] },
  ]);
  const templated: Server = {
    template: 'github',
    with: { token: '${secret:gh}', repos: ['${secret:r1}', 'plain', 3], debug: true },
  };
  assert.equal(secretRefsOf(templated), [
    { name: 'gh', path: ['with', 'token'] },
    { name: 'r1', path: ['with', 'repos', 0] },
  ]);
});

test('secretNamesOf lists each name once, in order of first reference; $${ is not a reference', () => {
  const s: Server = {
    command: 'run',
    args: ['${secret:b}', '$${secret:literal}', '${secret:a}'],
    env: { X: '${secret:b}' },
  };
  assert.equal(secretNamesOf(s), ['b', 'a']);
});

test('every field validate.ts checks references in is a field secretRefsOf reads', () => {
  // an unterminated reference in each string field: validate names the fields that hold references
  const bad = '${secret:x';
  const yaml = [
    'version: 1',
    'servers:',
    '  local:',
    `    command: "run${bad}"`,
    `    args: ["${bad}"]`,
    `    env: { T: "${bad}" }`,
    `    cwd: "/srv${bad}"`,
    '  remote:',
    '    url: "https://h/mcp"', // the schema's uri format already refuses "{" in a url
    `    headers: { X-Key: "${bad}" }`,
  ].join('\n');
  const checked = validate(loadYaml(yaml, 'mcp.yaml'), schema)
    .diagnostics.filter((d) => d.code === 'E_REF')
    .map((d) => d.path ?? '');
  assert.ok(checked.length >= 5, `validate reported ${checked.join(', ')}`);
  const good = (v: string) => v.replace(bad, '${secret:x}');
  const local: Server = {
    command: good(`run${bad}`),
    args: [good(bad)],
    env: { T: good(bad) },
    cwd: good(`/srv${bad}`),
  };
  const remote: Server = { url: 'https://h/mcp', headers: { 'X-Key': good(bad) } };
  const found = [
    ...secretRefsOf(local).map((r) => dotted(['servers', 'local', ...r.path])),
    ...secretRefsOf(remote).map((r) => dotted(['servers', 'remote', ...r.path])),
  ];
  for (const path of checked)
    assert.ok(
      found.includes(path),
      `${path} may hold a reference, but secretRefsOf does not read it (found: ${found.join(', ')})`,
    );
});

test('tableSecretNames reads the launcher args and the headers helper of a compiled Codex table', () => {
  assert.equal(
    tableSecretNames({ command: 'mcpctl', args: ['exec', '--env', 'T=${secret:a}', '--', 'srv'], env: { X: 'plain' } }),
    ['a'],
  );
  assert.equal(
    tableSecretNames({
      url: 'https://h',
      http_headers_helper: "mcpctl headers --header 'K=${secret:b}' --header 'L=${secret:b}'",
    }),
    ['b'],
  );
  assert.equal(tableSecretNames({ command: 'srv' }), []);
});

test.run();
