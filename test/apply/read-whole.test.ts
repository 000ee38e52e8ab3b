// readWhole (what plan and apply read target files with): the same bytes as readFile in one read where it can,
// for an empty file, a large one, and a file whose size stat does not know (/proc); decodeUtf8 keeps a BOM and
// refuses bytes that are not UTF-8.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { McpctlError } from '../../src/core/errors.js';
import { decodeUtf8, readWhole } from '../../src/io/read.js';
import { tempDir } from '../helpers/cli.js';

const dir = tempDir('mcpctl-read-');

test('the same bytes as readFile: empty, small, 3 MB', async () => {
  for (const [name, bytes] of [
    ['empty', Buffer.alloc(0)],
    ['small', Buffer.from('{"a":1}\n')],
    ['large', randomBytes(3 * 1024 * 1024 + 7)],
  ] as const) {
    writeFileSync(join(dir, name), bytes);
    const got = await readWhole(join(dir, name));
    assert.is(got.length, bytes.length, name);
    assert.ok(got.equals(bytes), name);
  }
});

test('a file stat calls empty (/proc) is read to its end', async () => {
  const got = (await readWhole('/proc/self/status')).toString('utf8');
  assert.match(got, /^Name:/);
  assert.match(got, /\nPid:\s+\d+\n/);
  assert.ok(got.length > readFileSync('/proc/self/status').length / 2);
});

test('a missing file throws ENOENT, as readFile does', async () => {
  try {
    await readWhole(join(dir, 'missing'));
    assert.unreachable('read a missing file');
  } catch (e) {
    assert.is((e as NodeJS.ErrnoException).code, 'ENOENT');
  }
});

test('decodeUtf8 keeps a BOM and refuses what is not UTF-8, naming the file', () => {
  assert.is(decodeUtf8(Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), 'f.json', 'client config'), '\uFEFF{}');
  assert.is(decodeUtf8(Buffer.from('é😀', 'utf8').subarray(0), 'f.json', 'x'), 'é😀');
  for (const bad of [
    [0xed, 0xa0, 0x80],
    [0xc0, 0x80],
    [0x7b, 0xff, 0x7d],
    [0xe2, 0x82],
  ]) {
    try {
      decodeUtf8(Buffer.from(bad), 'f.json', 'client config');
      assert.unreachable(`decoded ${bad.join(',')}`);
    } catch (e) {
      assert.instance(e, McpctlError);
      assert.match((e as McpctlError).message, /f\.json is not valid UTF-8/);
    }
  }
});

test.run();
