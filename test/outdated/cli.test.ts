// outdated and upgrade as a user runs them: exit codes (outdated exits 1 when a server can be upgraded), the
// JSON document, a template moved to a newer version of a signed catalog, and no token or stack in output.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, mcpctlAsync, tempDir } from '../helpers/cli.js';
import { fakeRegistries } from './_registries.js';
import type { Registries } from './_registries.js';

let reg: Registries;
test.before(async () => {
  reg = await fakeRegistries();
  reg.npm.set('@acme/github', { versions: { '2025.4.8': {}, '2026.1.2': {} } });
});
test.after(async () => {
  await reg.close();
});

function env(home: string): Record<string, string> {
  return { HOME: home, npm_config_userconfig: join(home, 'none.npmrc'), npm_config_registry: `${reg.url}/` };
}

test('outdated: a table and exit 1 when a server can be upgraded; --json; exit 0 once upgraded', async () => {
  const dir = tempDir('mcpctl-outdated-');
  const home = tempDir('mcpctl-home-');
  writeFileSync(
    join(dir, 'mcp.yaml'),
    'version: 1\nservers:\n  github: { command: npx, args: ["-y", "@acme/github@2025.4.8"] }\n',
  );
  const r = await mcpctlAsync(['outdated'], { cwd: dir, env: env(home) });
  assert.is(r.code, 1, r.stderr);
  assert.match(r.stdout, /github\s+npm\s+@acme\/github\s+2025\.4\.8\s+2026\.1\.2\s+2025\.4\.8\s+outdated/);
  const j = JSON.parse((await mcpctlAsync(['outdated', '--json'], { cwd: dir, env: env(home) })).stdout);
  assert.is(j.kind, 'mcpctl.outdated');
  assert.equal(j.servers[0].newest, '2026.1.2');
  assert.is(j.servers[0].from, reg.url);
  // status reaches no network: it shows what the last outdated found, for the pin of now
  const st = JSON.parse((await mcpctlAsync(['status', '--json'], { cwd: dir, env: env(home) })).stdout);
  assert.is(st.servers[0].newer.version, '2026.1.2');
  assert.match(
    (await mcpctlAsync(['status'], { cwd: dir, env: env(home) })).stdout,
    '2026.1.2 is out (outdated, just now)',
  );
  const up = await mcpctlAsync(['upgrade', 'github'], { cwd: dir, env: env(home) });
  assert.is(up.code, 0, up.stderr);
  assert.match(up.stdout, 'Upgraded github: @acme/github 2025.4.8 → 2026.1.2 in mcp.yaml. Next: mcpctl plan');
  assert.is((await mcpctlAsync(['outdated'], { cwd: dir, env: env(home) })).code, 0);
  const after = JSON.parse((await mcpctlAsync(['status', '--json'], { cwd: dir, env: env(home) })).stdout);
  assert.is(after.servers[0].newer, null, 'once upgraded, nothing newer is known');
  const bad = await mcpctlAsync(['upgrade', 'github', '--to', 'latest'], { cwd: dir, env: env(home) });
  assert.is(bad.code, 2);
  assert.not.match(bad.stderr, '    at ');
});

test('upgrade a template: the newer version of a signed catalog, verified before it is used', () => {
  const dir = tempDir('mcpctl-outdated-');
  const home = tempDir('mcpctl-home-');
  const run = (...args: string[]) => mcpctl(args, { cwd: dir, env: env(home) });
  assert.is(run('catalog', 'keygen', '--out', 'acme.key').code, 0);
  mkdirSync(join(dir, 'cat', 'templates'), { recursive: true });
  const base = JSON.parse(readFileSync(join(process.cwd(), 'catalog', 'templates', 'everything.json'), 'utf8'));
  for (const v of ['2026.1.0', '2026.8.31']) {
    const t = structuredClone(base);
    t.version = v;
    t.packages[0].version = v;
    writeFileSync(join(dir, 'cat', 'templates', `everything-${v}.json`), JSON.stringify(t, null, 2));
  }
  assert.is(run('catalog', 'sign', 'cat', '--key', 'acme.key', '--name', 'acme').code, 0);
  writeFileSync(
    join(dir, 'mcp.yaml'),
    'version: 1\ncatalogs:\n  - path: cat\n    trust: [acme.key.pub]\nservers:\n  demo:\n    template: everything@2026.1.0\n',
  );
  const out = run('outdated', '--json');
  assert.is(out.code, 1, out.stderr);
  assert.equal(JSON.parse(out.stdout).servers[0], {
    name: 'demo',
    source: 'catalog',
    package: 'everything',
    pinned: '2026.1.0',
    newest: '2026.8.31',
    newest_same_major: '2026.8.31',
    prerelease: null,
    status: 'outdated',
    note: null,
    from: 'acme',
  });
  assert.is(run('upgrade', 'demo').code, 0);
  assert.match(readFileSync(join(dir, 'mcp.yaml'), 'utf8'), '    template: everything@2026.8.31\n');
  // a template changed after signing is refused, and mcp.yaml stays as it is
  writeFileSync(join(dir, 'mcp.yaml'), readFileSync(join(dir, 'mcp.yaml'), 'utf8').replace('2026.8.31', '2026.1.0'));
  const tampered = join(dir, 'cat', 'templates', 'everything-2026.8.31.json');
  writeFileSync(tampered, readFileSync(tampered, 'utf8').replace('Reference server', 'Evil server'));
  const refused = run('upgrade', 'demo');
  assert.is.not(refused.code, 0);
  assert.match(readFileSync(join(dir, 'mcp.yaml'), 'utf8'), 'everything@2026.1.0');
});

test.run();
