// outdated against loopback registries speaking npm's, PyPI's and an OCI registry's shapes (./_registries.ts):
// each server's pin, the newest release and the newest in its major; pre-releases, deprecated and yanked
// versions reported and never proposed; the npm registry read from the user's npm configuration; --offline
// asks nothing; hostile answers end in a clear note, never a crash.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { outdated } from '../../src/app/outdated.js';
import type { Row } from '../../src/app/outdated.js';
import { digest, fakeRegistries, registryProject } from './_registries.js';
import type { Registries } from './_registries.js';

let reg: Registries;
test.before(async () => {
  reg = await fakeRegistries();
  reg.npm.set('@acme/github', {
    versions: { '2025.4.8': {}, '2025.9.1': {}, '2026.1.2': {}, '2026.2.0-rc.1': {} },
  });
  reg.npm.set('old-tool', { versions: { '1.0.0': { deprecated: 'use new-tool' }, '1.1.0': {}, '2.0.0': {} } });
  reg.npm.set('@private/srv', { versions: { '0.1.0': {}, '0.2.0': {} }, token: 'npm_secretTokenValue123' });
  reg.pypi.set('mcp-fetch', {
    releases: {
      '1.2.0': [{}],
      '1.3.0': [{}],
      '1.4.0': [{ yanked: true, yanked_reason: 'broken wheel' }],
      '2.0.0b1': [{}],
    },
  });
  reg.oci.set('acme/mcp-git', { tags: { '1.0.0': digest('a'), '1.1.0': digest('b'), latest: digest('b') } });
});
test.after(async () => {
  await reg.close();
});
test.before.each(() => {
  reg.requests.length = 0;
  reg.latencyMs = 0;
});

const project = (yaml: string, npmrc?: string) =>
  registryProject(reg, yaml, npmrc === undefined ? {} : { files: { '.npmrc': npmrc } });

const SPEC = `version: 1
servers:
  github: { command: npx, args: ["-y", "@acme/github@2025.4.8"] }
  legacy: { command: npx, args: ["-y", "old-tool@1.0.0"] }
  fetch: { command: uvx, args: ["mcp-fetch==1.2.0"] }
  git: { command: docker, args: ["run", "-i", "--rm", "acme/mcp-git:1.0.0@${digest('a')}"] }
  loose: { command: npx, args: ["-y", "@acme/github"] }
  docs: { url: "https://docs.example.com/mcp" }
`;

const byName = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.server, r]));

test('each server: its pin, the newest release, the newest in its major, from its own registry', async () => {
  const p = project(SPEC);
  const rows = byName((await outdated({ file: 'mcp.yaml' }, p)).rows);
  assert.is(rows['github']?.status, 'outdated');
  assert.is(rows['github']?.newest, '2026.1.2');
  assert.is(rows['github']?.newestSameMajor, '2025.9.1');
  assert.is(rows['github']?.prerelease, '2026.2.0-rc.1');
  assert.is(rows['legacy']?.newest, '2.0.0');
  assert.is(rows['legacy']?.newestSameMajor, '1.1.0');
  assert.match(rows['legacy']?.note ?? '', 'the pinned version is deprecated: use new-tool');
  assert.is(rows['fetch']?.source, 'pypi');
  assert.is(rows['fetch']?.newest, '1.3.0', 'a yanked release and a pre-release are never proposed');
  assert.is(rows['git']?.source, 'oci');
  assert.is(rows['git']?.newest, '1.1.0', '"latest" is a tag, not a version');
  assert.is(rows['loose']?.status, 'unpinned');
  assert.is(rows['docs']?.status, 'no-package');
  // the OCI registry's token dance: the tags were asked with the token it gave
  assert.ok(
    reg.requests.some((r) => r.path === '/v2/acme/mcp-git/tags/list' && r.auth === 'Bearer oci-pull-token-for-tests'),
  );
});

test("npm: the project's .npmrc names a scope's registry and its token; the token goes in the header only", async () => {
  const host = reg.url.replace('http:', '');
  const p = project(
    'version: 1\nservers:\n  priv: { command: npx, args: ["-y", "@private/srv@0.1.0"] }\n',
    `@private:registry=${reg.url}/\n${host}/:_authToken=\${PRIV_TOKEN}\n`,
  );
  p.env['npm_config_registry'] = 'http://127.0.0.1:9/';
  p.env['PRIV_TOKEN'] = 'npm_secretTokenValue123';
  const [row] = (await outdated({ file: 'mcp.yaml' }, p)).rows;
  assert.is(row?.status, 'outdated', row?.note ?? '');
  assert.is(row?.newest, '0.2.0');
  assert.ok(reg.requests.some((r) => r.auth === 'Bearer npm_secretTokenValue123'));
  assert.not.match(JSON.stringify(row), 'npm_secretTokenValue123');
});

test('--offline asks no registry and says what it did not check', async () => {
  const p = project(SPEC);
  const rows = byName((await outdated({ file: 'mcp.yaml', offline: true }, p)).rows);
  assert.is(reg.requests.length, 0);
  assert.is(rows['github']?.status, 'unknown');
  assert.match(rows['github']?.note ?? '', 'offline: the npm registry was not asked');
  assert.is(rows['loose']?.status, 'unpinned');
});

test('hostile answers: slow, a body that never ends, too large, not JSON — a note each; a 503 is retried', async () => {
  for (const [name, trouble, note] of [
    ['slow-pkg', 'slow', 'no answer within 300 ms'],
    ['hang-pkg', 'hang-body', 'no whole answer within 300 ms'],
    ['huge-pkg', 'huge', 'larger than'],
    ['bad-pkg', 'malformed', 'did not answer with JSON'],
  ] as const) {
    reg.npm.set(name, { versions: { '1.0.0': {} }, trouble });
    const p = project(`version: 1\nservers:\n  s: { command: npx, args: ["-y", "${name}@1.0.0"] }\n`);
    const [row] = (await outdated({ file: 'mcp.yaml', limits: { timeoutMs: 300, retries: 0 } }, p)).rows;
    assert.is(row?.status, 'unknown', name);
    assert.match(row?.note ?? '', note, name);
  }
  reg.npm.set('flaky-pkg', { versions: { '1.0.0': {}, '1.0.1': {} }, trouble: 'flaky' });
  const p = project('version: 1\nservers:\n  s: { command: npx, args: ["-y", "flaky-pkg@1.0.0"] }\n');
  const [row] = (await outdated({ file: 'mcp.yaml', limits: { timeoutMs: 2000, retries: 2 } }, p)).rows;
  assert.is(row?.status, 'outdated', row?.note ?? '');
});

test('a version with control characters or a range in the registry is never proposed', async () => {
  reg.npm.set('odd-pkg', { versions: { '1.0.0': {}, '9.9.9\u001b[2J': {}, '>=2': {}, '1.0.1': {} } });
  const p = project('version: 1\nservers:\n  s: { command: npx, args: ["-y", "odd-pkg@1.0.0"] }\n');
  const [row] = (await outdated({ file: 'mcp.yaml' }, p)).rows;
  assert.is(row?.newest, '1.0.1');
});

test('a pinned image whose tag now names another digest is reported', async () => {
  const p = project(
    `version: 1\nservers:\n  git: { command: docker, args: ["run", "acme/mcp-git:1.1.0@${digest('c')}"] }\n`,
  );
  const [row] = (await outdated({ file: 'mcp.yaml' }, p)).rows;
  assert.is(row?.status, 'outdated');
  assert.match(row?.note ?? '', 'the tag 1.1.0 now names sha256:bbbb');
});

test.run();
