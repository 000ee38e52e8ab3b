// The source patches the bundle applies to yargs (scripts/yargs-patches.mjs): each still matches the yargs
// that is installed, exactly once, and the built CLI behaves as they promise: no folder above the working one
// is listed, and a usage error still shows the failing command's own help.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BIN, mcpctl, ROOT, tempDir } from '../helpers/cli.js';
import { patch, PATCHES } from '../../scripts/yargs-patches.mjs';

interface Patch {
  file: string;
  from: string;
  to: string;
}
const patches = PATCHES as Patch[];

test('every patch matches the installed yargs exactly once; a file without it fails the build', () => {
  assert.ok(patches.length >= 2);
  for (const p of patches) {
    const text = readFileSync(join(ROOT, 'node_modules', p.file), 'utf8');
    const patched: string = patch(text, p);
    assert.ok(patched.includes(p.to), p.file);
    assert.not.ok(patched.includes(p.from), `${p.file}: the original code is gone`);
  }
  const first = patches[0];
  assert.ok(first);
  assert.throws(() => patch('nothing to patch here', first), /no longer matches/);
  assert.throws(() => patch(`${first.from}\n${first.from}`, first), /no longer matches/);
});

// Records every folder listed by the run of the built CLI it preloads.
const dir = tempDir('mcpctl-yargs-');
const PRELOAD = join(dir, 'preload.cjs');
writeFileSync(
  PRELOAD,
  `const fs = require('fs'); const { syncBuiltinESMExports } = require('module');
const listed = []; const real = fs.readdirSync;
fs.readdirSync = function (p, ...rest) { listed.push(String(p)); return real.call(this, p, ...rest); };
syncBuiltinESMExports();
process.on('exit', () => fs.writeFileSync(process.env.RECORD_OUT, JSON.stringify({ listed })));
`,
);

function recorded(args: string[], cwd: string): { code: number; listed: string[]; stderr: string } {
  const out = join(dir, `record-${Math.random().toString(36).slice(2)}.json`);
  const r = spawnSync(process.execPath, ['--require', PRELOAD, BIN, ...args], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: cwd, NO_COLOR: '1', RECORD_OUT: out },
    encoding: 'utf8',
  });
  const rec = JSON.parse(readFileSync(out, 'utf8')) as { listed: string[] };
  return { code: r.status ?? -1, stderr: r.stderr, ...rec };
}

test('the built CLI lists no folder on the way from the working folder up to / (yargs looked for a package.json there)', () => {
  const cwd = join(tempDir('mcpctl-yargs-cwd-'), 'a', 'b');
  mkdirSync(cwd, { recursive: true });
  writeFileSync(join(cwd, 'mcp.yaml'), 'version: 1\nservers: {}\n');
  const r = recorded(['validate', '--json'], cwd);
  assert.is(r.code, 0, r.stderr);
  const ancestors = new Set<string>();
  for (let p = cwd; ; p = join(p, '..')) {
    ancestors.add(p);
    if (p === '/') break;
  }
  assert.equal(
    r.listed.filter((p) => ancestors.has(p)),
    [],
  );
});

test('a usage error still shows the failing command its own help (rendered when needed, not before)', () => {
  const r = mcpctl(['plan', '--no-such-option']);
  assert.is(r.code, 2);
  assert.match(r.stderr, /error E_USAGE/);
  assert.match(r.stderr, /mcpctl plan/);
});

test.run();
