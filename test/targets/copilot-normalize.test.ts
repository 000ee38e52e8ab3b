// How Copilot reads an entry, for plan: what it folds together (measured with `copilot mcp list --json`,
// 1.0.102) must not show as a change or as drift: "local" is "stdio", a url with no type is http,
// "streamable-http" is http, and no args, env, headers or tools means [], {}, {} and ["*"] (all tools).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { copilotTarget } from '../../src/core/targets/copilot/index.js';
import { mcpctl, tempDir } from '../helpers/cli.js';

const n = (e: Parameters<typeof copilotTarget.normalize>[0]) => copilotTarget.normalize(e);

test('the forms Copilot reads as one are one entry', () => {
  const stdio = n({ type: 'stdio', command: 'node', args: ['a'] });
  assert.equal(n({ type: 'local', command: 'node', args: ['a'], env: {}, tools: ['*'] }), stdio);
  assert.equal(n({ command: 'node', args: ['a'] }), stdio);
  const http = n({ type: 'http', url: 'https://x.invalid/m' });
  assert.equal(n({ url: 'https://x.invalid/m' }), http);
  assert.equal(n({ type: 'streamable-http', url: 'https://x.invalid/m', headers: {}, tools: ['*'] }), http);
  assert.equal(n({ command: 'node' }), n({ type: 'stdio', command: 'node', args: [], env: {} }));
});

test('what Copilot reads differently stays different', () => {
  const base = { type: 'stdio', command: 'node' };
  assert.not.equal(n({ ...base, tools: [] }), n(base), 'tools: [] is no tools at all');
  assert.not.equal(n({ ...base, tools: ['a'] }), n(base));
  assert.not.equal(n({ type: 'sse', url: 'https://x.invalid/m' }), n({ type: 'http', url: 'https://x.invalid/m' }));
  assert.not.equal(n({ ...base, cwd: '/tmp' }), n(base));
});

test('a managed entry rewritten by hand into a form Copilot reads the same is neither a change nor drift', () => {
  const home = tempDir('mcpctl-copilot-norm-');
  const dir = join(home, 'proj');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'mcp.yaml'),
    'version: 1\ntargets:\n  copilot: {scope: user}\nservers:\n  s:\n    command: node\n    args: [a.js]\n  h:\n    url: https://x.invalid/m\n',
  );
  const env = { HOME: home };
  assert.is(mcpctl(['apply', '--yes'], { cwd: dir, env }).code, 0);
  const file = join(home, '.copilot', 'mcp-config.json');
  writeFileSync(
    file,
    JSON.stringify({
      mcpServers: {
        s: { type: 'local', command: 'node', args: ['a.js'], tools: ['*'] },
        h: { url: 'https://x.invalid/m', headers: {}, tools: ['*'] },
      },
    }),
  );
  const before = readFileSync(file, 'utf8');
  const plan = mcpctl(['plan', '--json'], { cwd: dir, env });
  assert.is(plan.code, 0, plan.stderr);
  const doc: { targets: Array<{ has_changes: boolean }> } = JSON.parse(plan.stdout);
  assert.is(doc.targets[0]?.has_changes, false, plan.stdout);
  const apply = mcpctl(['apply', '--yes'], { cwd: dir, env });
  assert.is(apply.code, 0, apply.stderr);
  assert.not.match(apply.stderr, /drift|overwriting/i);
  assert.is(readFileSync(file, 'utf8'), before, 'apply rewrote an entry Copilot reads the same');
});

test.run();
