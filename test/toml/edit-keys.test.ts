// Key-by-key updates of a table server (edit-keys.ts through splice): the exact bytes for each kind of
// edit, and a property: whatever the change, the result reads back as asked and other bytes stay.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { normalizeCodex as normalize } from '../../src/core/targets/codex/normalize.js';
import { readTarget } from '../../src/core/toml/read-target.js';
import { renderServerBlock } from '../../src/core/toml/render.js';
import { splice } from '../../src/core/toml/splice.js';
import { tomlEqual } from '../../src/core/toml/value.js';
import type { TomlTable, TomlValue } from '../../src/core/toml/value.js';

function update(text: string, name: string, change: (t: TomlTable) => void): string {
  const doc = readTarget(text, 'config.toml');
  const want: TomlTable = structuredClone(doc.servers.get(name)?.value ?? {});
  change(want);
  const out = splice(doc, [{ name, block: renderServerBlock(name, want), value: want }]);
  assert.ok(
    tomlEqual(normalize(readTarget(out, 'c').servers.get(name)?.value ?? {}), normalize(want)),
    'reads back as asked',
  );
  return out;
}

const BASE =
  '[mcp_servers.a] # note\ncommand = "x"   # cmd\nargs = [\n  "1", # one\n]\nenabled = false\n\n[other]\nk = 1\n';

test('a new key goes after the last key before it in Codex order; a removed key takes its line', () => {
  assert.is(
    update(BASE, 'a', (t) => {
      t['cwd'] = '/w';
      delete t['enabled'];
    }),
    '[mcp_servers.a] # note\ncommand = "x"   # cmd\nargs = [\n  "1", # one\n]\ncwd = "/w"\n\n[other]\nk = 1\n',
  );
});

test('a new key that comes first goes right under the header; a new env table after the main table', () => {
  const text = '[mcp_servers.a]\nargs = ["1"]\n\n[other]\nk = 1\n';
  assert.is(
    update(text, 'a', (t) => {
      t['command'] = 'y';
      t['env'] = { B: '2' };
    }),
    '[mcp_servers.a]\ncommand = "y"\nargs = ["1"]\n\n[mcp_servers.a.env]\nB = "2"\n\n[other]\nk = 1\n',
  );
});

test('tools tables are re-rendered as a group; an emptied env table goes', () => {
  const text =
    '[mcp_servers.a]\ncommand = "x"\n\n[mcp_servers.a.env]\nA = "1"\n\n[mcp_servers.a.tools.t]\napproval_mode = "prompt" # was\n';
  assert.is(
    update(text, 'a', (t) => {
      delete t['env'];
      t['tools'] = { t: { approval_mode: 'approve' } };
    }),
    '[mcp_servers.a]\ncommand = "x"\n\n[mcp_servers.a.tools.t]\napproval_mode = "approve"\n',
  );
});

test('a legacy startup_timeout_ms goes when startup_timeout_sec is edited; CRLF stays CRLF', () => {
  const text = '[mcp_servers.a]\r\ncommand = "x"\r\nstartup_timeout_ms = 5000\r\n';
  assert.is(
    update(text, 'a', (t) => {
      t['startup_timeout_sec'] = 9;
      delete t['startup_timeout_ms'];
    }),
    '[mcp_servers.a]\r\ncommand = "x"\r\nstartup_timeout_sec = 9.0\r\n',
  );
});

test('dotted keys inside the table fall back to rewriting the whole table', () => {
  const text = '[mcp_servers.a]\ncommand = "x"\nenv.A = "1"\n';
  assert.is(
    update(text, 'a', (t) => {
      t['command'] = 'y';
    }),
    '[mcp_servers.a]\ncommand = "y"\n\n[mcp_servers.a.env]\nA = "1"\n',
  );
});

test('property: random edits of a messy server read back as asked; other servers keep their bytes', () => {
  let seed = 11;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const values: Array<TomlValue | undefined> = [undefined, 'v', ['p', 'q'], { K: 'k', L: 'l' }, 3, true];
  const keys = [
    'command',
    'args',
    'env',
    'cwd',
    'env_vars',
    'enabled',
    'required',
    'startup_timeout_sec',
    'enabled_tools',
    'http_headers',
  ];
  const messy =
    "# head\n[mcp_servers.z]\ncommand = 'z'\n\n[mcp_servers.a]  # n\ncommand = 'x' # c\nargs = [\n  'a', # one\n  \"b\",\n]\n\n[mcp_servers.a.env]\nA = '1' # a\n\n[mcp_servers.y]\nurl = \"http://y\"\n";
  for (let round = 0; round < 200; round++) {
    const out = update(messy, 'a', (t) => {
      for (let i = 0; i < 3; i++) {
        const key = keys[rnd(keys.length)] ?? 'cwd';
        let v = values[rnd(values.length)];
        if (key === 'command') v = 'cmd';
        if (key === 'startup_timeout_sec') v = 7;
        if (key === 'enabled' || key === 'required') v = rnd(2) === 0;
        if ((key === 'env' || key === 'http_headers') && v !== undefined) v = { K: String(rnd(3)) };
        if ((key === 'args' || key === 'env_vars' || key === 'enabled_tools') && v !== undefined)
          v = ['p', String(rnd(3))];
        if (key === 'cwd' && v !== undefined) v = '/d';
        if (v === undefined) delete t[key];
        else t[key] = v;
      }
    });
    assert.ok(out.startsWith("# head\n[mcp_servers.z]\ncommand = 'z'\n"), `round ${round}`);
    assert.ok(out.endsWith('[mcp_servers.y]\nurl = "http://y"\n'), `round ${round}`);
  }
});

test.run();
