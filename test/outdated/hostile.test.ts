// What a registry, a mirror URL or a pull request could use against outdated and upgrade: credentials in a URL,
// a token service elsewhere over plain http, ranges passed as pins, an image variant, a registry's escapes.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { outdated } from '../../src/app/outdated.js';
import { upgrade } from '../../src/app/upgrade.js';
import { McpctlError } from '../../src/core/errors.js';
import { outdatedText } from '../../src/core/render/outdated-text.js';
import { mcpctlAsync } from '../helpers/cli.js';
import { digest, fakeRegistries, registryProject } from './_registries.js';
import type { Registries } from './_registries.js';

let reg: Registries;
test.before(async () => {
  reg = await fakeRegistries();
  reg.pypi.set('mcp-fetch', {
    releases: { '1.2.0': [{}], '1.3.0': [{ yanked: true, yanked_reason: 'bad\u001b[31m red' }] },
  });
  reg.npm.set('@acme/tool', { versions: { '1.2.0': {}, '1.3.0': {} } });
  reg.oci.set('acme/img', {
    tags: { '1.0.0': digest('a'), '1.1.0': digest('b'), '1.0.0-alpine': digest('c'), '1.1.0-alpine': digest('d') },
  });
});
test.after(async () => {
  await reg.close();
});
test.before.each(() => {
  reg.requests.length = 0;
  reg.realm = null;
});

const project = (yaml: string, env: Record<string, string> = {}) => registryProject(reg, yaml, { env });

test('a user and password in a registry URL go into a Basic header, never into a message', async () => {
  const p = project('version: 1\nservers:\n  f: { command: uvx, args: ["mcp-fetch==1.2.0"] }\n', {
    MCPCTL_PYPI_URL: `${reg.url.replace('http://', 'http://me:s3cretPassw0rd@')}/pypi`,
  });
  const [row] = (await outdated({ file: 'mcp.yaml' }, p)).rows;
  assert.is(row?.status, 'current', row?.note ?? '');
  assert.ok(reg.requests.some((r) => r.auth === `Basic ${Buffer.from('me:s3cretPassw0rd').toString('base64')}`));
  // and when the mirror cannot be reached, the message names it without them
  const gone = project('version: 1\nservers:\n  f: { command: uvx, args: ["mcp-fetch==1.2.0"] }\n', {
    MCPCTL_PYPI_URL: 'http://me:s3cretPassw0rd@127.0.0.1:9/pypi',
  });
  const [failed] = (await outdated({ file: 'mcp.yaml', limits: { retries: 0, timeoutMs: 2000 } }, gone)).rows;
  assert.is(failed?.status, 'unknown');
  assert.not.match(JSON.stringify(failed?.note), 's3cret');
});

test('an image registry naming a token service elsewhere over plain http is refused; a variant tag keeps its variant', async () => {
  reg.realm = 'http://127.0.0.1:9/internal/admin';
  const p = project('version: 1\nservers:\n  i: { command: docker, args: ["run", "acme/img:1.0.0-alpine"] }\n', {
    MCPCTL_OCI_REGISTRY: reg.url.replace('http://127.0.0.1', 'http://localhost'),
  });
  const [refused] = (await outdated({ file: 'mcp.yaml' }, p)).rows;
  assert.is(refused?.status, 'unknown');
  assert.match(refused?.note ?? '', 'token service over plain http');
  reg.realm = null;
  const [row] = (
    await outdated(
      { file: 'mcp.yaml' },
      project('version: 1\nservers:\n  i: { command: docker, args: ["run", "acme/img:1.0.0-alpine"] }\n'),
    )
  ).rows;
  assert.equal([row?.status, row?.newest], ['outdated', '1.1.0-alpine']);
});

test('npm reads 1.2 as a range: unpinned, and refused as --to', async () => {
  const p = project('version: 1\nservers:\n  t: { command: npx, args: ["-y", "@acme/tool@1.2"] }\n');
  const [row] = (await outdated({ file: 'mcp.yaml' }, p)).rows;
  assert.is(row?.status, 'unpinned');
  const e = await upgrade({ file: 'mcp.yaml', name: 't', to: '1.3' }, p).catch((x: unknown) => x);
  assert.ok(e instanceof McpctlError);
  assert.match(e.message, 'not one exact npm (x.y.z) version');
});

test("a registry's escapes do not reach the terminal; all lookups failing is exit 1, not 'current'", async () => {
  const p = project('version: 1\nservers:\n  f: { command: uvx, args: ["mcp-fetch==1.3.0"] }\n');
  const r = await outdated({ file: 'mcp.yaml' }, p);
  assert.match(r.rows[0]?.note ?? '', 'yanked: bad\u001b[31m red');
  const text = outdatedText(r.rows);
  assert.not.match(text, '\u001b');
  const dead = project('version: 1\nservers:\n  t: { command: npx, args: ["-y", "@acme/tool@1.2.0"] }\n', {
    npm_config_registry: 'http://127.0.0.1:9/',
  });
  const run = await mcpctlAsync(['outdated', '--timeout', '2'], {
    cwd: dead.cwd,
    env: dead.env,
  });
  assert.is(run.code, 1, run.stdout);
  assert.match(run.stdout, 'No server could be checked.');
});

test.run();
