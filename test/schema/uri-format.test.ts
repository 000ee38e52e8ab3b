// A server's url is checked by uriFormat: a small expression for the usual url, ajv-formats' RFC 3986 check for
// the rest. It must say what ajv-formats says of every string: urls of every shape, near misses and noise.
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { uriFormat } from '../../src/core/uri-format.js';
import { seededRandom } from '../helpers/seeded-random.js';

const rfc3986 = fullFormats.uri as (value: string) => boolean;

test('the urls people write, and near misses: the same answer as ajv-formats', () => {
  const samples = [
    'https://mcp.example.com/mcp',
    'http://127.0.0.1:8080/mcp?x=1#top',
    'HTTPS://API.EXAMPLE.COM:443/V1/',
    'https://example.com',
    'https://example.com:/x',
    'https://user:pw@example.com/mcp',
    'https://[::1]:3000/mcp',
    'https://example.com/a%20b',
    'https://example.com/a%2',
    'https://example.com/a b',
    'https://exa mple.com/',
    'https://example.com/ü',
    'https://example.com/path?q=a|b',
    'https://example.com/${env:X}',
    'https://',
    'http:/example.com',
    'https:example.com',
    'ftp://example.com/x',
    'example.com/mcp',
    '',
    'https://example.com/#a#b',
    'https://-.-/',
  ];
  for (const s of samples) assert.is(uriFormat(s), rfc3986(s), JSON.stringify(s));
});

test('random strings over url characters and others: the same answer as ajv-formats (seeded)', () => {
  const rnd = seededRandom();
  const parts = ['https://', 'http://', 'h', 'a', 'Z', '9', '.', '-', ':', '80', '/', '?', '#', '@', '%', '%2F', '[', ']', ' ', '~', "'", '$', 'é', '|', '{', '}', '\\', '&', '='];
  let accepted = 0;
  for (let i = 0; i < 20000; i++) {
    let s = rnd.int(4) === 0 ? '' : rnd.int(2) === 0 ? 'https://' : 'http://';
    for (let n = rnd.int(14); n > 0; n--) s += parts[rnd.int(parts.length)];
    const want = rfc3986(s);
    if (want) accepted++;
    assert.is(uriFormat(s), want, `seed ${rnd.seed}: ${JSON.stringify(s)}`);
  }
  assert.ok(accepted > 2000, `${accepted} accepted`);
});

test.run();
