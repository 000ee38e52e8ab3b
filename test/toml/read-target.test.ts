// readTarget: what Codex reads, how each server is written, and which bytes belong to it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lineColAt, McpctlError } from '../../src/core/errors.js';
import { readTarget } from '../../src/core/toml/read-target.js';
import type { TargetDoc } from '../../src/core/toml/read-target.js';
import { getKey, isTable, tomlEqual } from '../../src/core/toml/value.js';
import { smolParse } from '../helpers/smol.js';
import { fixtureCases, readFixture } from '../helpers/toml-fixtures.js';

const read = (name: string): TargetDoc => readTarget(readFixture(name), `${name}/config.toml`);
const slices = (doc: TargetDoc, name: string): string[] =>
  (doc.servers.get(name)?.ranges ?? []).map(([s, e]) => doc.text.slice(s, e));
const shapes = (doc: TargetDoc): Record<string, string> =>
  Object.fromEntries([...doc.servers].map(([name, s]) => [name, s.shape]));

test('property: every fixture reads as smol-toml reads it, and servers are mcp_servers.*', () => {
  const cases = fixtureCases();
  assert.ok(cases.length >= 12, `only ${cases.length} fixtures`);
  for (const name of cases) {
    const doc = read(name);
    assert.ok(tomlEqual(doc.root, smolParse(doc.text)), `${name}: root differs from smol-toml`);
    const mcp = getKey(doc.root, 'mcp_servers');
    const expected = isTable(mcp) ? Object.keys(mcp) : [];
    assert.equal([...doc.servers.keys()].sort(), expected.sort(), name);
    for (const [server, s] of doc.servers) {
      assert.ok(isTable(mcp) && tomlEqual(s.value, getKey(mcp, server)), `${name}: ${server}`);
      for (const [start, end] of s.ranges) assert.ok(start < end && end <= doc.text.length, `${name}: ${server} range`);
      assert.equal(
        { line: s.line, col: s.col },
        lineColAt(doc.text, s.ranges[0]?.[0] ?? -1),
        `${name}: ${server} line/col`,
      );
    }
  }
});

test('a table server: its tables from header through the last key line, interleaved tables left out', () => {
  const doc = read('interleaved');
  assert.equal(shapes(doc), { a: 'tables', b: 'tables' });
  assert.equal(slices(doc, 'a'), [
    '[mcp_servers.a]\ncommand = "node"\nargs = ["a.js"]',
    '[mcp_servers.a.env]\nA_MODE = "fast"',
  ]);
  assert.is(doc.servers.get('a')?.main, 0);
  assert.equal(slices(doc, 'b'), ['[mcp_servers.b]\nurl = "http://127.0.0.1:8080/mcp"']);
  assert.equal(doc.servers.get('a')?.value, { command: 'node', args: ['a.js'], env: { A_MODE: 'fast' } });
  assert.is(doc.insertAt, doc.text.length - 1);
});

test('ranges run to the end of the line (trailing comment included), not past comments after the table', () => {
  const doc = read('indented-comments');
  assert.equal(slices(doc, 'hand'), [
    '[mcp_servers.hand]   # hand-written\n  # comment inside the table\n  command = "hand"     # the binary\n  args = ["--flag"]',
  ]);
  const trailing = read('trailing-blank-lines');
  assert.equal(slices(trailing, 'memory'), [
    '[mcp_servers.memory]\ncommand = "npx"\nargs = ["-y", "@modelcontextprotocol/server-memory"]   # pinned later',
  ]);
});

test('inline servers in [mcp_servers], TOML 1.1 multi-line ones included', () => {
  const doc = read('inline-server');
  assert.equal(shapes(doc), { memory: 'inline', time: 'inline', github: 'tables' });
  assert.equal(slices(doc, 'time'), ['time = {\n  command = "uvx",\n  args = ["mcp-server-time"],\n}']);
  assert.equal(doc.servers.get('time')?.value, { command: 'uvx', args: ['mcp-server-time'] });
  assert.is(doc.servers.get('time')?.line, 5);
});

test('dotted servers, at the top level and under [mcp_servers], point at their first dotted key', () => {
  const top = read('dotted-server');
  assert.equal(shapes(top), { dot: 'dotted', tab: 'tables' });
  const dot = top.servers.get('dot');
  assert.equal([dot?.line, dot?.col], [2, 1]);
  assert.equal(dot?.value, { command: 'node', args: ['server.js'] });
  // New tables must go after the root keys, never between them.
  assert.is(
    top.text
      .slice(0, top.insertAt ?? 0)
      .split('\n')
      .pop(),
    'command = "tab-server"',
  );
  const inTable = read('dotted-in-table');
  assert.equal(shapes(inTable), { dot: 'dotted', inl: 'inline' });
  assert.equal(inTable.servers.get('dot')?.value, { command: 'node', env: { MODE: 'x' } });
  assert.equal(slices(inTable, 'dot'), ['dot.command = "node"', 'dot.env.MODE = "x"']);
});

test('a server written as mcp_servers.NAME = { ... } at the top level is inline; new tables go after the root keys', () => {
  const doc = readTarget('mcp_servers.a = { command = "x" }\nmodel = "o3"\n\n[tui]\n', 'c.toml');
  assert.equal(shapes(doc), { a: 'inline' });
  assert.is(doc.insertAt, 'mcp_servers.a = { command = "x" }\nmodel = "o3"'.length);
});

test('mcp_servers = { ... } as one inline table is recorded as the container of its servers', () => {
  const text = 'model = "o3"\nmcp_servers = { a = { command = "x" }, b = { url = "https://b" } }\n';
  const doc = readTarget(text, 'c.toml');
  assert.equal(shapes(doc), { a: 'inline', b: 'inline' });
  assert.equal(doc.inlineContainer, { line: 2, col: 1, range: [13, text.length - 1] });
  assert.equal(doc.servers.get('a')?.ranges, [[13, text.length - 1]]);
});

test('quoted names keep their dots; [mcp_servers] alone is where new servers go', () => {
  const doc = read('quoted-names');
  assert.equal([...doc.servers.keys()], ['my.server', 'plain']);
  assert.equal(doc.servers.get('my.server')?.value, { command: 'my-server', env: { 'LOG.LEVEL': 'debug' } });
  const empty = read('empty-mcp-table');
  assert.is(empty.servers.size, 0);
  assert.is(empty.text.slice(0, empty.insertAt ?? 0), 'model = "gpt-5-codex"\n\n[mcp_servers]\n# add servers below');
  const last = read('last-line-comment');
  assert.is(last.insertAt, last.text.length);
  assert.is(read('comment-only').insertAt, null);
});

test('BOM, CRLF and offsets: ranges index the text as given', () => {
  const doc = read('bom-crlf-no-final-newline');
  assert.ok(doc.bom);
  assert.is(doc.eol, '\r\n');
  assert.equal(slices(doc, 'fs'), [
    '[mcp_servers.fs]\r\ncommand = "npx"\r\nargs = ["-y", "@modelcontextprotocol/server-filesystem", "C:/work"]',
  ]);
  assert.equal([doc.servers.get('fs')?.line, doc.servers.get('fs')?.col], [2, 1]);
  const bomFirst = readTarget('\uFEFF[mcp_servers.a]\ncommand = "x"\n', 'c.toml');
  assert.equal([bomFirst.servers.get('a')?.line, bomFirst.servers.get('a')?.col], [1, 2]);
  assert.equal(slices(bomFirst, 'a'), ['[mcp_servers.a]\ncommand = "x"']);
  assert.is(read('basic').eol, '\n');
  assert.not.ok(read('basic').bom);
});

test('an empty file has no servers and no root keys', () => {
  const doc = read('empty');
  assert.equal(doc.root, {});
  assert.is(doc.servers.size, 0);
  assert.is(doc.insertAt, null);
});

test('integers are numbers, date-times their text, and __proto__ is just a key', () => {
  const doc = readTarget(
    'n = 0x10\nf = 2.5\nd = 1979-05-27T07:32:00Z\n[mcp_servers.__proto__]\ncommand = "x"\n',
    'c.toml',
  );
  assert.is(doc.root['n'], 16);
  assert.is(doc.root['f'], 2.5);
  assert.is(doc.root['d'], '1979-05-27T07:32:00Z');
  assert.equal([...doc.servers.keys()], ['__proto__']);
  assert.equal(doc.servers.get('__proto__')?.value, { command: 'x' });
  assert.is(Object.getPrototypeOf(doc.root), Object.prototype);
});

function errorOf(fn: () => unknown): McpctlError {
  try {
    fn();
  } catch (err) {
    if (err instanceof McpctlError) return err;
    throw err;
  }
  throw new Error('expected an McpctlError');
}

test('a parse error is E_TOML at its line and column, in LF, CRLF and BOM files alike', () => {
  for (const [text, line, col] of [
    ['model = "o3"\n[mcp_servers.a]\nargs = ["a" "b"]\n', 3, 13],
    ['model = "o3"\r\n[mcp_servers.a]\r\nargs = ["a" "b"]\r\n', 3, 13],
    ['\uFEFFargs = ["a" "b"]\n', 1, 14],
    ['[mcp_servers.a]\ncommand = "x"\n\n[mcp_servers.a]\n', 4, 14],
    ['a = {\n  b = 1,\n  c = @\n}\n', 3, 7],
  ] as const) {
    const err = errorOf(() => readTarget(text, 'cfg/config.toml'));
    assert.is(err.code, 'E_TOML');
    assert.equal(err.where, { file: 'cfg/config.toml', line, col }, JSON.stringify(text));
    assert.ok(err.message.startsWith('cfg/config.toml is not valid TOML: '), err.message);
    assert.ok(err.hint?.includes(`line ${line}`));
  }
});

test('mcp_servers or a server that is not a table is E_TOML where it is written', () => {
  const top = errorOf(() => readTarget('model = "o3"\nmcp_servers = "x"\n', 'c.toml'));
  assert.equal([top.code, top.where?.line, top.where?.col], ['E_TOML', 2, 1]);
  const entry = errorOf(() => readTarget('[mcp_servers]\nok = { command = "a" }\nbad = "y"\n', 'c.toml'));
  assert.equal([entry.code, entry.where?.line], ['E_TOML', 3]);
  assert.match(entry.message, 'mcp_servers.bad');
  const array = errorOf(() => readTarget('[[mcp_servers.x]]\ncommand = "a"\n', 'c.toml'));
  assert.is(array.code, 'E_TOML');
});

test.run();
