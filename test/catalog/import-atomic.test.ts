// catalog import writes the template like every other file mcpctl writes: a temp file renamed over the
// target, so a crash or a full disk never leaves a half-written template in a catalog about to be signed.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mcpctl, ROOT, tempDir } from '../helpers/cli.js';

function setUp() {
  const dir = tempDir('mcpctl-import-');
  const real = JSON.parse(readFileSync(join(ROOT, 'catalog', 'templates', 'filesystem.json'), 'utf8'));
  delete real._meta;
  writeFileSync(join(dir, 'server.json'), JSON.stringify(real, null, 2));
  const run = (...args: string[]) => mcpctl(args, { cwd: dir, env: { HOME: dir } });
  return { dir, run, target: join(dir, 'cat', 'templates', 'fs.json') };
}

test('importing again replaces the template by rename (a new file, whole), not by rewriting it in place', () => {
  const { dir, run, target } = setUp();
  const first = run('catalog', 'import', 'server.json', '--out', 'cat', '--id', 'fs');
  assert.is(first.code, 0, first.stderr);
  const before = statSync(target);
  assert.is(before.mode & 0o777, 0o644);
  const again = run('catalog', 'import', 'server.json', '--out', 'cat', '--id', 'fs');
  assert.is(again.code, 0, again.stderr);
  const after = statSync(target);
  assert.is.not(after.ino, before.ino, 'the template was rewritten in place');
  assert.is(after.mode & 0o777, 0o644);
  assert.equal(readdirSync(join(dir, 'cat', 'templates')), ['fs.json']);
  assert.is(JSON.parse(readFileSync(target, 'utf8'))._meta['io.modelcontextprotocol.registry/publisher-provided']['dev.mcpctl'].id, 'fs');
});

test('a folder where the template goes is refused with E_INPUT and a hint, no stack trace', () => {
  const { run, target } = setUp();
  mkdirSync(target, { recursive: true });
  const r = run('catalog', 'import', 'server.json', '--out', 'cat', '--id', 'fs');
  assert.is(r.code, 2, r.stderr);
  assert.match(r.stderr, /error E_INPUT: .*fs\.json is not a regular file/);
  assert.not.match(r.stderr, /\n\s+at /);
  assert.ok(statSync(target).isDirectory());
});

test.run();
