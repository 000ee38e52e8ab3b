// fast-parse.ts against toml-eslint-parser, the reader it stands in for: on every fixture, on the TOML in
// the other TOML tests, on generated Codex-like configs and on broken copies of them, whenever the fast
// reader returns a tree it must be the parser's (every type, kind, key, value, range, loc and string token
// the callers read), and whenever the parser refuses a text the fast reader must give up on it. It must
// also read the generated configs itself (not give up on them), or it would be of no use.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTOML } from 'toml-eslint-parser';
import type { AST } from 'toml-eslint-parser';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fastParse } from '../../src/core/toml/fast-parse.js';
import { parseToml } from '../../src/core/toml/parse.js';
import { seededRandom } from '../helpers/seeded-random.js';
import type { SeededRandom } from '../helpers/seeded-random.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LIMITS = { long: 4096, maxDepth: 80 };
const fast = (text: string) => fastParse(text, LIMITS);

function slow(text: string): AST.TOMLProgram | null {
  try {
    return parseTOML(text, { tomlVersion: '1.1.0' });
  } catch {
    return null;
  }
}

/** Everything mcpctl reads of a tree (and a little more), as plain data; -0 kept apart from 0. Tokens other
 *  than strings, and comments, are left out: the fast reader keeps none (no caller reads them). */
function project(program: AST.TOMLProgram): unknown {
  const at = (n: AST.HasLocs) => ({
    range: [n.range[0], n.range[1]],
    loc: [n.loc.start.line, n.loc.start.column, n.loc.end.line, n.loc.end.column],
  });
  const num = (v: number) => (Object.is(v, -0) ? '-0' : v);
  const key = (k: AST.TOMLKey) => ({
    ...at(k),
    keys: k.keys.map((p) =>
      p.type === 'TOMLBare'
        ? { type: p.type, name: p.name, ...at(p) }
        : { type: p.type, value: p.value, style: p.style, kind: p.kind, multiline: p.multiline, ...at(p) },
    ),
  });
  const value = (v: AST.TOMLContentNode): unknown => {
    if (v.type === 'TOMLArray') return { type: v.type, ...at(v), elements: v.elements.map(value) };
    if (v.type === 'TOMLInlineTable') return { type: v.type, ...at(v), body: v.body.map(keyValue) };
    const common = { type: v.type, kind: v.kind, ...at(v) };
    if (v.kind === 'string') return { ...common, value: v.value, style: v.style, multiline: v.multiline };
    if (v.kind === 'integer') return { ...common, value: num(v.value), number: v.number, bigint: String(v.bigint) };
    if (v.kind === 'float') return { ...common, value: num(v.value), number: v.number };
    if (v.kind === 'boolean') return { ...common, value: v.value };
    return { ...common, datetime: v.datetime };
  };
  const keyValue = (kv: AST.TOMLKeyValue) => ({ type: kv.type, ...at(kv), key: key(kv.key), value: value(kv.value) });
  const top = program.body[0];
  return {
    type: program.type,
    ...at(program),
    top: { type: top.type, ...at(top) },
    body: top.body.map((item) =>
      item.type === 'TOMLKeyValue'
        ? keyValue(item)
        : {
            type: item.type,
            kind: item.kind,
            resolvedKey: item.resolvedKey,
            ...at(item),
            key: key(item.key),
            body: item.body.map(keyValue),
          },
    ),
    strings: program.tokens
      .filter((t) => /String$/.test(t.type))
      .map((t) => ({ type: t.type, value: t.value, ...at(t), string: 'string' in t ? t.string : null })),
  };
}

/** Compares the two readers on `text`; returns whether the fast one read it. */
function agree(text: string, what: string): boolean {
  const got = fast(text);
  const want = slow(text);
  if (got === null) return false;
  if (want === null) assert.unreachable(`${what}: the parser refuses it, the fast reader read it\n${text}`);
  else assert.equal(project(got), project(want), `${what}\n${text}`);
  return true;
}

function* tomlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* tomlFiles(path);
    else if (entry.name.endsWith('.toml')) yield path;
  }
}

/** String literals of the other TOML tests (and their `[...].join('\n')` arrays), as far as they can be
 *  evaluated on their own: `${...}` in templates becomes `x`. (Only literals found by the patterns below
 *  are evaluated, so nothing of those tests runs here.) */
function embeddedStrings(): string[] {
  const dir = join(ROOT, 'test/toml');
  const out: string[] = [];
  const literal = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\[^])*`/g;
  const joined = /\[\s*\n((?:\s*(?:'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\[^])*`),?\s*\n)+)\s*\]\.join\('\\n'\)/g;
  const evaluate = (code: string) => {
    try {
      const value: unknown = new Function(`return ${code.replace(/\$\{[^{}]*\}/g, 'x')};`)();
      if (typeof value === 'string') out.push(value);
      else if (Array.isArray(value)) out.push(value.join('\n'));
    } catch {
      // not a literal that stands alone
    }
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.ts') && f !== 'fast-parse.test.ts')) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(literal)) evaluate(m[0]);
    for (const m of source.matchAll(joined)) evaluate(`[${m[1] ?? ''}]`);
  }
  return out;
}

/** A Codex-like config.toml inside the fast reader's subset, different for every draw. */
function generate(r: SeededRandom): string {
  const pick = <T>(items: readonly T[]): T => {
    const item = items[r.int(items.length)];
    if (item === undefined) throw new Error('empty pick');
    return item;
  };
  let n = 0;
  const fresh = () => `k${n++}`;
  const chars = ['a', 'Z', '0', ' ', '-', '/', 'é', '✓', '😀', '中', '\\"', '\\\\', '\\n', '\\t', '\\u00e9'];
  const more = ['\\U0001F600', '\\e', '\\x41', '\\b', '\\f', '\\r', "'", '#', '=', '[', '{'];
  const text = () => Array.from({ length: r.int(8) }, () => pick(r.int(4) ? chars : more)).join('');
  const literal = () =>
    `'${Array.from({ length: r.int(8) }, () => pick(['a', ' ', '\\', '"', 'é', '😀', '#'])).join('')}'`;
  const str = () => (r.int(3) ? `"${text()}"` : literal());
  const ints = ['0', '7', '-12', '+3', '60', '-0', '+0', '12345678901234567890'];
  const num = () => pick([...ints, '60.5', '-0.25', '0.0', '-0.0', '1e3', '2.5E-2', '+1.5', '1e05', '-0e0']);
  const scalar = () => pick([str, str, num, () => pick(['true', 'false'])])();
  const key = () =>
    pick([
      fresh,
      fresh,
      () => `"${fresh()} é\\t"`,
      () => `'${fresh()}.x'`,
      () => `${fresh()} . ${fresh()}`,
      () => `${n++}`,
      () => `_${fresh()}-`,
    ])();
  const gap = () => pick(['', ' ', '  ', '\t']);
  const comment = () => (r.int(4) ? '' : `${gap()} # ${pick(['note', 'ünï ✓ 😀', '"x" = [1', ''])}`);
  const value = (depth: number): string => {
    const kind = depth > 3 ? 0 : r.int(6);
    if (kind === 4) {
      const items = Array.from({ length: r.int(4) }, () => value(depth + 1));
      if (r.int(2)) return `[${gap()}${items.join(`,${gap()}`)}${gap()}]`;
      const lines = items.map((v) => `\n  ${v},${comment()}`).join('');
      return `[${comment()}${lines}\n${r.int(2) ? '# end\n' : ''}]`;
    }
    if (kind === 5) {
      const items = Array.from({ length: r.int(4) }, () => `${key()}${gap()}=${gap()}${value(depth + 1)}`);
      if (r.int(3)) return `{${gap()}${items.join(`,${gap()}`)}${gap()}}`;
      return `{${items.map((kv) => `\n  ${kv},${comment()}`).join('')}\n}`;
    }
    return scalar();
  };
  const lines: string[] = [];
  const kv = (k = key()) => lines.push(`${gap()}${k}${gap()}=${gap()}${value(0)}${comment()}`);
  const blank = () => {
    if (!r.int(3)) lines.push(pick(['', '   ', '# a comment', '\t# indented ✓']));
  };
  for (let i = r.int(4); i > 0; i--) r.int(2) ? kv() : blank();
  for (let t = r.int(8); t > 0; t--) {
    blank();
    const kind = r.int(6);
    if (kind <= 2) {
      const name = r.int(4) ? `server-${fresh()}` : `"my ${fresh()}"`;
      lines.push(`[mcp_servers.${name}]${comment()}`);
      kv('command');
      if (r.int(2)) kv('args');
      if (r.int(2)) kv('enabled_tools');
      if (r.int(2)) kv(pick(['tool_timeout_sec', 'startup_timeout_sec']));
      const sub = pick(['env', 'http_headers']);
      if (r.int(2)) lines.push(`${sub} = { ${fresh()} = ${str()}, ${fresh()} = ${str()} }`);
      else lines.push('', `[ mcp_servers . ${name} . ${sub} ]`, `${fresh()} = ${str()}`, `${fresh()} = ${str()}`);
    } else if (kind === 3) {
      lines.push(`[projects."/home/u/${fresh()}"]`, `trust_level = "trusted"${comment()}`);
    } else if (kind === 4) {
      const name = fresh();
      for (let i = r.int(3) + 1; i > 0; i--) {
        lines.push(`[[${name}]]`);
        kv();
        if (r.int(2)) lines.push(`[${name}.opts]`, `x = ${value(0)}`);
      }
    } else {
      const name = fresh();
      const inner = fresh();
      // a table named after its sub-table is still a first definition
      lines.push(`[${name}.${inner}]`, `y = ${value(0)}`, `[${name}]`);
      const prefix = fresh();
      for (let i = r.int(4); i > 0; i--) kv(r.int(2) ? `${prefix}.${fresh()}` : key());
    }
  }
  const eol = r.int(3) ? '\n' : '\r\n';
  const body = lines.join(eol);
  // a 0 that ends the text is left to the parser (see 'left to the parser' below)
  return body + (r.int(4) || /[^-+.\d]0$/.test(body) ? eol : '');
}

/** `text` with one or two random edits: a character dropped, a troublesome one put in, a line doubled. */
function mutate(r: SeededRandom, text: string): string {
  const bad = ['"', "'", '=', '[', ']', '{', '}', ',', '.', '#', '\n', '\r', '\t', '\\', ' ', 'x', '0', '-', '_'];
  const worse = ['\u0000', '\u007f', '\u000c', '\uFEFF', '\uD800', '"""', "'''", 'e', '+', ':', 'inf'];
  let out = text;
  for (let k = r.int(2) + 1; k > 0; k--) {
    const at = r.int(out.length + 1);
    const edit = r.int(4);
    if (edit === 0) out = out.slice(0, at) + out.slice(at + 1);
    else if (edit === 1) {
      const lines = out.split('\n');
      const i = r.int(lines.length);
      lines.splice(i, 0, lines[i] ?? '');
      out = lines.join('\n');
    } else {
      const from = r.int(4) ? bad : worse;
      const c = from[r.int(from.length)] ?? '"';
      out = out.slice(0, at) + c + out.slice(at);
    }
  }
  return out;
}

test('every TOML file of the fixtures reads the same, and is read here once a BOM is stripped', () => {
  const files = [...tomlFiles(join(ROOT, 'fixtures')), ...tomlFiles(join(ROOT, 'test'))];
  assert.ok(files.length >= 40, `only ${files.length} files`);
  let read = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const body = text.replace(/^\uFEFF/, '');
    if (agree(body, file)) read++;
    if (agree(body.replace(/\r?\n/g, '\r\n'), `${file} with CRLF`)) read++;
    agree(text, `${file} as it is`);
  }
  assert.is(read, 2 * files.length, 'a fixture outside the subset: list it here if that is on purpose');
});

test('the TOML in the other TOML tests reads the same', () => {
  const strings = embeddedStrings();
  assert.ok(strings.length > 100, `found ${strings.length}`);
  let read = 0;
  for (const s of strings) if (agree(s, 'embedded string')) read++;
  assert.ok(read > 50, `read ${read} of ${strings.length}`);
});

test('generated configs read the same and are all read here; broken copies never read differently', () => {
  const r = seededRandom();
  let broken = 0;
  for (let i = 0; i < 250; i++) {
    const text = generate(r);
    const what = `seed ${r.seed}, config ${i}`;
    assert.ok(slow(text), `${what}: the generator wrote invalid TOML\n${text}`);
    assert.ok(agree(text, what), `${what}: the fast reader gave up on a common config\n${text}`);
    for (let k = 0; k < 4; k++) if (agree(mutate(r, text), `${what}, broken copy ${k}`)) broken++;
  }
  assert.ok(broken > 0, 'no broken copy was read: the test is weaker than it looks');
});

test('invalid TOML is never read here (the parser says what is wrong, and where)', () => {
  const invalid = [
    'a = 1\na = 2',
    'a = 1\n"a" = 2',
    'a.b = 1\na.b = 2',
    'a = 1\na.b = 2',
    'a.b = 1\na = 2',
    'a = 1\n[a]',
    'a.b = 1\n[a]',
    'a = {}\n[a.b]',
    'a = []\n[[a]]',
    '[a]\n[a]',
    '[a]\nb = 1\n[a.b]',
    '[a]\nb.c = 1\n[a.b]',
    '[a.b]\n[a]\nb = 1',
    '[a.b]\n[a]\nb.c = 1',
    '[a]\n[[a]]',
    '[[a]]\n[a]',
    '[a.b]\n[[a]]',
    'x = { a = 1, a = 2 }',
    'x = { a.b = 1, a = 2 }',
    'x = {a=1,,}',
    'x = {,}',
    'x = [1 2]',
    'x = [,]',
    'x = [1,,2]',
    'a = "unclosed',
    "a = 'unclosed",
    'a = "bad \\q escape"',
    'a = "\\uD800"',
    'a = "\\x4"',
    'a = "\\U00110000"',
    'a = "tab\u0001"',
    'a = 1 b = 2',
    '[a] b = 1',
    'a\n= 1',
    'a =\n1',
    'a = 01',
    'a = 1.',
    'a = .5',
    'a = 1__0',
    'a = tru',
    '# bad \u007f comment',
    '# lone \uD800 surrogate',
    '[[a] ]',
    '[ [a]]',
    '[]',
    'a. = 1',
    '.a = 1',
    'a..b = 1',
    '= 1',
    '\uFEFFa = 1',
  ];
  for (const text of invalid) {
    assert.ok(fast(text) === null, text);
    assert.ok(slow(text) === null, `not invalid after all: ${text}`);
  }
});

test('valid TOML outside the subset is left to the parser, which reads it', () => {
  const valid = [
    'a = """multi\nline"""',
    "a = '''multi'''",
    'a = 1979-05-27',
    'a = 07:32:00',
    'a = 0x1F',
    'a = 0o17',
    'a = 0b101',
    'a = 1_000',
    'a = inf',
    'a = -nan',
    'a = 0', // the parser's range for a 0 that ends the text is empty
    'a = 1\r', // a lone CR: a line break to the parser, though not counted as one in its line numbers
    `a = "${'x'.repeat(4095)}"`,
    `a = ${'1'.repeat(4097)}`,
  ];
  for (const text of valid) {
    assert.ok(fast(text) === null, text.slice(0, 80));
    assert.ok(slow(text), `not valid after all: ${text.slice(0, 80)}`);
  }
});

test('definitions: random headers and dotted keys over three names are read exactly when the parser reads them', () => {
  const r = seededRandom();
  const names = ['a', 'b', '"c"'];
  const path = () => Array.from({ length: r.int(3) + 1 }, () => names[r.int(3)]).join('.');
  let read = 0;
  for (let i = 0; i < 2000; i++) {
    const lines = Array.from({ length: r.int(6) + 1 }, () =>
      r.int(3) ? `${path()} = ${r.int(4) ? 1 : '{ a.b = 1, c = [] }'}` : r.int(2) ? `[${path()}]` : `[[${path()}]]`,
    );
    const text = lines.join('\n');
    const parsed = slow(text) !== null;
    assert.is(agree(text, `seed ${r.seed}`), parsed, `seed ${r.seed}: ${parsed ? 'gave up on' : 'read'}\n${text}`);
    if (parsed) read++;
  }
  assert.ok(read > 300, `only ${read} valid`);
});

test('the limits: 80 levels and 4096-character tokens are read, one more is not', () => {
  const deep = (n: number) => `x = ${'['.repeat(n)}${']'.repeat(n)}\ny = ${'{b='.repeat(n)}1${'}'.repeat(n)}`;
  assert.ok(agree(deep(80), '80 levels'));
  assert.ok(fast(deep(81)) === null);
  assert.ok(agree(`a = "${'x'.repeat(4094)}"`, '4096 characters'));
  assert.ok(fast(`a = "${'x'.repeat(4095)}"`) === null);
  assert.ok(fast(`${'k'.repeat(4097)} = 1`) === null);
});

test("parseToml reads through the fast reader and gives the parser's tree", () => {
  const text = '[mcp_servers.a]\ncommand = "npx"\nargs = ["-y", "pkg"]\nenv = { TOKEN = "ghp_x" }\n';
  const program = parseToml(text);
  assert.equal(project(program), project(parseTOML(text, { tomlVersion: '1.1.0' })));
  // only the fast tree has nothing but string tokens
  assert.equal(
    program.tokens.map((t) => t.type),
    ['BasicString', 'BasicString', 'BasicString', 'BasicString'],
  );
});

test.run();
