// Input mcpctl refuses to edit: an E_INPUT McpctlError (exit 2) at file:line:col that says what to do.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { EXIT, McpctlError } from '../../src/core/errors.js';
import { editEntries } from '../../src/core/json/edit-entries.js';
import { entriesAt } from '../../src/core/json/entries.js';
import { readJson } from '../../src/core/json/read-json.js';

function errorOf(fn: () => unknown): McpctlError {
  try {
    fn();
  } catch (err) {
    if (err instanceof McpctlError) return err;
    throw err;
  }
  throw new Error('expected an McpctlError');
}

const CLAUDE_WHY = 'Claude Code rewrites this file and has lost whole files that held comments';

test('invalid JSON and JSONC: E_INPUT at the line and column, in LF, CRLF and BOM files alike', () => {
  for (const [text, comments, line, col, reason] of [
    ['{\n  "a": 1\n  "b": 2\n}\n', false, 3, 3, 'a "," is expected'],
    ['{\r\n  "a": 1\r\n  "b": 2\r\n}\r\n', false, 3, 3, 'a "," is expected'],
    ['\uFEFF{"a": 1 "b": 2}', false, 1, 10, 'a "," is expected'],
    ['{\n  "mcpServers": {\n    "x": {"command": \'npx\'}\n  }\n}\n', false, 3, 22, 'double quotes'],
    ['{\n  // ok in JSONC\n  "a": [1, 2\n}\n', true, 4, 1, 'a bracket before it is not closed'],
    ['{"a": "unterminated\n}', true, 1, 7, 'not closed'],
    ['{"a": 1} {}', false, 1, 10, 'more text follows'],
    ['{"a": 1} trailing', false, 1, 10, 'unexpected text'],
    ['{"a": 1 /* open comment', true, 1, 9, 'comment is not closed'],
    ['{"a": NaN}', false, 1, 7, 'NaN'],
  ] as const) {
    const err = errorOf(() => readJson(text, 'cfg/mcp.json', { comments }));
    assert.is(err.code, 'E_INPUT');
    assert.is(err.exitCode, EXIT.usage);
    assert.equal(err.where, { file: 'cfg/mcp.json', line, col }, JSON.stringify(text));
    assert.ok(
      err.message.startsWith(`cfg/mcp.json is not valid ${comments ? 'JSON with comments' : 'JSON'}`),
      err.message,
    );
    assert.match(err.message, reason);
    assert.ok(err.hint?.includes(`line ${line}`), err.hint);
  }
});

test('a comment or a trailing comma in a strict file: it must be strict JSON, and why', () => {
  const comment = errorOf(() =>
    readJson('{\n  "numStartups": 3, // how often\n  "mcpServers": {}\n}\n', '/home/u/.claude.json', {
      comments: false,
      strictWhy: CLAUDE_WHY,
    }),
  );
  assert.is(comment.code, 'E_INPUT');
  assert.equal(comment.where, { file: '/home/u/.claude.json', line: 2, col: 21 });
  assert.is(comment.message, `/home/u/.claude.json must be strict JSON (${CLAUDE_WHY}), but it holds a comment`);
  assert.match(comment.hint ?? '', 'remove the comment at line 2');
  const block = errorOf(() => readJson('{"a": /* x */ 1}', 'm.json', { comments: false }));
  assert.equal([block.where?.line, block.where?.col], [1, 7]);
  assert.match(block.message, 'must be strict JSON (the client reads it as strict JSON)');

  const comma = errorOf(() =>
    readJson('{\n  "mcpServers": {\n    "a": {"command": "x"},\n  }\n}\n', 'm.json', { comments: false }),
  );
  assert.equal(comma.where, { file: 'm.json', line: 3, col: 26 });
  assert.match(comma.message, 'but it holds a trailing comma');
  assert.match(comma.hint ?? '', 'remove the comma at line 3, column 26');
  // the same texts are fine as JSONC
  assert.is(readJson('{"a": /* x */ 1,}', 'm.json', { comments: true }).root?.type, 'object');
  // a file broken in another way too is reported as broken (fix that first)
  const broken = errorOf(() => readJson('{"a": 1, // c\n "b" 2}', 'm.json', { comments: false }));
  assert.match(broken.message, 'is not valid JSON: a ":" is expected');
});

test('a top level that is not an object', () => {
  for (const [text, what] of [
    ['[]', 'an array'],
    ['"mcpServers"', 'a string'],
    ['null', 'null'],
    ['\n\n  42\n', 'a number'],
  ] as const) {
    const err = errorOf(() => readJson(text, 'm.json', { comments: false }));
    assert.is(err.code, 'E_INPUT');
    assert.is(err.message, `the top level of m.json is ${what}, not an object`);
    assert.ok(err.where !== undefined);
  }
  assert.equal(errorOf(() => readJson('\n\n  42\n', 'm.json', { comments: false })).where, {
    file: 'm.json',
    line: 3,
    col: 3,
  });
});

test('duplicate keys on the path or inside the entries: refused where the second one is', () => {
  const cases: Array<[string, string[], number, number, string]> = [
    ['{\n  "mcpServers": {},\n  "mcpServers": {"a": {}}\n}', ['mcpServers'], 3, 3, 'mcpServers is written twice'],
    ['{"mcpServers": {\n  "a": {"command": "x"},\n  "a": {"command": "y"}\n}}', ['mcpServers'], 3, 3, 'mcpServers.a'],
    [
      '{"mcpServers": {"a": {\n  "env": {"K": "1",\n          "K": "2"}}}}',
      ['mcpServers'],
      3,
      11,
      'mcpServers.a.env.K',
    ],
    [
      '{"projects": {"/p": {"mcpServers": {}},\n "/p": {}}}',
      ['projects', '/p', 'mcpServers'],
      2,
      2,
      'projects["/p"] is written twice',
    ],
  ];
  for (const [text, path, line, col, message] of cases) {
    for (const run of [
      () => entriesAt(readJson(text, 'm.json', { comments: false }), path),
      () => editEntries(readJson(text, 'm.json', { comments: false }), path, [{ name: 'n', entry: {} }]),
    ]) {
      const err = errorOf(run);
      assert.is(err.code, 'E_INPUT');
      assert.equal(err.where, { file: 'm.json', line, col }, text);
      assert.match(err.message, message);
      assert.match(err.hint ?? '', 'merge them into one');
    }
  }
  // a duplicate elsewhere in the file is not mcpctl's business: it stays as it is
  const elsewhere = '{"theme": 1, "theme": 2, "mcpServers": {}}';
  const doc = readJson(elsewhere, 'm.json', { comments: false });
  assert.match(editEntries(doc, ['mcpServers'], [{ name: 'n', entry: {} }]), '{"theme": 1, "theme": 2, ');
});

test('a container or an entry that is not an object', () => {
  for (const [text, path, line, col, message] of [
    ['{\n  "mcpServers": []\n}', ['mcpServers'], 2, 17, 'mcpServers in m.json is an array, not an object'],
    ['{"projects": "x"}', ['projects', '/p', 'mcpServers'], 1, 14, 'projects in m.json is a string, not an object'],
    ['{"servers": {"a": "npx"}}', ['servers'], 1, 19, 'servers.a in m.json is a string, not an object'],
    ['{"mcpServers": {"x y": null}}', ['mcpServers'], 1, 24, 'mcpServers["x y"] in m.json is null, not an object'],
  ] as const) {
    const doc = readJson(text, 'm.json', { comments: false });
    for (const run of [() => entriesAt(doc, path), () => editEntries(doc, path, [{ name: 'n', entry: {} }])]) {
      const err = errorOf(run);
      assert.is(err.code, 'E_INPUT');
      assert.equal(err.where, { file: 'm.json', line, col }, text);
      assert.is(err.message, message);
      assert.match(err.hint ?? '', 'then run again');
    }
  }
});

test('nesting deeper than the parser can follow: E_INPUT where mcpctl must read it, not a crash', () => {
  const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
  // elsewhere in a strict file: not read, not mcpctl's business
  const other = readJson(`{"history": ${deep}, "mcpServers": {}}`, 'm.json', { comments: false });
  assert.ok(editEntries(other, ['mcpServers'], [{ name: 'n', entry: {} }]).endsWith('"mcpServers": {\n  "n": {}\n}}'));
  // inside the container
  const inside = readJson(`{\n  "mcpServers": {"a": {"args": ${deep}}}}`, 'm.json', { comments: false });
  const err = errorOf(() => entriesAt(inside, ['mcpServers']));
  assert.is(err.code, 'E_INPUT');
  assert.equal([err.where?.line, err.where?.col], [2, 17]);
  assert.match(err.message, 'mcpServers in m.json nests objects and arrays more deeply than mcpctl reads');
  // a JSONC file is read whole by jsonc-parser
  const jsonc = errorOf(() => readJson(`{"a": ${deep}}`, 'm.json', { comments: true }));
  assert.is(jsonc.code, 'E_INPUT');
  assert.match(jsonc.message, 'nests objects and arrays more deeply');
});

test.run();
