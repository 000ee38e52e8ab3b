// The V8 code caches of the full CLI, of plan/apply's bundle and of the bridge (scripts/compile-cache.mjs,
// src/io/compiled-script.ts): the build makes one for exactly each bundle, a run of the built CLI takes it, and a cache that is not this bundle's (another build's,
// or broken bytes) is never used or is refused by V8, with the CLI working the same.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, tempDir } from '../helpers/cli.js';

const DIST = join(ROOT, 'dist', 'cli');

/** A copy of the package's runnable parts, so its dist/cli can be changed without touching the build. */
function packageCopy(): string {
  const dir = tempDir('mcpctl-cache-pkg-');
  for (const f of ['bin', 'dist', 'schema', 'catalog', 'package.json'])
    cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

// Records, for every vm.Script made with cached data, whether V8 took it.
const work = tempDir('mcpctl-cache-');
const PRELOAD = join(work, 'preload.cjs');
writeFileSync(
  PRELOAD,
  `const vm = require('vm'); const fs = require('fs'); const seen = [];
const Real = vm.Script;
vm.Script = class extends Real { constructor(src, opts) { super(src, opts); if (opts && opts.filename && /(main|plan|proxy)\.cjs$/.test(opts.filename)) seen.push({ given: !!opts.cachedData, rejected: this.cachedDataRejected === true }); } };
process.on('exit', () => fs.writeFileSync(process.env.RECORD_OUT, JSON.stringify(seen)));
`,
);

function run(pkg: string, args: string[]) {
  const out = join(work, `seen-${Math.random().toString(36).slice(2)}.json`);
  const home = tempDir('mcpctl-cache-home-');
  writeFileSync(
    join(home, 'mcp.yaml'),
    'version: 1\nservers:\n  docs:\n    command: npx\n    args: ["-y", "@acme/docs@1.0.0"]\n',
  );
  const r = spawnSync(process.execPath, ['--require', PRELOAD, join(pkg, 'bin', 'mcpctl.cjs'), ...args], {
    cwd: home,
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: home,
      CODEX_HOME: join(home, '.codex'),
      NO_COLOR: '1',
      RECORD_OUT: out,
    },
    encoding: 'utf8',
  });
  const seen = JSON.parse(readFileSync(out, 'utf8')) as Array<{ given: boolean; rejected: boolean }>;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, seen };
}

test("the build names itself on each compiled bundle's first line and makes the cache for that name only", () => {
  const caches: string[] = [];
  for (const bundle of ['main', 'plan', 'proxy']) {
    const first = readFileSync(join(DIST, `${bundle}.cjs`), 'utf8').split('\n', 1)[0] ?? '';
    const build = /^\/\/ mcpctl build ([0-9a-f]{16})$/.exec(first)?.[1];
    assert.ok(build, first);
    caches.push(`${bundle}.${build}.v8cache`);
    // plan.cjs has a second cache, apply's
    if (bundle === 'plan') caches.push(`plan-apply.${build}.v8cache`);
  }
  caches.sort();
  assert.equal(
    readdirSync(DIST).filter((f) => f.endsWith('.v8cache')),
    caches,
  );
});

test('the bridge (mcpctl proxy) starts from its own cache too', () => {
  const r = run(ROOT, ['proxy', '--url', 'http://127.0.0.1:9/mcp']);
  assert.is(r.code, 0, r.stderr);
  assert.equal(r.seen, [{ given: true, rejected: false }]);
});

// plan and apply on their usual command lines load a bundle of their own (src/cli/plan-fast.ts); the others the full CLI
// `bundle` names the cache; apply's is of plan.cjs
const BUNDLES = [
  { bundle: 'plan', what: 'plan.cjs', args: ['plan'], out: /\+ create docs/ },
  { bundle: 'plan-apply', what: "plan.cjs (apply's cache)", args: ['apply', '--yes'], out: /Applied|applied/ },
  { bundle: 'main', what: 'main.cjs', args: ['validate'], out: /docs|valid/ },
] as const;

for (const { bundle, what, args, out } of BUNDLES) {
  test(`a run of the built CLI compiles ${what} from its cache (V8 takes it)`, () => {
    const r = run(ROOT, [...args]);
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout + r.stderr, out);
    assert.equal(r.seen, [{ given: true, rejected: false }]);
  });

  test(`a cache named for another build is not used for ${what}; the CLI works the same`, () => {
    const pkg = packageCopy();
    const dist = join(pkg, 'dist', 'cli');
    const cache = readdirSync(dist).find((f) => f.startsWith(`${bundle}.`) && f.endsWith('.v8cache')) ?? '';
    renameSync(join(dist, cache), join(dist, `${bundle}.0123456789abcdef.v8cache`));
    const r = run(pkg, [...args]);
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout + r.stderr, out);
    assert.equal(r.seen, [{ given: false, rejected: false }]);
  });

  test(`a broken cache of ${what} is refused by V8; the CLI works the same`, () => {
    const pkg = packageCopy();
    const dist = join(pkg, 'dist', 'cli');
    const cache = readdirSync(dist).find((f) => f.startsWith(`${bundle}.`) && f.endsWith('.v8cache')) ?? '';
    const bytes = readFileSync(join(dist, cache));
    for (let i = 0; i < bytes.length; i += 97) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
    writeFileSync(join(dist, cache), bytes);
    const r = run(pkg, [...args]);
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout + r.stderr, out);
    assert.equal(r.seen, [{ given: true, rejected: true }]);
  });
}

test.run();
