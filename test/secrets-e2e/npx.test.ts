// Run through npx, mcpctl lives in npx's cache (…/_npx/<hash>/node_modules/mcpctl), which is cleaned and
// replaced by the next version. What apply writes must not point there: the launcher and the headers helper
// run a copy in the user's data folder, and keep working after the cache is gone.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, tempDir } from '../helpers/cli.js';
import { headerRecorder } from '../helpers/header-recorder.js';
import type { RunResult } from '../helpers/cli.js';
import { codexServerStatus } from '../helpers/codex-status.js';
import { ALPHABET, rand } from '../secrets/_gen.js';
import { stableNode } from '../../src/io/launcher.js';
import { temporaryPlace } from '../../src/io/stable-launcher.js';

const REPORTER = join(ROOT, 'fixtures', 'servers', 'env-reporter.mjs');

/** The package as npx lays it out: a copy of what `npm pack` ships, its dependencies beside it. */
function npxCopy(): { cache: string; bin: string } {
  const cache = join(tempDir('mcpctl-npx-'), '_npx', 'a1b2c3d4e5f60718');
  const modules = join(cache, 'node_modules');
  const pkg = join(modules, 'mcpctl');
  mkdirSync(pkg, { recursive: true });
  for (const f of ['bin', 'dist', 'schema', 'catalog', 'package.json'])
    cpSync(join(ROOT, f), join(pkg, f), { recursive: true });
  for (const dep of readdirSync(join(ROOT, 'node_modules')))
    if (!dep.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', dep), join(modules, dep));
  return { cache, bin: join(pkg, 'bin', 'mcpctl.cjs') };
}

/** A user with an empty home and data folder, running the package at `bin` (file secret store). */
function npxUser(bin: string): { home: string; data: string; run: (args: string[], input?: string) => RunResult } {
  const home = tempDir('mcpctl-npx-home-');
  const data = join(home, 'data');
  const env = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: home,
    CODEX_HOME: join(home, '.codex'),
    NO_COLOR: '1',
    MCPCTL_SECRET_BACKEND: 'file',
    XDG_DATA_HOME: data,
  };
  const run = (args: string[], input = ''): RunResult => {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: home, env, input, encoding: 'utf8', timeout: 60_000 });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };
  return { home, data, run };
}

test("apply from npx's cache: config.toml points to a copy in the data folder that works after the cache is gone", async () => {
  const { cache, bin } = npxCopy();
  const { home, data, run } = npxUser(bin);
  const token = `sk-proj-${rand(ALPHABET.alnum, 40)}`;
  assert.is(run(['secret', 'set', 'e2e/token'], token).code, 0);
  const rec = await headerRecorder();
  const { seen } = rec;
  try {
    const report = join(home, 'report.json');
    writeFileSync(
      join(home, 'mcp.yaml'),
      `version: 1\nservers:\n  reporter:\n    command: ${process.execPath}\n    args: ["${REPORTER}", "${report}", "API_TOKEN"]\n    env:\n      API_TOKEN: \${secret:e2e/token}\n  remote:\n    url: ${rec.url}\n    headers:\n      Authorization: "Bearer \${secret:e2e/token}"\n`,
    );
    const apply = run(['apply', '--yes']);
    assert.is(apply.code, 0, apply.stderr);
    const config = readFileSync(join(home, '.codex', 'config.toml'), 'utf8');
    assert.not.ok(config.includes('_npx'), config);
    assert.ok(config.includes(join(data, 'mcpctl', 'launcher')), config);

    // the cache is cleaned (or the next npx run is another version)
    rmSync(join(cache, '..', '..'), { recursive: true, force: true });
    assert.not.ok(existsSync(bin));

    const status = await codexServerStatus(home);
    const reporter = status.find((s) => s.name === 'reporter');
    assert.is(reporter?.toolsError ?? null, null, reporter?.toolsError ?? JSON.stringify(status));
    assert.is(JSON.parse(readFileSync(report, 'utf8')).env.API_TOKEN, token);
    assert.ok(seen.length > 0, 'Codex did not call the server: the helper failed');
    assert.is(seen[0]?.['authorization'], `Bearer ${token}`);
  } finally {
    rec.close();
  }
});

test('a node of a version manager: its stable shim, else a recent system node, else a warning naming it', () => {
  const home = tempDir('mcpctl-nvm-');
  const voltaNode = join(home, '.volta', 'tools', 'image', 'node', '20.19.0', 'bin', 'node');
  const shim = join(home, '.volta', 'bin', 'node');
  mkdirSync(join(home, '.volta', 'bin'), { recursive: true });
  symlinkSync(process.execPath, shim);
  assert.equal(stableNode(voltaNode, {}, home, []), { path: shim, warning: null });
  const nvmNode = join(home, '.nvm', 'versions', 'node', 'v20.19.0', 'bin', 'node');
  assert.equal(stableNode(nvmNode, {}, home, [process.execPath]), { path: process.execPath, warning: null });
  const alone = stableNode(nvmNode, {}, home, [join(home, 'no-node')]);
  assert.is(alone.path, nvmNode);
  assert.match(alone.warning ?? '', /a node version installed by nvm: it stops working when that version is removed/);
  assert.equal(stableNode('/usr/bin/node', {}, home), { path: '/usr/bin/node', warning: null });
});

test("before the first apply from npx's cache: mcpctl test and plan's helper check run the bundle of the package itself", async () => {
  const { bin } = npxCopy();
  const { home, data, run } = npxUser(bin);
  assert.is(run(['secret', 'set', 'e2e/token'], 'tok-123').code, 0);
  const report = join(home, 'report.json');
  const rec = await headerRecorder();
  try {
    writeFileSync(
      join(home, 'mcp.yaml'),
      `version: 1\nservers:\n  reporter:\n    command: ${process.execPath}\n    args: ["${REPORTER}", "${report}", "API_TOKEN"]\n    env:\n      API_TOKEN: \${secret:e2e/token}\n  remote:\n    url: ${rec.url}\n    headers:\n      X-Key: "k-\${secret:e2e/token}"\n`,
    );
    const plan = run(['plan', '--detailed-exitcode']);
    assert.is(plan.code, 2, plan.stdout + plan.stderr);
    assert.not.match(plan.stderr, /E_HELPER/);
    assert.ok(existsSync(data) === false || readdirSync(data).length === 0, 'plan installs nothing');
    run(['test', 'reporter']);
    assert.is(JSON.parse(readFileSync(report, 'utf8')).env.API_TOKEN, 'tok-123', 'the launcher resolved the secret');
  } finally {
    rec.close();
  }
});

test('where the running package is: npx and dlx caches, an installed package under the temp folder; not a source checkout', () => {
  const tmp = tmpdir();
  assert.is(temporaryPlace(join(tmp, 'x', '_npx', 'h', 'node_modules', 'mcpctl'), {}), "npx's cache");
  assert.is(temporaryPlace(join(tmp, 'prefix', 'lib', 'node_modules', 'mcpctl'), {}), 'a temporary folder');
  assert.is(temporaryPlace(join(tmp, 'ci', 'main'), {}), null, 'a clone in the temp folder runs from where it is');
  assert.is(temporaryPlace('/usr/lib/node_modules/mcpctl', {}), null);
});

test.run();
