// readJson: the file's own layout (BOM, line break, indentation unit, final newline) and entriesAt's view.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { entriesAt } from '../../src/core/json/entries.js';
import { readJson } from '../../src/core/json/read-json.js';
import { docOf, jsonCases } from '../helpers/json-fixtures.js';

test('layout of every fixture', () => {
  const layouts: Record<string, [boolean, string, boolean, number, boolean]> = {
    // bom, eol, spaces, unit, final newline
    bom: [true, '\n', true, 2, true],
    'bom-crlf-tabs-no-final-newline': [true, '\r\n', false, 1, false],
    crlf: [false, '\r\n', true, 2, true],
    'indent-4': [false, '\n', true, 4, true],
    'indent-tab': [false, '\n', false, 1, true],
    'no-final-newline': [false, '\n', true, 2, false],
    'empty-file': [false, '\n', true, 2, false],
    'empty-object': [false, '\n', true, 2, false],
    'one-line': [false, '\n', true, 2, true],
    'empty-container': [false, '\n', true, 2, false],
    'comma-first': [false, '\n', true, 2, true],
  };
  for (const c of jsonCases()) {
    const expected = layouts[c.name] ?? [false, '\n', true, 2, true];
    const doc = docOf(c);
    assert.equal([doc.bom, doc.eol, doc.indent.insertSpaces, doc.indent.tabSize, doc.finalNewline], expected, c.name);
    assert.is(doc.text, c.text);
  }
});

test('an empty, blank or comment-only file reads as {} with no entries', () => {
  for (const [text, comments] of [
    ['', false],
    ['  \n\n', false],
    ['\uFEFF', false],
    ['// nothing yet\n/* really */\n', true],
  ] as const) {
    const doc = readJson(text, 'm.json', { comments });
    assert.is(doc.root, undefined);
    assert.is(entriesAt(doc, ['mcpServers']).size, 0);
  }
});

test('entries in file order with the line and column of their key; offsets count a BOM as in core/toml', () => {
  const text = '\uFEFF{\r\n  "mcpServers": {\r\n    "b": {"command": "b"},\r\n    "a": {"url": "u"}\r\n  }\r\n}\r\n';
  const entries = entriesAt(readJson(text, 'm.json', { comments: false }), ['mcpServers']);
  assert.equal(
    [...entries].map(([n, e]) => [n, e.line, e.col, e.value]),
    [
      ['b', 3, 5, { command: 'b' }],
      ['a', 4, 5, { url: 'u' }],
    ],
  );
  const first = entriesAt(readJson('\uFEFF{"mcpServers": {"x": {}}}', 'm.json', { comments: false }), ['mcpServers']);
  assert.equal([first.get('x')?.line, first.get('x')?.col], [1, 18]);
});

test('a missing container on the path gives no entries', () => {
  const doc = readJson('{"projects": {"/p": {}}}', 'm.json', { comments: false });
  assert.is(entriesAt(doc, ['projects', '/p', 'mcpServers']).size, 0);
  assert.is(entriesAt(doc, ['projects', '/q', 'mcpServers']).size, 0);
  assert.is(entriesAt(doc, ['mcpServers']).size, 0);
});

test('values: every JSON type, escapes decoded, numbers as numbers', () => {
  const text = '{"mcpServers": {"s": {"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\n"], "o": {}}}}';
  const value = entriesAt(readJson(text, 'm.json', { comments: false }), ['mcpServers']).get('s')?.value;
  assert.equal(value, { a: [1, 2.5, -300, true, false, null, 'xé\n'], o: {} });
});

test.run();
