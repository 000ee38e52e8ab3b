// Long values and deep nesting: toml-eslint-parser overflowed the stack on a string of ~120,000
// characters and on a few thousand nested arrays. The reader must read what Codex reads (values exactly,
// ranges and line:col exact) and refuse what Codex refuses (more than 80 levels), never crash.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lineColAt, McpctlError } from '../../src/core/errors.js';
import { redactToml } from '../../src/core/redact.js';
import { tomlPositions } from '../../src/core/toml/positions.js';
import { readTarget } from '../../src/core/toml/read-target.js';
import { tomlEqual } from '../../src/core/toml/value.js';
import { smolParse } from '../helpers/smol.js';

const LONG = 'a\u00e9\u{1F600}"\\'.repeat(40_000); // 200,000 code units with quotes, backslashes, astral

function basic(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

test('a 200k-character value in every string style reads exactly as smol-toml reads it', () => {
  const plain = 'x'.repeat(200_000);
  const text = [
    '# before',
    '[mcp_servers.a]',
    `command = ${basic(LONG)}`,
    `args = ['${plain}', """`,
    `${'line\n'.repeat(40_000)}""", '''${plain}\n${plain}''']`,
    `env = { K = ${basic(LONG)}, L = "short" }`,
    'startup_timeout_sec = 2.5',
    '',
    '[mcp_servers.b]',
    'url = "http://x"',
    '',
  ].join('\n');
  const doc = readTarget(text, 'config.toml');
  assert.ok(tomlEqual(doc.root, smolParse(text)));
  const a = doc.servers.get('a');
  assert.is(a?.value['command'], LONG);
  const b = doc.servers.get('b');
  assert.ok(b);
  assert.is(text.slice(...(b.ranges[0] ?? [0, 0])), '[mcp_servers.b]\nurl = "http://x"');
  assert.equal({ line: b.line, col: b.col }, lineColAt(text, text.indexOf('[mcp_servers.b]')));
  const at = tomlPositions(text);
  assert.equal(
    at(['mcp_servers', 'a', 'startup_timeout_sec'], 'key'),
    lineColAt(text, text.indexOf('startup_timeout_sec')),
  );
  assert.equal(at(['mcp_servers', 'a', 'env', 'L'], 'value'), lineColAt(text, text.indexOf('"short"')));
});

test('a long secret-looking value is still redacted', () => {
  const token = `ghp_${'A'.repeat(36)}`;
  const text = `[mcp_servers.a]\ncommand = "x"\nenv = { GITHUB_TOKEN = "${token}${'B'.repeat(150_000)}" }\n`;
  const out = redactToml(text);
  assert.not.ok(out.includes(token));
  assert.ok(out.includes('(sensitive)'));
});

test('80 nested arrays / inline tables read; the 81st is refused where Codex refuses it', () => {
  const ok = `[mcp_servers.a]\ncommand = "x"\nx = ${'['.repeat(80)}${']'.repeat(80)}\ny = ${'{b='.repeat(80)}1${'}'.repeat(80)}\n`;
  assert.ok(readTarget(ok, 'config.toml').servers.has('a'));
  for (const deep of [
    `x = ${'['.repeat(81)}${']'.repeat(81)}`,
    `x = ${'[{a='.repeat(5000)}`,
    `x = [${'{b=['.repeat(5000)}`,
  ]) {
    const text = `[mcp_servers.a]\ncommand = "x"\n${deep}\n`;
    try {
      readTarget(text, 'config.toml');
      assert.unreachable('deep nesting was read');
    } catch (e) {
      assert.instance(e, McpctlError);
      if (!(e instanceof McpctlError)) return;
      assert.is(e.code, 'E_TOML');
      assert.match(e.message, /nested deeper than 80 levels/);
      assert.equal(e.where?.line, 3);
    }
  }
  // Codex 0.169: "config.toml:4:85: cannot recurse further; max recursion depth met" for this one
  try {
    readTarget(`[mcp_servers.a]\ncommand = "x"\nargs = []\nx = ${'['.repeat(100)}${']'.repeat(100)}\n`, 'c.toml');
    assert.unreachable();
  } catch (e) {
    assert.ok(e instanceof McpctlError && e.where?.line === 4 && e.where.col === 85, String(e));
  }
});

test('an invalid escape or an out-of-range number inside a long value is E_TOML at that value', () => {
  for (const bad of [`"${'x'.repeat(10_000)}\\q"`, '1'.repeat(10_000), `"${'x'.repeat(10_000)}`]) {
    const text = `[mcp_servers.a]\ncommand = "x"\nv = ${bad}\n`;
    try {
      readTarget(text, 'config.toml');
      assert.unreachable();
    } catch (e) {
      assert.ok(e instanceof McpctlError && e.code === 'E_TOML', String(e));
      if (e instanceof McpctlError) assert.is(e.where?.line, 3);
    }
  }
});

test('property: random documents with long values and comments read as smol-toml reads them', () => {
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const atoms = () => {
    const len = [10, 5000, 130_000][rnd(3)] ?? 10;
    const body = "ab#[]{}=,'".repeat(Math.ceil(len / 10)).slice(0, len);
    return (
      [
        basic(body),
        `'${body.replace(/'/g, 'q')}'`,
        `"""\n${body}\n"""`,
        `'''${body.replace(/'/g, 'q')}'''`,
        '12',
        'true',
      ][rnd(6)] ?? '1'
    );
  };
  for (let round = 0; round < 20; round++) {
    const lines: string[] = [];
    for (let s = 0; s < 3; s++) {
      lines.push(
        `[mcp_servers.s${s}] # server ${s}`,
        `command = ${atoms()}`,
        `args = [${atoms()}, # note\n  ${atoms()},\n]`,
        `env = { A = ${atoms()}, B = [${atoms()}] }`,
        '',
      );
    }
    const text = lines.join('\n');
    const doc = readTarget(text, 'config.toml');
    assert.ok(tomlEqual(doc.root, smolParse(text)), `round ${round}`);
    for (let s = 1; s < 3; s++) {
      const server = doc.servers.get(`s${s}`);
      assert.is(server?.line, lineColAt(text, text.indexOf(`[mcp_servers.s${s}]`)).line, `round ${round}`);
    }
  }
});

test.run();
