// canonical() is what the state's digests are taken of: it must give, byte for byte, the text the first
// implementation gave (kept here as the reference) for any value a client's entry can hold.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { canonical } from '../../src/core/value.js';
import type { Value } from '../../src/core/value.js';
import { seededRandom } from '../helpers/seeded-random.js';

function reference(v: Value): string {
  if (Array.isArray(v)) return `[${v.map(reference).join(',')}]`;
  if (typeof v === 'object' && v !== null) {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${reference(v[k] ?? null)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

test('the same text as the reference for random values (unicode keys, NaN, nested, empty, sparse arrays)', () => {
  const rnd = seededRandom();
  // (and what JSON.stringify escapes: quotes, backslashes, control characters, lone surrogates, and not DEL)
  const keys = [
    'a',
    'B',
    'é',
    '__proto__',
    '"q"',
    '',
    'z1',
    '\u{1F600}',
    'a\nb',
    'x\\y',
    '\ud800',
    'z\udfff',
    '\u007f',
    '\u2028',
  ];
  const value = (depth: number): Value => {
    switch (rnd.int(depth > 3 ? 5 : 8)) {
      case 0:
        return keys[rnd.int(keys.length)]!;
      case 1:
        return rnd.int(3) === 0 ? Number.NaN : rnd.int(1000) / 7;
      case 2:
        return rnd.int(2) === 0;
      case 3:
        return null;
      case 4:
        return `s${rnd.int(100)}\u0000\t`;
      case 5:
      case 6: {
        const o: Record<string, Value> = {};
        for (let i = rnd.int(5); i > 0; i--)
          Object.defineProperty(o, keys[rnd.int(keys.length)]!, {
            value: value(depth + 1),
            enumerable: true,
            configurable: true,
            writable: true,
          });
        return o;
      }
      default: {
        const a: Value[] = Array.from({ length: rnd.int(4) }, () => value(depth + 1));
        if (rnd.int(5) === 0) a.length += 2; // holes
        return a;
      }
    }
  };
  for (let t = 0; t < 5000; t++) {
    const v = value(0);
    assert.is(canonical(v), reference(v), `seed ${rnd.seed}, case ${t}`);
  }
});

test.run();
