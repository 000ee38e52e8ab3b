import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { McpctlError } from '../../src/core/errors.js';
import { loadYaml } from '../../src/core/load.js';

function loadError(text: string): McpctlError {
  try {
    loadYaml(text, 'mcp.yaml');
  } catch (e) {
    if (e instanceof McpctlError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

test('positions of keys and values', () => {
  const doc = loadYaml('version: 1\nservers:\n  gh:\n    command: npx\n    args: [a, b]\n', 'mcp.yaml');
  assert.equal(doc.value, { version: 1, servers: { gh: { command: 'npx', args: ['a', 'b'] } } });
  assert.equal(doc.locate(['servers', 'gh', 'command']), { line: 4, col: 14 });
  assert.equal(doc.locate(['servers', 'gh', 'command'], 'key'), { line: 4, col: 5 });
  assert.equal(doc.locate(['servers', 'gh', 'args', 1]), { line: 5, col: 15 });
  // a missing path falls back to its nearest parent
  assert.equal(doc.locate(['servers', 'gh', 'env', 'X']), { line: 4, col: 5 });
});

test('syntax error names line and column', () => {
  const e = loadError('version: 1\nservers:\n  a: [1, 2\n');
  assert.is(e.code, 'E_YAML');
  assert.ok(e.diagnostics.length >= 1);
  assert.is(e.diagnostics[0]?.file, 'mcp.yaml');
  assert.ok((e.diagnostics[0]?.line ?? 0) >= 3);
});

test('duplicate keys are an error', () => {
  const e = loadError('version: 1\nversion: 1\n');
  assert.is(e.code, 'E_YAML');
  assert.is(e.diagnostics[0]?.line, 2);
  assert.match(e.diagnostics[0]?.hint ?? '', /once/);
});

test('duplicate keys: every one reported where it is, nested, in flow mappings, quoted or not', () => {
  const e = loadError(
    'version: 1\nservers:\n  a:\n    command: x\n    command: y\n  "a": {}\n  b: {env: {K: 1, K: 2}}\n',
  );
  assert.is(e.message, 'mcp.yaml is not valid YAML');
  assert.equal(
    e.diagnostics.map((d) => [d.line, d.col, d.message]),
    [
      [5, 5, 'Map keys must be unique'],
      [6, 3, 'Map keys must be unique'],
      [7, 19, 'Map keys must be unique'],
    ],
  );
});

test('duplicate keys are found in a mapping of 20,000 keys', () => {
  let text = 'version: 1\nservers:\n';
  for (let i = 0; i < 20_000; i++) text += `  s${i}:\n    command: x\n`;
  text += '  s17:\n    command: y\n';
  const e = loadError(text);
  assert.equal(
    e.diagnostics.map((d) => d.line),
    [40_003],
  );
});

test('non-string and prototype keys are errors', () => {
  assert.match(loadError('1: x\n').diagnostics[0]?.message ?? '', /keys must be strings/);
  // two .nan keys are two non-string keys (as yaml compares keys), not a duplicate
  assert.equal(
    loadError('.nan: 1\n.nan: 2\n').diagnostics.map((d) => d.message),
    ['mapping keys must be strings', 'mapping keys must be strings'],
  );
  const proto = loadError('servers:\n  __proto__:\n    command: x\n');
  assert.match(proto.diagnostics[0]?.message ?? '', /"__proto__" is not allowed/);
  assert.equal(proto.diagnostics[0]?.line, 2);
  assert.is(({} as Record<string, unknown>)['command'], undefined);
});

test('alias bomb is refused', () => {
  let yaml = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < 10; i++)
    yaml += `a${i}: &a${i} [${Array(10)
      .fill(`*a${i - 1}`)
      .join(', ')}]\n`;
  const e = loadError(yaml);
  assert.ok(e.code === 'E_YAML' || e.code === 'E_TOO_LARGE', e.code);
});

test('a few aliases are fine', () => {
  const doc = loadYaml('common: &c [a]\nx: *c\ny: *c\n', 'f');
  assert.equal(doc.value, { common: ['a'], x: ['a'], y: ['a'] });
});

test('oversized input is refused before parsing', () => {
  const e = loadError('#'.repeat(6 * 1024 * 1024));
  assert.is(e.code, 'E_TOO_LARGE');
});

test('custom tags that are not plain data are refused', () => {
  const e = loadError('x: !!binary aGVsbG8=\n');
  assert.is(e.code, 'E_YAML');
});

test('an unclosed flow sequence is reported where its [ opened, not on the next line', () => {
  const e = loadError('version: 1\nservers:\n  a:\n    args: ["-y", "x"\n    env: {}\n');
  assert.is(e.code, 'E_YAML');
  assert.equal(
    e.diagnostics.map((d) => [d.line, d.col]),
    [[4, 11]],
  );
  assert.match(
    e.diagnostics[0]?.message ?? '',
    /^unclosed \[ opened at 4:11 \(flow sequence; its end was still missing at 5:5\)$/,
  );
  assert.match(e.diagnostics[0]?.hint ?? '', /close it with \]/);
});

test('every unclosed flow collection and quote names where it opened, at the end of the file too', () => {
  const flowMap = loadError('version: 1\nservers:\n  a:\n    env: {A: b\n    url: x\n');
  assert.equal(
    flowMap.diagnostics.map((d) => [d.line, d.col, d.message.slice(0, 26)]),
    [[4, 10, 'unclosed { opened at 4:10 ']],
  );
  const nested = loadError('a: [1, {b: 2, c: [3\n');
  assert.equal(
    nested.diagnostics.map((d) => [d.line, d.col]),
    [
      [1, 4],
      [1, 8],
      [1, 18],
    ],
  );
  const quote = loadError('version: 1\nservers:\n  a:\n    command: "abc\n    url: x\n');
  assert.equal(
    quote.diagnostics.map((d) => [d.line, d.col]),
    [[4, 14]],
  );
  assert.match(quote.diagnostics[0]?.message ?? '', /^unclosed " opened at 4:14/);
  const single = loadError("a: 'abc\n");
  assert.equal(
    single.diagnostics.map((d) => [d.line, d.col]),
    [[1, 4]],
  );
  // a closed quote holding an escaped quote is not unclosed; the real opener is still found
  const escaped = loadError('a: ["x\\"y", [1\n');
  assert.equal(
    escaped.diagnostics.map((d) => [d.line, d.col]),
    [
      [1, 4],
      [1, 13],
    ],
  );
});

test.run();
