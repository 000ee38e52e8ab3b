// The real Codex CLI as the oracle: it must load what splice writes and see the servers we meant,
// and its own writer must produce exactly what renderServerBlock produces.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readTarget } from '../../src/core/toml/read-target.js';
import { renderServerBlock } from '../../src/core/toml/render.js';
import { splice } from '../../src/core/toml/splice.js';
import { getKey, isTable } from '../../src/core/toml/value.js';
import type { TomlTable, TomlValue } from '../../src/core/toml/value.js';
import { codex } from '../helpers/codex.js';
import { MANAGED, addEdits, fixtureCases, readFixture } from '../helpers/toml-fixtures.js';

/** Codex with this folder as its CODEX_HOME (and HOME): config.toml is written straight into it. */
const codexIn = (home: string, args: string[]) => codex(home, args, home);

function withHome<T>(configText: string | null, fn: (home: string) => T): T {
  const home = mkdtempSync(join(tmpdir(), 'mcpctl-codex-'));
  try {
    if (configText !== null) writeFileSync(join(home, 'config.toml'), configText);
    return fn(home);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** `codex mcp list --json` as name → entry. */
function listed(home: string): Map<string, Record<string, unknown>> {
  const r = codexIn(home, ['mcp', 'list', '--json']);
  assert.is(r.code, 0, `codex mcp list failed:\n${r.stderr}`);
  const parsed: unknown = JSON.parse(r.stdout);
  assert.ok(Array.isArray(parsed));
  const out = new Map<string, Record<string, unknown>>();
  for (const entry of parsed) {
    if (typeof entry === 'object' && entry !== null && 'name' in entry && typeof entry.name === 'string')
      out.set(entry.name, entry);
  }
  return out;
}

interface Expected {
  transport: Record<string, TomlValue | null>;
  timeouts: Array<TomlValue | null>;
}

/** What `codex mcp list --json` shows for a server table (the keys this test checks). */
function expectedEntry(value: TomlTable): Expected {
  const opt = (key: string) => getKey(value, key) ?? null;
  const transport: Record<string, TomlValue | null> =
    getKey(value, 'command') !== undefined
      ? {
          type: 'stdio',
          command: opt('command'),
          args: getKey(value, 'args') ?? [],
          env: opt('env'),
          env_vars: getKey(value, 'env_vars') ?? [],
          cwd: opt('cwd'),
        }
      : {
          type: 'streamable_http',
          url: opt('url'),
          bearer_token_env_var: opt('bearer_token_env_var'),
          http_headers: opt('http_headers'),
        };
  return { transport, timeouts: [opt('startup_timeout_sec'), opt('tool_timeout_sec')] };
}

function assertSees(entry: Record<string, unknown> | undefined, value: TomlTable, what: string): void {
  assert.ok(entry, `${what}: not listed by codex`);
  const want = expectedEntry(value);
  const transport = entry['transport'];
  assert.ok(typeof transport === 'object' && transport !== null, what);
  const got: Record<string, unknown> = {};
  for (const key of Object.keys(want.transport)) got[key] = Object.getOwnPropertyDescriptor(transport, key)?.value;
  assert.equal(got, want.transport, `${what}: transport`);
  assert.equal([entry['startup_timeout_sec'], entry['tool_timeout_sec']], want.timeouts, `${what}: timeouts`);
}

test('renderServerBlock writes byte for byte what `codex mcp add` writes', () => {
  withHome(null, (home) => {
    const add = codexIn(home, [
      'mcp',
      'add',
      's1',
      '--env',
      'A=b',
      '--env',
      'Q=x"y\\z',
      '--env',
      'W=C:\\tmp',
      '--env',
      "Z=it's",
      '--',
      'npx',
      '-y',
      'pkg@1',
      'C:\\bin',
      'a"b',
    ]);
    assert.is(add.code, 0, add.stderr);
    assert.is(
      codexIn(home, ['mcp', 'add', 'h1', '--url', 'https://x.example/mcp', '--bearer-token-env-var', 'TOK']).code,
      0,
    );
    const s1 = renderServerBlock('s1', {
      command: 'npx',
      args: ['-y', 'pkg@1', 'C:\\bin', 'a"b'],
      env: { A: 'b', Q: 'x"y\\z', W: 'C:\\tmp', Z: "it's" },
    });
    const h1 = renderServerBlock('h1', { url: 'https://x.example/mcp', bearer_token_env_var: 'TOK' });
    assert.fixture(readFileSync(join(home, 'config.toml'), 'utf8'), `${s1}\n${h1}`);
  });
});

test('every fixture, with the two managed servers added, loads in Codex with all servers as intended', () => {
  for (const name of fixtureCases()) {
    const original = readTarget(readFixture(name), name);
    const result = splice(original, addEdits());
    withHome(result, (home) => {
      const seen = listed(home);
      assert.equal([...seen.keys()].sort(), [...original.servers.keys(), ...MANAGED.map((m) => m.name)].sort(), name);
      for (const { name: server, value } of MANAGED) assertSees(seen.get(server), value, `${name}: ${server}`);
      for (const [server, s] of original.servers) assertSees(seen.get(server), s.value, `${name}: untouched ${server}`);
    });
  }
});

test('a server replaced in place (tables, interleaved, inline) is what Codex then sees', () => {
  const cases: Array<[string, string]> = [
    ['basic', 'github'],
    ['interleaved', 'a'],
    ['inline-server', 'time'],
    ['crlf', 'fs'],
    ['windows-paths', 'local'],
  ];
  const replacement: TomlTable = {
    command: 'C:\\tools\\new.exe',
    args: ['--x', 'say "hi"'],
    env: { NEW: '1' },
    startup_timeout_sec: 30,
  };
  for (const [fixture, server] of cases) {
    const doc = readTarget(readFixture(fixture), fixture);
    const result = splice(doc, [{ name: server, block: renderServerBlock(server, replacement) }]);
    withHome(result, (home) => {
      const seen = listed(home);
      assertSees(seen.get(server), replacement, `${fixture}: ${server}`);
      for (const [other, s] of doc.servers)
        if (other !== server) assertSees(seen.get(other), s.value, `${fixture}: ${other}`);
    });
  }
});

test('a later `codex mcp add` rewrites none of the bytes we wrote', () => {
  const result = splice(readTarget(readFixture('basic'), 'basic'), addEdits());
  withHome(result, (home) => {
    assert.is(codexIn(home, ['mcp', 'add', 'later', '--', 'node', 'later.js']).code, 0);
    const after = readFileSync(join(home, 'config.toml'), 'utf8');
    for (const { block } of addEdits()) assert.ok(after.includes(block), `codex rewrote:\n${block}\ninto:\n${after}`);
    const mcp = getKey(readTarget(after, 'after').root, 'mcp_servers');
    assert.ok(isTable(mcp) && isTable(getKey(mcp, 'later')));
  });
});

test('Codex refuses what readTarget refuses as not a server table', () => {
  withHome('[mcp_servers]\nbad = "y"\n', (home) => {
    const r = codexIn(home, ['mcp', 'list', '--json']);
    assert.is(r.code, 1);
    assert.match(r.stderr, 'mcp_servers');
  });
});

test.run();
