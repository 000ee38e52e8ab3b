// Repeatable template inputs (server.json isRepeated): `--set k=a --set k=b` and a YAML list under with:
// give the argument once per value (positional and named, and a value template's list variable); an input
// that is not repeatable refuses a list and a second --set instead of keeping only the last.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { resolveTemplate } from '../../src/core/catalog/resolve-template.js';
import { parseServerJson } from '../../src/core/catalog/server-json.js';
import { templateInputs } from '../../src/core/catalog/template-inputs.js';
import { mcpctl, tempDir } from '../helpers/cli.js';

function project(yaml?: string) {
  const dir = tempDir();
  if (yaml !== undefined) writeFileSync(join(dir, 'mcp.yaml'), yaml);
  const run = (...args: string[]) => mcpctl(args, { cwd: dir, env: { HOME: dir } });
  return { dir, run };
}

const argsOf = (toml: string) => toml.match(/^args = (.*)$/m)?.[1] ?? '';

test('add --set K=a --set K=b: a list under with:, the positional argument once per value', () => {
  const { dir, run } = project();
  const r = run(
    'add',
    'filesystem',
    '--set',
    'allowed_directory=/srv/a',
    '--set',
    'allowed_directory=/srv/b',
    '--non-interactive',
  );
  assert.is(r.code, 0, r.stderr);
  assert.match(readFileSync(join(dir, 'mcp.yaml'), 'utf8'), /allowed_directory: \[\s*\/srv\/a,\s*\/srv\/b\s*\]/);
  const render = run('render');
  assert.is(render.code, 0, render.stderr);
  assert.is(argsOf(render.stdout), '["-y", "@modelcontextprotocol/server-filesystem@2026.8.31", "/srv/a", "/srv/b"]');
});

test('a YAML list in mcp.yaml is accepted for a repeatable input, and refused for any other', () => {
  const { run } = project(
    'version: 1\nservers:\n  fs:\n    template: filesystem\n    with:\n      allowed_directory:\n        - /srv/a\n        - /srv/b\n        - /srv/c\n',
  );
  assert.is(run('validate').code, 0);
  const render = run('render');
  assert.is(render.code, 0, render.stderr);
  assert.match(argsOf(render.stdout), /"\/srv\/a", "\/srv\/b", "\/srv\/c"\]$/);
  const bad = project(
    'version: 1\nservers:\n  time:\n    template: time\n    with:\n      local-timezone: [Europe/Berlin, Europe/Paris]\n',
  );
  const plan = bad.run('plan');
  assert.is(plan.code, 2, plan.stderr);
  assert.match(plan.stderr, /mcp\.yaml:6:\d+: error .*input "local-timezone" takes one value, not a list/);
});

test('--set twice for an input that is not repeatable is an error, not the last one kept', () => {
  const { dir, run } = project();
  const r = run(
    'add',
    'time',
    '--set',
    'local-timezone=Europe/Berlin',
    '--set',
    'local-timezone=Europe/Paris',
    '--non-interactive',
  );
  assert.is(r.code, 2, r.stderr);
  assert.match(r.stderr, /error E_USAGE: input "local-timezone" is given more than once, and it takes one value/);
  assert.not.ok(existsSync(join(dir, 'mcp.yaml')), 'nothing written');
});

test('resolveTemplate: a named repeated argument and a value template repeat once per value', () => {
  const doc = parseServerJson(
    JSON.stringify({
      name: 'dev.test/repeat',
      description: 'repeat',
      version: '1.0.0',
      packages: [
        {
          registryType: 'npm',
          identifier: 'repeat-mcp',
          version: '1.0.0',
          transport: { type: 'stdio' },
          packageArguments: [
            { type: 'named', name: '--allow', valueHint: 'host', isRepeated: true },
            {
              type: 'named',
              name: '--mount',
              value: 'type=bind,src={src}',
              isRepeated: true,
              variables: { src: { isRequired: true } },
            },
            { type: 'named', name: '--mode', choices: ['ro', 'rw'] },
          ],
        },
      ],
      _meta: { 'io.modelcontextprotocol.registry/publisher-provided': { 'dev.mcpctl': { id: 'repeat' } } },
    }),
    'repeat.json',
  );
  assert.equal(
    templateInputs(doc).map((i) => [i.name, i.repeated]),
    [
      ['host', true],
      ['src', true],
      ['mode', false],
    ],
  );
  const r = resolveTemplate(doc, { host: ['a.example', 'b.example'], src: ['/x', '/y'], mode: 'ro' }, {});
  assert.equal(r.problems, []);
  assert.equal(r.server.args, [
    '-y',
    'repeat-mcp@1.0.0',
    '--allow',
    'a.example',
    '--allow',
    'b.example',
    '--mount',
    'type=bind,src=/x',
    '--mount',
    'type=bind,src=/y',
    '--mode',
    'ro',
  ]);
  // one value still works; a list for a single-valued input is a problem; each item is checked
  assert.equal(resolveTemplate(doc, { host: 'a.example', src: '/x' }, {}).server.args, [
    '-y',
    'repeat-mcp@1.0.0',
    '--allow',
    'a.example',
    '--mount',
    'type=bind,src=/x',
  ]);
  assert.match(
    resolveTemplate(doc, { src: '/x', mode: ['ro', 'rw'] }, {})
      .problems.map((p) => p.message)
      .join('\n'),
    /input "mode" takes one value, not a list/,
  );
});

test.run();
