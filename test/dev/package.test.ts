// The published package as a user gets it: this tree is packed (`npm pack`, which builds it: `prepack`) and
// installed globally from the tarball into a temporary prefix with the machine's npm (11 in CI), whose
// install-scripts policy warns about every package with install scripts not yet approved. mcpctl itself
// must have none, ship what it needs at run time, and start.
import { spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, tempDir } from '../helpers/cli.js';

const home = tempDir('mcpctl-pack-home-');
/** The machine's environment (registry, proxy, CA settings) without what a surrounding `npm run` adds. */
const env: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|INIT_CWD$|FORCE_COLOR)/i.test(k))),
  HOME: home,
  // the npm cache that `npm ci` filled: the global install takes mcpctl's dependencies from it
  npm_config_cache: process.env['npm_config_cache'] ?? join(process.env['HOME'] ?? '/root', '.npm'),
  NO_COLOR: '1',
};

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 300_000 });
}

function ok(r: SpawnSyncReturns<string>, what: string): string {
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${what} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** This working tree as a fresh clone has it (tracked and new files, no dist/), with the shared node_modules. */
function cloneLike(): string {
  const dir = tempDir('mcpctl-pack-src-');
  const files = ok(
    run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT),
    'git ls-files',
  ).split('\0');
  for (const f of files) {
    if (!f || f === 'node_modules' || f.startsWith('dist/')) continue;
    let st;
    try {
      st = lstatSync(join(ROOT, f));
    } catch {
      continue; // deleted in the working tree
    }
    if (st.isDirectory()) continue;
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    copyFileSync(join(ROOT, f), join(dir, f));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

test('npm pack builds the package; npm i -g of the tarball runs no mcpctl script and mcpctl starts', () => {
  const src = cloneLike();
  assert.not.ok(existsSync(join(src, 'dist')), 'the copy starts unbuilt, as a clone does');
  const out = tempDir('mcpctl-pack-out-');
  const packed: unknown = JSON.parse(ok(run('npm', ['pack', '--json', '--pack-destination', out], src), 'npm pack'));
  assert.ok(Array.isArray(packed) && packed.length === 1, 'npm pack --json describes one tarball');
  const info: { filename?: unknown; files?: unknown } = packed[0] ?? {};
  assert.type(info.filename, 'string');
  const paths = Array.isArray(info.files) ? info.files.map((f: { path?: unknown }) => String(f.path)) : [];
  for (const needed of [
    'bin/mcpctl.cjs',
    'dist/cli/entry.cjs',
    'schema/mcp.schema.json',
    'schema/policy.schema.json',
    'catalog/index.json',
    'catalog/index.json.sig',
    'catalog/keys/release.pub',
    'catalog/templates/memory.json',
    'docs/README.md',
    'README.md',
    'LICENSE',
    'package.json',
  ]) {
    assert.ok(paths.includes(needed), `the package ships ${needed}`);
  }
  assert.not.ok(
    paths.some((p) => p.startsWith('src/') || p.startsWith('test/') || p.startsWith('fixtures/')),
    'no sources or tests',
  );

  const prefix = tempDir('mcpctl-prefix-');
  const install = run(
    'npm',
    ['i', '-g', '--prefix', prefix, join(out, String(info.filename)), '--prefer-offline', '--no-audit', '--no-fund'],
    home,
  );
  ok(install, 'npm i -g');
  const said = install.stdout + install.stderr;
  assert.not.ok(/install-scripts.*mcpctl/.test(said), `npm warns about no script of mcpctl:\n${said}`);

  const version: unknown = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const v = run(join(prefix, 'bin', 'mcpctl'), ['--version'], home);
  assert.is(v.stdout.trim(), String(version), v.stderr);
  const list = run(join(prefix, 'bin', 'mcpctl'), ['catalog', 'list'], home);
  assert.is(list.status, 0, list.stderr);
  assert.match(list.stdout, /^memory@/m, 'the shipped catalog verifies and lists');
});

test('an unbuilt checkout says how to build, in one line, without a stack trace', () => {
  const dir = tempDir('mcpctl-unbuilt-');
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(ROOT, 'bin', 'mcpctl.cjs'), join(dir, 'bin', 'mcpctl.cjs'));
  // a checkout: its package.json says the version, but nothing is built (--version too needs the build)
  copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  const r = spawnSync(process.execPath, [join(dir, 'bin', 'mcpctl.cjs'), '--version'], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '' },
  });
  assert.is(r.status, 1);
  assert.is(r.stdout, '');
  assert.is(r.stderr, `mcpctl is not built: run "npm run build" in ${dir}\n`);
});

test.run();
