// sha256Hex hashes a run's first 4 KiB in JavaScript and the rest with node:crypto: both must give node's
// digest, for strings (as UTF-8, lone surrogates included) and bytes, before and after the switch.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sha256InJs } from '../../src/core/sha256.js';

const node = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const utf8 = (s: string) => new TextEncoder().encode(s);

test('the standard vectors', () => {
  assert.is(sha256InJs(utf8('')), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  assert.is(sha256InJs(utf8('abc')), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assert.is(
    sha256InJs(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')),
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
  );
});

test('the JavaScript digest is node:crypto’s at every block boundary and on random bytes', () => {
  for (let n = 0; n <= 200; n++) {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 255);
    assert.is(sha256InJs(bytes), node(bytes), `${n} bytes`);
  }
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 16;
  for (let i = 0; i < 300; i++) {
    const bytes = Uint8Array.from({ length: random() % 3000 }, () => random() & 255);
    assert.is(sha256InJs(bytes), node(bytes), `random input ${i}`);
  }
});

// in a process of its own: in `npm test` other files have hashed past the budget before this one runs
test('strings as UTF-8 on both sides of the switch to node:crypto, in a fresh process', () => {
  const script = `
    import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
    import { sha256Hex } from ${JSON.stringify(new URL('../../src/core/sha256.ts', import.meta.url).href)};
    const node = (d) => createHash('sha256').update(d).digest('hex');
    const samples = ['', 'abc', 'é'.repeat(70), '\\u{1F600} emoji', 'lone \\uD800 surrogate', '\\uDC00', 'nul \\0 and \\r\\n', Uint8Array.from({ length: 100 }, (_, i) => i)];
    const check = (when) => { for (const s of samples) if (sha256Hex(s) !== node(s)) throw new Error(when + ': ' + JSON.stringify(String(s))); };
    // a fresh module: the first samples are hashed in JavaScript, the rest past the budget by node:crypto
    check('in JavaScript');
    const big = 'x'.repeat(8 * 1024);
    if (sha256Hex(big) !== node(big)) throw new Error('past the budget');
    check('after the switch');
    console.log('ok');`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
  });
  assert.is(r.stdout.trim(), 'ok', r.stderr);
});

test.run();
