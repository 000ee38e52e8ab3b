// The shortcuts a plan takes for every entry it reads or writes must give what the plain way gives: equality
// (valueEqual vs its first implementation), the masked entry (maskedOrSame vs maskTable), a JSON client's entry as it sees it (normalizeJsonEntry vs the first
// implementation, kept here as the reference), and the digest apply records for an entry (afterHash vs
// entryHash of the desired entry).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { afterHash, entryHash, plan } from '../../src/core/plan.js';
import { MaskMemo, maskedOrSame, maskValue, VALUE_TABLES } from '../../src/core/redact.js';
import { normalizeJsonEntry } from '../../src/core/targets/json-normalize.js';
import type { JsonNormalizeOptions } from '../../src/core/targets/json-normalize.js';
import { TARGETS } from '../../src/core/targets/registry.js';
import { valueEqual } from '../../src/core/value.js';
import type { Entry, Value } from '../../src/core/value.js';
import { seededRandom } from '../helpers/seeded-random.js';

const rnd = seededRandom();
const pick = <T>(xs: readonly T[]): T => xs[rnd.int(xs.length)] as T;

// keys and values that mask (a sensitive key under env/headers, provider tokens) and that do not
const KEYS = ['type', 'command', 'args', 'env', 'headers', 'url', 'cwd', 'tools', 'API_KEY', 'LOG_LEVEL', 'x', ''];
const STRINGS = [
  'npx',
  'info',
  '${API_TOKEN}',
  'Bearer ${env:TOKEN}',
  `ghp_${'a1B2c3D4e5'.repeat(3)}123456`,
  `sk-proj-${'Zx9Yw8Vu7T'.repeat(4)}`,
  '(sensitive)',
  'stdio',
  'local',
  'http',
];

function value(depth: number): Value {
  switch (rnd.int(depth > 2 ? 4 : 6)) {
    case 0:
    case 1:
      return pick(STRINGS);
    case 2:
      return rnd.int(2) === 0 ? rnd.int(100) : rnd.int(2) === 0;
    case 3:
      return rnd.int(4) === 0 ? null : [];
    case 4:
      return Array.from({ length: rnd.int(4) }, () => value(depth + 1));
    default:
      return entry(depth + 1);
  }
}

function entry(depth = 0): Entry {
  const out: Entry = {};
  for (let n = rnd.int(6); n > 0; n--) out[pick(KEYS)] = value(depth);
  return out;
}

function equalReference(a: Value | undefined, b: Value | undefined): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => equalReference(item, b[i]));
  }
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && equalReference(a[k], b[k]));
}

/** A deep copy with every object's keys in another order, and now and then one thing changed. */
function shuffledCopy(v: Value, change: boolean): Value {
  if (Array.isArray(v)) return v.map((x) => shuffledCopy(x, change && rnd.int(3) === 0));
  if (typeof v !== 'object' || v === null) return change && rnd.int(2) === 0 ? pick(STRINGS) : v;
  const keys = Object.keys(v).reverse();
  if (change && rnd.int(3) === 0) keys.pop();
  const out: Entry = JSON.parse('{}') as Entry;
  for (const k of keys)
    Object.defineProperty(out, k, {
      value: shuffledCopy(v[k] as Value, change && rnd.int(3) === 0),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  if (change && rnd.int(4) === 0) out['extra'] = 1;
  return out;
}

test('valueEqual says what its first implementation says: equal copies in any key order, NaN, holes, __proto__', () => {
  let equal = 0;
  for (let i = 0; i < 5000; i++) {
    const a = rnd.int(10) === 0 ? (JSON.parse(`{"__proto__": ${JSON.stringify(value(1))}}`) as Entry) : value(0);
    const b = rnd.int(8) === 0 ? value(0) : shuffledCopy(a, rnd.int(2) === 0);
    const at = `seed ${rnd.seed}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
    assert.is(valueEqual(a, b), equalReference(a, b), at);
    assert.is(valueEqual(b, a), equalReference(b, a), at);
    if (equalReference(a, b)) equal++;
  }
  // both answers were asked for
  assert.ok(equal > 500 && equal < 4500, `${equal} of 5000 equal`);
  assert.ok(valueEqual(Number.NaN, Number.NaN));
  assert.is(valueEqual([1, , 3] as Value[], [1, null, 3]), equalReference([1, , 3] as Value[], [1, null, 3]));
});

/** The first masking (maskTable), kept here as the reference: a copy of every object and array. */
function maskTable(t: Entry, parentKey?: string): Entry {
  const out: Entry = {};
  for (const [k, v] of Object.entries(t))
    out[k] = maskAny(k, v, parentKey !== undefined && VALUE_TABLES.has(parentKey));
  return out;
}

function maskAny(key: string, v: Value, under: boolean): Value {
  if (typeof v === 'string') return maskValue(key, v, under);
  if (Array.isArray(v))
    return v.map((x) => (typeof x === 'string' ? maskValue(undefined, x, false) : maskAny(key, x, false)));
  if (v !== null && typeof v === 'object') return maskTable(v, key);
  return v;
}

test('maskedOrSame masks what maskTable masks, in the same order, and is the entry itself when nothing is', () => {
  // and so does one MaskMemo kept over all of them (the same strings under other keys, in and out of tables)
  const memo = new MaskMemo();
  for (let i = 0; i < 3000; i++) {
    // now and then a key "__proto__" of the entry's own, as JSON.parse makes one
    const e = rnd.int(10) === 0 ? (JSON.parse(`{"__proto__": ${JSON.stringify(value(1))}, "x": 1}`) as Entry) : entry();
    const before = JSON.stringify(e);
    const want = maskTable(e);
    const got = maskedOrSame(e);
    const at = `seed ${rnd.seed}, entry ${before}`;
    assert.is(JSON.stringify(got), JSON.stringify(want), at);
    assert.is(got === e, valueEqual(want, e), at);
    assert.is(JSON.stringify(e), before, `${at}: the entry was changed`);
    const kept = memo.maskedOrSame(e);
    assert.is(JSON.stringify(kept), JSON.stringify(want), `${at}: kept answers`);
    assert.is(kept === e, got === e, `${at}: kept answers, the entry itself`);
  }
});

test('MaskMemo: an answer for one key is not the answer for another', () => {
  const memo = new MaskMemo();
  const a: Entry = { command: 'hunter22', args: ['hunter22'], env: { PASSWORD: 'hunter22', LEVEL: 'hunter22' } };
  const b: Entry = { env: { LEVEL: 'hunter22', PASSWORD: 'hunter22' }, args: ['hunter22'], command: 'hunter22' };
  for (const e of [a, b, a]) assert.equal(memo.maskedOrSame(e), maskedOrSame(e));
  assert.equal(memo.maskedOrSame(a)['env'], { PASSWORD: '(sensitive)', LEVEL: 'hunter22' });
  // the key PASSWORD masks under env, not as an entry's own key
  assert.equal(memo.maskedOrSame({ PASSWORD: 'hunter22' }), maskedOrSame({ PASSWORD: 'hunter22' }));
});

/** normalizeJsonEntry as first written (a copy of the entry, then its keys in ORDER and the others). */
function reference(e: Entry, opts: JsonNormalizeOptions): Entry {
  const ORDER = [
    'type',
    'command',
    'args',
    'env',
    'envFile',
    'cwd',
    'url',
    'headers',
    'headersHelper',
    'tools',
    'timeout',
  ];
  const src: Entry = { ...e };
  const type = src['type'];
  if (typeof type === 'string' && opts.aliases && Object.hasOwn(opts.aliases, type))
    src['type'] = opts.aliases[type] ?? type;
  if (type === undefined && opts.inferType) {
    const inferred = src['command'] !== undefined ? opts.inferType.stdio : opts.inferType.remote;
    if (inferred !== null) src['type'] = inferred;
  }
  const out: Entry = {};
  const keys = [...ORDER.filter((k) => Object.hasOwn(src, k)), ...Object.keys(src).filter((k) => !ORDER.includes(k))];
  for (const k of keys) {
    const v = src[k];
    if (v === undefined) continue;
    if (opts.defaults && Object.hasOwn(opts.defaults, k) && valueEqual(v, opts.defaults[k])) continue;
    out[k] = v;
  }
  return out;
}

test('normalizeJsonEntry gives what its first implementation gave, keys in the same order', () => {
  const options: JsonNormalizeOptions[] = [
    { inferType: { stdio: 'stdio', remote: 'http' }, aliases: { local: 'stdio' }, defaults: { args: [], env: {} } },
    { inferType: { stdio: 'stdio', remote: null } },
    { inferType: null, defaults: { args: [], env: {}, disabled: false, type: 'stdio' } },
  ];
  for (let i = 0; i < 3000; i++) {
    const e = entry();
    if (rnd.int(4) === 0) e['type'] = undefined as unknown as Value;
    const opts = pick(options);
    const at = `seed ${rnd.seed}, entry ${JSON.stringify(e)}, options ${JSON.stringify(opts)}`;
    assert.is(JSON.stringify(normalizeJsonEntry(e, opts)), JSON.stringify(reference(e, opts)), at);
  }
});

/** A client entry of the usual shapes (every client can hold it: no null, no nested arrays). */
function serverEntry(): Entry {
  const table = (): Entry => Object.fromEntries(Array.from({ length: rnd.int(3) }, () => [pick(KEYS), pick(STRINGS)]));
  const e: Entry =
    rnd.int(2) === 0
      ? { command: pick(STRINGS), args: Array.from({ length: rnd.int(4) }, () => pick(STRINGS)), env: table() }
      : { url: `https://mcp.example.com/${rnd.int(100)}`, headers: table() };
  if (rnd.int(3) === 0) e['type'] = pick(['stdio', 'local', 'http', 'sse']);
  return e;
}

test('afterHash is the digest of the desired entry as its client sees it, for every client', () => {
  for (const client of Object.values(TARGETS)) {
    const normalize = (x: Entry) => client.normalize(x);
    const desired = new Map<string, Entry>();
    for (let i = 0; i < 40; i++) desired.set(`s${i}`, serverEntry());
    const actual = new Map<string, Entry>([...desired].filter((_, i) => i % 3 === 0).map(([n]) => [n, serverEntry()]));
    const p = plan(desired, actual, {}, normalize);
    for (const c of p.changes) {
      const want = desired.get(c.name);
      assert.ok(want, `${client.name}: a change for a server not desired`);
      // taken once: asked twice, the same digest
      assert.is(afterHash(c), entryHash(want, normalize), `${client.name} ${c.name} (seed ${rnd.seed})`);
      assert.is(afterHash(c), afterHash(c));
      // the client's reading of an entry it has read already is the same entry: a plan's id, which hashes the
      // entry as its client sees it, is what it was when it normalised that again
      assert.is(entryHash(c.after ?? {}, normalize), afterHash(c), `${client.name} ${c.name}: normalize twice`);
    }
  }
});

test.run();
