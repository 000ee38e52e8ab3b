// readJson + entriesAt read values with the native JSON.parse (plain-text.ts, plain-entries.ts) and fall back
// to jsonc-parser's tree for what they cannot vouch for. Differential: on generated files (seeded) with many
// servers, escapes, unicode, `__proto__` keys, comments, trailing commas, BOM, CRLF, keys written twice at
// any depth, entries that are not objects and broken syntax, the servers (names in order, values, line:col)
// and every error (code, message, where, hint) must be those of the read path as it was (old-read.ts).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { McpctlError } from '../../src/core/errors.js';
import { findContainer } from '../../src/core/json/container.js';
import { entriesAt } from '../../src/core/json/entries.js';
import { parsedEntries } from '../../src/core/json/parsed-entries.js';
import { plainEntries } from '../../src/core/json/plain-entries.js';
import { readJson } from '../../src/core/json/read-json.js';
import type { JsonDoc, ReadJsonOptions } from '../../src/core/json/read-json.js';
import { seededRandom } from '../helpers/seeded-random.js';
import type { SeededRandom } from '../helpers/seeded-random.js';
import { oldRead } from './old-read.js';

/** A JSON value as written: keys and literals are raw text, so a key can be written twice or escaped. */
type Model = { t: 'obj'; props: Array<[string, Model]> } | { t: 'arr'; items: Model[] } | { t: 'lit'; text: string };

const PIECES = ['a', 'npx', '-y', '@scope/pkg@1.2.3', 'é', '日本', '😀', '\\"', '\\\\', '\\/', '\\n', '\\t', '\\u00e9'];
const TRICKY = ['\\ud83d\\ude00', '\\ud800', '\\u003a', '//', '/*', '*/', ':', ',]', '{', '}', ' ', '${env:TOKEN}'];
const NUMBERS = ['0', '-1', '3.25', '-1.5e+3', '1E5', '-0', '1e400', '123456789012345678901234567890', '0.1'];
const KEYS = ['command', 'args', 'env', 'url', 'headers', '__proto__', 'constructor', 'toString', '0', '10', '', 'a b'];

function pick<T>(r: SeededRandom, xs: readonly T[]): T {
  const x = xs[r.int(xs.length)];
  if (x === undefined) throw new Error('nothing to pick from');
  return x;
}
const lit = (text: string): Model => ({ t: 'lit', text });
const str = (r: SeededRandom): string =>
  `"${Array.from({ length: r.int(4) }, () => pick(r, r.int(3) ? PIECES : TRICKY)).join('')}"`;
/** `"name"`, sometimes with its first character as a \u escape (the same key to both parsers). */
const key = (r: SeededRandom, name: string): string =>
  r.int(6) === 0 && name !== ''
    ? JSON.stringify(name).replace(/^"./, (m) => `"\\u${(m.charCodeAt(1) || 0).toString(16).padStart(4, '0')}`)
    : JSON.stringify(name);

function value(r: SeededRandom, depth: number): Model {
  const kind = depth > 3 ? r.int(3) : r.int(5);
  if (kind === 0) return lit(str(r));
  if (kind === 1) return lit(pick(r, NUMBERS));
  if (kind === 2) return lit(pick(r, ['true', 'false', 'null']));
  if (kind === 3) return { t: 'arr', items: Array.from({ length: r.int(4) }, () => value(r, depth + 1)) };
  return { t: 'obj', props: distinct(r, r.int(4)).map((k) => [key(r, k), value(r, depth + 1)]) };
}

/** `n` keys, none twice and none of `taken` (keys written twice are the faults document() adds). */
function distinct(r: SeededRandom, n: number, taken: readonly string[] = []): string[] {
  const out: string[] = [];
  for (let k = pick(r, KEYS); out.length < n; k = pick(r, KEYS))
    if (!out.includes(k) && !taken.includes(k)) out.push(k);
  return out;
}

function server(r: SeededRandom, i: number): Model {
  const obj = (pairs: Array<[string, Model]>): Model => ({ t: 'obj', props: pairs });
  const props: Array<[string, Model]> =
    r.int(3) === 0
      ? [
          ['"url"', lit(`"https://mcp.example.com/${i}"`)],
          [
            '"headers"',
            obj([
              [key(r, 'Authorization'), lit(str(r))],
              ['"X-Id"', lit(`"${i}"`)],
            ]),
          ],
        ]
      : [
          ['"command"', lit(str(r))],
          ['"args"', { t: 'arr', items: Array.from({ length: 4 }, () => lit(str(r))) }],
          [
            '"env"',
            obj([
              [key(r, 'API_KEY'), lit(str(r))],
              [key(r, pick(r, KEYS)), lit(str(r))],
            ]),
          ],
        ];
  for (const k of distinct(r, r.int(3), ['url', 'headers', 'command', 'args', 'env']))
    props.push([key(r, k), value(r, 1)]);
  return obj(props);
}

/** Every object inside `m` (itself included). */
function objects(m: Model): Array<Extract<Model, { t: 'obj' }>> {
  if (m.t === 'lit') return [];
  const inner = m.t === 'obj' ? m.props.map(([, v]) => v) : m.items;
  return [...(m.t === 'obj' ? [m] : []), ...inner.flatMap(objects)];
}

interface Doc {
  text: string;
  path: string[];
  opts: ReadJsonOptions;
}

const PATHS = [['mcpServers'], ['servers'], ['projects', '/abs/dir', 'mcpServers'], []];

function document(r: SeededRandom, servers: number): Doc {
  const path = pick(r, PATHS);
  const container: Extract<Model, { t: 'obj' }> = { t: 'obj', props: [] };
  for (let i = 0; i < servers; i++)
    container.props.push([key(r, `server-${i}${pick(r, ['', 'é', '😀', '"'])}`), server(r, i)]);
  // faults, each now and then, sometimes several at once
  const entries = container.props;
  if (r.int(8) === 0 && entries.length > 0) entries.push([pick(r, entries)[0], server(r, 0)]);
  if (r.int(8) === 0 && entries.length > 0) {
    const inside = objects(pick(r, entries)[1]).filter((o) => o.props.length > 0);
    const o = inside.length > 0 ? pick(r, inside) : undefined;
    if (o) o.props.splice(r.int(o.props.length + 1), 0, [pick(r, o.props)[0], value(r, 2)]);
  }
  if (r.int(10) === 0 && entries.length > 0) {
    const e = pick(r, entries);
    e[1] = r.int(2) ? value(r, 4) : { t: 'arr', items: [] };
  }
  if (r.int(25) === 0 && entries.length > 0) {
    let deep: Model = lit('1');
    for (let d = 60 + r.int(20); d > 0; d--)
      deep = r.int(2) ? { t: 'arr', items: [deep] } : { t: 'obj', props: [['"d"', deep]] };
    const e = pick(r, entries)[1];
    if (e.t === 'obj') e.props.push(['"deep"', deep]);
  }
  const holder: Model = r.int(30) === 0 ? value(r, 4) : container;
  let inner: Array<[string, Model]> = [];
  for (let n = r.int(3); n > 0; n--)
    inner.push([key(r, pick(r, ['numStartups', 'inputs', 'theme', ...KEYS])), value(r, 1)]);
  const [last, ...up] = [...path].reverse();
  if (last !== undefined && r.int(20) !== 0) inner.splice(r.int(inner.length + 1), 0, [key(r, last), holder]);
  if (last !== undefined && r.int(25) === 0) inner.push([key(r, last), value(r, 1)]);
  for (const seg of up) {
    const other: Array<[string, Model]> = [['"/other"', { t: 'obj', props: [['"mcpServers"', server(r, 9)]] }]];
    inner = r.int(2)
      ? [...other, [key(r, seg), { t: 'obj', props: inner }]]
      : [[key(r, seg), { t: 'obj', props: inner }], ...other];
  }
  const root: Model = last === undefined ? container : { t: 'obj', props: inner };
  const jsonc = r.int(2) === 0;
  const style: Style = {
    r,
    unit: pick(r, ['  ', '    ', '\t', '']),
    eol: r.int(3) === 0 ? '\r\n' : '\n',
    comments: jsonc ? r.int(3) : r.int(12) === 0 ? 1 : 0,
    commas: jsonc ? r.int(3) === 0 : r.int(12) === 0,
    colon: pick(r, [': ', ':', ' : ']),
  };
  let text = (r.int(6) === 0 ? '\uFEFF' : '') + render(root, '', style) + (r.int(4) ? style.eol : '');
  if (r.int(10) === 0) {
    const at = r.int(text.length);
    text = r.int(2)
      ? text.slice(0, at) + text.slice(at + 1)
      : text.slice(0, at) + pick(r, [',', '}', '//', '/*', 'x', '"', '\u00a0', '[,]']) + text.slice(at);
  }
  const opts: ReadJsonOptions = { comments: jsonc };
  if (!jsonc && r.int(3) === 0) opts.strictWhy = 'the client reads it strictly';
  if (jsonc && r.int(4) === 0) opts.noTrailingCommasWhy = 'the client stops on them';
  return { text, path, opts };
}

interface Style {
  r: SeededRandom;
  unit: string;
  eol: string;
  /** 0: none; more: how many in 8 gaps hold one. */
  comments: number;
  commas: boolean;
  colon: string;
}

const LINE = ['// note', '// "quoted" {braces} [x], y:', '// https://x.example/mcp', '//'];
const BLOCK = ['/* c */', '/**/', '/* "q" { [ // ] */', '/* two\nlines */', '/*/ x */'];

function render(m: Model, indent: string, s: Style): string {
  if (m.t === 'lit') return m.text;
  const [open, close] = m.t === 'obj' ? ['{', '}'] : ['[', ']'];
  const items =
    m.t === 'obj'
      ? m.props.map(([k, v]) => `${k}${_block(s)}${s.colon}${render(v, indent + s.unit, s)}`)
      : m.items.map((v) => render(v, indent + s.unit, s));
  if (items.length === 0) return `${open}${_block(s)}${close}`;
  const trailing = s.commas && s.r.int(2) === 0 ? ',' : '';
  if (s.unit === '') return `${open}${items.map((i) => _block(s) + i).join(', ')}${trailing}${_block(s)}${close}`;
  const inner = indent + s.unit;
  const lines = items.map((item, i) => {
    const comma = i < items.length - 1 ? ',' : trailing;
    const comment = s.comments > 0 && s.r.int(8) < s.comments ? ` ${pick(s.r, LINE)}` : '';
    return `${s.eol}${inner}${_block(s)}${item}${comma}${comment}`;
  });
  return `${open}${lines.join('')}${s.eol}${indent}${close}`;
}

function _block(s: Style): string {
  return s.comments > 0 && s.r.int(16) < s.comments ? ` ${pick(s.r, BLOCK).replace('\n', s.eol)} ` : '';
}

type Outcome =
  | { error: { code: string; message: string; where: unknown; hint: string | undefined } }
  | { entries: Array<[string, number, number]>; values: unknown[] };

function outcome(read: () => Map<string, { value: unknown; line: number; col: number }>): Outcome {
  try {
    const entries = read();
    return {
      entries: [...entries].map(([n, e]) => [n, e.line, e.col]),
      values: [...entries.values()].map((e) => e.value),
    };
  } catch (err) {
    if (!(err instanceof McpctlError)) throw err;
    return { error: { code: err.code, message: err.message, where: err.where, hint: err.hint } };
  }
}

/** Where two values differ (Object.is for numbers, key order, own keys, plain prototypes), or null. */
function difference(a: unknown, b: unknown, at = '$'): string | null {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null)
    return Object.is(a, b) ? null : `${at}: ${String(a)} ≠ ${String(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array or not`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at}: prototype`;
  const [ka, kb] = [Object.keys(a), Object.keys(b)];
  if (ka.join('\u0000') !== kb.join('\u0000')) return `${at}: keys ${JSON.stringify(ka)} ≠ ${JSON.stringify(kb)}`;
  for (const k of ka) {
    const d = difference(
      Reflect.getOwnPropertyDescriptor(a, k)?.value,
      Reflect.getOwnPropertyDescriptor(b, k)?.value,
      `${at}.${k}`,
    );
    if (d !== null) return d;
  }
  return null;
}

/** How many documents agree() saw read from JSON.parse's value alone (parsed-entries.ts). */
let parsedReads = 0;

/** The new read and the old one agree on `d`; returns whether the fast path read it. */
function agree(d: Doc, what: string): boolean {
  const file = '/p/mcp.json';
  let doc: JsonDoc | undefined;
  let old: ReturnType<typeof oldRead> | undefined;
  const now = outcome(() => entriesAt((doc = readJson(d.text, file, d.opts)), d.path));
  const was = outcome(() => (old = oldRead(d.text, file, d.opts, d.path)).entries());
  same(now, was, what);
  if ('error' in now) return false;
  // the tree for editing, built only when asked for, is the one the old path built
  const node = doc ? findContainer(doc, d.path).node : undefined;
  const before = old?.container();
  assert.equal(
    [node?.offset, node?.length, node?.children?.length],
    [before?.offset, before?.length, before?.children?.length],
    `${what}: tree`,
  );
  if (doc?.plain === undefined || plainEntries(doc, d.path) === undefined) return false;
  // the scan reads what the parsed value alone read (its positions found by the same scan, when asked)
  same(
    outcome(() => plainEntries(doc as JsonDoc, d.path) ?? new Map()),
    now,
    `${what}: scanned`,
  );
  if (parsedEntries(doc, d.path) !== undefined) parsedReads++;
  // the parse readJson made may be gone (a WeakRef) when entries are read later: the container is parsed again
  const gone = {
    ...doc,
    plain: { text: doc.plain.text, value: { deref: () => undefined, [Symbol.toStringTag]: 'WeakRef' as const } },
  };
  same(
    outcome(() => plainEntries(gone, d.path) ?? new Map()),
    now,
    `${what}: parsed again`,
  );
  return true;
}

function same(now: Outcome, was: Outcome, what: string): void {
  if ('error' in now || 'error' in was) return assert.equal(now, was, what);
  assert.equal(now.entries, was.entries, `${what}: names, lines and columns`);
  now.values.forEach((v, i) => {
    const diff = difference(v, was.values[i]);
    assert.is(diff, null, `${what}: entry ${i}: ${diff}`);
  });
}

function seeded(name: string, fn: (r: SeededRandom) => void): void {
  test(name, () => {
    const r = seededRandom();
    try {
      fn(r);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      throw new Error(`${message}\n  replay with MCPCTL_TEST_SEED=${r.seed}`, { cause: err });
    }
  });
}

seeded('generated files: the same servers and the same errors as the old read path (seeded)', (r) => {
  let fast = 0;
  let errors = 0;
  for (let i = 0; i < 400; i++) {
    const d = document(r, r.int(40));
    const shown = d.text.length > 400 ? `${d.text.slice(0, 400)}…` : d.text;
    if (agree(d, `document ${i} (${JSON.stringify(d.opts)} at ${JSON.stringify(d.path)}):\n${shown}`)) fast++;
    else errors++;
  }
  // both paths must have been taken: most files read fast, the faults fall back
  assert.ok(fast > 150 && errors > 40, `fast ${fast}, other ${errors}`);
  // and most of the fast ones from the parsed value alone
  assert.ok(parsedReads > 100, `parsed ${parsedReads} of ${fast}`);
});

seeded('1,000 servers at each container, strict and JSONC, CRLF and BOM', (r) => {
  for (const path of PATHS.slice(0, 3))
    for (const comments of [false, true]) {
      const container: Model = {
        t: 'obj',
        props: Array.from({ length: 1000 }, (_, i): [string, Model] => [`"server-${i}"`, server(r, i)]),
      };
      let root: Model = container;
      for (const seg of [...path].reverse()) root = { t: 'obj', props: [[JSON.stringify(seg), root]] };
      const style: Style = { r, unit: '  ', eol: '\r\n', comments: comments ? 2 : 0, commas: comments, colon: ': ' };
      const d = { text: `\uFEFF${render(root, '', style)}\r\n`, path, opts: { comments } };
      assert.ok(agree(d, `${path.join('/')} ${comments ? 'JSONC' : 'JSON'}`), 'read on the fast path');
      assert.ok(parsedEntries(readJson(d.text, 'm.json', d.opts), path), 'from the parsed value alone');
    }
});

seeded('token soup: JSON.parse of the blanked text accepts only what jsonc-parser accepts (seeded)', (r) => {
  const TOKENS = [
    '{',
    '}',
    '[',
    ']',
    ',',
    ':',
    '"a"',
    '"b\\"',
    '"/*"',
    '1',
    '-0.5e3',
    'true',
    'null',
    '// c\n',
    '/* c */',
  ];
  const MORE = ['/*/ */', '//', '/', '*', ' ', '\n', '\r', '\t', 'x', '\u00a0', '"\n"', '01', '1.', '-', ',,', '"k":'];
  let accepted = 0;
  for (let i = 0; i < 3000; i++) {
    const soup = Array.from({ length: 1 + r.int(10) }, () => pick(r, r.int(4) ? TOKENS : MORE)).join(
      r.int(2) ? '' : ' ',
    );
    const text = `{"servers": {"a": {"x": ${soup}}}}`;
    const opts: ReadJsonOptions = { comments: r.int(4) !== 0 };
    if (opts.comments && r.int(3) === 0) opts.noTrailingCommasWhy = 'no';
    if (agree({ text, path: ['servers'], opts }, JSON.stringify(text))) accepted++;
  }
  assert.ok(accepted > 100, `accepted ${accepted}`);
});

test('a line comment ended by a lone CR (as jsonc-parser ends it) before the end of a container', () => {
  const text = '{"servers": {"a": {"x": // note\r 1}}}';
  const doc = readJson(text, 'm.json', { comments: true });
  assert.equal(
    [...entriesAt(doc, ['servers'])].map(([n, e]) => [n, e.value]),
    [['a', { x: 1 }]],
  );
  assert.is(findContainer(doc, ['servers']).node?.length, text.length - 13);
  assert.ok(agree({ text, path: ['servers'], opts: { comments: true } }, text));
});

test('keys written twice at any depth: the old error, the first and second of the pair', () => {
  const texts = [
    '{"mcpServers": {"a": {"command": "x"}, "b": {}, "a": {"url": "u"}}}',
    '{"mcpServers": {"a": {"env": {"K": "1", "L": {"M": [1, {"N": 1, "N": 2}]}, "K": "2"}}}}',
    '{"mcpServers": {"a": {"args": [{"x": 1}, {"y": {"z": 1, "\\u007a": 2}}]}, "b": {"p": 1, "p": 1}}}',
    '{"mcpServers": {"a": {"__proto__": {}, "__proto__": {"polluted": true}}}}',
    '{"mcpServers": {"a": 1, "b": {"k": 1, "k": 2}}}',
    '{"mcpServers": {"a": {}, "a": 1}}',
    '{"mcpServers": {}, "mcpServers": {"a": {}}}',
  ];
  for (const text of texts)
    for (const comments of [false, true]) agree({ text, path: ['mcpServers'], opts: { comments } }, text);
});

test('the parsed value alone: colons in names and strings; the scan for what it cannot vouch for', () => {
  const read = (text: string) => parsedEntries(readJson(text, 'm.json', { comments: true }), ['mcpServers']);
  const colons = '{"mcpServers": {"a": {"url": "https://x:1/y"}, "b:c": {"args": [":", {"k:": "::"}]}}}';
  assert.equal([...(read(colons)?.keys() ?? [])], ['a', 'b:c']);
  // a colon written as an escape, and a backslash before "u003a" that is not one
  const escaped = '{"mcpServers": {"a\\u003ab": {"x": "\\\\u003a", "y": "\\\\\\u003A", "\\u003a": 1}}}';
  assert.equal([...(read(escaped)?.keys() ?? [])], ['a:b']);
  assert.equal(read(escaped)?.get('a:b')?.value, { x: '\\u003a', y: '\\:', ':': 1 });
  // a comment's colons are not the text's (they are blanked before JSON.parse)
  assert.equal([...(read('{"mcpServers": {"a": {} // note: x\n}}')?.keys() ?? [])], ['a']);
  assert.equal(read('{"other": {"k": 1}}')?.size, 0, 'no container: no entries');
  for (const text of [
    '{"other": {"k": 1, "k": 2}, "mcpServers": {"a": {}}}',
    '{"mcpServers": {"a": {"x": ":", "x": "\\u003a:"}}}',
    '{"mcpServers": {"b": {}, "7": {}}}',
    '{"mcpServers": {"a": 1}}',
    '{"mcpServers": []}',
  ]) {
    assert.is(read(text), undefined, text);
    for (const comments of [false, true]) agree({ text, path: ['mcpServers'], opts: { comments } }, text);
  }
  // a key written twice elsewhere is left alone by the scan, as before
  assert.equal(
    [
      ...entriesAt(readJson('{"other": {"k": 1, "k": 2}, "mcpServers": {"a": {}}}', 'm.json', { comments: false }), [
        'mcpServers',
      ]).keys(),
    ],
    ['a'],
  );
});

test('JSONC far longer than one native run: comments, strings and trailing commas past every boundary', () => {
  for (const n of [511, 512, 513, 1024, 2000]) {
    const items = Array.from({ length: n }, (_, i) => (i % 7 === 3 ? '"a,/*]"' : i % 5 === 0 ? '1' : '"x"'));
    const text = `{"servers": {"a": {"args": [${items.join(',')}, /* c */ "y", // d\n]}, "b": {"k": [1,],},}}`;
    const doc = readJson(text, 'm.json', { comments: true });
    assert.ok(doc.plain, `${n}: JSON.parse read it`);
    const args = entriesAt(doc, ['servers']).get('a')?.value['args'];
    assert.is(Array.isArray(args) ? args.length : -1, n + 1, `${n}`);
    assert.ok(agree({ text, path: ['servers'], opts: { comments: true } }, `${n} items`));
  }
});

test('__proto__ and constructor stay own keys; the prototype stays Object.prototype', () => {
  const text = '{"mcpServers": {"__proto__": {"__proto__": {"x": 1}, "constructor": "c", "env": {"__proto__": "v"}}}}';
  const entries = entriesAt(readJson(text, 'm.json', { comments: false }), ['mcpServers']);
  const entry = entries.get('__proto__')?.value;
  assert.ok(entry && Object.hasOwn(entry, '__proto__') && Object.getPrototypeOf(entry) === Object.prototype);
  assert.equal(Object.keys(entry ?? {}), ['__proto__', 'constructor', 'env']);
  assert.ok(agree({ text, path: ['mcpServers'], opts: { comments: false } }, text));
});

test('JSONC that only jsonc-parser may judge: stray commas, unclosed comments, Gemini, deep nesting', () => {
  const deep = (n: number): string => `{"servers": {"a": {"x": ${'['.repeat(n)}${']'.repeat(n)}}}}`;
  for (const [text, opts] of [
    ['{"servers": {"a": {"args": [,]}}}', { comments: true }],
    ['{"servers": {"a": {"args": [1,,]}}}', { comments: true }],
    ['{"servers": {,}}', { comments: true }],
    ['{"servers": {"a": {"x":,}}}', { comments: true }],
    ['{"servers": {"a": {}} /* open', { comments: true }],
    ['{"servers": {"a": {"x": 1/**/2}}}', { comments: true }],
    ['{"servers": {"a": {"x": [1, 2,]}}}', { comments: true, noTrailingCommasWhy: 'no' }],
    ['{"servers": {"a": {"x": [1, 2 /* , */]}}}', { comments: true, noTrailingCommasWhy: 'no' }],
    ['{"servers": {"a": {"x": 1}} // end', { comments: false }],
    ['{"servers":\u00a0{}}', { comments: true }],
    [deep(70), { comments: true }],
    [deep(70), { comments: false }],
    [deep(20_000), { comments: true }],
    [deep(20_000), { comments: false }],
  ] as const)
    agree({ text, path: ['servers'], opts }, text.slice(0, 80));
});

test.run();
