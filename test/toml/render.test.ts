// renderServerBlock writes a server the way `codex mcp add` does; every block must parse back to its value.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderBasic, renderKey, renderServerBlock, renderString } from '../../src/core/toml/render.js';
import type { TomlTable, TomlValue } from '../../src/core/toml/value.js';
import { tomlEqual } from '../../src/core/toml/value.js';
import { smolParse } from '../helpers/smol.js';

test('a stdio server with env is what `codex mcp add s1 --env A=b -- npx -y pkg@1` writes', () => {
  const block = renderServerBlock('s1', { command: 'npx', args: ['-y', 'pkg@1'], env: { A: 'b' } });
  assert.is(block, '[mcp_servers.s1]\ncommand = "npx"\nargs = ["-y", "pkg@1"]\n\n[mcp_servers.s1.env]\nA = "b"\n');
});

test('scalars keep insertion order, then each table as a sub-table in insertion order', () => {
  const block = renderServerBlock('web', {
    url: 'https://h/mcp',
    http_headers: { 'X-B': '1', 'X-A': '2' },
    bearer_token_env_var: 'T',
    oauth: { client_id: 'cid', callback_port: 8080 },
    scopes: ['s1'],
    tools: { zeta: { approval_mode: 'approve' }, alpha: { approval_mode: 'prompt' } },
  });
  assert.is(
    block,
    [
      '[mcp_servers.web]',
      'url = "https://h/mcp"',
      'bearer_token_env_var = "T"',
      'scopes = ["s1"]',
      '',
      '[mcp_servers.web.http_headers]',
      'X-B = "1"',
      'X-A = "2"',
      '',
      '[mcp_servers.web.oauth]',
      'client_id = "cid"',
      'callback_port = 8080',
      '',
      '[mcp_servers.web.tools.zeta]',
      'approval_mode = "approve"',
      '',
      '[mcp_servers.web.tools.alpha]',
      'approval_mode = "prompt"',
      '',
    ].join('\n'),
  );
});

test('a table holding scalars and tables gets its own header; an empty table gets one too', () => {
  const block = renderServerBlock('x', { command: 'c', tools: { mode: 'm', t: { approval_mode: 'auto' } }, env: {} });
  assert.is(
    block,
    '[mcp_servers.x]\ncommand = "c"\n\n[mcp_servers.x.tools]\nmode = "m"\n\n[mcp_servers.x.tools.t]\napproval_mode = "auto"\n\n[mcp_servers.x.env]\n',
  );
});

test('arrays of tables and nested tables are written inline', () => {
  const block = renderServerBlock('s', { command: 'c', env_vars: ['A', { name: 'B', source: 'local' }, {}], args: [] });
  assert.is(
    block,
    '[mcp_servers.s]\ncommand = "c"\nenv_vars = ["A", { name = "B", source = "local" }, {}]\nargs = []\n',
  );
});

test('numbers: integers stay integers, Codex float keys get .0, special floats have TOML names', () => {
  const block = renderServerBlock('n', {
    startup_timeout_sec: 20,
    tool_timeout_sec: 12.5,
    startup_timeout_ms: 20000,
    big: 2 ** 60,
    tiny: 1e-7,
    neg: -3,
    list: [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY],
    on: true,
    off: false,
  });
  assert.is(
    block,
    '[mcp_servers.n]\nstartup_timeout_sec = 20.0\ntool_timeout_sec = 12.5\nstartup_timeout_ms = 20000\nbig = 1.152921504606847e+18\ntiny = 1e-7\nneg = -3\nlist = [nan, inf, -inf]\non = true\noff = false\n',
  );
});

test('strings follow Codex: literal for " or \\, basic otherwise, control characters escaped', () => {
  const cases: Array<[string, string]> = [
    ['plain', '"plain"'],
    ['q"q', `'q"q'`],
    ['C:\\bin\\x.exe', `'C:\\bin\\x.exe'`],
    ["it's", `"it's"`],
    ["it's\\x", `'''it's\\x'''`],
    ["'''x\\", `"'''x\\\\"`],
    ["ends\\'", `"ends\\\\'"`],
    ['tab\there', '"tab\\there"'],
    ['tab\t\\x', "'tab\t\\x'"],
    ['esc\u001b', '"esc\\u001B"'],
    ['del\\\u007f', '"del\\\\\\u007F"'],
    ['cr\rbs\bff\f', '"cr\\rbs\\bff\\f"'],
    ['line1\nline2', '"line1\\nline2"'],
    ['héllo ✓ 😀', '"héllo ✓ 😀"'],
    ['', '""'],
  ];
  for (const [text, want] of cases) assert.is(renderString(text), want, JSON.stringify(text));
});

test('keys are bare when they can be, else quoted (server names in headers too)', () => {
  assert.is(renderKey('A_b-9'), 'A_b-9');
  assert.is(renderKey('my.key'), '"my.key"');
  assert.is(renderKey('k"q'), `'k"q'`);
  assert.is(renderKey("k'\\"), `"k'\\\\"`);
  assert.is(renderKey(''), '""');
  assert.is(renderKey('ключ'), '"ключ"');
  assert.is(renderServerBlock('my.server', { command: 'c' }), '[mcp_servers."my.server"]\ncommand = "c"\n');
  assert.is(renderBasic('a"b'), '"a\\"b"');
});

test('a block ends with one newline and has blank lines only before sub-tables', () => {
  const block = renderServerBlock('s', { command: 'c', env: { A: '1' }, tools: { t: { approval_mode: 'auto' } } });
  assert.ok(block.endsWith('\n') && !block.endsWith('\n\n'));
  const lines = block.split('\n').slice(0, -1);
  lines.forEach((line, i) => {
    if (line === '')
      assert.ok(lines[i + 1]?.startsWith('[mcp_servers.s.'), `blank line ${i} is not before a sub-table`);
  });
});

// A small deterministic generator: strings over the characters that need care in TOML.
function* randomStrings(seed: number, count: number): Generator<string> {
  const alphabet = [
    'a',
    'Z',
    '0',
    ' ',
    '"',
    "'",
    '\\',
    '\t',
    '\n',
    '\r',
    '\b',
    '\f',
    '\u0000',
    '\u001b',
    '\u007f',
    'é',
    '✓',
    '😀',
    '.',
    '=',
    '#',
    '[',
    ']',
  ];
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state;
  };
  for (let i = 0; i < count; i++) {
    let s = '';
    const length = next() % 12;
    for (let j = 0; j < length; j++) s += alphabet[next() % alphabet.length];
    yield s;
  }
}

test('property: every rendered block parses back to exactly its value', () => {
  let n = 0;
  for (const text of randomStrings(42, 400)) {
    const table: TomlTable = {
      command: text,
      args: [text, 'x'],
      env: { [text || 'k']: text },
      env_vars: [{ name: text, source: 'local' }],
      tools: { [text || 't']: { approval_mode: text } },
    };
    const name = text.length > 0 ? text : 'n';
    const block = renderServerBlock(name, table);
    const want: TomlValue = { mcp_servers: { [name]: table } };
    assert.ok(tomlEqual(smolParse(block), want), `round trip failed for ${JSON.stringify(text)}:\n${block}`);
    n++;
  }
  assert.is(n, 400);
});

test.run();
